//! `allegiance explain`, and the `rule` every fact of `extract` carries.

use std::path::{Path, PathBuf};

use serde_json::Value;

mod common;
use common::{bin, examples};

const PLEDGE_ARTICLE: &str = "01-boko-haram-pledges-to-islamic-state.txt";

fn stdout_of(out: &std::process::Output) -> String {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

/// An article of our own in a temporary folder (kept alive with it).
fn article(dir: &Path, name: &str, body: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, format!("A test article\n\n{body}\n")).unwrap();
    path
}

#[test]
fn extract_names_the_rule_of_every_fact() {
    let out = bin().args(["extract", "--format", "jsonl"]).arg(examples()).output().unwrap();
    let text = stdout_of(&out);
    let mut facts = 0;
    for line in text.lines() {
        let doc: Value = serde_json::from_str(line).unwrap();
        for f in doc["facts"].as_array().unwrap() {
            let rule = f["rule"].as_str().unwrap_or_else(|| panic!("no rule: {f}"));
            // The rule's family is the fact's type: `pledge.via_leader` made a pledge.
            assert_eq!(rule.split_once('.').map(|(family, _)| family), f["type"].as_str(), "{f}");
            facts += 1;
        }
    }
    assert!(facts > 20, "{facts} facts");
}

#[test]
fn explain_shows_a_facts_rule_beside_its_sentences_masked_form() {
    let path = examples().join(PLEDGE_ARTICLE);
    let out = bin().arg("explain").arg(&path).output().unwrap();
    let text = stdout_of(&out);
    // The sentence, the form the rules read, the names behind the placeholders.
    assert!(text.contains("Abubakar Shekau pledged allegiance to Abu Bakr al-Baghdadi"), "{text}");
    assert!(
        text.contains("masked:   In an audio message released on 7 March 2015, ⟨G0⟩'s leader ⟨P1⟩ pledged allegiance to ⟨P2⟩"),
        "{text}"
    );
    assert!(text.contains("⟨P1⟩ \"Abubakar Shekau\" → person Abubakar Shekau [kb abubakar-shekau"));
    // The rules that fired there, and the fact each became; a derived pledge names its step.
    assert!(text.contains(
        "pledge.via_leader: pledge Boko Haram → Islamic State (asserted): kept as facts["
    ));
    // The same fact in `extract`'s output carries the same rule.
    let out = bin().args(["extract", "--format", "jsonl"]).arg(&path).output().unwrap();
    let doc: Value = serde_json::from_str(stdout_of(&out).trim()).unwrap();
    assert!(doc["facts"].as_array().unwrap().iter().any(|f| f["rule"] == "pledge.via_leader"));
    // Sentences no rule reads are left out unless asked for.
    assert!(!text.contains("not read:"), "{text}");
    let all = stdout_of(&bin().args(["explain", "--all"]).arg(&path).output().unwrap());
    assert!(all.contains("not read: headline"), "{all}");
}

#[test]
fn explain_says_why_a_candidate_was_dropped() {
    let dir = tempfile::tempdir().unwrap();
    let path = article(
        dir.path(),
        "self.txt",
        "According to the report, the Islamic State pledged allegiance to ISIS in 2014. Al-Shabaab \
         pledged allegiance to al-Qaeda in 2012, and al-Shabaab again pledged allegiance to \
         al-Qaeda in 2014. Al-Shabaab denied pledging allegiance to the Islamic State.",
    );
    let text = stdout_of(&bin().arg("explain").arg(&path).output().unwrap());
    assert!(
        text.contains(
            "pledge Islamic State → Islamic State: dropped: self-relation: subject and object are the same entity"
        ),
        "{text}"
    );
    assert!(text.contains("dropped: duplicate of a fact already kept (facts[0])"), "{text}");
    // A denial is no drop: the fact is kept, denied.
    assert!(text.contains("pledge al-Shabaab → Islamic State (denied): kept as facts["), "{text}");

    // The same as JSON: the reason by its name, the kept ones pointing into `facts`.
    let out = bin().args(["explain", "--format", "json"]).arg(&path).output().unwrap();
    let doc: Value = serde_json::from_str(stdout_of(&out).trim()).unwrap();
    let candidates: Vec<&Value> = doc["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["candidates"].as_array().unwrap())
        .collect();
    let self_relation = candidates.iter().find(|c| c["reason"] == "self_relation").unwrap();
    assert_eq!(self_relation["outcome"], "dropped");
    assert_eq!(self_relation["rule"], "pledge.allegiance");
    for kept in candidates.iter().filter(|c| c["outcome"] == "kept") {
        let fact = &doc["facts"][kept["fact"].as_u64().unwrap() as usize];
        assert_eq!(fact["rule"], kept["rule"]);
        assert_eq!(fact["type"], kept["type"]);
    }
}

#[test]
fn explain_narrows_to_a_sentence_by_number_or_words() {
    let path = examples().join(PLEDGE_ARTICLE);
    let one = stdout_of(&bin().args(["explain", "--sentence", "4"]).arg(&path).output().unwrap());
    assert_eq!(one.matches("\n[").count(), 1, "{one}");
    assert!(one.contains("\n[4] "), "{one}");
    let grep = stdout_of(
        &bin()
            .args(["explain", "--grep", "BORNO STATE", "--format", "json"])
            .arg(&path)
            .output()
            .unwrap(),
    );
    let doc: Value = serde_json::from_str(grep.trim()).unwrap();
    let sentences = doc["sentences"].as_array().unwrap();
    assert_eq!(sentences.len(), 1);
    assert!(sentences[0]["text"].as_str().unwrap().contains("Borno State"));
    assert!(sentences[0]["masked"].as_str().unwrap().contains("is based in ⟨L1⟩"));
    let none =
        stdout_of(&bin().args(["explain", "--grep", "no such words"]).arg(&path).output().unwrap());
    assert!(none.contains("no sentence matches"), "{none}");
}

#[test]
fn explain_prints_no_control_characters_from_the_article() {
    let dir = tempfile::tempdir().unwrap();
    let path = article(
        dir.path(),
        "hostile.txt",
        "Boko Haram \x1b]0;pwned\x07pledged allegiance to the Islamic State in 2015.",
    );
    let text = stdout_of(&bin().arg("explain").arg(&path).output().unwrap());
    assert!(text.contains("pledged allegiance"), "{text}");
    assert!(!text.chars().any(|c| c.is_control() && c != '\n'), "{text:?}");
}

#[test]
fn explain_names_a_file_it_cannot_read_and_fails() {
    let out = bin().args(["explain", "no/such/article.txt"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no/such/article.txt"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}
