//! The store on extractions built by hand (independent of the extractor's rules): resolution,
//! claims, profiles, filters, idempotence, crash safety, schema versions and bad files.

use allegiance_model::{Extraction, FactType, Polarity};
use allegiance_read::Document;
use allegiance_store::{content_hash, FactFilter, SqliteStore, Store, StoreError, SCHEMA_VERSION};
use serde_json::json;

mod common;
use common::*;

fn reuters() -> (Document, Extraction) {
    let text =
        "Boko Haram pledged allegiance to the Islamic State on Saturday, according to Reuters. \
                Abu Bakr al-Baghdadi, the leader of ISIS, accepted the pledge. \
                Al-Shabaab has between 7,000 and 9,000 fighters in Somalia, a UN report said.";
    Article::new("a.txt", "2015-03-08", text)
        .entity("e1", G, "Boko Haram", Some("boko-haram"), &["Boko Haram"])
        .entity("e2", G, "Islamic State", Some("islamic-state"), &["Islamic State", "ISIS"])
        .entity(
            "e3",
            P,
            "Abu Bakr al-Baghdadi",
            Some("abu-bakr-al-baghdadi"),
            &["Abu Bakr al-Baghdadi"],
        )
        .entity("e4", G, "al-Shabaab", Some("al-shabaab"), &["Al-Shabaab"])
        .entity("e5", L, "Somalia", Some("somalia"), &["Somalia"])
        .fact(
            FactType::Pledge,
            "e1",
            Some("e2"),
            json!({}),
            Some("Reuters"),
            Some(("2015-03-07", None)),
            "Boko Haram pledged allegiance to the Islamic State on Saturday, according to Reuters.",
        )
        .fact(
            FactType::LeaderOf,
            "e3",
            Some("e2"),
            json!({}),
            None,
            None,
            "Abu Bakr al-Baghdadi, the leader of ISIS, accepted the pledge.",
        )
        .fact(
            FactType::Strength,
            "e4",
            Some("e5"),
            json!({"min": 7000, "max": 9000, "unit": "fighters"}),
            Some("UN"),
            None,
            "Al-Shabaab has between 7,000 and 9,000 fighters in Somalia, a UN report said.",
        )
        .pair()
}

fn bbc() -> (Document, Extraction) {
    let text = "Nigeria's Boko Haram has pledged allegiance to Isis, the BBC reported. \
                The Islamic State's Khorasan Province, a branch of Isis, has as many as 3,000 fighters in Afghanistan, \
                according to UN monitors. It was formerly known as al-Qaeda in Iraq.";
    Article::new("b.txt", "2015-03-09", text)
        .entity("e1", G, "Boko Haram", Some("boko-haram"), &["Boko Haram"])
        .entity("e2", G, "Islamic State", Some("islamic-state"), &["Isis", "Islamic State"])
        .entity("e3", G, "Islamic State Khorasan Province", Some("iskp"), &["Khorasan Province"])
        .entity("e4", L, "Afghanistan", Some("afghanistan"), &["Afghanistan"])
        .entity("e5", G, "al-Qaeda in Iraq", Some("islamic-state"), &["al-Qaeda in Iraq"])
        .former()
        .fact(
            FactType::Pledge,
            "e1",
            Some("e2"),
            json!({}),
            Some("BBC"),
            None,
            "Nigeria's Boko Haram has pledged allegiance to Isis, the BBC reported.",
        )
        .fact(
            FactType::BranchOf,
            "e3",
            Some("e2"),
            json!({}),
            None,
            None,
            "The Islamic State's Khorasan Province, a branch of Isis,",
        )
        .fact(
            FactType::Strength,
            "e3",
            Some("e4"),
            json!({"min": 0, "max": 3000, "unit": "fighters"}),
            Some("UN monitors"),
            None,
            "has as many as 3,000 fighters in Afghanistan, according to UN monitors.",
        )
        .fact(
            FactType::Renamed,
            "e5",
            Some("e2"),
            json!({"from": "al-Qaeda in Iraq", "to": "Islamic State"}),
            None,
            None,
            "It was formerly known as al-Qaeda in Iraq.",
        )
        .pair()
}

