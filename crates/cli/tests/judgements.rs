//! Analysts' judgements end to end: judgements of every kind recorded on a database of the
//! example articles, moved as JSON Lines to a database ingested again with a changed knowledge
//! base (which renames one of the judged groups), and shown to hold there in `group`, `facts`,
//! `conflicts` and every export; import is idempotent, a contradiction is reported, and
//! judgements whose article is not stored are listed as orphaned.

use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

mod common;
use common::{bin, examples};

fn run(db: &Path, args: &[&str]) -> Output {
    bin().arg("--db").arg(db).args(args).output().unwrap()
}

fn ok(db: &Path, args: &[&str]) -> String {
    let out = run(db, args);
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn json(db: &Path, args: &[&str]) -> Value {
    serde_json::from_str(&ok(db, args)).unwrap()
}

fn ingest(db: &Path, kb: Option<&Path>, paths: &[PathBuf]) {
    let mut cmd = bin();
    cmd.arg("--db").arg(db).arg("-q");
    if let Some(kb) = kb {
        cmd.arg("--kb").arg(kb);
    }
    let out = cmd.arg("ingest").args(paths).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// The facts of a type, as `facts --format json` lists them (`--all`: rejected ones too).
fn facts(db: &Path, fact_type: &str, all: bool) -> Vec<Value> {
    let mut args = vec!["facts", "--type", fact_type, "--format", "json"];
    if all {
        args.push("--all");
    }
    json(db, &args).as_array().unwrap().clone()
}

/// The one fact of `fact_type` from `subject` to `object` in the article whose file name starts
/// with `article`.
fn fact(db: &Path, fact_type: &str, subject: &str, object: &str, article: &str) -> Value {
    let found: Vec<Value> = facts(db, fact_type, true)
        .into_iter()
        .filter(|f| f["subject"] == subject && f["object"] == object)
        .filter(|f| file_name(f).starts_with(article))
        .collect();
    assert_eq!(found.len(), 1, "{fact_type} {subject} → {object} in {article}: {found:#?}");
    found[0].clone()
}

fn file_name(f: &Value) -> String {
    let doc = f["doc"].as_str().unwrap();
    Path::new(doc).file_name().unwrap().to_string_lossy().into_owned()
}

fn judge(db: &Path, args: &[&str]) -> String {
    let mut all = vec!["judge", "--as", "ana", "--note", "checked against the article"];
    all.extend_from_slice(args);
    ok(db, &all).trim().to_string()
}

const EXTRA_KB: &str = r#"
# The analyst's own entry: the Afghanistan province under the name its statements use.
[[group]]
id = "is-afghanistan-province"
name = "Wilayat Afghanistan"
subkind = "branch"
parent = "islamic-state"
aliases = ["Islamic State Afghanistan Province", "Afghanistan Province"]
"#;

#[test]
fn judgements_of_every_kind_hold_after_ingesting_again_with_a_changed_knowledge_base() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("first.db");
    ingest(&first, None, &[examples()]);

    // One judgement of every kind, on what the articles really say.
    let rival = fact(&first, "rival_of", "Taliban", "Islamic State Khorasan Province", "11-");
    let pledge_nusra = fact(&first, "pledge", "Jabhat al-Nusra", "al-Qaeda", "03-");
    let hedged = fact(&first, "pledge", "al-Qaeda", "Taliban", "02-");
    assert_eq!(hedged["polarity"], "hedged");
    let boko = fact(&first, "pledge", "Boko Haram", "Islamic State", "01-");
    let kabul = fact(&first, "presence", "Islamic State", "Nangarhar", "11-");
    let id = |f: &Value| f["id"].as_i64().unwrap().to_string();
    judge(&first, &["fact", &id(&rival), "reject"]);
    judge(&first, &["fact", &id(&pledge_nusra), "confirm"]);
    judge(&first, &["fact", &id(&hedged), "polarity", "asserted"]);
    judge(&first, &["fact", &id(&boko), "time", "2015-03-07"]);
    judge(
        &first,
        &["merge", "Islamic State Khorasan Province", "Islamic State Afghanistan Province"],
    );
    judge(
        &first,
        &["merge", "Hayat Tahrir al-Sham", "Organisation for the Liberation of the Levant"],
    );
    let kabul_doc = kabul["document_id"].as_i64().unwrap().to_string();
    judge(
        &first,
        &["split", "Islamic State", "Islamic State in Afghanistan", "--document", &kabul_doc],
    );
    judge(&first, &["rename", "Khorasan group", "Khorasan Group (al-Qaeda)"]);
    judge(&first, &["alias", "Boko Haram", "JAS"]);
    judge(&first, &["kb-id", "al-Qaeda in the Islamic Maghreb Sahara branch", "aqim-sahara"]);
    judge(&first, &["not-a-group", "Islamic Revolutionary Guard Corps", "--is", "body"]);
    let listed = json(&first, &["judgements", "--format", "json"]);
    let kinds: Vec<&str> =
        listed.as_array().unwrap().iter().map(|j| j["kind"].as_str().unwrap()).collect();
    for kind in allegiance_kinds() {
        assert!(kinds.contains(&kind), "a {kind} judgement is listed: {kinds:?}");
    }
    assert!(listed.as_array().unwrap().iter().all(|j| j["author"] == "ana"
        && j["note"] == "checked against the article"
        && j["status"] == "applies"));

    // Learnt from: the rules measured against the judged facts, and KB entries suggested.
    let eval = json(&first, &["eval", "--judgements", "--format", "json"]);
    assert_eq!(eval["total"]["judged"], 4, "{eval}");
    assert_eq!(eval["kinds"]["confirm"]["right"], 1, "the rules still find the confirmed pledge");
    assert_eq!(eval["kinds"]["reject"]["wrong"], 1, "the rules still make the rejected rivalry");
    let suggested = ok(&first, &["kb", "suggest"]);
    let entry =
        suggested.split("[[group]]").find(|e| e.contains("id = \"is-khorasan-province\"")).unwrap();
    assert!(entry.contains("\"Islamic State Afghanistan Province\""), "the merged name: {entry}");
    assert!(entry.contains("parent = \"islamic-state\""), "the KB entry kept whole: {entry}");
    let suggestions = dir.path().join("suggested.toml");
    std::fs::write(&suggestions, &suggested).unwrap();
    let check = bin().arg("--kb").arg(&suggestions).args(["kb", "check"]).output().unwrap();
    assert!(check.status.success(), "{}", String::from_utf8_lossy(&check.stdout));

    // Moved to a database of the same articles read again with a knowledge base that names the
    // Afghanistan province (a group it lacked before) differently.
    let file = dir.path().join("review.jsonl");
    ok(&first, &["judgements", "--export", file.to_str().unwrap()]);
    assert_eq!(std::fs::read_to_string(&file).unwrap().lines().count(), 11);
    let kb = dir.path().join("extra.toml");
    std::fs::write(&kb, EXTRA_KB).unwrap();
    let second = dir.path().join("second.db");
    ingest(&second, Some(&kb), &[examples()]);
    let before = json(&second, &["group", "Afghanistan Province", "--format", "json"]);
    assert_eq!(before["name"], "Wilayat Afghanistan", "the changed KB names it");
    ok(&second, &["judgements", "--import", file.to_str().unwrap()]);
    let renamed = json(&second, &["group", "Afghanistan Province", "--format", "json"]);
    assert_eq!(
        renamed["name"], "Islamic State Khorasan Province",
        "merged although renamed by the KB"
    );
    let again = run(&second, &["judgements", "--import", file.to_str().unwrap()]);
    assert!(again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("imported 0 judgements"), "idempotent");
    let orphaned = json(&second, &["judgements", "--orphaned", "--format", "json"]);
    assert_eq!(orphaned, Value::Array(vec![]), "every judgement found its target again");

    for db in [&first, &second] {
        holds_in_facts_and_groups(db);
        holds_in_exports(db);
    }

    // A contradicting judgement is reported, not applied.
    let contradicting = dir.path().join("contradicting.jsonl");
    let rival_again =
        fact(&second, "rival_of", "Taliban", "Islamic State Khorasan Province", "11-");
    let third = dir.path().join("third.db");
    ingest(&third, None, &[examples()]);
    judge(&third, &["fact", &id(&rival_again), "confirm"]);
    ok(&third, &["judgements", "--kind", "confirm", "--export", contradicting.to_str().unwrap()]);
    let refused = run(&second, &["judgements", "--import", contradicting.to_str().unwrap()]);
    assert_eq!(refused.status.code(), Some(1));
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(said.contains("contradicts stored judgement"), "{said}");
    assert!(facts(&second, "rival_of", false).iter().all(|f| f["subject"] != "Taliban"));

    // A database without one of the articles lists the judgements about it as orphaned.
    let partial = dir.path().join("partial.db");
    ingest(&partial, None, &[examples().join("01-boko-haram-pledges-to-islamic-state.txt")]);
    ok(&partial, &["judgements", "--import", file.to_str().unwrap()]);
    let orphaned = json(&partial, &["judgements", "--orphaned", "--format", "json"]);
    let orphaned: Vec<&str> =
        orphaned.as_array().unwrap().iter().map(|j| j["kind"].as_str().unwrap()).collect();
    assert!(orphaned.contains(&"reject") && orphaned.contains(&"merge"), "{orphaned:?}");
    assert!(!orphaned.contains(&"time"), "the Boko Haram pledge is in the article stored");

    // Undo: the rejected fact is back.
    let reject_id = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|j| j["kind"] == "reject")
        .map(|j| j["id"].as_str().unwrap().to_string())
        .unwrap();
    ok(&second, &["judgements", "--remove", &reject_id]);
    assert!(facts(&second, "rival_of", false).iter().any(|f| f["subject"] == "Taliban"));
}

