//! Judgements in the store: kept in their own table (a version-3 file gains it in place),
//! resolved by keys that survive a second ingest into another database, and applied by
//! `judged` to facts, profiles, conflicts and dumps.

mod common;

use allegiance_model::{FactType, Polarity};
use allegiance_store::judged::{conflicts, group_profile, judged_facts};
use allegiance_store::judgements::{self, Added, Judgement, JudgementStore, Verdict};
use allegiance_store::{DumpFilter, FactFilter, Judged, SqliteStore, Store, SCHEMA_VERSION};
use common::{Article, G, L, P};
use serde_json::json;

const TEXT_1: &str = "Boko Haram has pledged allegiance to the Islamic State. \
    The group has about 6,000 fighters, officials say. Jama'atu Ahlis Sunna is active in Borno.";
const TEXT_2: &str = "Boko Haram has some 15,000 fighters in Borno, a monitor said. \
    Abubakar Shekau leads Boko Haram.";

fn articles() -> Vec<(allegiance_read::Document, allegiance_model::Extraction)> {
    vec![
        Article::new("a1", "2015-03-08", TEXT_1)
            .entity("e1", G, "Boko Haram", Some("boko-haram"), &["Boko Haram", "The group"])
            .entity("e2", G, "Islamic State", Some("islamic-state"), &["Islamic State"])
            .entity("e3", G, "Jama'atu Ahlis Sunna", None, &["Jama'atu Ahlis Sunna"])
            .entity("e4", L, "Borno", Some("borno"), &["Borno"])
            .fact(
                FactType::Pledge,
                "e1",
                Some("e2"),
                json!({}),
                None,
                None,
                "Boko Haram has pledged allegiance to the Islamic State.",
            )
            .fact(
                FactType::Strength,
                "e1",
                None,
                json!({"min": 6000.0, "max": 6000.0, "unit": "fighters"}),
                Some("officials"),
                Some(("2015", None)),
                "The group has about 6,000 fighters, officials say.",
            )
            .fact(
                FactType::Presence,
                "e3",
                Some("e4"),
                json!({}),
                None,
                None,
                "Jama'atu Ahlis Sunna is active in Borno.",
            )
            .pair(),
        Article::new("a2", "2015-05-01", TEXT_2)
            .entity("e1", G, "Boko Haram", Some("boko-haram"), &["Boko Haram"])
            .entity("e2", L, "Borno", Some("borno"), &["Borno"])
            .entity("e3", P, "Abubakar Shekau", None, &["Abubakar Shekau"])
            .fact(
                FactType::Strength,
                "e1",
                None,
                json!({"min": 15000.0, "max": 15000.0, "unit": "fighters"}),
                Some("a monitor"),
                Some(("2015", None)),
                "Boko Haram has some 15,000 fighters in Borno, a monitor said.",
            )
            .fact(
                FactType::LeaderOf,
                "e3",
                Some("e1"),
                json!({}),
                None,
                None,
                "Abubakar Shekau leads Boko Haram.",
            )
            .pair(),
    ]
}

fn store() -> SqliteStore {
    let mut s = SqliteStore::open_in_memory().unwrap();
    s.ingest_batch(&articles()).unwrap();
    s
}

fn fact_id(s: &impl Store, t: FactType, evidence: &str) -> i64 {
    let rows = s.facts(&FactFilter { fact_type: Some(t), ..Default::default() }).unwrap();
    rows.iter().find(|f| f.evidence.text.starts_with(evidence)).unwrap().id
}

/// The judgements the tests make: the 15,000 estimate rejected, the pledge hedged, the JAS
/// name merged into Boko Haram.
fn judge<S: Store + JudgementStore>(s: &mut S) -> Vec<Judgement> {
    let catalogue = s.catalogue().unwrap();
    let rows = s.facts(&FactFilter::default()).unwrap();
    let key = |id: i64| catalogue.fact_key(rows.iter().find(|f| f.id == id).unwrap()).unwrap();
    let entity = |name: &str| {
        let found = s.find_entities(name).unwrap();
        catalogue.entity_key(found[0].id).unwrap()
    };
    let made = vec![
        Judgement::new(
            Verdict::Reject { fact: key(fact_id(s, FactType::Strength, "Boko Haram has some")) },
            "ana",
            Some("the monitor counts supporters".into()),
        ),
        Judgement::new(
            Verdict::Polarity {
                fact: key(fact_id(s, FactType::Pledge, "Boko Haram has pledged")),
                polarity: Polarity::Hedged,
            },
            "ana",
            None,
        ),
        Judgement::new(
            Verdict::Merge { entity: entity("Jama'atu Ahlis Sunna"), into: entity("Boko Haram") },
            "bo",
            None,
        ),
    ];
    for j in &made {
        assert_eq!(s.add_judgement(j).unwrap(), Added::New);
    }
    made
}

