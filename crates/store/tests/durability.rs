//! A process killed (SIGKILL) mid-ingest, and ingest throughput, on synthetic articles.

use allegiance_model::{
    Entity, EntityKind, Evidence, Extraction, Fact, FactType, Polarity, Span, When,
};
use allegiance_read::{Document, DocumentHeader};
use allegiance_store::{SqliteStore, Store};
use std::time::{Duration, Instant};

const FACTS_PER_DOC: usize = 6;

/// Article `i`: ~2.5 KB of text, 9 entities (KB groups from a pool, a person, a place, groups
/// the KB lacks) and six facts, each with its evidence span.
fn synthetic(i: usize) -> (Document, Extraction) {
    let g = |k: usize| format!("Group {}", (i * 7 + k * 13) % 300);
    let mut text = format!("Report {i}. ");
    let sentence = |text: &mut String, s: String| -> Evidence {
        let start = text.len();
        text.push_str(&s);
        text.push(' ');
        Evidence { start, end: start + s.len(), text: s }
    };
    let mut facts = Vec::new();
    let mut push =
        |t: FactType, s: &str, o: Option<&str>, attrs: serde_json::Value, ev: Evidence| {
            facts.push(Fact {
                fact_type: t,
                subject: s.into(),
                object: o.map(str::to_string),
                attrs: serde_json::from_value(attrs).unwrap(),
                source: i.is_multiple_of(3).then(|| "Reuters".to_string()),
                polarity: Polarity::Asserted,
                when: i.is_multiple_of(2).then(|| When {
                    start: Some(format!("{}-0{}", 2010 + i % 10, 1 + i % 9).parse().unwrap()),
                    end: None,
                }),
                evidence: ev,
                rule: None,
            })
        };
    let ev = sentence(
        &mut text,
        format!(
            "{} pledged allegiance to {} on Tuesday, officials said in a statement.",
            g(0),
            g(1)
        ),
    );
    push(FactType::Pledge, "e1", Some("e2"), serde_json::json!({}), ev);
    let ev = sentence(
        &mut text,
        format!("{} is a branch of {} operating in Province {}.", g(2), g(1), i % 50),
    );
    push(FactType::BranchOf, "e3", Some("e2"), serde_json::json!({}), ev);
    let ev = sentence(&mut text, format!("Commander Abu {} al-Example leads {}.", i % 400, g(0)));
    push(FactType::LeaderOf, "e6", Some("e1"), serde_json::json!({}), ev);
    let ev = sentence(
        &mut text,
        format!(
            "{} has between {} and {} fighters in Province {}.",
            g(0),
            100 * (i % 30),
            200 * (i % 30),
            i % 50
        ),
    );
    push(
        FactType::Strength,
        "e1",
        Some("e7"),
        serde_json::json!({"min": 100 * (i % 30), "max": 200 * (i % 30), "unit": "fighters"}),
        ev,
    );
    let ev = sentence(&mut text, format!("{} and {} are rivals.", g(3), g(4)));
    push(FactType::RivalOf, "e4", Some("e5"), serde_json::json!({}), ev);
    let ev = sentence(&mut text, format!("Brigade {} split from Front {}.", i % 900, i % 800));
    push(FactType::SplinterOf, "e8", Some("e9"), serde_json::json!({}), ev);
    while text.len() < 2500 {
        text.push_str("Residents described the situation as tense, and aid agencies said access remained limited. ");
    }
    let ent = |id: &str, kind: EntityKind, name: String, kb: Option<String>| {
        let spans =
            text.match_indices(&name).map(|(s, m)| Span { start: s, end: s + m.len() }).collect();
        Entity {
            id: id.into(),
            kind,
            mentions: vec![name.clone()],
            name,
            kb,
            former_name: false,
            spans,
        }
    };
    let kb = |k: usize| Some(format!("group-{}", (i * 7 + k * 13) % 300));
    let entities = vec![
        ent("e1", EntityKind::Group, g(0), kb(0)),
        ent("e2", EntityKind::Group, g(1), kb(1)),
        ent("e3", EntityKind::Group, g(2), kb(2)),
        ent("e4", EntityKind::Group, g(3), kb(3)),
        ent("e5", EntityKind::Group, g(4), kb(4)),
        ent("e6", EntityKind::Person, format!("Abu {} al-Example", i % 400), None),
        ent("e7", EntityKind::Place, format!("Province {}", i % 50), None),
        ent("e8", EntityKind::Group, format!("Brigade {}", i % 900), None),
        ent("e9", EntityKind::Group, format!("Front {}", i % 800), None),
    ];
    let doc = Document {
        header: DocumentHeader {
            doc: format!("synthetic/{i}.txt"),
            path: format!("synthetic/{i}.txt"),
            title: Some(format!("Report {i}")),
            published: Some(format!("{}-0{}-1{}", 2010 + i % 10, 1 + i % 9, i % 10)),
            ..Default::default()
        },
        text,
        ..Default::default()
    };
    (doc, Extraction { entities, facts })
}

