//! `allegiance export` end to end: the formats on the example articles, stdout and `--out`, date
//! filters, and the errors (usage errors exit 2, an unwritable file is named, a failed export never
//! leaves a half-written file).

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde_json::Value;

mod common;
use common::{bin, examples};

/// The examples ingested once for all tests here (each test reads it only).
fn example_db() -> &'static Path {
    static DB: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, db) = DB.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("examples.db");
        let out =
            bin().arg("--db").arg(&db).args(["-q", "ingest"]).arg(examples()).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        (dir, db)
    });
    db
}

fn export(args: &[&str]) -> std::process::Output {
    bin().arg("--db").arg(example_db()).arg("export").args(args).output().unwrap()
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn db_count(sql: &str) -> usize {
    let conn = rusqlite::Connection::open(example_db()).unwrap();
    conn.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap() as usize
}

#[test]
fn every_format_writes_what_the_store_holds() {
    let entities = db_count("SELECT count(*) FROM entities");
    let facts = db_count("SELECT count(*) FROM facts");
    let edges = db_count("SELECT count(*) FROM facts WHERE object_id IS NOT NULL");

    let graphml = export(&["--format", "graphml"]);
    assert!(graphml.status.success(), "{}", stderr(&graphml));
    let text = String::from_utf8(graphml.stdout).unwrap();
    assert_eq!(text.matches("<node id=").count(), entities);
    assert_eq!(text.matches("<edge id=").count(), edges);
    assert!(text.contains("<data key=\"label\">Boko Haram</data>"));

    let gexf = String::from_utf8(export(&["--format", "gexf"]).stdout).unwrap();
    assert_eq!(gexf.matches("<node id=").count(), entities);
    assert!(gexf.contains("kind=\"pledge\""));

    let ftm = String::from_utf8(export(&["--format", "ftm"]).stdout).unwrap();
    let lines: Vec<Value> = ftm.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let documents = db_count("SELECT count(*) FROM documents");
    assert_eq!(lines.len(), entities + documents + facts);
    assert!(lines
        .iter()
        .any(|l| l["schema"] == "Membership" && l["properties"]["role"][0] == "leader"));

    let stix: Value = serde_json::from_slice(&export(&["--format", "stix"]).stdout).unwrap();
    let objects = stix["objects"].as_array().unwrap();
    let links =
        objects.iter().filter(|o| o["type"] == "relationship" || o["type"] == "note").count();
    assert_eq!(links, facts);
    assert!(objects.iter().any(|o| o["type"] == "threat-actor" && o["name"] == "Islamic State"));

    let csv = String::from_utf8(export(&["--format", "csv"]).stdout).unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(
        &reader.headers().unwrap().iter().take(5).collect::<Vec<_>>(),
        &["id", "type", "subject", "subject_id", "object"]
    );
    assert_eq!(reader.records().count(), facts, "the facts table by default");
    let entities_csv = export(&["--format", "csv", "--table", "entities"]);
    assert_eq!(String::from_utf8(entities_csv.stdout).unwrap().lines().count(), entities + 1);
}

#[test]
fn out_writes_the_same_bytes_as_stdout_and_exports_repeat_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("graph.gexf");
    let out = export(&["--format", "gexf", "--out", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains(&format!("to {}", file.display())), "{}", stderr(&out));
    let stdout = export(&["--format", "gexf"]).stdout;
    assert_eq!(std::fs::read(&file).unwrap(), stdout);
    for format in ["stix", "ftm", "graphml"] {
        assert_eq!(
            export(&["--format", format]).stdout,
            export(&["--format", format]).stdout,
            "{format} differs between runs"
        );
    }
    let leftovers: Vec<_> =
        std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(leftovers.len(), 1, "no temporary file left: {leftovers:?}");
}

#[test]
fn parquet_goes_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("facts.parquet");
    let out = export(&["--format", "parquet", "--out", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let bytes = std::fs::read(&file).unwrap();
    assert_eq!((&bytes[..4], &bytes[bytes.len() - 4..]), (&b"PAR1"[..], &b"PAR1"[..]));

    let refused = export(&["--format", "parquet"]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(stderr(&refused).contains("--out FILE"), "{}", stderr(&refused));
    assert!(refused.stdout.is_empty());
}

#[test]
fn since_and_until_keep_the_facts_in_effect_then() {
    let all = export(&["--format", "csv"]);
    let some = export(&["--format", "csv", "--since", "2015", "--until", "2016-06"]);
    assert!(some.status.success(), "{}", stderr(&some));
    let rows = |b: &[u8]| -> Vec<csv::StringRecord> {
        csv::Reader::from_reader(b).records().map(|r| r.unwrap()).collect()
    };
    let (all, some) = (rows(&all.stdout), rows(&some.stdout));
    assert!(!some.is_empty() && some.len() < all.len(), "{} of {}", some.len(), all.len());
    // Columns 8 and 9 are start and end, 21 the article's date.
    for r in &some {
        let start = if r[8].is_empty() { &r[21] } else { &r[8] };
        assert!(start <= "2016-06\u{10FFFF}", "{r:?}");
        let end = if !r[9].is_empty() {
            &r[9]
        } else if !r[8].is_empty() {
            &r[8]
        } else {
            &r[21]
        };
        assert!(end >= &"2015"[..end.len().min(4)], "{r:?}");
    }
    let graph = String::from_utf8(
        export(&["--format", "graphml", "--since", "2015", "--until", "2016-06"]).stdout,
    )
    .unwrap();
    let with_object = some.iter().filter(|r| !r[4].is_empty()).count();
    assert_eq!(graph.matches("<edge id=").count(), with_object);
    let bad = export(&["--format", "csv", "--since", "2015-13"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("is not a date"));
}

#[test]
fn usage_errors_exit_2() {
    for (args, says) in [
        (&["--format", "dot"][..], "unknown format `dot`"),
        (&["--format", "csv", "--table", "mentions"][..], "unknown table `mentions`"),
        (
            &["--format", "graphml", "--table", "entities"][..],
            "--table applies to --format csv and parquet",
        ),
        (&[][..], "--format"),
    ] {
        let out = export(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(says), "{args:?}: {}", stderr(&out));
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn an_unwritable_out_is_named_and_nothing_is_left_behind() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-folder").join("graph.graphml");
    let out = export(&["--format", "graphml", "--out", missing.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains(&missing.display().to_string()), "{}", stderr(&out));
    assert!(!stderr(&out).contains("panicked"));

    let folder = export(&["--format", "csv", "--out", dir.path().to_str().unwrap()]);
    assert_eq!(folder.status.code(), Some(1));
    assert!(stderr(&folder).contains("is a folder"), "{}", stderr(&folder));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "nothing written");
}

#[test]
fn a_failed_export_leaves_the_previous_file_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("entities.csv");
    std::fs::write(&file, "the previous export\n").unwrap();
    // A database that is not one: the export fails after --out was accepted.
    let not_db = dir.path().join("not.db");
    std::fs::write(&not_db, "plain text, not SQLite").unwrap();
    let out = bin()
        .arg("--db")
        .arg(&not_db)
        .args(["export", "--format", "csv", "--out"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("not.db"), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "the previous export\n");
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "no temporary file left: {names:?}");
}

#[test]
fn export_without_a_database_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let out = bin()
        .arg("--db")
        .arg(dir.path().join("none.db"))
        .args(["export", "--format", "ftm"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("no database at"), "{}", stderr(&out));
}
