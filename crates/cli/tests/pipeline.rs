//! The parallel pipeline end to end: many documents of very different sizes, unreadable inputs
//! among them, and output that must not depend on the number of threads.

use std::path::{Path, PathBuf};

use serde_json::Value;

mod common;
use common::bin;

fn example_texts() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect()
}

/// A folder of inputs: a JSONL archive of `n` articles, some short and some many times longer (so
/// workers finish out of order), then a binary file that cannot be read, then one more article.
fn corpus(dir: &Path, n: usize) -> Vec<PathBuf> {
    let texts = example_texts();
    let mut lines = String::new();
    for i in 0..n {
        let base = &texts[i % texts.len()];
        let text = if i % 7 == 0 { base.repeat(12) } else { base.clone() };
        let rec = serde_json::json!({ "id": format!("doc-{i:04}"), "title": format!("Story {i}"), "text": text });
        lines.push_str(&rec.to_string());
        lines.push('\n');
    }
    let archive = dir.join("a-archive.jsonl");
    std::fs::write(&archive, lines).unwrap();
    let binary = dir.join("b-broken.txt");
    std::fs::write(&binary, [0u8, 159, 146, 150, 0, 0, 1, 2, 3, 0, 0, 0]).unwrap();
    let last = dir.join("c-last.txt");
    std::fs::write(&last, &texts[0]).unwrap();
    vec![archive, binary, last]
}

fn extract(threads: usize, inputs: &[PathBuf]) -> (i32, Vec<u8>, String) {
    let out = bin()
        .args(["--threads", &threads.to_string(), "extract", "--format", "jsonl"])
        .args(inputs)
        .output()
        .unwrap();
    (out.status.code().unwrap(), out.stdout, String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn many_threads_write_what_one_thread_writes_in_input_order() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = corpus(dir.path(), 300);
    let (code1, out1, err1) = extract(1, &inputs);
    let (code3, out3, err3) = extract(3, &inputs);
    // The broken file is reported and skipped; the rest is extracted.
    assert_eq!(code1, 1, "{err1}");
    assert_eq!(code3, 1, "{err3}");
    assert!(err3.contains("b-broken.txt"), "{err3}");
    assert_eq!(out1, out3, "output differs between 1 and 3 threads");
    let docs: Vec<Value> = out3
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).unwrap())
        .collect();
    assert_eq!(docs.len(), 301);
    for (i, d) in docs.iter().take(300).enumerate() {
        assert_eq!(d["doc"], format!("doc-{i:04}"));
    }
    assert!(docs[300]["doc"].as_str().unwrap().ends_with("c-last.txt"));
    // Every copy of an article yields the same entities and facts, whichever worker took it.
    assert!(!docs[1]["facts"].as_array().unwrap().is_empty());
    for i in [12, 23, 45, 298] {
        assert_eq!(docs[1]["facts"], docs[i]["facts"], "doc {i}");
        assert_eq!(docs[1]["entities"], docs[i]["entities"], "doc {i}");
    }
}

#[test]
fn ingest_on_many_threads_stores_every_document_once() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = corpus(dir.path(), 120);
    let db = dir.path().join("store.db");
    let run = || {
        bin()
            .arg("--db")
            .arg(&db)
            .args(["--threads", "3", "ingest", "--batch", "32"])
            .args(&inputs)
            .output()
            .unwrap()
    };
    let first = run();
    let summary = String::from_utf8_lossy(&first.stderr).into_owned();
    // 121 readable documents, but only 22 distinct texts (11 articles, short and long; the last
    // file repeats the first article, perhaps with different line breaks): each is stored once.
    assert!(summary.contains("ingested "), "{summary}");
    let stored: usize =
        summary.split("ingested ").nth(1).unwrap().split(' ').next().unwrap().parse().unwrap();
    assert!((22..=23).contains(&stored), "{summary}");
    let again = run();
    let summary = String::from_utf8_lossy(&again.stderr).into_owned();
    assert!(summary.contains("ingested 0 documents"), "{summary}");
}