#[test]
fn judgements_apply_to_facts_profiles_conflicts_and_dumps() {
    let mut s = store();
    let before = conflicts(&s, &Judged::load(&s).unwrap(), None, &[], false).unwrap();
    assert_eq!(before.len(), 1, "6,000 against 15,000 fighters: {before:#?}");
    judge(&mut s);
    let judged = Judged::load(&s).unwrap();

    let facts = judged_facts(&s, &judged, &FactFilter::default(), false).unwrap();
    assert_eq!(facts.len(), 4, "the rejected estimate is hidden");
    let all = judged_facts(&s, &judged, &FactFilter::default(), true).unwrap();
    let rejected = all.iter().find(|f| f.review.as_ref().is_some_and(|r| r.rejected())).unwrap();
    assert!(rejected.evidence.text.contains("15,000"));
    let pledge = facts.iter().find(|f| f.fact_type == FactType::Pledge).unwrap();
    assert_eq!(pledge.polarity, Polarity::Hedged);
    assert_eq!(pledge.review.as_ref().unwrap().extracted_polarity, Some(Polarity::Asserted));

    let profile = group_profile(&s, &judged, "Jama'atu Ahlis Sunna", false, None).unwrap().unwrap();
    assert_eq!(profile.name, "Boko Haram", "the merged name opens the kept group");
    assert_eq!(profile.areas.len(), 1, "the merged group's presence is Boko Haram's");
    assert_eq!(profile.areas[0].subject, "Boko Haram");
    assert_eq!(profile.strength.len(), 1);
    assert!(profile.conflicts.is_empty(), "a rejected estimate contradicts nothing");
    assert!(conflicts(&s, &judged, None, &[], false).unwrap().is_empty());
    let by_subject = judged_facts(
        &s,
        &judged,
        &FactFilter { subject: Some("Boko Haram".into()), ..Default::default() },
        false,
    )
    .unwrap();
    assert_eq!(by_subject.len(), 3, "pledge, estimate and the merged group's presence");

    let dump = judged.dump(s.dump(&DumpFilter::default()).unwrap(), false);
    assert_eq!(dump.facts.len(), 4);
    let boko = dump.entities.iter().find(|e| e.name == "Boko Haram").unwrap();
    assert_eq!(boko.merged.len(), 1);
    assert_eq!(boko.merged[0].key, "group:jamaatu ahlis sunna");
    assert!(dump.entities.iter().all(|e| e.name != "Jama'atu Ahlis Sunna"));
    assert!(boko.aliases.iter().any(|a| a.name == "Jama'atu Ahlis Sunna"));
    let strength_claims: Vec<_> =
        dump.claims.iter().filter(|c| c.fact_type == FactType::Strength).collect();
    assert_eq!(strength_claims.len(), 1, "claims are folded from the judged facts");
}