fn older() -> (Document, Extraction) {
    let text =
        "In 2013 the Nusra Front and the Islamic State of Iraq were allies, officials said. \
                Jabhat al-Nusra denied it had pledged to the Islamic State.";
    Article::new("c.txt", "2013-06-01", text)
        .entity(
            "e1",
            G,
            "al-Nusra Front",
            Some("al-nusra-front"),
            &["Nusra Front", "Jabhat al-Nusra"],
        )
        .entity(
            "e2",
            G,
            "Islamic State",
            Some("islamic-state"),
            &["Islamic State of Iraq", "Islamic State"],
        )
        .fact(
            FactType::AllyOf,
            "e2",
            Some("e1"),
            json!({}),
            Some("officials"),
            Some(("2013", None)),
            "In 2013 the Nusra Front and the Islamic State of Iraq were allies, officials said.",
        )
        .fact(
            FactType::Pledge,
            "e1",
            Some("e2"),
            json!({}),
            None,
            None,
            "Jabhat al-Nusra denied it had pledged to the Islamic State.",
        )
        .polarity(Polarity::Denied)
        .pair()
}

fn later_ally() -> (Document, Extraction) {
    let text = "Islamic State and the Nusra Front were allied for a time.";
    Article::new("d.txt", "2014-01-10", text)
        .entity("e1", G, "al-Nusra Front", Some("al-nusra-front"), &["Nusra Front"])
        .entity("e2", G, "Islamic State", Some("islamic-state"), &["Islamic State"])
        // The other way round from c.txt: still one claim.
        .fact(
            FactType::AllyOf,
            "e1",
            Some("e2"),
            json!({}),
            None,
            None,
            "Islamic State and the Nusra Front were allied for a time.",
        )
        .pair()
}

fn corpus() -> Vec<(Document, Extraction)> {
    vec![reuters(), bbc(), older(), later_ally()]
}

fn loaded() -> SqliteStore {
    let mut s = SqliteStore::open_in_memory().unwrap();
    s.ingest_batch(&corpus()).unwrap();
    s
}

