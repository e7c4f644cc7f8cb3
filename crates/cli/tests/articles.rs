//! Whole articles, as users feed them: twelve news-style articles written for this project
//! (public facts in our own words, `tests/articles/`), annotated by hand in the format of
//! `docs/gold-format.md` (`tests/articles-gold.jsonl`). `allegiance eval` must find most of
//! their facts and state few that are not there, with their sources and polarity.

use assert_cmd::Command;
use serde_json::Value;

#[test]
fn hand_annotated_articles_are_read_accurately() {
    let dir = env!("CARGO_MANIFEST_DIR");
    let out = Command::cargo_bin("allegiance")
        .unwrap()
        .args(["eval", "--format", "json", "--gold"])
        .arg(format!("{dir}/tests/articles-gold.jsonl"))
        .arg("--corpus")
        .arg(format!("{dir}/tests/articles"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let score: Value = serde_json::from_slice(&out.stdout).unwrap();
    let get = |k: &str| score[k].as_f64().unwrap_or_else(|| panic!("no {k} in {score}"));
    assert_eq!(score["gold"], 138, "every annotated fact is counted");
    assert!(get("precision") >= 0.80, "precision {} ({score})", get("precision"));
    assert!(get("recall") >= 0.65, "recall {}", get("recall"));
    assert!(get("source_agreement") >= 0.80, "source agreement {}", get("source_agreement"));
    assert!(get("polarity_agreement") >= 0.90, "polarity agreement {}", get("polarity_agreement"));
    // Each kind of fact the articles state is found at least once.
    for t in [
        "pledge",
        "branch_of",
        "splinter_of",
        "merged_into",
        "leader_of",
        "founder_of",
        "ally_of",
        "rival_of",
        "designated",
        "strength",
        "presence",
        "attack",
    ] {
        let matched = score["types"][t]["matched"].as_u64().unwrap_or(0);
        assert!(matched > 0, "no {t} fact found ({})", score["types"][t]);
    }
}
