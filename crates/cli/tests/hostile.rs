//! Bad settings and hostile input the command line must refuse or defuse (issue 14): thread
//! counts out of range, article text that would drive the terminal, `--limit 0`, gold files that
//! would score wrongly without a word, and error messages that repeat themselves.

use std::path::{Path, PathBuf};

use serde_json::{json, Value};

mod common;
use common::{bin, examples};

fn stderr_of(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn assert_usage_error(out: &std::process::Output, flag: &str, range: &str) {
    let err = stderr_of(out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(err.contains(flag) && err.contains(range), "names {flag} and {range}: {err}");
}

#[test]
fn thread_counts_out_of_range_are_usage_errors_for_every_command() {
    for threads in ["0", "20000"] {
        let out = bin().args(["extract", "--threads", threads]).arg(examples()).output().unwrap();
        assert_usage_error(&out, "--threads", "1..=256");
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("none.db");
    let out = bin()
        .arg("--db")
        .arg(&db)
        .args(["serve", "--addr", "127.0.0.1:0", "--threads", "100000"])
        .output()
        .unwrap();
    assert_usage_error(&out, "--threads", "1..=256");
    let out = bin().arg("--db").arg(&db).args(["--threads", "257", "facts"]).output().unwrap();
    assert_usage_error(&out, "--threads", "1..=256");
    let ok = bin().args(["-q", "extract", "--threads", "256"]).arg(examples()).output().unwrap();
    assert!(ok.status.success(), "{}", stderr_of(&ok));
}

#[test]
fn facts_refuses_limit_zero_and_impossible_dates() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("none.db");
    let out = bin().arg("--db").arg(&db).args(["facts", "--limit", "0"]).output().unwrap();
    assert_usage_error(&out, "--limit", "must be at least 1");
    let out = bin().arg("--db").arg(&db).args(["facts", "--since", "2015-02-30"]).output().unwrap();
    assert_usage_error(&out, "--since", "2015-02-30");
}

/// Escape sequences that set the terminal title, clear the screen and write the clipboard.
const HOSTILE: &str = "\x1b]0;pwned\x07\x1b[2J\x1b]52;c;cHduZWQ=\x07";

/// A database holding one example article whose title and pledge sentence carry [`HOSTILE`].
fn hostile_db(dir: &Path) -> PathBuf {
    let text =
        std::fs::read_to_string(examples().join("01-boko-haram-pledges-to-islamic-state.txt"))
            .unwrap();
    let (title, body) = text.split_once('\n').unwrap();
    assert!(body.contains("pledged allegiance"), "the example still holds its pledge");
    let body = body.replace("pledged allegiance", &format!("pledged {HOSTILE}allegiance"));
    let article = dir.join("hostile.txt");
    std::fs::write(&article, format!("{title} {HOSTILE}\n{body}")).unwrap();
    let db = dir.join("hostile.db");
    let out = bin().arg("--db").arg(&db).args(["-q", "ingest"]).arg(&article).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    db
}

#[test]
fn article_text_cannot_drive_the_terminal_but_json_keeps_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = hostile_db(dir.path());
    let run = |args: &[&str]| {
        let out = bin().arg("--db").arg(&db).args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
        out.stdout
    };
    for args in [&["facts"][..], &["group", "Boko Haram"]] {
        let table = run(args);
        assert!(!table.is_empty(), "{args:?} printed nothing");
        assert!(
            !table.iter().any(|&b| b == 0x1b || b == 0x07),
            "{args:?} printed an ESC or BEL: {}",
            String::from_utf8_lossy(&table)
        );
        assert!(String::from_utf8_lossy(&table).contains("pwned"), "the text around is kept");
    }
    for args in [&["facts", "--format", "json"][..], &["group", "Boko Haram", "--format", "json"]] {
        let json = run(args);
        assert!(!json.contains(&0x1b), "JSON escapes control characters");
        let v: Value = serde_json::from_slice(&json).unwrap();
        assert!(holds_string_with(&v, HOSTILE), "{args:?}: the JSON keeps the text");
    }
}

/// Whether some string in `v` contains `needle`.
fn holds_string_with(v: &Value, needle: &str) -> bool {
    match v {
        Value::String(s) => s.contains(needle),
        Value::Array(items) => items.iter().any(|i| holds_string_with(i, needle)),
        Value::Object(map) => map.values().any(|i| holds_string_with(i, needle)),
        _ => false,
    }
}

/// An eval corpus of one example article, `boko.txt`.
fn eval_corpus(dir: &Path) -> PathBuf {
    let corpus = dir.join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    std::fs::copy(
        examples().join("01-boko-haram-pledges-to-islamic-state.txt"),
        corpus.join("boko.txt"),
    )
    .unwrap();
    corpus
}

fn gold_line(file: &str, facts: Value) -> String {
    let mut line = json!({
        "file": file,
        "entities": [
            {"id": "boko-haram", "kind": "group", "names": ["Boko Haram"]},
            {"id": "islamic-state", "kind": "group", "names": ["Islamic State", "ISIS"]}
        ],
    });
    if !facts.is_null() {
        line["facts"] = facts;
    }
    line.to_string()
}

fn pledge() -> Value {
    json!([{"type": "pledge", "subject": "boko-haram", "object": "islamic-state",
            "polarity": "asserted", "evidence": "pledged allegiance"}])
}

/// Runs `eval` over `gold_lines` and the corpus; the exit status and stderr.
fn eval(dir: &Path, gold_lines: &[String]) -> (Option<i32>, String, String) {
    let corpus = eval_corpus(dir);
    let gold = dir.join("gold.jsonl");
    std::fs::write(&gold, gold_lines.iter().map(|l| format!("{l}\n")).collect::<String>()).unwrap();
    let out =
        bin().args(["eval", "--gold"]).arg(&gold).arg("--corpus").arg(&corpus).output().unwrap();
    (out.status.code(), stderr_of(&out), gold.display().to_string())
}

#[test]
fn eval_refuses_a_gold_file_that_would_score_wrongly() {
    let cases: [(&str, Vec<String>, &str); 5] = [
        ("no article", vec![gold_line("elsewhere.txt", pledge())], "no gold article was found"),
        (
            "duplicate",
            vec![gold_line("boko.txt", pledge()), gold_line("corpus/boko.txt", pledge())],
            "lines 1 and 2",
        ),
        ("no facts", vec![gold_line("boko.txt", Value::Null)], ":1: no `facts`"),
        (
            "unknown type",
            vec![gold_line("boko.txt", json!([{"type": "friends_with", "subject": "boko-haram"}]))],
            ":1: unknown fact type \"friends_with\"",
        ),
        ("empty", vec![], "no gold lines"),
    ];
    for (what, lines, message) in cases {
        let dir = tempfile::tempdir().unwrap();
        let (code, err, gold) = eval(dir.path(), &lines);
        assert_eq!(code, Some(1), "{what}: {err}");
        assert!(err.contains(&gold) && err.contains(message), "{what}: {err}");
    }
    let dir = tempfile::tempdir().unwrap();
    let (code, err, _) = eval(dir.path(), &[gold_line("boko.txt", pledge())]);
    assert_eq!(code, Some(0), "a good gold file still scores: {err}");
}

#[test]
fn a_missing_kb_file_is_named_once() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.toml");
    let out = bin().arg("--kb").arg(&missing).args(["kb", "stats"]).output().unwrap();
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_eq!(err.matches(&missing.display().to_string()).count(), 1, "{err}");
    assert_eq!(err.matches("No such file").count(), 1, "{err}");
}

