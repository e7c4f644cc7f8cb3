//! End-to-end tests of the `allegiance` binary.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, Stdio};
use std::time::Duration;

use serde_json::Value;

mod common;
use common::{bin, examples};

/// Number of documents the examples folder holds: one per .txt/.html file, one per JSONL line.
fn example_doc_count() -> usize {
    std::fs::read_dir(examples())
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| match p.extension().and_then(|e| e.to_str()) {
            Some("jsonl") => std::fs::read_to_string(&p)
                .unwrap()
                .lines()
                .filter(|l| !l.trim().is_empty())
                .count(),
            Some("txt" | "html") => 1,
            _ => 0,
        })
        .sum()
}

fn lines(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8(stdout.to_vec())
        .expect("stdout is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not a JSON line ({e}): {l}")))
        .collect()
}

fn stderr_of(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn assert_no_panic(out: &std::process::Output) {
    let err = stderr_of(out);
    assert!(!err.contains("panicked"), "the process panicked: {err}");
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "unexpected exit status {:?}: {err}",
        out.status
    );
}

#[test]
fn extract_examples_follows_the_contract() {
    let out = bin().args(["extract", "--format", "jsonl"]).arg(examples()).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let docs = lines(&out.stdout);
    assert_eq!(docs.len(), example_doc_count(), "one line per document");
    for d in &docs {
        for field in ["doc", "title", "published", "entities", "facts"] {
            assert!(d.get(field).is_some(), "line without `{field}`: {d}");
        }
        assert!(d["doc"].as_str().is_some_and(|s| !s.is_empty()));
        let entities = d["entities"].as_array().expect("entities is an array");
        let ids: Vec<&str> =
            entities.iter().map(|e| e["id"].as_str().expect("entity id")).collect();
        for e in entities {
            assert!(
                matches!(e["kind"].as_str(), Some("group" | "person" | "place" | "body")),
                "{e}"
            );
            assert!(e["name"].is_string() && e["mentions"].is_array(), "{e}");
        }
        for f in d["facts"].as_array().expect("facts is an array") {
            assert!(f["type"].is_string() && f["polarity"].is_string(), "{f}");
            assert!(
                ids.contains(&f["subject"].as_str().unwrap()),
                "subject is an entity of the line: {f}"
            );
            if let Some(o) = f["object"].as_str() {
                assert!(ids.contains(&o), "object is an entity of the line: {f}");
            }
            let ev = &f["evidence"];
            assert!(ev["start"].as_u64().unwrap() < ev["end"].as_u64().unwrap(), "{f}");
            assert!(!ev["text"].as_str().unwrap().is_empty(), "{f}");
        }
    }
    // Text files: `doc` is the path as given; the JSONL records: their `id`.
    let txt = docs
        .iter()
        .find(|d| {
            d["doc"].as_str().unwrap().ends_with("01-boko-haram-pledges-to-islamic-state.txt")
        })
        .unwrap();
    assert_eq!(txt["published"], "2015-03-13");
    assert!(txt["title"].as_str().unwrap().contains("Boko Haram"));
    assert!(docs.iter().any(|d| d["doc"] == "example-wire-2018-05-24-isgs-designated"));
    // HTML: title and date from the page's metadata, boilerplate gone.
    let html = docs.iter().find(|d| d["doc"].as_str().unwrap().ends_with(".html")).unwrap();
    assert!(html["title"].as_str().unwrap().contains("Indian"), "{}", html["title"]);
    assert_eq!(html["published"], "2014-09-18");
}

#[test]
fn extract_output_is_the_same_on_one_thread_and_many() {
    let one = bin().args(["--threads", "1", "extract"]).arg(examples()).output().unwrap();
    let many = bin().args(["--threads", "4", "extract"]).arg(examples()).output().unwrap();
    assert!(one.status.success() && many.status.success());
    assert_eq!(one.stdout, many.stdout);
}

#[test]
fn extract_json_array_format() {
    let out = bin().args(["extract", "--format", "json"]).arg(examples()).output().unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).expect("one JSON document");
    assert_eq!(v.as_array().unwrap().len(), example_doc_count());
}

