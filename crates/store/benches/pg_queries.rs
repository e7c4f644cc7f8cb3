//! Reads at scale in PostgreSQL: `cargo bench -p allegiance-store --bench pg_queries`.
//!
//! Measures what `allegiance group NAME` and `allegiance facts --subject X` ask of a PostgreSQL
//! store of 100,000 articles, in process (after the connection is open, as a server holds it):
//! `Judged::load` (the analysts' judgements; the database holds none), then
//! `judged::group_profile` or `judged::judged_facts` with the command's arguments. Three groups
//! are asked about, chosen from the database by their number of facts (as subject or object):
//! the one with the most, the one in the middle of the groups with facts, and one with the
//! fewest; their names and counts are printed.
//!
//! The database, `allegiance_bench_100k` on the server `allegiance-testpg` finds
//! (`ALLEGIANCE_TEST_PG`, else libpq's `PG*` variables, else a cluster it starts for the run;
//! without any the bench says SKIPPED and measures nothing), holds exactly 100,000 documents:
//!
//! - a base ingested through `Store::ingest_batch` in batches of 256, as `allegiance ingest`
//!   stores them (the knowledge base's place countries set, as the CLI sets them): the first
//!   [`BENCH_SLICE`] articles of the bench corpus (`allegiance-benchdata`: BBC and Reuters news,
//!   few of which name an armed group) and every article about armed groups the repository and
//!   the shared folder hold (`examples/`, `crates/cli/tests/articles/`,
//!   `../shared/corpus/{seeds,dev,dev2}`), each extracted by the built-in extractor;
//! - copies of that base made in SQL until there are 100,000 documents (the last copy takes the
//!   base's first documents only): each copy's text is the base text with "Bench copy K." added
//!   after it (so evidence offsets hold) and its content hash is that text's SHA-256, as ingest
//!   computes it; its signature, mentions, facts and name uses are the base document's under the
//!   new document (and fact) ids, its near-duplicate cluster the base cluster's copy (each copy
//!   is a story of its own, as 100,000 different articles would be). Entities and aliases are
//!   shared; an alias's document count is scaled by documents / base documents;
//! - then `ANALYZE`.
//!
//! So it holds 100,000 documents and (base facts, mentions, name uses) × about 100,000 / base
//! documents of each; the counts are printed at the start of each run (with the shared corpus:
//! 3,922 base documents, 1,943 entities, 2,576 aliases, 687,138 mentions, 16,906 facts). The
//! database is kept for later runs: its `bench_build` table records how it was built (recipe
//! version, schema version, a fingerprint of the base texts and extractions), and it is built
//! again when that differs. Building it took 37 s on two cores; checking it costs the extraction
//! of the base (seconds). `catalogue` measures what `Judged::load` adds once the database holds
//! any judgement. Figures: `docs/scale.md`.

// The allocator of the `allegiance` binary, whose reads these are.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod corpus;
use corpus::extracted;

use allegiance_benchdata::Corpus;
use allegiance_extract::{DocMeta, Extraction, Extractor};
use allegiance_kb::{EntityKind, Kb};
use allegiance_read::{read_paths, Document, ReadOptions};
use allegiance_store::judged::{group_profile, judged_facts};
use allegiance_store::{
    FactFilter, Judged, JudgementStore, PgStore, Store, PROFILE_LIST_LIMIT, SCHEMA_VERSION,
};
use criterion::{criterion_group, criterion_main, Criterion};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The database the bench keeps on the server.
const DATABASE: &str = "allegiance_bench_100k";
/// Documents in the database.
const DOCUMENTS: i64 = 100_000;
/// Articles of the bench corpus in the base.
const BENCH_SLICE: usize = 4_000;
/// Bumped whenever the way the database is built changes.
const RECIPE_VERSION: u32 = 1;
const BATCH: usize = 256;