/// A knowledge-base file with one of each error `kb check` reports, and the line of each.
const BAD_KB: &str = r#"[[group]]
id = "loop-a"
name = "Loop A"
parent = "loop-b"

[[group]]
id = "loop-b"
name = "Loop B"
parent = "loop-a"

[[group]]
id = "selfie"
name = "Selfie Brigade"
parent = "selfie"

[[group]]
id = "twice"
name = "Twice Front"

[[group]]
id = "twice"
name = "Twice Front Again"

[[group]]
id = "nameless"
name = " "

[[place]]
id = "nowhere"
name = "Nowhere"
lat = 999.0
"#;

#[test]
fn kb_check_reports_cycles_self_parents_and_duplicate_ids_by_line() {
    let dir = tempfile::tempdir().unwrap();
    let kb = dir.path().join("bad.toml");
    std::fs::write(&kb, BAD_KB).unwrap();
    let out = bin().arg("--kb").arg(&kb).args(["kb", "check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    let at = |line: usize| format!("error: {}:{line}: ", kb.display());
    for (line, message) in [
        (2, "loop-a: parent cycle: loop-a → loop-b → loop-a"),
        (7, "loop-b: parent cycle"),
        (12, "selfie: is its own parent"),
        (21, "twice: duplicate id: also on line 17"),
        (25, "nameless: empty name"),
        (29, "nowhere: latitude 999 out of range"),
    ] {
        assert!(text.contains(&format!("{}{message}", at(line))), "{message}: {text}");
    }
}

#[test]
fn a_kb_file_with_errors_is_not_loaded() {
    let dir = tempfile::tempdir().unwrap();
    let kb = dir.path().join("bad.toml");
    std::fs::write(&kb, BAD_KB).unwrap();
    for args in [&["kb", "stats"][..], &["extract"]] {
        let mut cmd = bin();
        cmd.arg("--kb").arg(&kb).args(args);
        if args == ["extract"] {
            cmd.arg(examples());
        }
        let out = cmd.output().unwrap();
        let err = stderr_of(&out);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(out.stdout.is_empty(), "{args:?} went on with the bad file");
        assert!(err.contains(&format!("{}: not loaded, 6 errors", kb.display())), "{err}");
        assert!(err.contains("line 12: selfie: is its own parent"), "{err}");
        assert!(err.contains("line 29: nowhere: latitude 999 out of range"), "{err}");
    }
}