/// Needs the extractor: the pledge and branch examples must give those facts.
#[test]
fn extract_finds_pledge_and_branch_facts_in_the_examples() {
    let out = bin().arg("extract").arg(examples()).output().unwrap();
    let docs = lines(&out.stdout);
    let types_of = |file: &str| -> Vec<String> {
        let d = docs.iter().find(|d| d["doc"].as_str().unwrap().ends_with(file)).unwrap();
        d["facts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["type"].as_str().unwrap().to_string())
            .collect()
    };
    let boko = types_of("01-boko-haram-pledges-to-islamic-state.txt");
    assert!(boko.iter().any(|t| t == "pledge"), "no pledge in the Boko Haram example: {boko:?}");
    let iskp = types_of("02-islamic-state-announces-khorasan-province.txt");
    assert!(
        iskp.iter().any(|t| t == "branch_of" || t == "pledge"),
        "no branch_of in the ISKP example: {iskp:?}"
    );
}

#[test]
fn bad_inputs_are_reported_by_name_and_the_batch_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("a-good.txt"),
        "Good headline\n\nAl-Shabaab claimed responsibility for the attack in Mogadishu.\n",
    )
    .unwrap();
    let mut binary = b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0".to_vec();
    binary.extend((0..4096u32).map(|i| (i * 7 % 256) as u8));
    std::fs::write(d.join("b-binary.txt"), &binary).unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    for i in 0..200 {
        writeln!(
            gz,
            "{{\"id\":\"r{i}\",\"text\":\"Record {i} about the Islamic State and its branches.\"}}"
        )
        .unwrap();
    }
    let gz = gz.finish().unwrap();
    std::fs::write(d.join("c-truncated.jsonl.gz"), &gz[..gz.len() / 2]).unwrap();
    std::fs::write(
        d.join("d-invalid-utf8.txt"),
        b"Headline\n\nHezbollah\xff\xfe named a new leader in Beirut.\n",
    )
    .unwrap();
    std::fs::write(d.join("e-empty.txt"), b"").unwrap();
    let huge = format!(
        "{{\"id\":\"huge\",\"text\":\"{}\"}}\n{{\"id\":\"after-huge\",\"text\":\"Small record.\"}}\n",
        "word ".repeat(40_000_000)
    );
    std::fs::write(d.join("f-huge-line.jsonl"), huge).unwrap();
    std::fs::write(d.join("g-good.txt"), "Another headline\n\nThe Taliban denied the report.\n")
        .unwrap();

    let out = bin().arg("extract").arg(d).output().unwrap();
    assert_no_panic(&out);
    let err = stderr_of(&out);
    let docs = lines(&out.stdout);
    let names: Vec<&str> = docs.iter().map(|d| d["doc"].as_str().unwrap()).collect();
    assert!(names.iter().any(|n| n.ends_with("a-good.txt")), "{names:?}");
    assert!(
        names.iter().any(|n| n.ends_with("g-good.txt")),
        "files after the bad ones are read: {names:?}"
    );
    for bad in [
        "b-binary.txt",
        "c-truncated.jsonl.gz",
        "d-invalid-utf8.txt",
        "e-empty.txt",
        "f-huge-line.jsonl",
    ] {
        assert!(err.contains(bad), "stderr names {bad}: {err}");
    }
    assert!(!names.iter().any(|n| n.ends_with("b-binary.txt")), "binary input is refused");
    // Invalid UTF-8 is repaired: the document is still there.
    assert!(names.iter().any(|n| n.ends_with("d-invalid-utf8.txt")), "{names:?}");
    assert_eq!(out.status.code(), Some(1), "some inputs failed: exit status 1");

    // Each bad file alone: no panic, a message naming it.
    for bad in ["b-binary.txt", "c-truncated.jsonl.gz", "e-empty.txt"] {
        let out = bin().arg("extract").arg(d.join(bad)).output().unwrap();
        assert_no_panic(&out);
        assert!(stderr_of(&out).contains(bad), "{bad}: {}", stderr_of(&out));
    }
}

#[test]
fn usage_errors_exit_2() {
    bin().arg("extract").assert().code(2);
    bin().args(["facts", "--type", "no_such_type"]).assert().code(2);
    bin().args(["facts", "--since", "yesterday"]).assert().code(2);
    bin().arg("no-such-command").assert().code(2);
}