#[test]
fn two_articles_reporting_one_pledge_make_one_claim_with_two_documents() {
    let s = loaded();
    let claims = s
        .claims(&FactFilter {
            fact_type: Some(FactType::Pledge),
            subject: Some("Boko Haram".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(claims.len(), 1, "{claims:#?}");
    let c = &claims[0];
    assert_eq!((c.subject.as_str(), c.object.as_deref()), ("Boko Haram", Some("Islamic State")));
    assert_eq!((c.documents, c.facts, c.document_ids.len()), (2, 2, 2));
    assert_eq!(c.sources, vec!["Reuters".to_string(), "BBC".to_string()]);
    assert_eq!(c.polarities, vec![Polarity::Asserted]);
    assert_eq!(
        (c.first_published.as_deref(), c.last_published.as_deref()),
        (Some("2015-03-08"), Some("2015-03-09"))
    );
    // Two different strength figures are two claims; an ally_of stated both ways round is one.
    let strength = s
        .claims(&FactFilter { fact_type: Some(FactType::Strength), ..Default::default() })
        .unwrap();
    assert_eq!(strength.len(), 2);
    let iskp = strength.iter().find(|c| c.subject == "Islamic State Khorasan Province").unwrap();
    assert_eq!(
        (iskp.min, iskp.max, iskp.unit.as_deref()),
        (Some(0.0), Some(3000.0), Some("fighters"))
    );
    let allies =
        s.claims(&FactFilter { fact_type: Some(FactType::AllyOf), ..Default::default() }).unwrap();
    assert_eq!(allies.len(), 1, "{allies:#?}");
    assert_eq!(allies[0].documents, 2);
    // The same claim found from either side.
    for name in ["Nusra Front", "ISIS"] {
        let c = s
            .claims(&FactFilter {
                fact_type: Some(FactType::AllyOf),
                subject: Some(name.into()),
                ..Default::default()
            })
            .unwrap();
        assert_eq!(c.len(), 1, "{name}");
    }
    assert_eq!(s.counts().unwrap().claims, 1 + 1 + 1 + 2 + 1 + 1 + 1); // pledge, denied pledge, leader, strength×2, branch, renamed, ally
}

#[test]
fn reingesting_the_same_batch_adds_nothing() {
    let mut s = SqliteStore::open_in_memory().unwrap();
    let first = s.ingest_batch(&corpus()).unwrap();
    assert_eq!((first.documents, first.skipped, first.facts), (4, 0, 10));
    // Boko Haram, IS, Baghdadi, al-Shabaab, Somalia, ISKP, Afghanistan, AQI (former name), Nusra
    assert_eq!(first.entities, 9);
    let before = s.counts().unwrap();
    let names_before = s.group_profile("Islamic State").unwrap().unwrap().names;
    let again = s.ingest_batch(&corpus()).unwrap();
    assert_eq!((again.documents, again.skipped, again.facts, again.entities), (0, 4, 0, 0));
    assert_eq!(s.counts().unwrap(), before);
    assert_eq!(s.group_profile("Islamic State").unwrap().unwrap().names, names_before);
    for (d, _) in corpus() {
        assert!(s.has_document(&content_hash(&d)).unwrap());
    }
    assert!(!s.has_document("0000").unwrap());
    // A duplicate inside one batch is stored once.
    let mut t = SqliteStore::open_in_memory().unwrap();
    let r = t.ingest_batch(&[reuters(), reuters()]).unwrap();
    assert_eq!((r.documents, r.skipped), (1, 1));
}

#[test]
fn entities_resolve_across_documents_by_kb_id_then_kind_and_name() {
    let mut s = loaded();
    // Islamic State seen in four documents under several names: one entity, aliases counted per document.
    let is = s.find_entities("Islamic State").unwrap();
    assert_eq!(is[0].kb.as_deref(), Some("islamic-state"));
    assert!(is[0].exact && !is[0].former_name);
    let profile = s.group_profile("Islamic State").unwrap().unwrap();
    let count = |n: &str| profile.names.iter().find(|x| x.name == n).map(|x| x.count);
    assert_eq!(count("Islamic State"), Some(4));
    assert_eq!(count("ISIS"), Some(1));
    assert_eq!(count("Isis"), Some(1));
    assert!(profile.names.iter().any(|n| n.name == "al-Qaeda in Iraq" && n.former));
    // Entities without a kb id: one per (kind, normalised name).
    let text = "The Ansar al-Furqan Brigade attacked a checkpoint near Ansar al-Furqan.";
    let a = Article::new("e.txt", "2016-01-01", text)
        .entity("e1", G, "Ansar al-Furqan Brigade", None, &["Ansar al-Furqan Brigade"])
        .entity("e2", L, "Ansar al-Furqan", None, &["Ansar al-Furqan"])
        .pair();
    let b = Article::new("f.txt", "2016-01-02", "The ansar al furqan brigade  struck again.")
        .entity("e1", G, "The Ansar al Furqan Brigade", None, &["ansar al furqan brigade"])
        .pair();
    let r = s.ingest_batch(&[a, b]).unwrap();
    assert_eq!(r.entities, 2, "the brigade (twice) and the place of a similar name");
    let found = s.find_entities("ansar al-furqan brigade").unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].mentions, 2);
    // A kb id names its entity too.
    assert_eq!(s.find_entities("iskp").unwrap()[0].name, "Islamic State Khorasan Province");
}

#[test]
fn names_match_normalised_exact_first_then_prefix() {
    let s = loaded();
    for q in ["ISIS", "isis", "the Islamic State", "ISLAMIC STATE", "  Islamic-State "] {
        let found = s.find_entities(q).unwrap();
        assert_eq!(found[0].name, "Islamic State", "{q}");
        assert!(found[0].exact, "{q}");
    }
    // "Islamic State" is exact for IS; prefix matches (ISKP's canonical name) follow.
    let found = s.find_entities("Islamic State").unwrap();
    let names: Vec<&str> = found.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names[0], "Islamic State");
    assert!(names.contains(&"Islamic State Khorasan Province"), "{names:?}");
    assert!(!found.iter().find(|e| e.name == "Islamic State Khorasan Province").unwrap().exact);
    let prefix = s.find_entities("khorasan").unwrap();
    assert_eq!(prefix[0].name, "Islamic State Khorasan Province");
    assert!(!prefix[0].exact);
    assert!(s.find_entities("Hezbollah").unwrap().is_empty());
    assert!(s.find_entities("  ").unwrap().is_empty());
    // Accents and apostrophes fold.
    assert_eq!(s.find_entities("Bóko Haram").unwrap()[0].name, "Boko Haram");
}

