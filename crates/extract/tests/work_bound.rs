//! Extraction work grows linearly with the text: a "sentence" made of thousands of group names
//! (a scraped list, a page without punctuation) is skipped by the relation rules with a warning,
//! and the sentences around it are read as usual. Held on the work counted, not on the clock.

mod common;

use allegiance_extract::{DocMeta, Work, MAX_RULE_SENTENCE_BYTES};

const NAMES: [&str; 6] =
    ["Boko Haram", "Islamic State", "al-Shabaab", "Hezbollah", "the Taliban", "al-Qaeda"];

/// One sentence of about `bytes` bytes: group names joined by `joint`, then a pledge.
fn name_list(bytes: usize, joint: &str) -> String {
    let mut s = String::new();
    for name in NAMES.iter().cycle() {
        if s.len() >= bytes {
            break;
        }
        if !s.is_empty() {
            s.push_str(joint);
        }
        s.push_str(name);
    }
    s + " pledged allegiance to the Islamic State."
}

fn work(text: &str) -> (Vec<String>, Work) {
    let (_, warnings, work) = common::extractor().extract_counting(text, &DocMeta::default());
    (warnings, work)
}

#[test]
fn work_on_a_name_list_sentence_grows_linearly_with_its_size() {
    for joint in [" ", ", ", " and "] {
        let sizes = [10_000, 20_000, 40_000];
        let per_byte: Vec<f64> = sizes
            .iter()
            .map(|&n| {
                let text = name_list(n, joint);
                let (warnings, work) = work(&text);
                assert_eq!(warnings.len(), 1, "joint {joint:?}, {n} bytes: {warnings:?}");
                work.total() as f64 / text.len() as f64
            })
            .collect();
        // Quadratic work would double the work per byte with each doubling of the size.
        for w in per_byte.windows(2) {
            assert!(w[1] <= w[0] * 1.2, "joint {joint:?}: work per byte {per_byte:?}");
        }
        assert!(per_byte.iter().all(|&w| w < 8.0), "joint {joint:?}: work per byte {per_byte:?}");
    }
}

#[test]
fn many_short_sentences_of_names_cost_linear_work() {
    // Every sentence names groups and is read: the per-sentence steps must not scan the whole
    // document's mentions each time.
    let sentences = |n: usize| -> String {
        (0..n).map(|i| format!("{} attacked {}. ", NAMES[i % 6], NAMES[(i + 1) % 6])).collect()
    };
    let small = sentences(200);
    let large = sentences(1_600);
    let (_, w_small) = work(&small);
    let (_, w_large) = work(&large);
    let ratio = w_large.total() as f64 / w_small.total() as f64;
    let size_ratio = large.len() as f64 / small.len() as f64;
    assert!(ratio <= size_ratio * 1.2, "work {w_small:?} then {w_large:?}");
    // The sentences are all read, so the bound is not met by skipping them.
    assert!(w_large.sentences_read >= 7 * w_small.sentences_read, "{w_small:?} {w_large:?}");
}

#[test]
fn the_skipped_sentence_is_named_and_the_others_still_yield_facts() {
    let list = name_list(MAX_RULE_SENTENCE_BYTES * 3, ", ");
    let before = "Boko Haram pledged allegiance to the Islamic State in March 2015. ";
    let text = format!("{before}{list} Al-Shabaab is an ally of al-Qaeda.");
    let (extraction, warnings) =
        common::extractor().extract_with_warnings(&text, &DocMeta::default());
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    let offset = format!("sentence at byte {} ", before.len());
    assert!(warnings[0].starts_with(&offset), "{}", warnings[0]);
    assert!(warnings[0].contains("relation rules skipped it"), "{}", warnings[0]);
    assert!(common::has_fact(&extraction, "pledge", "Boko Haram", "Islamic State"));
    assert!(common::has_fact(&extraction, "ally_of", "al-Shabaab", "al-Qaeda"));
}

#[test]
fn an_ordinary_article_has_no_extraction_warnings() {
    let text = "Boko Haram pledged allegiance to the Islamic State in March 2015. The group \
                later split, and a faction led by Abu Musab al-Barnawi became the Islamic \
                State West Africa Province.";
    let (extraction, warnings) =
        common::extractor().extract_with_warnings(text, &DocMeta::default());
    assert!(warnings.is_empty(), "{warnings:?}");
    assert!(common::has_fact(&extraction, "pledge", "Boko Haram", "Islamic State"));
}
