//! Store-side ingest cost on a real corpus, without extraction: every document of the inputs is
//! stored (with an empty extraction) into a fresh database, in batches of 256, and the time spent
//! in `ingest_batch` is printed. Near-duplicate detection is the main per-document work here.
//!
//! ```sh
//! zstd -dc ../shared/data/bench/*.jsonl.zst > /tmp/bench.jsonl
//! cargo run --release -p allegiance-store --example ingest_bench -- /tmp/bench.jsonl
//! ```

use allegiance_extract::Extraction;
use allegiance_read::{read_paths, Document, ReadOptions};
use allegiance_store::{neardup::Signature, SqliteStore, Store};
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let paths: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    if paths.is_empty() {
        eprintln!("usage: ingest_bench FILE...");
        std::process::exit(2);
    }
    let docs: Vec<Document> =
        read_paths(&paths, &ReadOptions::default()).filter_map(Result::ok).collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let t = Instant::now();
    let signed = docs.iter().filter(|d| Signature::of(&d.text).is_some()).count();
    let sig_secs = t.elapsed().as_secs_f64();
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut store = SqliteStore::open(&dir.path().join("bench.db")).expect("a database");
    let pairs: Vec<(Document, Extraction)> =
        docs.into_iter().map(|d| (d, Extraction::default())).collect();
    let t = Instant::now();
    let (mut stored, mut copies) = (0, 0);
    for batch in pairs.chunks(256) {
        let r = store.ingest_batch(batch).expect("a stored batch");
        stored += r.documents;
        copies += r.copies;
    }
    let secs = t.elapsed().as_secs_f64();
    println!(
        "{} documents ({:.1} MB): signatures of {signed} in {sig_secs:.2} s; stored {stored} in {secs:.2} s ({:.0} docs/s), {copies} near-duplicate copies",
        pairs.len(),
        bytes as f64 / 1e6,
        stored as f64 / secs
    );
}