#[test]
fn a_profile_found_by_an_alias_lists_pledges_branches_leaders_and_strength_with_sources() {
    let s = loaded();
    let p = s.group_profile("ISIS").unwrap().expect("ISIS names the Islamic State");
    assert_eq!(
        (p.name.as_str(), p.kind.as_str(), p.kb.as_deref()),
        ("Islamic State", "group", Some("islamic-state"))
    );
    assert_eq!(p.pledges_in.len(), 3, "two asserted, one denied");
    let reuters = p.pledges_in.iter().find(|f| f.source.as_deref() == Some("Reuters")).unwrap();
    assert_eq!(reuters.subject, "Boko Haram");
    assert_eq!(reuters.doc, "a.txt");
    assert_eq!(reuters.title.as_deref(), Some("Title of a.txt"));
    assert_eq!(reuters.publisher.as_deref(), Some("Example News"));
    assert_eq!(reuters.published.as_deref(), Some("2015-03-08"));
    assert_eq!(
        reuters.when.as_ref().unwrap().start.map(|d| d.to_string()).as_deref(),
        Some("2015-03-07")
    );
    assert!(reuters.evidence.text.starts_with("Boko Haram pledged allegiance"));
    let denied = p.pledges_in.iter().find(|f| f.polarity == Polarity::Denied).unwrap();
    assert_eq!(denied.subject, "al-Nusra Front");
    assert_eq!(p.branches.len(), 1);
    assert_eq!(p.branches[0].subject, "Islamic State Khorasan Province");
    assert_eq!(p.leaders.len(), 1);
    assert_eq!(p.leaders[0].subject, "Abu Bakr al-Baghdadi");
    assert_eq!(p.allies.len(), 2);
    assert_eq!(p.renames.len(), 1);
    assert_eq!(p.renames[0].subject, "al-Qaeda in Iraq");
    assert!(p.pledges_out.is_empty() && p.strength.is_empty());
    // Evidence quotes are verbatim spans of the stored text.
    let text: String = s
        .connection()
        .query_row("SELECT text FROM documents WHERE doc = 'a.txt'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(&text[reuters.evidence.start..reuters.evidence.end], reuters.evidence.text);

    let k = s.group_profile("Khorasan Province").unwrap().unwrap();
    assert_eq!(k.parents.len(), 1);
    assert_eq!(k.parents[0].object.as_deref(), Some("Islamic State"));
    let est = &k.strength[0];
    let figure = est.attrs.strength().unwrap();
    assert_eq!((figure.min, figure.max, figure.unit.as_str()), (0.0, 3000.0, "fighters"));
    assert_eq!(est.object.as_deref(), Some("Afghanistan"));
    assert_eq!(est.source.as_deref(), Some("UN monitors"));
    assert_eq!(est.published.as_deref(), Some("2015-03-09"));

    // The former name has its own profile, whose rename points to the current one.
    let aqi = s.group_profile("al-Qaeda in Iraq").unwrap().unwrap();
    assert_eq!(aqi.renames[0].object.as_deref(), Some("Islamic State"));
    // Places and people are not groups.
    assert!(s.group_profile("Somalia").unwrap().is_none());
    assert!(s.group_profile("No Such Brigade").unwrap().is_none());
    // The profile serialises for the CLI.
    let v = serde_json::to_value(&p).unwrap();
    assert_eq!(v["pledges_in"][0]["type"], "pledge");
}

#[test]
fn facts_filter_by_type_subject_object_and_dates() {
    let s = loaded();
    let all = s.facts(&FactFilter::default()).unwrap();
    assert_eq!(all.len(), 10);
    // Time order: the fact's time, else its article's date.
    let keys: Vec<String> = all
        .iter()
        .map(|f| {
            let stated = f.when.as_ref().and_then(|w| w.start).map(|d| d.to_string());
            stated.or(f.published.clone()).unwrap()
        })
        .collect();
    assert!(keys.windows(2).all(|w| w[0] <= w[1]), "{keys:?}");

    let f = |filter: FactFilter| s.facts(&filter).unwrap();
    let pledges = f(FactFilter { fact_type: Some(FactType::Pledge), ..Default::default() });
    assert_eq!(pledges.len(), 3);
    let to_is = f(FactFilter {
        fact_type: Some(FactType::Pledge),
        object: Some("Isis".into()),
        since: Some("2014".into()),
        ..Default::default()
    });
    assert_eq!(to_is.len(), 2, "all pledges to the Islamic State since 2014");
    // since compares with the fact's own time: the Reuters pledge happened 2015-03-07.
    let since = f(FactFilter {
        fact_type: Some(FactType::Pledge),
        since: Some("2015-03-08".into()),
        ..Default::default()
    });
    assert_eq!(since.iter().map(|f| f.doc.as_str()).collect::<Vec<_>>(), vec!["b.txt"]);
    let until = f(FactFilter { until: Some("2013".into()), ..Default::default() });
    assert_eq!(until.len(), 2, "c.txt's two facts");
    // A fact dated by year only is inside a month of that year.
    let in_june = f(FactFilter {
        fact_type: Some(FactType::AllyOf),
        since: Some("2013-06".into()),
        until: Some("2013-06".into()),
        ..Default::default()
    });
    assert_eq!(in_june.len(), 1);
    assert_eq!(
        in_june[0].when.as_ref().unwrap().start.map(|d| d.to_string()).as_deref(),
        Some("2013")
    );
    let subject = f(FactFilter { subject: Some("boko haram".into()), ..Default::default() });
    assert_eq!(subject.len(), 2);
    // Symmetric relations match either side.
    let allies = f(FactFilter {
        fact_type: Some(FactType::AllyOf),
        subject: Some("Jabhat al-Nusra".into()),
        ..Default::default()
    });
    assert_eq!(allies.len(), 2);
    assert_eq!(f(FactFilter { limit: Some(3), ..Default::default() }).len(), 3);
    assert!(f(FactFilter { subject: Some("Hezbollah".into()), ..Default::default() }).is_empty());
    // An exact name does not drag in groups that merely start with it.
    let is_subject = f(FactFilter {
        subject: Some("Islamic State".into()),
        fact_type: Some(FactType::Strength),
        ..Default::default()
    });
    assert!(is_subject.is_empty(), "{is_subject:#?}");
}

#[test]
fn facts_naming_unknown_entities_are_left_out_not_fatal() {
    let mut s = SqliteStore::open_in_memory().unwrap();
    let (d, mut ex) = reuters();
    ex.facts[0].object = Some("e99".into());
    ex.facts[1].subject = "e42".into();
    let r = s.ingest_batch(&[(d, ex)]).unwrap();
    assert_eq!((r.documents, r.facts), (1, 1));
}

#[test]
fn a_batch_failing_midway_leaves_only_whole_batches_and_a_rerun_completes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    let mut s = SqliteStore::open(&path).unwrap();
    s.ingest_batch(&[reuters()]).unwrap();
    let after_first = s.counts().unwrap();
    // Make the third document of the next batch fail as a crash or full disk would: after the
    // first two are written, including entities new to the store (al-Nusra Front).
    let poison = {
        let (mut d, ex) = later_ally();
        d.header.doc = "poison.txt".into();
        d.text.push_str(" (syndicated copy)");
        (d, ex)
    };
    s.connection()
        .execute_batch(
            "CREATE TEMP TRIGGER fail_midway BEFORE INSERT ON documents WHEN NEW.doc = 'poison.txt' \
             BEGIN SELECT RAISE(ABORT, 'simulated failure'); END;",
        )
        .unwrap();
    let err = s.ingest_batch(&[bbc(), older(), poison.clone()]).unwrap_err();
    let msg = err.to_string();
    assert!(
        msg.contains("t.db") && msg.contains("poison.txt") && msg.contains("simulated failure"),
        "{msg}"
    );
    assert_eq!(s.counts().unwrap(), after_first, "nothing of the failed batch is kept");
    assert!(s.find_entities("Nusra Front").unwrap().is_empty());
    s.connection().execute_batch("DROP TRIGGER fail_midway;").unwrap();
    // The rerun of the whole input skips what is stored and completes the rest; entities created
    // by the failed batch are created again, not taken from a stale cache.
    let rerun = s.ingest_batch(&[reuters(), bbc(), older(), poison]).unwrap();
    assert_eq!((rerun.documents, rerun.skipped), (3, 1));
    let nusra = s.group_profile("Nusra Front").unwrap().unwrap();
    assert_eq!(nusra.allies.len(), 2);
    drop(s);
    let s = SqliteStore::open(&path).unwrap();
    assert_eq!(s.counts().unwrap().documents, 4);
    assert_eq!(s.counts().unwrap().facts, 10); // reuters 3, bbc 4, older 2, poison 1
}

