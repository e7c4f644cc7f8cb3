//! The store: `cargo bench -p allegiance-store`.
//!
//! `store/insert` ingests the bench corpus (see `allegiance-benchdata`), extracted beforehand, into
//! a new SQLite file in batches of 256, as `allegiance ingest` does. `query/*` asks a database of
//! at least 100,000 articles the questions `allegiance group NAME` and `allegiance facts --subject
//! X` ask. That database is built once, by copies of the corpus (and of the project's own articles
//! about armed groups, so that the questions have answers) stored under new ids with a line added
//! to each text (content hashes must differ), and kept for later runs: at
//! `ALLEGIANCE_BENCH_STORE` if set, else `target/bench-store-100k.db`. Building it takes about a
//! minute on two cores.

mod corpus;
use corpus::extracted;

use allegiance_benchdata::Corpus;
use allegiance_extract::{Extraction, Extractor};
use allegiance_kb::Kb;
use allegiance_read::Document;
use allegiance_store::{FactFilter, SqliteStore, Store};
use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use std::path::{Path, PathBuf};
use std::time::Duration;

const BATCH: usize = 256;
const QUERY_DB_DOCUMENTS: usize = 100_000;

fn query_db_path() -> PathBuf {
    match std::env::var_os("ALLEGIANCE_BENCH_STORE") {
        Some(p) => PathBuf::from(p),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/bench-store-100k.db"),
    }
}

/// Opens the query database, building it first when it holds fewer than 100,000 articles.
fn query_db(extractor: &Extractor) -> SqliteStore {
    let path = query_db_path();
    let mut store = SqliteStore::open(&path).expect("the query database opens");
    let have = store.counts().expect("counts").documents;
    if have >= QUERY_DB_DOCUMENTS {
        return store;
    }
    eprintln!("building {} ({have} articles so far) ...", path.display());
    let mut base = extracted(Corpus::load().articles(), extractor);
    base.extend(extracted(Corpus::fallback().articles(), extractor));
    let mut stored = have;
    for copy in 0.. {
        if stored >= QUERY_DB_DOCUMENTS {
            break;
        }
        for chunk in base.chunks(BATCH) {
            // Appended after the text, so the extraction's spans stay where they were.
            let batch: Vec<(Document, Extraction)> = chunk
                .iter()
                .map(|(d, e)| {
                    let mut d = d.clone();
                    d.header.doc = format!("{}#copy{copy}", d.header.doc);
                    d.text.push_str(&format!("\n\nBench copy {copy}."));
                    (d, e.clone())
                })
                .collect();
            stored += store.ingest_batch(&batch).expect("a batch is stored").documents;
        }
    }
    eprintln!("... {stored} articles");
    store
}

fn insert(c: &mut Criterion) {
    let kb = Kb::builtin().expect("built-in KB");
    let extractor = Extractor::new(&kb);
    let docs = extracted(Corpus::load().articles(), &extractor);
    let mut g = c.benchmark_group("store");
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(20));
    g.throughput(Throughput::Elements(docs.len() as u64));
    g.bench_function("insert", |b| {
        b.iter_batched(
            || {
                let dir = tempfile::tempdir().expect("a temporary folder");
                let store =
                    SqliteStore::open(&dir.path().join("bench.db")).expect("a new database");
                (dir, store)
            },
            |(dir, mut store)| {
                for chunk in docs.chunks(BATCH) {
                    store.ingest_batch(chunk).expect("a batch is stored");
                }
                (dir, store)
            },
            BatchSize::PerIteration,
        )
    });
    g.finish();
}

fn queries(c: &mut Criterion) {
    let kb = Kb::builtin().expect("built-in KB");
    let extractor = Extractor::new(&kb);
    let store = query_db(&extractor);
    let counts = store.counts().expect("counts");
    eprintln!(
        "query database: {} articles, {} entities, {} facts",
        counts.documents, counts.entities, counts.facts
    );
    let mut g = c.benchmark_group("query");
    g.sample_size(30);
    for name in ["Islamic State", "Boko Haram"] {
        let profile = store.group_profile(name).expect("query").expect("the group is stored");
        eprintln!(
            "group {name}: {} pledges in, {} leaders",
            profile.pledges_in.len(),
            profile.leaders.len()
        );
        g.bench_function(format!("group/{name}"), |b| {
            b.iter(|| store.group_profile(name).expect("query"))
        });
    }
    for subject in ["Islamic State", "Boko Haram"] {
        let filter = FactFilter { subject: Some(subject.into()), ..FactFilter::default() };
        eprintln!("facts --subject {subject}: {} rows", store.facts(&filter).expect("query").len());
        g.bench_function(format!("facts_subject/{subject}"), |b| {
            b.iter(|| store.facts(&filter).expect("query"))
        });
    }
    g.finish();
}

criterion_group!(benches, insert, queries);
criterion_main!(benches);
