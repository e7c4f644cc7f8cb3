//! `Extractor::trace`: the same extraction as `extract`, and per sentence what the rules read,
//! what they proposed and why each dropped proposal was dropped. Sentences written for these
//! tests.

mod common;

use allegiance_extract::trace::{Candidate, DocumentTrace, DropReason, Outcome, SkipReason};
use allegiance_extract::{DocMeta, FactType};
use common::extractor;

fn trace(text: &str) -> DocumentTrace {
    extractor().trace(text, &DocMeta::default())
}

/// The candidates of the sentence containing `words`.
fn candidates<'t>(t: &'t DocumentTrace, words: &str) -> &'t [Candidate] {
    let s = t.sentences.iter().find(|s| s.text.contains(words)).expect(words);
    &s.candidates
}

fn dropped(c: &Candidate) -> Option<DropReason> {
    match c.outcome {
        Outcome::Dropped { reason, .. } => Some(reason),
        Outcome::Kept { .. } => None,
    }
}

#[test]
fn a_trace_holds_the_very_extraction_extract_makes() {
    let examples = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples");
    let mut read = 0;
    for entry in std::fs::read_dir(examples).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let meta = DocMeta { published: Some("2016-05-01".into()), publisher: None };
        let plain = extractor().extract(&text, &meta);
        let traced = extractor().trace(&text, &meta);
        assert_eq!(
            serde_json::to_string(&plain).unwrap(),
            serde_json::to_string(&traced.extraction).unwrap(),
            "{}",
            path.display()
        );
        read += 1;
    }
    assert!(read >= 10, "only {read} example articles");
}

#[test]
fn every_fact_names_its_rule_and_the_candidate_kept_as_it_says_the_same() {
    let text = "Fighters in Mali\n\nAnsar Dine, led by Iyad Ag Ghaly, joined forces with two \
                other groups in 2017. The new coalition pledged allegiance to al-Qaeda. Its \
                fighters are active in central Mali and in Burkina Faso. Boko Haram's leader \
                Abubakar Shekau pledged allegiance to Abu Bakr al-Baghdadi.";
    let t = trace(text);
    let facts = &t.extraction.facts;
    assert!(facts.len() >= 3, "{facts:?}");
    for f in facts {
        let rule = f.rule.as_deref().expect("every fact has a rule");
        assert_eq!(rule.split_once('.').map(|(family, _)| family), Some(f.fact_type.as_str()));
    }
    // Each output fact is some candidate's, and that candidate has the fact's rule and type.
    let kept: Vec<(usize, &Candidate)> = t
        .sentences
        .iter()
        .flat_map(|s| &s.candidates)
        .filter_map(|c| match c.outcome {
            Outcome::Kept { fact } => Some((fact, c)),
            Outcome::Dropped { .. } => None,
        })
        .collect();
    assert_eq!(kept.len(), facts.len());
    for (i, c) in kept {
        assert_eq!(facts[i].rule.as_deref(), Some(c.rule));
        assert_eq!(facts[i].fact_type, c.fact_type);
        assert_eq!(c.subject.id.as_deref(), Some(facts[i].subject.as_str()));
    }
    // A pledge to a leader binds the group: a derived fact names the derivation.
    assert!(
        facts
            .iter()
            .any(|f| f.fact_type == FactType::Pledge
                && f.rule.as_deref() == Some("pledge.via_leader"))
    );
}

#[test]
fn a_relation_of_a_group_with_itself_is_dropped_as_such() {
    for text in [
        "The Islamic State pledged allegiance to ISIS in 2014, the report said.",
        "Last year Boko Haram swore allegiance to the Jama'atu Ahlis Sunna Lidda'awati wal-Jihad.",
    ] {
        let t = trace(text);
        let cs = candidates(&t, "allegiance");
        assert!(
            cs.iter().any(|c| c.fact_type == FactType::Pledge
                && dropped(c) == Some(DropReason::SelfRelation)
                && c.object.as_ref() == Some(&c.subject)),
            "{text}: {cs:#?}"
        );
        assert!(t.extraction.facts.is_empty(), "{text}");
    }
    // Two different groups: nothing dropped.
    let t = trace("The Islamic State pledged allegiance to al-Qaeda in 2004, the report said.");
    assert!(candidates(&t, "allegiance").iter().all(|c| dropped(c).is_none()));
}