#[test]
fn data_written_closed_and_reopened_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kept.db");
    let counts = {
        let mut s = SqliteStore::open(&path).unwrap();
        s.ingest_batch(&corpus()).unwrap();
        s.counts().unwrap()
    };
    let mut s = SqliteStore::open(&path).unwrap();
    assert_eq!(s.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(s.counts().unwrap(), counts);
    assert_eq!(s.group_profile("ISIS").unwrap().unwrap().pledges_in.len(), 3);
    let mode: String = s.connection().query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
    let fk: i64 = s.connection().query_row("PRAGMA foreign_keys", [], |r| r.get(0)).unwrap();
    assert_eq!(fk, 1);
    assert_eq!(s.ingest_batch(&corpus()).unwrap().skipped, 4);
}

#[test]
fn a_file_that_is_not_a_database_is_refused_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.db");
    std::fs::write(&path, "these are my notes, not a database\n".repeat(200)).unwrap();
    let err = SqliteStore::open(&path).err().expect("an error");
    assert!(matches!(err, StoreError::NotADatabase { .. }), "{err:?}");
    let msg = err.to_string();
    assert!(msg.contains("notes.db") && msg.contains("not an allegiance database"), "{msg}");
    // The file is left as it was.
    assert!(std::fs::read_to_string(&path).unwrap().starts_with("these are my notes"));
}