fn allegiance_kinds() -> [&'static str; 10] {
    [
        "confirm",
        "reject",
        "polarity",
        "time",
        "merge",
        "split",
        "rename",
        "alias",
        "kb_id",
        "not_a_group",
    ]
}

fn holds_in_facts_and_groups(db: &Path) {
    let shown = |f: &Value| {
        format!("{} {} {}", f["type"], f["subject"], f["object"].as_str().unwrap_or(""))
    };
    // Rejected: hidden, shown with --all and marked.
    let rivals = facts(db, "rival_of", false);
    assert!(
        rivals.iter().all(|f| f["subject"] != "Taliban"),
        "{:?}",
        rivals.iter().map(shown).collect::<Vec<_>>()
    );
    let all = facts(db, "rival_of", true);
    let rejected = all.iter().find(|f| f["subject"] == "Taliban").expect("shown with --all");
    assert_eq!(rejected["review"]["status"], "rejected");
    // Confirmed, corrected polarity and time.
    let nusra = fact(db, "pledge", "Jabhat al-Nusra", "al-Qaeda", "03-");
    assert_eq!(nusra["review"]["status"], "confirmed");
    let pledge = fact(db, "pledge", "al-Qaeda", "Taliban", "02-");
    assert_eq!(pledge["polarity"], "asserted");
    assert_eq!(pledge["review"]["extracted_polarity"], "hedged");
    let boko = fact(db, "pledge", "Boko Haram", "Islamic State", "01-");
    assert_eq!(boko["when"]["start"], "2015-03-07");

    // Merged: one group under the kept name, with the other's names and facts.
    let iskp = json(db, &["group", "ISKP", "--format", "json"]);
    let names: Vec<&str> =
        iskp["names"].as_array().unwrap().iter().map(|n| n["name"].as_str().unwrap()).collect();
    assert!(names.contains(&"Afghanistan Province"), "{names:?}");
    let other = json(db, &["group", "Afghanistan Province", "--format", "json"]);
    assert_eq!(other["id"], iskp["id"], "the merged name opens the kept group");
    assert!(iskp["areas"].as_array().unwrap().iter().any(|f| f["object"] == "Afghanistan"));
    assert!(iskp["rivals"].as_array().unwrap().iter().all(|f| f["subject"] != "Taliban"));
    let hts =
        json(db, &["group", "Organisation for the Liberation of the Levant", "--format", "json"]);
    assert_eq!(hts["name"], "Hayat Tahrir al-Sham");
    let merged_facts =
        json(db, &["facts", "--subject", "Hayat Tahrir al-Sham", "--format", "json"]);
    assert!(merged_facts
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["subject"] != "Organisation for the Liberation of the Levant"));

    // Split: the article's Islamic State facts go to the new group.
    let split = json(db, &["group", "Islamic State in Afghanistan", "--format", "json"]);
    let areas: Vec<&str> =
        split["areas"].as_array().unwrap().iter().map(|f| f["object"].as_str().unwrap()).collect();
    assert!(areas.contains(&"Nangarhar") && areas.contains(&"Kunar"), "{areas:?}");
    let is = json(db, &["group", "Islamic State", "--format", "json"]);
    assert!(is["areas"].as_array().unwrap().iter().all(|f| f["object"] != "Nangarhar"));
    assert!(is["areas"].as_array().unwrap().iter().any(|f| f["object"] == "Mosul"));

    // Renamed, aliased, given a kb id, not a group.
    let khorasan = json(db, &["group", "Khorasan group", "--format", "json"]);
    assert_eq!(khorasan["name"], "Khorasan Group (al-Qaeda)");
    let jas = json(db, &["group", "JAS", "--format", "json"]);
    assert_eq!(jas["name"], "Boko Haram");
    let sahara =
        json(db, &["group", "al-Qaeda in the Islamic Maghreb Sahara branch", "--format", "json"]);
    assert_eq!(sahara["kb"], "aqim-sahara");
    let irgc = run(db, &["group", "Islamic Revolutionary Guard Corps"]);
    assert_eq!(irgc.status.code(), Some(1), "not a group any more");

    // Conflicts are read from the judged facts.
    let conflicts = json(db, &["conflicts", "--format", "json"]);
    for c in conflicts.as_array().unwrap() {
        for side in [&c["a"], &c["b"]] {
            for f in side["facts"].as_array().unwrap() {
                assert_ne!(f["review"]["status"], "rejected");
            }
        }
    }
}