#[test]
fn missing_input_file_is_an_error_naming_it() {
    let out = bin()
        .arg("extract")
        .arg("does/not/exist.txt")
        .arg(examples().join("07-al-shabaab-names-ahmad-umar.txt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr_of(&out).contains("does/not/exist.txt"), "{}", stderr_of(&out));
    assert_eq!(lines(&out.stdout).len(), 1);
}

fn ingest_summary(db: &Path, inputs: &[&Path]) -> String {
    let out = bin().arg("--db").arg(db).arg("ingest").args(inputs).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let err = stderr_of(&out);
    err.lines()
        .find(|l| l.starts_with("ingested "))
        .unwrap_or_else(|| panic!("no summary line: {err}"))
        .to_string()
}

#[test]
fn ingest_twice_adds_nothing_the_second_time() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let n = example_doc_count();
    let first = ingest_summary(&db, &[&examples()]);
    assert!(first.starts_with(&format!("ingested {n} documents (0 skipped")), "{first}");
    let second = ingest_summary(&db, &[&examples()]);
    assert!(second.starts_with(&format!("ingested 0 documents ({n} skipped")), "{second}");
    assert_eq!(document_count(&db), n);
}

fn document_count(db: &Path) -> usize {
    let conn = rusqlite::Connection::open(db).unwrap();
    let integrity: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(integrity, "ok");
    conn.query_row("SELECT count(*) FROM documents", [], |r| r.get::<_, i64>(0)).unwrap() as usize
}

#[test]
fn an_interrupted_ingest_completes_on_rerun() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("many.jsonl");
    let db = dir.path().join("k.db");
    let n = 4000;
    let mut f = std::io::BufWriter::new(std::fs::File::create(&input).unwrap());
    let groups =
        ["Islamic State", "al-Qaeda", "al-Shabaab", "Boko Haram", "Hezbollah", "the Taliban"];
    for i in 0..n {
        let g = groups[i % groups.len()];
        let h = groups[(i / groups.len() + 1) % groups.len()];
        let text = format!(
            "Report number {i}. {g} claimed responsibility for an attack in Mogadishu on {day} May 2019. \
             Officials said {g} has between {lo} and {hi} fighters, according to a UN report. \
             A spokesman for {h} denied any role and said the group had pledged allegiance to nobody.",
            day = i % 28 + 1,
            lo = 1000 + i,
            hi = 2000 + i
        );
        let rec = serde_json::json!({"id": format!("gen-{i}"), "title": format!("Generated article {i}"), "published": "2019-05-30", "text": text});
        writeln!(f, "{rec}").unwrap();
    }
    drop(f);

    let exe = assert_cmd::cargo::cargo_bin("allegiance");
    let mut child = StdCommand::new(&exe)
        .arg("--db")
        .arg(&db)
        .args(["ingest", "--batch", "64"])
        .arg(&input)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(300));
    let _ = child.kill(); // SIGKILL: no chance to clean up
    let _ = child.wait();
    let partial = if db.exists() { document_count(&db) } else { 0 };
    assert!(partial <= n);

    let rerun = ingest_summary(&db, &[&input]);
    assert!(
        rerun.starts_with(&format!("ingested {} documents ({partial} skipped", n - partial)),
        "{rerun} (after {partial})"
    );
    assert_eq!(document_count(&db), n);
    let again = ingest_summary(&db, &[&input]);
    assert!(again.starts_with(&format!("ingested 0 documents ({n} skipped")), "{again}");
}

fn demo_db(dir: &Path) -> PathBuf {
    let db = dir.join("ex.db");
    ingest_summary(&db, &[&examples()]);
    db
}

