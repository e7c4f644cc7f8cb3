//! The PostgreSQL backend against a real server (see `allegiance-testpg`): the same answers as
//! SQLite on the same articles, its schema version, and many writers at once.

use allegiance_extract::{DocMeta, Extraction, Extractor};
use allegiance_read::{read_paths, Document, ReadOptions};
use allegiance_store::{
    content_hash, Browse, ConflictFilter, DumpFilter, FactFilter, PgStore, SqlStore, SqliteStore,
    Store, StoreError,
};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(|| Extractor::new(&allegiance_kb::Kb::builtin().unwrap()))
}

/// The project's example articles and the CLI tests' articles, extracted.
fn articles() -> &'static [(Document, Extraction)] {
    static ARTICLES: OnceLock<Vec<(Document, Extraction)>> = OnceLock::new();
    ARTICLES.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let inputs: Vec<PathBuf> =
            vec![root.join("examples"), root.join("crates/cli/tests/articles")];
        read_paths(&inputs, &ReadOptions::default())
            .map(|d| {
                let doc = d.expect("the test articles read");
                let meta = DocMeta {
                    published: doc.header.published.clone(),
                    publisher: doc.header.publisher.clone(),
                };
                let ex = extractor().extract(&doc.text, &meta);
                (doc, ex)
            })
            .collect()
    })
}

fn ingest<C: allegiance_store::sql::Sql>(store: &mut SqlStore<C>, docs: &[(Document, Extraction)]) {
    for batch in docs.chunks(5) {
        store.ingest_batch(batch).unwrap();
    }
}

/// Everything a user can ask, as JSON, for comparing two stores.
fn answers<C: allegiance_store::sql::Sql>(s: &SqlStore<C>) -> BTreeMap<String, String> {
    let json = |v: serde_json::Value| serde_json::to_string_pretty(&v).unwrap();
    let mut out = BTreeMap::new();
    out.insert("counts".into(), json(serde_json::to_value(s.counts().unwrap()).unwrap()));
    out.insert(
        "facts".into(),
        json(serde_json::to_value(s.facts(&FactFilter::default()).unwrap()).unwrap()),
    );
    let since = FactFilter {
        since: Some("2015".into()),
        until: Some("2021-06".into()),
        ..Default::default()
    };
    out.insert("facts since".into(), json(serde_json::to_value(s.facts(&since).unwrap()).unwrap()));
    out.insert(
        "claims".into(),
        json(serde_json::to_value(s.claims(&FactFilter::default()).unwrap()).unwrap()),
    );
    out.insert(
        "conflicts".into(),
        json(serde_json::to_value(s.conflicts(&ConflictFilter::default()).unwrap()).unwrap()),
    );
    let mut dump = s.dump(&DumpFilter::default()).unwrap();
    for d in &mut dump.documents {
        d.ingested_at.clear(); // the one thing that differs: when each store was filled
    }
    out.insert("dump".into(), json(serde_json::to_value(&dump).unwrap()));
    out.insert(
        "unknown".into(),
        json(serde_json::to_value(s.unknown_entities(1).unwrap()).unwrap()),
    );
    out.insert("network".into(), json(serde_json::to_value(s.network(None).unwrap()).unwrap()));
    for e in &dump.entities {
        let name = &e.name;
        out.insert(
            format!("entities {name}"),
            json(serde_json::to_value(s.find_entities(name).unwrap()).unwrap()),
        );
        out.insert(
            format!("profile {name}"),
            json(serde_json::to_value(s.group_profile(name).unwrap()).unwrap()),
        );
        out.insert(
            format!("latest 2 of profile {name}"),
            json(serde_json::to_value(s.group_profile_latest(name, Some(2)).unwrap()).unwrap()),
        );
        out.insert(
            format!("search {name}"),
            json(serde_json::to_value(s.search(name, &[], None, 20).unwrap()).unwrap()),
        );
        out.insert(
            format!("entity {}", e.id),
            json(serde_json::to_value(s.entity(e.id).unwrap()).unwrap()),
        );
        out.insert(
            format!("placed {}", e.id),
            json(serde_json::to_value(s.placed_facts(Some(e.id)).unwrap()).unwrap()),
        );
    }
    for f in &dump.facts {
        out.insert(
            format!("evidence {}", f.id),
            json(serde_json::to_value(s.evidence(f.id).unwrap()).unwrap()),
        );
    }
    out
}

#[test]
fn postgres_gives_the_same_answers_as_sqlite() {
    let Some(db) = allegiance_testpg::database("same_answers") else { return };
    let docs = articles();
    assert!(docs.len() >= 20, "{} articles", docs.len());
    let mut lite = SqliteStore::open_in_memory().unwrap();
    let mut pg = PgStore::open(&db.url).unwrap();
    ingest(&mut lite, docs);
    ingest(&mut pg, docs);
    let (a, b) = (answers(&lite), answers(&pg));
    assert!(lite.counts().unwrap().facts > 20, "{:?}", lite.counts().unwrap());
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    let differing: Vec<String> = a
        .iter()
        .filter(|(q, sqlite)| **sqlite != b[*q])
        .map(|(q, sqlite)| {
            let (l, p): (Vec<&str>, Vec<&str>) = (sqlite.lines().collect(), b[q].lines().collect());
            let at = l.iter().zip(&p).position(|(x, y)| x != y).unwrap_or(l.len().min(p.len()));
            let from = at.saturating_sub(8);
            format!(
                "{q}: line {at}\n  SQLite:     {:?}\n  PostgreSQL: {:?}",
                &l[from..(at + 2).min(l.len())],
                &p[from..(at + 2).min(p.len())]
            )
        })
        .collect();
    assert!(differing.is_empty(), "{} answers differ:\n{}", differing.len(), differing.join("\n"));
    // Rerunning stores nothing twice.
    let again = pg.ingest_batch(docs).unwrap();
    assert_eq!((again.documents, again.skipped), (0, docs.len()));
}