#[test]
fn another_programs_sqlite_database_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.sqlite");
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute_batch("CREATE TABLE photos (id INTEGER PRIMARY KEY);")
        .unwrap();
    let err = SqliteStore::open(&path).err().expect("an error").to_string();
    assert!(err.contains("other.sqlite") && err.contains("other program"), "{err}");
}

#[test]
fn a_database_from_a_newer_version_is_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.db");
    SqliteStore::open(&path).unwrap();
    rusqlite::Connection::open(&path).unwrap().execute_batch("PRAGMA user_version = 99;").unwrap();
    let err = SqliteStore::open(&path).err().expect("an error");
    assert!(matches!(err, StoreError::TooNew { found: 99, .. }), "{err:?}");
    let msg = err.to_string();
    assert!(msg.contains("future.db") && msg.contains("99") && msg.contains("newer"), "{msg}");
}

#[test]
fn a_version_1_database_is_upgraded_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.db");
    {
        let c = rusqlite::Connection::open(&path).unwrap();
        c.execute_batch(include_str!("fixtures/schema_v1.sql")).unwrap();
        c.execute_batch(
            "INSERT INTO documents VALUES (1, 'h1', 'a.txt', 'a.txt', NULL, NULL, NULL, '2015-03-08', 'text', 'now');
             INSERT INTO entities VALUES (1, 'kb:boko-haram', 'group', 'Boko Haram', 'boko-haram');
             INSERT INTO entities VALUES (2, 'kb:islamic-state', 'group', 'Islamic State', 'islamic-state');
             INSERT INTO entities VALUES (3, 'kb:islamic-state@al qaeda in iraq', 'group', 'al-Qaeda in Iraq', 'islamic-state');
             INSERT INTO aliases VALUES (1, 'Boko Haram', 'boko haram', 1);
             INSERT INTO aliases VALUES (2, 'Isis', 'isis', 1);
             INSERT INTO facts VALUES (1, 'pledge', 1, 2, '{}', 'asserted', 'BBC', NULL, NULL, 1, 0, 4, 'text');
             PRAGMA user_version = 1;",
        )
        .unwrap();
    }
    let mut s = SqliteStore::open(&path).unwrap();
    assert_eq!(s.schema_version().unwrap(), SCHEMA_VERSION);
    // The canonical name is searchable although no alias row holds it.
    let is = s.find_entities("Islamic State").unwrap();
    assert_eq!(is[0].id, 2);
    assert!(s.find_entities("al-Qaeda in Iraq").unwrap()[0].former_name);
    assert_eq!(s.claims(&FactFilter::default()).unwrap()[0].sources, vec!["BBC".to_string()]);
    // New batches resolve onto the upgraded rows.
    let r = s.ingest_batch(&[reuters()]).unwrap();
    assert_eq!(r.entities, 3, "Baghdadi, al-Shabaab, Somalia; Boko Haram and IS exist");
    let c =
        s.claims(&FactFilter { fact_type: Some(FactType::Pledge), ..Default::default() }).unwrap();
    assert_eq!(c[0].documents, 2);
}

#[test]
fn a_missing_folder_is_an_error_naming_the_path() {
    let err = SqliteStore::open(std::path::Path::new("/nonexistent-folder/x/store.db"))
        .err()
        .expect("an error")
        .to_string();
    assert!(err.contains("/nonexistent-folder/x/store.db"), "{err}");
}