#[test]
fn group_by_alias_and_unknown_group() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path());
    let out = bin().arg("--db").arg(&db).args(["group", "ISKP"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Khorasan"));
    let json =
        bin().arg("--db").arg(&db).args(["group", "Daesh", "--format", "json"]).output().unwrap();
    assert!(json.status.success(), "{}", stderr_of(&json));
    let v: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert!(v.to_string().contains("Islamic State"));
    let none =
        bin().arg("--db").arg(&db).args(["group", "No Such Brigade Of Nowhere"]).output().unwrap();
    assert_eq!(none.status.code(), Some(1));
    assert!(stderr_of(&none).contains("No Such Brigade Of Nowhere"));
}

/// A profile shows each list's latest facts with the list's total, and all of them on request.
#[test]
fn group_shows_the_latest_facts_of_each_list_and_all_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path());
    let profile = |limit: &str| -> Value {
        let out = bin()
            .arg("--db")
            .arg(&db)
            .args(["group", "Islamic State", "--format", "json", "--limit", limit])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let (all, two) = (profile("0"), profile("2"));
    assert_eq!(all["limit"], Value::Null);
    assert_eq!(two["limit"], 2);
    let mut cut = 0;
    for (list, total) in all["totals"].as_object().unwrap() {
        let every = all[list].as_array().unwrap();
        assert_eq!(every.len() as u64, total.as_u64().unwrap(), "{list}");
        assert_eq!(&two["totals"][list], total, "{list}");
        // The latest two, in the same (time) order.
        let latest = &every[every.len().saturating_sub(2)..];
        assert_eq!(two[list].as_array().unwrap(), latest, "{list}");
        cut += usize::from(every.len() > 2);
    }
    assert!(cut >= 2, "only {cut} lists longer than two facts");
    assert_eq!(all["conflicts"], two["conflicts"]);
    assert_eq!(all["strength_series"], two["strength_series"]);

    let table = bin()
        .arg("--db")
        .arg(&db)
        .args(["group", "Islamic State", "--limit", "2"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&table.stdout);
    assert!(text.contains("(latest 2 of "), "{text}");
    assert!(text.contains("--limit 0"), "{text}");
}

#[test]
fn facts_csv_has_a_header() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path());
    let out = bin()
        .arg("--db")
        .arg(&db)
        .args(["facts", "--format", "csv", "--since", "2099"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("type,subject,object"), "{text}");
    let all = bin().arg("--db").arg(&db).args(["facts", "--format", "csv"]).output().unwrap();
    let text = String::from_utf8(all.stdout).unwrap();
    assert!(text.starts_with("type,subject,object"), "{text}");
    let json = bin()
        .arg("--db")
        .arg(&db)
        .args(["facts", "--format", "json", "--limit", "3"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert!(v.as_array().unwrap().len() <= 3);
}

#[test]
fn query_commands_without_a_database_say_so() {
    let dir = tempfile::tempdir().unwrap();
    let out = bin().current_dir(dir.path()).args(["facts"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr_of(&out).contains("allegiance.db"));
    assert!(!dir.path().join("allegiance.db").exists(), "no empty database is created");
}

#[test]
fn demo_runs_from_any_folder() {
    let dir = tempfile::tempdir().unwrap();
    let out = bin().current_dir(dir.path()).arg("demo").output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("ingested"), "{text}");
    assert!(dir.path().join("demo.db").exists());
    // A second run finds everything stored already.
    let again = bin().current_dir(dir.path()).arg("demo").output().unwrap();
    assert!(String::from_utf8_lossy(&again.stdout).contains("ingested 0 documents"));
}

#[test]
fn kb_stats_and_check_run() {
    bin().args(["kb", "stats"]).assert().success();
    let out = bin().args(["kb", "check"]).output().unwrap();
    assert!(matches!(out.status.code(), Some(0 | 1)));
}

#[test]
fn help_is_there_for_every_command() {
    for cmd in [
        "extract",
        "ingest",
        "group",
        "facts",
        "conflicts",
        "kb",
        "eval",
        "export",
        "serve",
        "demo",
    ] {
        bin().args([cmd, "--help"]).assert().success();
    }
}

#[test]
fn help_lists_every_fact_type_and_conflict_kind() {
    let help = |args: &[&str]| {
        let out = bin().args(args).output().unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let facts = help(&["facts", "--help"]);
    let about = help(&["--help"]);
    for t in allegiance_model::FactType::ALL {
        assert!(facts.contains(&format!("- {}:", t.as_str())), "{t} missing: {facts}");
        assert!(about.contains(t.as_str()), "{t} missing: {about}");
    }
    let conflicts = help(&["conflicts", "--help"]);
    for kind in ["strength", "presence", "leader"] {
        assert!(conflicts.contains(&format!("- {kind}:")), "{kind} missing: {conflicts}");
    }
}

#[test]
fn bad_fact_types_and_dates_are_usage_errors_naming_the_value() {
    for (args, says) in [
        (&["facts", "--type", "alliance"][..], "unknown fact type `alliance`; one of: pledge,"),
        (&["facts", "--since", "2015-02-30"][..], "`2015-02-30` is not a date"),
        (&["facts", "--until", "2015-13"][..], "`2015-13` is not a date"),
        (&["export", "--format", "csv", "--since", "15"][..], "`15` is not a date"),
        (&["conflicts", "--type", "size"][..], "unknown conflict kind `size`"),
    ] {
        let out = bin().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr_of(&out).contains(says), "{args:?}: {}", stderr_of(&out));
    }
}

#[test]
fn since_after_until_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let out = bin()
        .current_dir(dir.path())
        .args(["facts", "--since", "2016-01", "--until", "2015"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr_of(&out).contains("--since 2016-01 is after --until 2015"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn eval_scores_against_a_users_own_gold_file() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    std::fs::copy(
        examples().join("01-boko-haram-pledges-to-islamic-state.txt"),
        corpus.join("boko.txt"),
    )
    .unwrap();
    let gold = dir.path().join("gold.jsonl");
    let line = serde_json::json!({
        "doc": "boko", "file": "corpus/boko.txt",
        "entities": [
            {"id": "boko-haram", "kind": "group", "names": ["Boko Haram"]},
            {"id": "islamic-state", "kind": "group", "names": ["Islamic State", "ISIS"]},
            {"id": "hamas", "kind": "group", "names": ["Hamas"]}
        ],
        "facts": [
            {"type": "pledge", "subject": "boko-haram", "object": "islamic-state", "source": null, "polarity": "asserted", "when": null, "evidence": "pledged allegiance"},
            {"type": "ally_of", "subject": "boko-haram", "object": "hamas", "source": null, "polarity": "asserted", "when": null, "evidence": "an invented alliance"}
        ]
    });
    std::fs::write(&gold, format!("{line}\n")).unwrap();
    let out =
        bin().args(["eval", "--gold"]).arg(&gold).arg("--corpus").arg(&corpus).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.lines().any(|l| l.starts_with("pledge") && l.split_whitespace().nth(3) == Some("1")),
        "{text}"
    );
    assert!(
        text.contains("Missed gold facts (1)") && text.contains("ally_of(boko-haram, hamas)"),
        "{text}"
    );
    let json = bin()
        .args(["eval", "--format", "json", "--gold"])
        .arg(&gold)
        .arg("--corpus")
        .arg(&corpus)
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["gold"], 2);
    assert!(v["recall"].as_f64().unwrap() >= 0.5);
}

#[test]
fn kb_suggest_proposes_names_the_kb_lacks() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("new.jsonl");
    let text = "A little known militant group, the Lions of the Sands Brigade, claimed responsibility for an attack in Gao on Monday. \
                The Lions of the Sands Brigade said its commander, Abu Talha al-Azawadi, led the raid.";
    std::fs::write(&input, format!("{}\n", serde_json::json!({"id": "n1", "text": text}))).unwrap();
    let db = dir.path().join("s.db");
    ingest_summary(&db, &[&input]);
    let out = bin().arg("--db").arg(&db).args(["kb", "suggest"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let toml = String::from_utf8_lossy(&out.stdout);
    assert!(
        toml.contains("[[group]]") && toml.contains("name = \"Lions of the Sands Brigade\""),
        "{toml}"
    );
    assert!(toml.contains("name = \"Abu Talha al-Azawadi\""), "{toml}");
    // What it proposes is a valid KB file.
    let file = dir.path().join("suggested.toml");
    std::fs::write(&file, toml.as_bytes()).unwrap();
    let check = bin().arg("--kb").arg(&file).args(["kb", "check"]).output().unwrap();
    assert!(check.status.success(), "{}", String::from_utf8_lossy(&check.stdout));
}