#[test]
fn judgements_move_to_another_database_and_an_import_is_idempotent() {
    let mut first = store();
    let made = judge(&mut first);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("review.jsonl");
    judgements::write_jsonl(std::fs::File::create(&file).unwrap(), &made).unwrap();

    // The articles stored again, in the other order: other row ids, the same keys.
    let mut second = SqliteStore::open_in_memory().unwrap();
    let mut reversed = articles();
    reversed.reverse();
    second.ingest_batch(&reversed).unwrap();
    let read = judgements::read_jsonl(&file).unwrap();
    let report = judgements::import(&mut second, read.clone()).unwrap();
    assert_eq!(report.added, 3);
    let again = judgements::import(&mut second, read).unwrap();
    assert_eq!((again.added, again.already), (0, 3));
    let judged = Judged::load(&second).unwrap();
    assert!(judged.orphans(&second.facts(&FactFilter::default()).unwrap()).is_empty());
    assert_eq!(judged_facts(&second, &judged, &FactFilter::default(), false).unwrap().len(), 4);

    // A contradiction is reported and not applied; undo removes a judgement.
    let catalogue = second.catalogue().unwrap();
    let rows = second.facts(&FactFilter::default()).unwrap();
    let estimate = rows.iter().find(|f| f.evidence.text.contains("15,000")).unwrap();
    let confirm = Judgement::new(
        Verdict::Confirm { fact: catalogue.fact_key(estimate).unwrap() },
        "bo",
        None,
    );
    let report = judgements::import(&mut second, vec![confirm]).unwrap();
    assert_eq!(report.contradictions.len(), 1);
    assert_eq!(report.contradictions[0].1.verdict.kind(), "reject");
    assert!(second.remove_judgement(&made[0].id).unwrap());
    let judged = Judged::load(&second).unwrap();
    assert_eq!(judged_facts(&second, &judged, &FactFilter::default(), false).unwrap().len(), 5);

    // An edited line is refused with its file and line.
    let edited = dir.path().join("edited.jsonl");
    let text = std::fs::read_to_string(&file).unwrap().replacen("hedged", "denied", 1);
    std::fs::write(&edited, text).unwrap();
    let err = judgements::read_jsonl(&edited).unwrap_err().to_string();
    assert!(err.contains("edited.jsonl:2: id"), "{err}");
}

#[test]
fn a_version_3_database_gains_the_judgements_table_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v3.db");
    {
        let mut s = SqliteStore::open(&path).unwrap();
        s.ingest_batch(&articles()).unwrap();
    }
    {
        let c = rusqlite::Connection::open(&path).unwrap();
        c.execute_batch("DROP TABLE judgements; PRAGMA user_version = 3;").unwrap();
    }
    let mut s = SqliteStore::open(&path).unwrap();
    assert_eq!(s.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(s.counts().unwrap().facts, 5, "nothing lost");
    judge(&mut s);
    drop(s);
    let s = SqliteStore::open(&path).unwrap();
    assert_eq!(s.judgements().unwrap().len(), 3, "judgements persist");
}

/// The same judgements on the same articles answer the same in PostgreSQL as in SQLite: the
/// judgements table is part of the one schema, and judgements are applied above the backends.
#[test]
fn judgements_hold_in_postgres_as_in_sqlite() {
    let Some(db) = allegiance_testpg::database("judgements") else { return };
    let mut lite = store();
    let mut pg = allegiance_store::PgStore::open(&db.url).unwrap();
    pg.ingest_batch(&articles()).unwrap();
    let made_lite = judge(&mut lite);
    let made_pg = judge(&mut pg);
    let ids = |made: &[Judgement]| made.iter().map(|j| j.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&made_lite), ids(&made_pg), "a judgement's id is its decision's");
    assert_eq!(pg.judgements().unwrap().len(), 3);
    assert_eq!(pg.add_judgement(&made_lite[0]).unwrap(), Added::AlreadyThere);

    let (jl, jp) = (Judged::load(&lite).unwrap(), Judged::load(&pg).unwrap());
    let strip = |rows: Vec<allegiance_store::FactRow>| {
        rows.into_iter()
            .map(|f| (f.fact_type, f.subject, f.object, f.polarity, f.evidence.text))
            .collect::<Vec<_>>()
    };
    for all in [false, true] {
        assert_eq!(
            strip(judged_facts(&lite, &jl, &FactFilter::default(), all).unwrap()),
            strip(judged_facts(&pg, &jp, &FactFilter::default(), all).unwrap()),
            "facts (all: {all})"
        );
    }
    let profile = group_profile(&pg, &jp, "Jama'atu Ahlis Sunna", false, None).unwrap().unwrap();
    assert_eq!(profile.name, "Boko Haram", "the merge holds in PostgreSQL");
    assert!(conflicts(&pg, &jp, None, &[], false).unwrap().is_empty());
    assert!(pg.remove_judgement(&made_pg[0].id).unwrap(), "undo");
    assert_eq!(pg.judgements().unwrap().len(), 2);
}