/// The articles ingested through the store, and a fingerprint of their extractions.
struct Base {
    docs: Vec<(Document, Extraction)>,
    recipe: String,
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn base(extractor: &Extractor) -> Base {
    let corpus = Corpus::load();
    let mut docs = extracted(corpus.articles().into_iter().take(BENCH_SLICE), extractor);
    let root = repo_root();
    let mut inputs = vec![root.join("examples"), root.join("crates/cli/tests/articles")];
    for set in ["seeds", "dev", "dev2"] {
        let dir = root.join("../shared/corpus").join(set);
        if dir.is_dir() {
            inputs.push(dir);
        }
    }
    for doc in read_paths(&inputs, &ReadOptions::default()) {
        let doc = doc.unwrap_or_else(|e| panic!("a base article cannot be read: {e}"));
        let meta = DocMeta {
            published: doc.header.published.clone(),
            publisher: doc.header.publisher.clone(),
        };
        let ex = extractor.extract(&doc.text, &meta);
        docs.push((doc, ex));
    }
    let mut h = Sha256::new();
    for (doc, ex) in &docs {
        h.update(doc.text.as_bytes());
        h.update(serde_json::to_vec(ex).expect("an extraction serialises"));
    }
    let fingerprint: String = h.finalize().iter().take(8).map(|b| format!("{b:02x}")).collect();
    // The fingerprint stands for the texts and extractions: no path, so every checkout of the
    // same code and data shares the database.
    eprintln!(
        "pg_queries: base of {} articles, the first {BENCH_SLICE} from {}",
        docs.len(),
        corpus.origin
    );
    let recipe = format!(
        "recipe {RECIPE_VERSION}; schema {SCHEMA_VERSION}; {DOCUMENTS} documents; base: {} articles, \
         texts and extractions {fingerprint}",
        docs.len()
    );
    Base { docs, recipe }
}

fn connect(url: &str) -> postgres::Client {
    postgres::Client::connect(url, postgres::NoTls)
        .unwrap_or_else(|e| panic!("cannot connect to {url}: {e}"))
}

/// How the database at `url` was built, if it was built by this bench.
fn recipe_of(url: &str) -> Option<String> {
    let mut client = postgres::Client::connect(url, postgres::NoTls).ok()?;
    let row = client.query_opt("SELECT recipe FROM bench_build", &[]).ok()??;
    Some(row.get(0))
}

/// The bench database on the server, built when missing or built another way; `None` (with a
/// message) when there is no PostgreSQL.
fn bench_database(extractor: &Extractor, kb: &Kb) -> Option<PgStore> {
    let Some(admin) = allegiance_testpg::server_url() else {
        eprintln!(
            "\n*** SKIPPED pg_queries: no PostgreSQL (set ALLEGIANCE_TEST_PG or PGHOST, or install initdb/pg_ctl) ***\n"
        );
        return None;
    };
    let url = allegiance_testpg::with_database(admin, DATABASE);
    let base = base(extractor);
    if recipe_of(&url).as_deref() == Some(base.recipe.as_str()) {
        eprintln!("pg_queries: using {DATABASE} ({})", base.recipe);
    } else {
        build(admin, &url, &base, kb);
    }
    Some(PgStore::open(&url).unwrap_or_else(|e| panic!("the bench database opens: {e}")))
}

fn build(admin: &str, url: &str, base: &Base, kb: &Kb) {
    let started = Instant::now();
    eprintln!("pg_queries: building {DATABASE} ({}) ...", base.recipe);
    let mut server = connect(admin);
    // One statement per call: several in one string run as a transaction, which these refuse.
    server
        .batch_execute(&format!("DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)"))
        .expect("the old bench database is dropped");
    server
        .batch_execute(&format!(
            "CREATE DATABASE {DATABASE} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
        ))
        .expect("the bench database is created");
    let mut store = PgStore::open(url).expect("the bench database opens");
    store.set_place_countries(
        kb.by_kind(EntityKind::Place)
            .filter_map(|e| e.country.clone().map(|c| (e.id.clone(), c)))
            .collect(),
    );
    let mut stored = 0;
    for chunk in base.docs.chunks(BATCH) {
        stored += store.ingest_batch(chunk).expect("a base batch is stored").documents;
    }
    drop(store);
    eprintln!("  base: {stored} documents stored in {:.0?}", started.elapsed());
    let mut client = connect(url);
    multiply(&mut client, stored as i64);
    client
        .execute("CREATE TABLE bench_build (recipe TEXT NOT NULL)", &[])
        .and_then(|_| client.execute("INSERT INTO bench_build VALUES ($1)", &[&base.recipe]))
        .expect("the build is recorded");
    eprintln!("  built in {:.0?}", started.elapsed());
}

/// Copies the `base` stored documents (ids 1..=base, as a new database numbers them) with
/// everything that hangs on them until there are [`DOCUMENTS`].
fn multiply(client: &mut postgres::Client, base: i64) {
    let (min, max): (i64, i64) = {
        let row = client.query_one("SELECT min(id), max(id) FROM documents", &[]).unwrap();
        (row.get(0), row.get(1))
    };
    assert_eq!((min, max), (1, base), "a new database numbers its documents from 1");
    let fact_offset: i64 =
        client.query_one("SELECT COALESCE(max(id), 0) FROM facts", &[]).unwrap().get(0);
    let copies = (DOCUMENTS - base + base - 1) / base;
    let last_cut = DOCUMENTS - base * copies;
    // Document `id` of copy `k` is `id + k * base`; fact `id` is `id + k * fact_offset`.
    let steps = [
        format!(
            "CREATE TEMP TABLE bench_copies AS \
             SELECT d.id AS base_id, k, d.id + k * {base} AS id, \
                    E'\\n\\nBench copy ' || k || '.' AS suffix \
             FROM documents d, generate_series(1, {copies}) AS k \
             WHERE k < {copies} OR d.id <= {last_cut}"
        ),
        "INSERT INTO documents (id, content_hash, doc, path, url, title, publisher, published, text, ingested_at) \
         SELECT c.id, encode(sha256(convert_to(d.text || c.suffix, 'UTF8')), 'hex'), d.doc || '#copy' || c.k, \
                d.path, d.url, d.title, d.publisher, d.published, d.text || c.suffix, d.ingested_at \
         FROM bench_copies c JOIN documents d ON d.id = c.base_id"
            .to_string(),
        format!(
            "INSERT INTO signatures (document_id, minhash, cluster_id) \
             SELECT c.id, s.minhash, s.cluster_id + c.k * {base} \
             FROM bench_copies c JOIN signatures s ON s.document_id = c.base_id"
        ),
        "INSERT INTO mentions (document_id, entity_id, start, \"end\") \
         SELECT c.id, m.entity_id, m.start, m.\"end\" \
         FROM bench_copies c JOIN mentions m ON m.document_id = c.base_id"
            .to_string(),
        format!(
            "INSERT INTO facts (id, type, subject_id, object_id, attrs, polarity, source, when_start, when_end, \
                                document_id, evidence_start, evidence_end, evidence_text) \
             SELECT f.id + c.k * {fact_offset}, f.type, f.subject_id, f.object_id, f.attrs, f.polarity, f.source, \
                    f.when_start, f.when_end, c.id, f.evidence_start, f.evidence_end, f.evidence_text \
             FROM bench_copies c JOIN facts f ON f.document_id = c.base_id"
        ),
        "INSERT INTO name_uses (document_id, entity_id, kind, norm, doc_key, contextual, context, name, names) \
         SELECT c.id, n.entity_id, n.kind, n.norm, d.content_hash, n.contextual, n.context, n.name, n.names \
         FROM bench_copies c JOIN name_uses n ON n.document_id = c.base_id JOIN documents d ON d.id = c.id"
            .to_string(),
        format!("UPDATE aliases SET count = (count * {DOCUMENTS} + {base} / 2) / {base}"),
        "SELECT setval(pg_get_serial_sequence('documents', 'id'), (SELECT max(id) FROM documents))"
            .to_string(),
        "SELECT setval(pg_get_serial_sequence('facts', 'id'), (SELECT max(id) FROM facts))".to_string(),
        "DROP TABLE bench_copies".to_string(),
        "ANALYZE".to_string(),
    ];
    let mut tx = client.transaction().expect("a transaction");
    for step in &steps {
        let t = Instant::now();
        tx.batch_execute(step).unwrap_or_else(|e| panic!("{step}: {e}"));
        let head: String = step.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
        eprintln!("  {head} ... {:.1?}", t.elapsed());
    }
    tx.commit().expect("the copies are committed");
}

/// Groups by their number of facts: the most, the middle one, the fewest (name, facts).
fn chosen_groups(url: &str, store: &PgStore) -> Vec<(String, i64)> {
    let mut client = connect(url);
    let rows = client
        .query(
            "SELECT e.id, e.name, count(*) AS n FROM entities e \
             JOIN facts f ON f.subject_id = e.id OR f.object_id = e.id \
             WHERE e.kind = 'group' AND e.former_name = 0 \
             GROUP BY e.id, e.name ORDER BY n DESC, e.name",
            &[],
        )
        .expect("groups by facts");
    // Only groups the command finds by their own name (not a name another group answers to).
    let groups: Vec<(String, i64)> = rows
        .iter()
        .filter(|r| {
            let found = store.find_group(r.get(1)).expect("find_group");
            found.is_some_and(|g| g.id == r.get::<_, i64>(0))
        })
        .map(|r| (r.get(1), r.get(2)))
        .collect();
    assert!(groups.len() >= 3, "the bench database holds at least three groups with facts");
    let middle = groups.len() / 2;
    vec![groups[0].clone(), groups[middle].clone(), groups[groups.len() - 1].clone()]
}

fn queries(c: &mut Criterion) {
    let kb = Kb::builtin().expect("built-in KB");
    let extractor = Extractor::new(&kb);
    let Some(store) = bench_database(&extractor, &kb) else { return };
    let counts = store.counts().expect("counts");
    eprintln!(
        "pg_queries: {} documents, {} entities, {} aliases, {} mentions, {} facts",
        counts.documents, counts.entities, counts.aliases, counts.mentions, counts.facts
    );
    let url = allegiance_testpg::with_database(
        allegiance_testpg::server_url().expect("found above"),
        DATABASE,
    );
    let mut g = c.benchmark_group("pg_query");
    g.sample_size(50).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(5));
    for (name, n) in chosen_groups(&url, &store) {
        let group = |store: &PgStore| {
            let judged = Judged::load(store).expect("judgements");
            group_profile(store, &judged, &name, false, Some(PROFILE_LIST_LIMIT))
                .expect("group")
                .expect("stored")
        };
        let profile = group(&store);
        let listed = profile.pledges_in.len()
            + profile.pledges_out.len()
            + profile.leaders.len()
            + profile.areas.len()
            + profile.attacks.len();
        eprintln!("group {name}: {n} facts stored, profile lists {listed} pledges, leaders, areas and attacks");
        g.bench_function(format!("group/{name}"), |b| b.iter(|| group(&store)));
        let filter = FactFilter { subject: Some(name.clone()), ..FactFilter::default() };
        let facts = |store: &PgStore| {
            let judged = Judged::load(store).expect("judgements");
            judged_facts(store, &judged, &filter, false).expect("facts")
        };
        eprintln!("facts --subject {name}: {} rows", facts(&store).len());
        g.bench_function(format!("facts_subject/{name}"), |b| b.iter(|| facts(&store)));
    }
    // What every judged read pays on top once the database holds any judgement: the catalogue
    // the judgements' keys are resolved against (every document and entity).
    g.bench_function("catalogue", |b| b.iter(|| store.catalogue().expect("catalogue")));
    g.finish();
}

criterion_group!(benches, queries);
criterion_main!(benches);