fn batch(b: usize, size: usize) -> Vec<(Document, Extraction)> {
    (b * size..(b + 1) * size).map(synthetic).collect()
}

const CHILD_ENV: &str = "ALLEGIANCE_STORE_TEST_CHILD_DB";
const CHILD_BATCH: usize = 40;

/// Run by `a_process_killed_mid_ingest_leaves_whole_batches`: ingests batches until killed.
#[test]
fn child_ingests_until_killed() {
    let Ok(path) = std::env::var(CHILD_ENV) else { return };
    let mut s = SqliteStore::open(std::path::Path::new(&path)).unwrap();
    for b in 0..10_000 {
        s.ingest_batch(&batch(b, CHILD_BATCH)).unwrap();
    }
}

#[test]
fn a_process_killed_mid_ingest_leaves_whole_batches_and_a_rerun_completes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("killed.db");
    let mut child = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "child_ingests_until_killed", "--nocapture", "--test-threads=1"])
        .env(CHILD_ENV, &path)
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Wait until a few batches are committed, then kill -9 while it is in the middle of more.
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        std::thread::sleep(Duration::from_millis(20));
        let n: i64 = rusqlite::Connection::open(&path)
            .and_then(|c| c.query_row("SELECT count(*) FROM documents", [], |r| r.get(0)))
            .unwrap_or(0);
        if n >= 3 * CHILD_BATCH as i64 {
            break;
        }
        assert!(Instant::now() < deadline, "the child stored nothing in 60 s");
        assert!(child.try_wait().unwrap().is_none(), "the child ended early");
    }
    std::thread::sleep(Duration::from_millis(37));
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();

    let mut s = SqliteStore::open(&path).unwrap();
    let ok: String = s.connection().query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(ok, "ok");
    let c = s.counts().unwrap();
    assert!(
        c.documents > 0 && c.documents.is_multiple_of(CHILD_BATCH),
        "whole batches only: {c:?}"
    );
    assert_eq!(c.facts, c.documents * FACTS_PER_DOC, "every stored document has all its facts");
    let orphans: i64 = s
        .connection()
        .query_row("SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.document_id = d.id)", [], |r| r.get(0))
        .unwrap();
    assert_eq!(orphans, 0);
    // The rerun skips what was stored and completes the input.
    let done = c.documents / CHILD_BATCH;
    let mut skipped = 0;
    let mut added = 0;
    for b in 0..done + 2 {
        let r = s.ingest_batch(&batch(b, CHILD_BATCH)).unwrap();
        skipped += r.skipped;
        added += r.documents;
    }
    assert_eq!((skipped, added), (c.documents, 2 * CHILD_BATCH));
    assert_eq!(s.counts().unwrap().facts, (done + 2) * CHILD_BATCH * FACTS_PER_DOC);
}

/// Many batches into a file database: every article stored once, and a second pass stores nothing.
/// (Speed is measured by the store benchmark, `cargo bench -p allegiance-store`, not here.)
#[test]
fn many_batches_store_each_article_once_and_a_second_pass_stores_none() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = SqliteStore::open(&dir.path().join("bench.db")).unwrap();
    let n_batches = 10;
    let size = 500;
    let batches: Vec<_> = (0..n_batches).map(|b| batch(b, size)).collect();
    let stored: usize = batches.iter().map(|b| s.ingest_batch(b).unwrap().documents).sum();
    assert_eq!(stored, n_batches * size);
    let counts = s.counts().unwrap();
    assert_eq!(counts.documents, n_batches * size);
    for b in &batches {
        assert_eq!(s.ingest_batch(b).unwrap().documents, 0);
    }
    assert_eq!(s.counts().unwrap(), counts);
}
