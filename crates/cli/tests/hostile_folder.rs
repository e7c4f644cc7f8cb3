//! One `ingest` of a folder holding a good article and one hostile file of each class issue 14
//! found: each bad file costs itself alone, with a warning or error that names it, and the good
//! article's facts are stored. The fixtures are generated here.
#![cfg(unix)]

use std::io::Write;
use std::path::Path;

use serde_json::Value;

mod common;
use common::bin;

/// (file name, what its warning or error says besides its name), written into `dir`.
fn hostile_files(dir: &Path) -> Vec<(&'static str, &'static str)> {
    let write = |name: &str, bytes: &[u8]| std::fs::write(dir.join(name), bytes).unwrap();
    let mut classes = Vec::new();

    write(
        "nested.html",
        format!("<html><body>{}deep</body></html>", "<div>".repeat(100_000)).as_bytes(),
    );
    classes.push(("nested.html", "open at once"));

    let flood: String = (0..300_000).map(|i| format!(" a{i}=x")).collect();
    write(
        "attributes.html",
        format!("<html><body><p{flood}>Flooded.</p></body></html>").as_bytes(),
    );
    classes.push(("attributes.html", "attributes"));

    // One 200 KB "sentence" of group names: once quadratic in its names, now skipped by the
    // relation rules with a warning naming the sentence.
    let names = ["Boko Haram", "Islamic State", "al-Shabaab", "Hezbollah", "al-Qaeda"];
    let list: Vec<&str> = names.iter().cycle().take(200_000 / 12).copied().collect();
    write("names.txt", format!("{} pledged allegiance.", list.join(", ")).as_bytes());
    classes.push(("names.txt", "relation rules skipped it"));

    std::os::unix::fs::symlink(".", dir.join("loop")).unwrap();
    classes.push(("loop", "already"));

    let made = std::process::Command::new("mkfifo").arg(dir.join("pipe.txt")).status().unwrap();
    assert!(made.success(), "mkfifo");
    classes.push(("pipe.txt", "FIFO"));

    write("binary.txt", &[0u8, 159, 146, 150, 0, 0, 1, 2, 3, 255, 0, 7].repeat(100));
    classes.push(("binary.txt", "binary"));

    write(
        "surrogate.jsonl",
        b"{\"id\": \"s1\", \"text\": \"Al-Shabaab \\ud800 attacked a base.\"}\n",
    );
    classes.push(("surrogate.jsonl", "surrogate"));

    write(
        "baddate.jsonl",
        b"{\"id\": \"d1\", \"published\": \"2015-02-30\", \"text\": \"Hezbollah fighters crossed.\"}\n",
    );
    classes.push(("baddate.jsonl", "publication date"));

    let mut utf16 = vec![0xFF, 0xFE];
    for unit in "Al-Shabaab fighters attacked a base in Mogadishu.".encode_utf16() {
        utf16.extend(unit.to_le_bytes());
    }
    write("utf16.txt", &utf16);
    classes
}

#[test]
fn every_hostile_file_costs_itself_alone_and_the_good_article_comes_out() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = dir.path().join("inputs");
    std::fs::create_dir(&inputs).unwrap();
    let mut good = std::fs::File::create(inputs.join("good.txt")).unwrap();
    writeln!(good, "Boko Haram pledged allegiance to the Islamic State in March 2015.").unwrap();
    let classes = hostile_files(&inputs);
    let db = dir.path().join("hostile.db");

    let out = bin().arg("--db").arg(&db).arg("ingest").arg(&inputs).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(out.status.code(), Some(1), "some inputs could not be read: {err}");
    for (file, says) in &classes {
        assert!(
            err.lines().any(|l| l.contains(file) && l.contains(says)),
            "{file}: no line names it and says {says:?}:\n{err}"
        );
    }

    let facts = bin().arg("--db").arg(&db).args(["facts", "--format", "json"]).output().unwrap();
    assert!(facts.status.success(), "{}", String::from_utf8_lossy(&facts.stderr));
    let facts: Value = serde_json::from_slice(&facts.stdout).unwrap();
    let text = facts.to_string();
    assert!(
        text.contains("pledge") && text.contains("good.txt"),
        "the good article's pledge: {text}"
    );
    // The UTF-16 article is read as text and extracted too.
    assert!(text.contains("utf16.txt"), "{text}");
}
