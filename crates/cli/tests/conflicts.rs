//! `allegiance conflicts`, the aggregate sections of `allegiance group`, and near-duplicate copies
//! reported by `allegiance ingest`, end to end through the binary.

use std::path::{Path, PathBuf};

use allegiance_extract::{
    Entity, EntityKind, Evidence, Extraction, Fact, FactType, Polarity, Span,
};
use allegiance_read::{Document, DocumentHeader};
use allegiance_store::{SqliteStore, Store};
use serde_json::{json, Value};

mod common;
use common::bin;

/// An article stating `fact_text` (one fact about al-Shabaab), attributed to `source`.
fn article(
    doc: &str,
    published: &str,
    source: &str,
    fact_text: &str,
    fact: (FactType, &str, serde_json::Value),
) -> (Document, Extraction) {
    let text = format!("{fact_text} The statement was made in Mogadishu.");
    let ent = |id: &str, kind, name: &str, kb: Option<&str>| {
        let spans =
            text.match_indices(name).map(|(i, m)| Span { start: i, end: i + m.len() }).collect();
        Entity {
            id: id.into(),
            kind,
            name: name.into(),
            mentions: vec![name.into()],
            kb: kb.map(str::to_string),
            former_name: false,
            spans,
        }
    };
    let entities = vec![
        ent("g", EntityKind::Group, "al-Shabaab", Some("al-shabaab")),
        ent("so", EntityKind::Place, "Somalia", Some("somalia")),
        ent("p1", EntityKind::Person, "Ahmad Umar", Some("ahmad-umar")),
        ent("p2", EntityKind::Person, "Abu Ubaidah", None),
    ];
    let (t, subject, attrs) = fact;
    let (s, o) = if t == FactType::LeaderOf { (subject, Some("g")) } else { ("g", Some("so")) };
    let facts = vec![Fact {
        fact_type: t,
        subject: s.into(),
        object: o.map(str::to_string),
        attrs: serde_json::from_value(attrs).unwrap(),
        source: Some(source.into()),
        polarity: Polarity::Asserted,
        when: None,
        evidence: Evidence { start: 0, end: fact_text.len(), text: fact_text.into() },
        rule: None,
    }];
    let doc = Document {
        header: DocumentHeader {
            doc: doc.into(),
            path: doc.into(),
            title: Some(format!("Report {doc}")),
            publisher: Some("Example Wire".into()),
            published: Some(published.into()),
            ..Default::default()
        },
        text,
        ..Default::default()
    };
    (doc, Extraction { entities, facts })
}

fn database(dir: &Path) -> PathBuf {
    let db = dir.join("c.db");
    let mut s = SqliteStore::open(&db).unwrap();
    s.ingest_batch(&[
        article(
            "un.txt",
            "2019-03-01",
            "UN",
            "Al-Shabaab has about 3,000 fighters in Somalia.",
            (FactType::Strength, "g", json!({"min": 3000, "max": 3000, "unit": "fighters"})),
        ),
        article(
            "gov.txt",
            "2019-08-01",
            "Somali government",
            "Al-Shabaab has 12,000 fighters in Somalia.",
            (FactType::Strength, "g", json!({"min": 12000, "max": 12000, "unit": "fighters"})),
        ),
        article(
            "a.txt",
            "2019-03-01",
            "Reuters",
            "Ahmad Umar, the leader of al-Shabaab, spoke.",
            (FactType::LeaderOf, "p1", json!({})),
        ),
        article(
            "b.txt",
            "2019-03-10",
            "AFP",
            "Abu Ubaidah, the leader of al-Shabaab, spoke.",
            (FactType::LeaderOf, "p2", json!({})),
        ),
    ])
    .unwrap();
    db
}

fn run(db: &Path, args: &[&str]) -> std::process::Output {
    bin().arg("--db").arg(db).args(args).output().unwrap()
}

#[test]
fn conflicts_lists_both_sides_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let db = database(dir.path());
    let table = run(&db, &["conflicts"]);
    assert_eq!(table.status.code(), Some(0), "{}", String::from_utf8_lossy(&table.stderr));
    let text = String::from_utf8(table.stdout).unwrap();
    for needle in [
        "strength  al-Shabaab  in Somalia  (2019)",
        "about 3,000 fighters",
        "12,000 fighters",
        "Somali government (gov.txt, 2019-08-01",
        "leader  al-Shabaab",
        "Ahmad Umar leads al-Shabaab",
        "Abu Ubaidah leads al-Shabaab",
        "why: ",
    ] {
        assert!(text.contains(needle), "{needle:?} not in\n{text}");
    }

    let json = run(&db, &["conflicts", "--format", "json", "--type", "strength"]);
    assert!(json.status.success());
    let v: Value = serde_json::from_slice(&json.stdout).unwrap();
    let list = v.as_array().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["type"], "strength");
    assert_eq!(list[0]["a"]["sources"], json!(["UN"]));
    assert_eq!(list[0]["b"]["facts"][0]["doc"], "gov.txt");
    assert_eq!(
        list[0]["b"]["facts"][0]["evidence"]["text"],
        "Al-Shabaab has 12,000 fighters in Somalia."
    );

    let csv =
        run(&db, &["conflicts", "--format", "csv", "--group", "al-Shabaab", "--type", "leader"]);
    assert!(csv.status.success());
    let text = String::from_utf8(csv.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].starts_with("conflict,type,group,place,period,side,statement,source"),
        "{text}"
    );
    assert_eq!(lines.len(), 3, "a header and one row per side: {text}");
    assert!(
        lines[1].contains(",a,Ahmad Umar leads al-Shabaab,Reuters,")
            && lines[2].contains(",b,Abu Ubaidah leads al-Shabaab,AFP,"),
        "{text}"
    );
}