fn holds_in_exports(db: &Path) {
    let export = |args: &[&str]| {
        let mut all = vec!["export"];
        all.extend_from_slice(args);
        ok(db, &all)
    };
    let iskp_id = "kb-is-khorasan-province";
    // FollowTheMoney: no link for the rejected rivalry, merged entities one with referents.
    let ftm: Vec<Value> =
        export(&["--format", "ftm"]).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let iskp = ftm.iter().find(|e| e["id"] == iskp_id).unwrap();
    let referents = iskp["referents"].as_array().expect("the merged entity's id kept");
    assert!(!referents.is_empty());
    for r in referents {
        assert!(ftm.iter().all(|e| &e["id"] != r), "{r} is not an entity of its own");
    }
    let rivalry = |e: &Value| {
        e["schema"] == "UnknownLink"
            && e["properties"]["role"][0] == "rival"
            && e["properties"]["subject"][0] == "kb-taliban"
            && e["properties"]["object"][0] == iskp_id
    };
    assert!(ftm.iter().any(|e| e["properties"]["role"][0] == "rival"), "other rivalries stay");
    assert!(!ftm.iter().any(rivalry), "the rejected fact is left out");
    assert!(ftm.iter().any(|e| e["properties"]["name"][0] == "Khorasan Group (al-Qaeda)"));

    // STIX: the kept threat actor names the merged one's id; the IRGC is no threat actor.
    let stix: Value = serde_json::from_str(&export(&["--format", "stix"])).unwrap();
    let objects = stix["objects"].as_array().unwrap();
    let actor = objects
        .iter()
        .find(|o| o["type"] == "threat-actor" && o["name"] == "Islamic State Khorasan Province")
        .unwrap();
    let refs = actor["external_references"].as_array().unwrap();
    assert!(refs.iter().any(|r| referents.contains(&r["external_id"])));
    assert!(!objects
        .iter()
        .any(|o| o["type"] == "threat-actor" && o["name"] == "Islamic Revolutionary Guard Corps"));

    // Tables: corrected values, no rejected row, former ids.
    let csv = export(&["--format", "csv", "--table", "facts"]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert!(!rows.iter().any(|r| &r[col("type")] == "rival_of" && &r[col("subject")] == "Taliban"));
    let pledge = rows
        .iter()
        .find(|r| {
            &r[col("type")] == "pledge"
                && &r[col("subject")] == "al-Qaeda"
                && &r[col("object")] == "Taliban"
                && r[col("doc")].contains("02-")
        })
        .unwrap();
    assert_eq!(&pledge[col("polarity")], "asserted");
    assert!(rows.iter().any(|r| &r[col("subject")] == "Islamic State in Afghanistan"));
    let entities = export(&["--format", "csv", "--table", "entities"]);
    let iskp_row = entities.lines().find(|l| l.starts_with(iskp_id)).unwrap();
    let irgc_row =
        entities.lines().find(|l| l.contains(",Islamic Revolutionary Guard Corps,")).unwrap();
    assert!(irgc_row.contains(",body,"), "{irgc_row}");
    assert!(referents.iter().all(|r| iskp_row.contains(r.as_str().unwrap())), "{iskp_row}");
    let claims = export(&["--format", "csv", "--table", "claims"]);
    assert!(!claims.lines().any(|l| l.starts_with("rival_of,Taliban,")), "{claims}");

    // Graphs: no edge for the rejected fact, no node for a merged entity.
    for format in ["graphml", "gexf"] {
        let graph = export(&["--format", format]);
        assert!(graph.contains("target=\"kb-taliban\""), "{format}");
        let rejected = format!("source=\"kb-taliban\" target=\"{iskp_id}\"");
        assert!(!graph.contains(&rejected), "{format}: no edge for the rejected fact");
        for r in referents {
            assert!(!graph.contains(&format!("<node id=\"{}\"", r.as_str().unwrap())), "{format}");
        }
    }
    let parquet = db.with_extension("parquet");
    ok(
        db,
        &["export", "--format", "parquet", "--table", "facts", "--out", parquet.to_str().unwrap()],
    );
    assert!(std::fs::metadata(&parquet).unwrap().len() > 0);
}
