//! Reading and cleaning: `cargo bench -p allegiance-read`. `read/jsonl` streams the bench corpus
//! (see `allegiance-benchdata`) from a JSON Lines file into documents; `read/html` cleans news
//! pages (the example page, boilerplate and all) from a folder.

use allegiance_benchdata::Corpus;
use allegiance_read::{read_paths, ReadOptions};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::path::{Path, PathBuf};
use std::time::Duration;

fn reading(c: &mut Criterion) {
    let corpus = Corpus::load();
    let dir = tempfile::tempdir().expect("a temporary folder");
    let jsonl = corpus.write_to(dir.path());
    let options = ReadOptions::default();

    let mut g = c.benchmark_group("read");
    g.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(6));
    g.throughput(Throughput::Bytes(corpus.jsonl.len() as u64));
    g.bench_function("jsonl", |b| {
        b.iter(|| read_paths(std::slice::from_ref(&jsonl), &options).filter(|d| d.is_ok()).count())
    });

    let page = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples/12-al-qaeda-in-the-indian-subcontinent.html");
    let html = std::fs::read(&page).expect("the example page");
    let pages = dir.path().join("pages");
    std::fs::create_dir(&pages).unwrap();
    for i in 0..200 {
        std::fs::write(pages.join(format!("page-{i:03}.html")), &html).unwrap();
    }
    let folder: Vec<PathBuf> = vec![pages];
    g.throughput(Throughput::Bytes(200 * html.len() as u64));
    g.bench_function("html", |b| {
        b.iter(|| read_paths(&folder, &options).filter(|d| d.is_ok()).count())
    });
    g.finish();
}

criterion_group!(benches, reading);
criterion_main!(benches);
