//! The bulk write path (`bulk.rs`, `pg/copy.rs`): a batch's mentions, aliases and facts are
//! buffered and written together, also when a new name's resolution moves rows of documents
//! stored earlier in the same batch; SQLite and PostgreSQL give the same tables.

use allegiance_model::{Extraction, FactType, Polarity};
use allegiance_read::Document;
use allegiance_store::bulk::{MentionRow, NewFact, Rows};
use allegiance_store::pg::PgConn;
use allegiance_store::sql::Sql;
use allegiance_store::{DumpFilter, PgStore, PlaceCountries, SqlStore, SqliteStore, Store};
use serde_json::json;
use std::collections::{BTreeMap, BTreeSet};

mod common;
use common::*;

fn countries() -> PlaceCountries {
    [("city-sy-aleppo", "SY"), ("city-sy-idlib", "SY"), ("city-ly-derna", "LY")]
        .into_iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

/// An article about a "Free Army" the knowledge base lacks, attacking near `place` (or tied to
/// nothing), named once more as "the Free Army's fighters".
fn free_army(doc: &str, place: Option<(&str, &str)>) -> (Document, Extraction) {
    match place {
        Some((name, kb)) => {
            let text = format!(
                "Fighters of the Free Army attacked a checkpoint near {name} on Friday. \
                 The Free Army's fighters withdrew at dawn, residents said."
            );
            let quote =
                format!("Fighters of the Free Army attacked a checkpoint near {name} on Friday.");
            Article::new(doc, "2016-05-06", &text)
                .entity("e1", G, "Free Army", None, &["Free Army"])
                .entity("e2", L, name, Some(kb), &[name])
                .fact(
                    FactType::Attack,
                    "e1",
                    Some("e2"),
                    json!({"what": "checkpoint attack"}),
                    None,
                    None,
                    &quote,
                )
                .pair()
        }
        None => {
            let text =
                "A commander of the Free Army said his men would not lay down their weapons.";
            Article::new(doc, "2016-05-07", text)
                .entity("e1", G, "Free Army", None, &["Free Army"])
                .pair()
        }
    }
}

/// Derna's group first, so the silent article joins it, until the Syrian articles outnumber it:
/// then the silent article's use moves to the Syrian group, with rows still in the batch.
fn one_batch() -> Vec<(Document, Extraction)> {
    vec![
        free_army("derna.txt", Some(("Derna", "city-ly-derna"))),
        free_army("silent.txt", None),
        free_army("aleppo.txt", Some(("Aleppo", "city-sy-aleppo"))),
        free_army("idlib.txt", Some(("Idlib", "city-sy-idlib"))),
    ]
}

/// Per "Free Army" entity: the documents naming it, its aliases with counts, the places of the
/// attacks it is the subject of.
type Groups = BTreeSet<(BTreeSet<String>, BTreeMap<String, i64>, BTreeSet<String>)>;

fn groups<C: Sql>(s: &SqlStore<C>) -> Groups {
    let dump = s.dump(&DumpFilter::default()).unwrap();
    let docs: BTreeMap<i64, String> =
        dump.documents.iter().map(|d| (d.id, d.header.doc.clone())).collect();
    dump.entities
        .iter()
        .filter(|e| e.name == "Free Army")
        .map(|e| {
            let named: BTreeSet<String> = e.document_ids.iter().map(|d| docs[d].clone()).collect();
            let aliases: BTreeMap<String, i64> =
                e.aliases.iter().map(|a| (a.name.clone(), a.documents)).collect();
            let attacked: BTreeSet<String> = dump
                .facts
                .iter()
                .filter(|f| f.fact_type == FactType::Attack && f.subject_id == e.id)
                .filter_map(|f| f.object.clone())
                .collect();
            (named, aliases, attacked)
        })
        .collect()
}

fn expected() -> Groups {
    let set = |xs: &[&str]| xs.iter().map(|x| x.to_string()).collect::<BTreeSet<String>>();
    [
        (
            set(&["aleppo.txt", "idlib.txt", "silent.txt"]),
            BTreeMap::from([("Free Army".to_string(), 3)]),
            set(&["Aleppo", "Idlib"]),
        ),
        (set(&["derna.txt"]), BTreeMap::from([("Free Army".to_string(), 1)]), set(&["Derna"])),
    ]
    .into()
}

#[test]
fn a_name_resolved_again_inside_one_batch_moves_the_rows_buffered_for_earlier_documents() {
    let mut lite = SqliteStore::open_in_memory().unwrap();
    lite.set_place_countries(countries());
    let report = lite.ingest_batch(&one_batch()).unwrap();
    assert_eq!((report.documents, report.facts), (4, 3));
    assert_eq!(groups(&lite), expected());
    let counts = lite.counts().unwrap();
    // Each attack article names the group twice and its place once; the silent one the group once.
    assert_eq!((counts.mentions, counts.facts), (3 * 3 + 1, 3), "{counts:?}");
}

#[test]
fn postgres_stores_a_batch_with_moved_rows_as_sqlite_does() {
    let Some(db) = allegiance_testpg::database("bulk_moves") else { return };
    let mut lite = SqliteStore::open_in_memory().unwrap();
    let mut pg = PgStore::open(&db.url).unwrap();
    lite.set_place_countries(countries());
    pg.set_place_countries(countries());
    // One batch, then the same articles again with other text in smaller batches: the second
    // batch of a connection reuses its staging tables.
    let again: Vec<_> = one_batch()
        .into_iter()
        .map(|(mut d, ex)| {
            d.header.doc = format!("again-{}", d.header.doc);
            d.text.push_str(" (Updated.)");
            (d, ex)
        })
        .collect();
    for s in [&mut lite as &mut dyn Store, &mut pg] {
        s.ingest_batch(&one_batch()).unwrap();
        for b in again.chunks(3) {
            s.ingest_batch(b).unwrap();
        }
    }
    assert_eq!(lite.counts().unwrap(), pg.counts().unwrap());
    let json = |d: allegiance_store::Dump| {
        let mut d = d;
        d.documents.iter_mut().for_each(|d| d.ingested_at.clear());
        serde_json::to_string_pretty(&d).unwrap()
    };
    assert_eq!(
        json(lite.dump(&DumpFilter::default()).unwrap()),
        json(pg.dump(&DumpFilter::default()).unwrap())
    );
    let g = groups(&pg);
    assert_eq!(g, groups(&lite));
    let syrian = g.iter().find(|(docs, _, _)| docs.contains("silent.txt")).unwrap();
    assert_eq!(syrian.1["Free Army"], 6, "three documents, twice");
    assert!(syrian.0.contains("again-silent.txt") && !syrian.0.contains("derna.txt"));
}

/// A document and an entity for rows to point at, on a bare connection.
fn document_and_entity(conn: &PgConn) -> (i64, i64) {
    let doc = conn
        .insert_id(
            "INSERT INTO documents (content_hash, doc, path, text, ingested_at) VALUES ('h', 'a.txt', 'a.txt', 'Free Army', 'now')",
            &[],
        )
        .unwrap();
    let entity = conn
        .insert_id(
            "INSERT INTO entities (key, kind, name, norm_name) VALUES ('group:free army', 'group', 'Free Army', 'free army')",
            &[],
        )
        .unwrap();
    (doc, entity)
}

fn rows(doc: i64, entity: i64, facts: usize) -> Rows {
    let mut rows = Rows::default();
    rows.add_mention(MentionRow { document_id: doc, entity_id: entity, start: 0, end: 9 });
    rows.add_alias(entity, "Free Army", || "free army".into());
    for i in 0..facts {
        rows.add_fact(NewFact {
            fact_type: FactType::Presence,
            subject_id: entity,
            object_id: None,
            attrs: "{}".into(),
            polarity: Polarity::Asserted,
            source: (i % 2 == 0).then(|| "residents".to_string()),
            when_start: Some("2016".into()),
            when_end: None,
            document_id: doc,
            evidence_start: 0,
            evidence_end: 9,
            evidence_text: format!("Free Army {i}"),
        });
    }
    rows
}

#[test]
fn postgres_bulk_writes_need_a_transaction_and_survive_a_rolled_back_one() {
    let Some(db) = allegiance_testpg::database("bulk_conn") else { return };
    drop(PgStore::open(&db.url).unwrap()); // the schema
    let client = postgres::Client::connect(&db.url, postgres::NoTls).unwrap();
    let conn = PgConn::new(client);
    let (doc, entity) = document_and_entity(&conn);
    let count = |q: &str| conn.one::<i64>(q, &[]).unwrap();

    let err = conn.bulk_insert(&rows(doc, entity, 1)).unwrap_err();
    assert!(err.to_string().contains("outside a write transaction"), "{err}");

    // The first write transaction creates the staging tables; rolled back, they are gone with it
    // and the next transaction makes them again.
    conn.begin_write().unwrap();
    conn.bulk_insert(&rows(doc, entity, 2)).unwrap();
    assert_eq!(count("SELECT count(*) FROM facts"), 2);
    conn.rollback().unwrap();
    assert_eq!(count("SELECT count(*) FROM facts"), 0);

    // Two writes in one transaction: the second adds its own rows only, the alias counts add up.
    conn.begin_write().unwrap();
    conn.bulk_insert(&rows(doc, entity, 3)).unwrap();
    conn.bulk_insert(&rows(doc, entity, 2)).unwrap();
    conn.commit().unwrap();
    conn.begin_write().unwrap();
    conn.bulk_insert(&rows(doc, entity, 1)).unwrap();
    conn.commit().unwrap();
    assert_eq!(count("SELECT count(*) FROM mentions"), 3);
    assert_eq!(count("SELECT count FROM aliases WHERE name = 'Free Army'"), 3);
    assert_eq!(count("SELECT count(*) FROM staged_facts"), 0, "staging emptied");
    let texts: Vec<String> = conn
        .rows("SELECT evidence_text FROM facts ORDER BY id", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0).unwrap())
        .collect();
    assert_eq!(
        texts,
        ["Free Army 0", "Free Army 1", "Free Army 2", "Free Army 0", "Free Army 1", "Free Army 0"],
        "ids in buffer order"
    );
    let sources: i64 = count("SELECT count(source) FROM facts WHERE when_start = '2016'");
    assert_eq!(sources, 4, "NULLs copied as NULLs");
}