#[test]
fn a_fact_stated_twice_is_kept_once_and_the_repeat_points_at_it() {
    let t = trace(
        "Boko Haram pledged allegiance to the Islamic State in March 2015. Months later, Boko \
         Haram again pledged allegiance to the Islamic State.",
    );
    assert_eq!(t.extraction.facts.len(), 1);
    let repeat = candidates(&t, "Months later");
    assert!(
        repeat
            .iter()
            .any(|c| c.outcome
                == Outcome::Dropped { reason: DropReason::Duplicate, same_as: Some(0) }),
        "{repeat:#?}"
    );
}

#[test]
fn an_attack_without_a_place_gives_way_to_the_same_attack_with_one() {
    let t = trace("Boko Haram attacked a military base in Maiduguri, killing ten soldiers.");
    let cs = candidates(&t, "Maiduguri");
    assert!(cs.iter().any(|c| dropped(c) == Some(DropReason::AttackWithoutPlace)), "{cs:#?}");
    assert!(cs.iter().any(|c| c.object.as_ref().is_some_and(|o| o.name == "Maiduguri")
        && matches!(c.outcome, Outcome::Kept { .. })));
    // Alone, an attack without a place is kept.
    let t = trace("Boko Haram attacked the convoy on Tuesday, the army said.");
    assert!(
        candidates(&t, "convoy").iter().all(|c| matches!(c.outcome, Outcome::Kept { .. })),
        "{t:#?}"
    );
}

#[test]
fn sentences_the_rules_do_not_read_say_why() {
    let t = trace(
        "Militants regroup in the north\n\nWho leads the Islamic State now? The weather in \
         Paris was mild. The Islamic State is active in Iraq.",
    );
    let reason =
        |words: &str| t.sentences.iter().find(|s| s.text.contains(words)).expect(words).skipped;
    assert_eq!(reason("Militants regroup"), Some(SkipReason::Headline));
    assert_eq!(reason("Who leads"), Some(SkipReason::Question));
    assert_eq!(reason("weather"), Some(SkipReason::NoGroup));
    assert_eq!(reason("active in Iraq"), None);
    let unread = t.sentences.iter().find(|s| s.text.contains("Who leads")).unwrap();
    assert!(unread.masked.is_none() && unread.candidates.is_empty());
}

#[test]
fn a_read_sentence_shows_its_masked_form_and_which_mention_each_placeholder_is() {
    let text = "Reports say that al-Shabaab, which fights in Somalia, pledged allegiance to \
                al-Qaeda in 2012.";
    let t = trace(text);
    let s = &t.sentences[0];
    assert_eq!((s.start, s.end), (0, text.len()));
    let masked = s.masked.as_deref().unwrap();
    assert!(masked.contains("⟨G0⟩, which fights in ⟨L1⟩, pledged allegiance to ⟨G2⟩"), "{masked}");
    let placed: Vec<(&str, &str, &str)> = s
        .mentions
        .iter()
        .map(|m| (m.placeholder.as_deref().unwrap(), m.surface.as_str(), m.entity.name.as_str()))
        .collect();
    assert_eq!(
        placed,
        [
            ("⟨G0⟩", "al-Shabaab", "al-Shabaab"),
            ("⟨L1⟩", "Somalia", "Somalia"),
            ("⟨G2⟩", "al-Qaeda", "al-Qaeda")
        ]
    );
    assert!(s.mentions.iter().all(|m| text[m.start..m.end] == m.surface));
    assert_eq!(s.mentions[2].entity.kb.as_deref(), Some("al-qaeda"));
}

#[test]
fn a_presence_read_off_a_person_without_a_known_group_is_dropped_as_such() {
    let t = trace("Abu Salih Yusuf's caliphate in Mosul drew recruits away from Boko Haram.");
    let cs = candidates(&t, "caliphate");
    assert!(
        cs.iter().any(|c| c.fact_type == FactType::Presence
            && c.subject.name == "Abu Salih Yusuf"
            && dropped(c) == Some(DropReason::NoGroupForPerson)),
        "{cs:#?}"
    );
    // A leader the KB ties to his group moves the presence to it.
    let t = trace("Abu Bakr al-Baghdadi's caliphate in Raqqa drew recruits away from Boko Haram.");
    let cs = candidates(&t, "caliphate");
    assert!(
        cs.iter().any(|c| c.fact_type == FactType::Presence
            && c.subject.name == "Islamic State"
            && matches!(c.outcome, Outcome::Kept { .. })),
        "{cs:#?}"
    );
}
