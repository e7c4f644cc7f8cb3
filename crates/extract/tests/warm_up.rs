//! Compiling the rules ahead, in shares on several threads at once (what `extract --threads N`
//! does at start), compiles every rule and leaves extraction as it was.

mod common;

use allegiance_extract::warm_up;
use common::{extract, has_fact};

const ARTICLE: &str = "Boko Haram pledged allegiance to the Islamic State in March 2015. \
The group, led by Abubakar Shekau, controls parts of Borno State, according to analysts. \
Al-Shabaab, an al-Qaeda affiliate, has between 7,000 and 9,000 fighters in Somalia.";

#[test]
fn rules_compiled_in_parallel_shares_extract_as_compiled_on_first_use() {
    // The shares together cover every rule: run them side by side, as the workers do, so that
    // threads wait on rules another is compiling.
    std::thread::scope(|scope| {
        for share in 0..3 {
            scope.spawn(move || warm_up(share, 3));
        }
    });
    // Out-of-range and degenerate shares compile nothing new and do not panic.
    warm_up(7, 3);
    warm_up(0, 0);

    let r = extract(ARTICLE);
    assert!(has_fact(&r, "pledge", "Boko Haram", "Islamic State"), "{r:?}");
    assert!(has_fact(&r, "leader_of", "Abubakar Shekau", "Boko Haram"), "{r:?}");
    assert!(has_fact(&r, "branch_of", "al-Shabaab", "al-Qaeda"), "{r:?}");
    assert!(has_fact(&r, "strength", "al-Shabaab", ""), "{r:?}");
}

#[test]
fn every_rule_is_registered_once_under_a_family_id() {
    let ids = allegiance_extract::rule_ids();
    let mut distinct = ids.clone();
    distinct.dedup();
    assert_eq!(ids.len(), distinct.len(), "a rule id is used twice: {ids:?}");
    // Fact rules are named `<family>.<shape>`; helper regexes by their module and line.
    for id in &ids {
        let (family, shape) =
            id.split_once(['.', ':']).unwrap_or_else(|| panic!("{id}: no family"));
        assert!(!family.is_empty() && !shape.is_empty(), "{id}");
    }
    assert!(ids.iter().any(|id| id.starts_with("pledge.")), "{ids:?}");
}