#[test]
fn conflicts_exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    let db = database(dir.path());
    // A group nobody stored: a message naming it, exit 1.
    let unknown = run(&db, &["conflicts", "--group", "No Such Front"]);
    assert_eq!(unknown.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("No Such Front"));
    // A known group without conflicts of that kind: an empty result, exit 0.
    let none =
        run(&db, &["conflicts", "--group", "al-Shabaab", "--type", "presence", "--format", "json"]);
    assert_eq!(none.status.code(), Some(0));
    assert_eq!(serde_json::from_slice::<Value>(&none.stdout).unwrap(), json!([]));
    let none_csv = run(&db, &["conflicts", "--type", "presence", "--format", "csv"]);
    assert_eq!(String::from_utf8(none_csv.stdout).unwrap().lines().count(), 1, "the header only");
    let none_table = run(&db, &["conflicts", "--type", "presence"]);
    assert_eq!(none_table.status.code(), Some(0));
    assert!(none_table.stdout.is_empty());
    assert!(String::from_utf8_lossy(&none_table.stderr).contains("no conflicting claims"));
    // A kind that does not exist is a usage error.
    assert_eq!(run(&db, &["conflicts", "--type", "rumour"]).status.code(), Some(2));
    bin().args(["conflicts", "--help"]).assert().success();
}

#[test]
fn group_shows_the_strength_series_and_conflicts_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let db = database(dir.path());
    let table = String::from_utf8(run(&db, &["group", "al-Shabaab"]).stdout).unwrap();
    let series = table.find("Strength series (2)").expect(&table);
    assert!(
        table[series..].contains("2019-03-01") && table[series..].contains("Somali government"),
        "{table}"
    );
    let conflicts = table.find("Conflicts (2)").expect(&table);
    assert!(table[conflicts..].contains("12,000 fighters"), "{table}");

    let v: Value =
        serde_json::from_slice(&run(&db, &["group", "al-Shabaab", "--format", "json"]).stdout)
            .unwrap();
    assert_eq!(v["strength_series"].as_array().unwrap().len(), 2);
    assert_eq!(v["strength_series"][1]["max"], 12000.0);
    assert_eq!(v["conflicts"].as_array().unwrap().len(), 2);

    let csv =
        String::from_utf8(run(&db, &["group", "al-Shabaab", "--format", "csv"]).stdout).unwrap();
    assert!(csv.lines().any(|l| l.starts_with("strength_series,")), "{csv}");
    assert_eq!(
        csv.lines().filter(|l| l.starts_with("conflicts,")).count(),
        4,
        "two conflicts, two sides each: {csv}"
    );
}

#[test]
fn ingest_reports_a_syndicated_copy_and_not_an_unrelated_article() {
    let dir = tempfile::tempdir().unwrap();
    let story = "Al-Shabaab fighters attacked a military base near Baidoa early on Tuesday, killing four soldiers \
                 and wounding several others, local officials said. The attack was the third in the region this \
                 month. A spokesman for the regional administration said security forces had pursued the attackers \
                 into the surrounding countryside and that reinforcements had been sent from the capital. Residents \
                 said the fighting lasted for more than two hours and that many families had fled towards the coast.";
    let copy = story
        .replace("killing four soldiers", "killing five soldiers")
        .replace("local officials said", "officials said");
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    std::fs::write(
        input.join("a-original.txt"),
        format!("Al-Shabaab attacks base near Baidoa\nPublished: 2019-05-14\n\n{story}\n"),
    )
    .unwrap();
    std::fs::write(
        input.join("b-reprint.txt"),
        format!("Four killed in Baidoa attack\nPublished: 2019-05-15\n\n{copy}\n"),
    )
    .unwrap();
    std::fs::write(input.join("c-other.txt"), "Election delayed\nPublished: 2019-05-15\n\nThe electoral commission said on Wednesday that the vote would be delayed by three months because voter registration had fallen behind schedule in several regions, and that observers from the African Union had been invited to monitor the count.\n").unwrap();
    let db = dir.path().join("i.db");
    let out = bin().arg("--db").arg(&db).arg("ingest").arg(&input).output().unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("ingested 3 documents (0 skipped as already stored, 1 near-duplicate copies)"),
        "{err}"
    );
    let s = SqliteStore::open(&db).unwrap();
    assert_eq!(s.counts().unwrap().copies, 1);
}