#[test]
fn the_schema_is_versioned_and_a_newer_one_refused() {
    let Some(db) = allegiance_testpg::database("schema_version") else { return };
    let store = PgStore::open(&db.url).unwrap();
    assert_eq!(store.schema_version().unwrap(), allegiance_store::SCHEMA_VERSION);
    drop(store);
    // Opening again finds the schema and leaves it as it is.
    let store = PgStore::open(&db.url).unwrap();
    assert_eq!(store.counts().unwrap().documents, 0);
    drop(store);
    let mut admin = postgres::Client::connect(&db.url, postgres::NoTls).unwrap();
    admin.batch_execute("UPDATE allegiance_schema SET version = 99").unwrap();
    let err = PgStore::open(&db.url).err().expect("a newer schema is refused");
    assert!(matches!(err, StoreError::TooNew { found: 99, .. }), "{err:?}");
    assert!(err.to_string().contains("upgrade allegiance"), "{err}");
}

#[test]
fn a_database_of_another_program_is_refused() {
    let Some(db) = allegiance_testpg::database("other_program") else { return };
    let mut admin = postgres::Client::connect(&db.url, postgres::NoTls).unwrap();
    admin.batch_execute("CREATE TABLE documents (x INT)").unwrap();
    let err = PgStore::open(&db.url).err().expect("refused");
    assert!(matches!(err, StoreError::NotADatabase { .. }), "{err:?}");
}

#[test]
fn a_server_that_is_not_there_is_a_clear_error() {
    let err = PgStore::open("postgres://nobody@127.0.0.1:1/none").err().expect("no server");
    let text = err.to_string();
    assert!(
        text.starts_with("postgres://nobody@127.0.0.1:1/none: cannot connect to PostgreSQL"),
        "{text}"
    );
}

/// What a store holds, independent of the order documents came in (ids and the `#2` suffixes
/// of same-named groups depend on it): documents, facts by what they state and where, the
/// near-duplicate clusters as sets of documents, and the entities facts name.
fn order_free(
    s: &PgStore,
) -> (usize, BTreeSet<String>, BTreeSet<String>, BTreeSet<BTreeSet<String>>) {
    let dump = s.dump(&DumpFilter::default()).unwrap();
    let docs = dump.documents.len();
    let hashes: BTreeSet<String> = dump.documents.iter().map(|d| d.content_hash.clone()).collect();
    let facts: BTreeSet<String> = dump
        .facts
        .iter()
        .map(|f| {
            format!(
                "{} {} -> {:?} {} {} [{}..{}] in {}",
                f.fact_type.as_str(),
                f.subject,
                f.object,
                f.polarity.as_str(),
                f.evidence.text,
                f.evidence.start,
                f.evidence.end,
                f.doc
            )
        })
        .collect();
    let mut by_cluster: BTreeMap<i64, BTreeSet<String>> = BTreeMap::new();
    let claims = s.claims(&FactFilter::default()).unwrap();
    for c in &claims {
        for a in &c.articles {
            let cluster = a.copy_of.unwrap_or(a.document_id);
            by_cluster.entry(cluster).or_default().insert(a.header.doc.clone());
        }
    }
    assert_eq!(hashes.len(), docs, "no document twice");
    (docs, hashes, facts, by_cluster.into_values().collect())
}

#[test]
fn four_writers_over_overlapping_inputs_store_what_one_clean_ingest_stores() {
    let Some(clean_db) = allegiance_testpg::database("clean_ingest") else { return };
    let Some(shared_db) = allegiance_testpg::database("four_writers") else { return };
    let docs = articles();
    let mut clean = PgStore::open(&clean_db.url).unwrap();
    ingest(&mut clean, docs);

    // Four writers, each over most of the articles in its own order: every article is written
    // by at least three of them, at the same time, in batches of three.
    std::thread::scope(|scope| {
        for w in 0..4usize {
            let url = shared_db.url.clone();
            scope.spawn(move || {
                let mut mine: Vec<(Document, Extraction)> = docs
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| i % 4 != w)
                    .map(|(_, d)| d.clone())
                    .collect();
                if w % 2 == 1 {
                    mine.reverse();
                }
                let turn = w * 3 % mine.len().max(1);
                mine.rotate_left(turn);
                let mut store = PgStore::open(&url).unwrap();
                for batch in mine.chunks(3) {
                    store.ingest_batch(batch).unwrap();
                }
            });
        }
    });
    let shared = PgStore::open(&shared_db.url).unwrap();
    let distinct: BTreeSet<String> = docs.iter().map(|(d, _)| content_hash(d)).collect();
    let (n, hashes, facts, clusters) = order_free(&shared);
    assert_eq!(n, distinct.len(), "every article once, none lost");
    assert_eq!(hashes, distinct);
    let (_, _, clean_facts, clean_clusters) = order_free(&clean);
    assert_eq!(facts, clean_facts);
    assert_eq!(clusters, clean_clusters);
    let (a, b) = (shared.counts().unwrap(), clean.counts().unwrap());
    assert_eq!(a, b);
}
