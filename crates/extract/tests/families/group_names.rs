//! Group names the knowledge base writes otherwise: a name joined to a known group's acronym by
//! a dash, a hyphenated acronym built on a known one, a known branch's name with another region
//! word, a town's name before a known group's former name. Sentences written for these tests.

use crate::common::extract;
use allegiance_extract::normalize::norm_name;
use allegiance_extract::Extraction;

/// The KB id (or `None` for a new entity) of each entity that goes by `name`.
fn kb_of(r: &Extraction, name: &str) -> Vec<Option<String>> {
    let want = norm_name(name);
    r.entities
        .iter()
        .filter(|e| std::iter::once(&e.name).chain(e.mentions.iter()).any(|n| norm_name(n) == want))
        .map(|e| e.kb.clone())
        .collect()
}

fn assert_kb(text: &str, name: &str, kb: Option<&str>) {
    let r = extract(text);
    let got = kb_of(&r, name);
    assert!(got.iter().any(|k| k.as_deref() == kb), "{name} as {kb:?} in {text:?}: {got:?}");
}

fn assert_no_entity(text: &str, name: &str) {
    let r = extract(text);
    assert!(kb_of(&r, name).is_empty(), "no entity {name} in {text:?}: {:?}", r.entities);
}

#[test]
fn a_name_after_a_known_acronym_and_a_dash_is_one_name() {
    // A known group after the dash: the acronym says where it came from.
    assert_kb(
        "Troops raided a camp of the FARC–Segunda Marquetalia near the border.",
        "FARC–Segunda Marquetalia",
        Some("segunda-marquetalia"),
    );
    // An unknown one: a new group with the whole name, not the FARC.
    assert_kb(
        "The rebels clashed with the FARC–Western Bloc Army, a dissident faction, near Tumaco.",
        "FARC–Western Bloc Army",
        None,
    );
    // Two groups joined to modify a noun stay two groups.
    let text = "Analysts followed the ISIS–Taliban rivalry in Nangarhar closely.";
    assert_kb(text, "ISIS", Some("islamic-state"));
    assert_no_entity(text, "ISIS–Taliban");
}

#[test]
fn a_creed_after_a_dash_closes_a_new_groups_name() {
    assert_kb(
        "The Tarsi People's Liberation Army–Maoist claimed the ambush in the hills.",
        "Tarsi People's Liberation Army–Maoist",
        None,
    );
    assert_kb(
        "Rebels of the Velmar Peasant Front-Marxist shelled the depot overnight.",
        "Velmar Peasant Front-Marxist",
        None,
    );
    // A place after the dash is where the group is, not part of its name.
    let text = "The Tarsi Liberation Army–Velmar clashes left six dead.";
    assert_no_entity(text, "Tarsi Liberation Army–Velmar");
}

#[test]
fn a_hyphenated_acronym_on_a_known_one_names_another_group() {
    let text = "The Velmar Liberation Front (FARC-VL) broke away from the FARC in 2019. The \
                FARC-VL has since attacked two army bases.";
    let r = extract(text);
    let velmar = r.entities.iter().find(|e| e.name == "Velmar Liberation Front");
    assert!(
        velmar.is_some_and(|e| e.mentions.iter().any(|m| m == "FARC-VL")),
        "FARC-VL names the Velmar Liberation Front: {:?}",
        r.entities
    );
    let farc = r.entities.iter().find(|e| e.kb.as_deref() == Some("farc"));
    assert!(farc.is_some_and(|e| e.mentions.iter().all(|m| m != "FARC-VL")), "{:?}", r.entities);
    // Two known acronyms joined by a hyphen stay two groups.
    let text = "Analysts traced the AQIM-AQAP ties to couriers in Mali.";
    assert_kb(text, "AQIM", Some("aqim"));
    assert_kb(text, "AQAP", Some("aqap"));
}

#[test]
fn a_known_branch_written_with_another_region_word_is_that_branch() {
    assert_kb(
        "Al-Qaeda in the Arabic Peninsula claimed the attack on the port.",
        "Al-Qaeda in the Arabic Peninsula",
        Some("aqap"),
    );
    assert_kb(
        "Al-Qaeda in the Islamic Peninsula has links to the Somali militants.",
        "Al-Qaeda in the Islamic Peninsula",
        Some("aqap"),
    );
    // A region no branch of the group ends with stays apart from every branch.
    let text = "Al-Qaeda in the Horn Region issued a statement on Friday.";
    let r = extract(text);
    assert!(
        r.entities.iter().all(|e| !matches!(e.kb.as_deref(), Some("aqap" | "aqim"))),
        "{:?}",
        r.entities
    );
}

#[test]
fn a_town_before_a_known_groups_former_name_names_a_local_group() {
    assert_kb(
        "Islamic State fighters killed three members of the Sirte Mujahideen Shura Council.",
        "Sirte Mujahideen Shura Council",
        None,
    );
    assert_kb(
        "The Benghazi Mujahideen Shura Council rejected the truce.",
        "Benghazi Mujahideen Shura Council",
        None,
    );
    // A town before a group's current name is where the group is.
    assert_kb(
        "The Mosul Islamic State fighters surrendered in 2017.",
        "Islamic State",
        Some("islamic-state"),
    );
}

#[test]
fn a_quoted_name_holding_a_known_groups_name_is_a_group_of_its_own() {
    assert_kb(
        "Militants from the “Sindhi Taliban” attacked a police post near Hyderabad.",
        "Sindhi Taliban",
        None,
    );
    assert_kb(
        "Police said the so-called 'Kurram Mujahideen Taliban' had claimed the ambush.",
        "Kurram Mujahideen Taliban",
        None,
    );
    // A known name in quotes is still the known group.
    assert_kb(
        "The insurgents said the “Islamic State” had no place in their valley.",
        "Islamic State",
        Some("islamic-state"),
    );
}

#[test]
fn a_name_in_single_quotes_leaves_its_closing_quote_out() {
    let text = "The attack was claimed by the 'Tarsi Mujahideen', a little-known militant group.";
    let r = extract(text);
    let surfaces: Vec<&String> = r.entities.iter().flat_map(|e| &e.mentions).collect();
    assert!(surfaces.iter().any(|m| *m == "Tarsi Mujahideen"), "{surfaces:?}");
    assert!(surfaces.iter().all(|m| !m.ends_with('\'')), "{surfaces:?}");
}
