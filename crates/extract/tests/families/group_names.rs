//! Group names the knowledge base writes otherwise: a name joined to a known group's acronym by
//! a dash, a hyphenated acronym built on a known one, a known branch's name with another region
//! word, a town's name before a known group's former name. Sentences written for these tests.

use crate::common::extract;
use allegiance_extract::normalize::norm_name;
use allegiance_extract::{EntityKind, Extraction};

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

/// The kinds of the entities that go by `name`.
fn kinds_of(text: &str, name: &str) -> Vec<EntityKind> {
    let r = extract(text);
    let want = norm_name(name);
    r.entities
        .iter()
        .filter(|e| std::iter::once(&e.name).chain(e.mentions.iter()).any(|n| norm_name(n) == want))
        .map(|e| e.kind)
        .collect()
}

fn assert_new_group(text: &str, name: &str) {
    assert_kb(text, name, None);
    assert!(kinds_of(text, name).contains(&EntityKind::Group), "{name} a group in {text:?}");
}

fn assert_no_group(text: &str, name: &str) {
    let r = extract(text);
    let want = norm_name(name);
    let groups: Vec<&String> = r
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Group)
        .flat_map(|e| std::iter::once(&e.name).chain(e.mentions.iter()))
        .filter(|n| norm_name(n) == want)
        .collect();
    assert!(groups.is_empty(), "no group {name} in {text:?}: {:?}", r.entities);
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

#[test]
fn a_name_ending_in_i_before_a_word_for_fighters_is_a_group() {
    assert_new_group(
        "Residents said Kasa Lumbuki fighters burned three villages near the river on Sunday.",
        "Kasa Lumbuki",
    );
    assert_new_group(
        "Troops clashed with Tobe Ngazi militiamen who had set up a roadblock.",
        "Tobe Ngazi",
    );
    // A people's adjective first still describes the fighters ("Iraqi Kurdish fighters").
    let text = "Velmari Kurdish fighters crossed the border after the ambush.";
    assert_no_group(text, "Velmari Kurdish");
    assert_no_group(text, "Kurdish");
}

#[test]
fn a_division_in_a_sentence_of_fighting_is_a_group() {
    assert_new_group(
        "The Sultan Tarik Division and rival rebel factions shelled the town overnight.",
        "Sultan Tarik Division",
    );
    assert_new_group(
        "Fighters of the Velmar Hawks Division attacked a checkpoint near the airport.",
        "Velmar Hawks Division",
    );
    // An army's divisions by service are the state's, and a division of football no group.
    assert_no_group(
        "The army's 4th Armoured Division attacked the rebel positions at dawn.",
        "Armoured Division",
    );
    assert_no_group(
        "The Premier Division match was postponed after heavy rain.",
        "Premier Division",
    );
}

#[test]
fn mai_mai_opens_a_militias_name() {
    assert_new_group(
        "A Mai-Mai Kabungo unit raided the gold mine before dawn, killing two militiamen.",
        "Mai-Mai Kabungo",
    );
    assert_new_group(
        "Villagers fled when Mayi-Mayi Tolenge militants attacked the market.",
        "Mayi-Mayi Tolenge",
    );
    // Without the hyphen the words are no militia's.
    assert_no_group(
        "The minister visited Mai Ndanga province after militants attacked it.",
        "Mai Ndanga",
    );
}

#[test]
fn a_party_is_an_armed_group_only_with_a_word_of_creed() {
    // A political party named in a sentence about an attack stays a party.
    assert_no_group(
        "Gunmen attacked an office of the Velmar Janata Party on Monday, killing two.",
        "Velmar Janata Party",
    );
    assert_no_group(
        "The Tarsi Progress Party condemned the bombing of the market.",
        "Tarsi Progress Party",
    );
    // A creed makes it a party of insurgents.
    assert_new_group(
        "The Maoist Party of Velmar claimed the attack on the police station.",
        "Maoist Party of Velmar",
    );
    assert_new_group(
        "Rebels of the Tarsi Communist Party ambushed an army convoy.",
        "Tarsi Communist Party",
    );
}

#[test]
fn a_word_describing_the_men_does_not_open_a_groups_name() {
    let text = "Local Tarsi Defence Force units joined the rebel offensive on the base.";
    assert_new_group(text, "Tarsi Defence Force");
    assert_no_entity(text, "Local Tarsi Defence Force");
    let text = "Suspected Velmar Liberation Army militants ambushed a patrol.";
    assert_new_group(text, "Velmar Liberation Army");
    assert_no_entity(text, "Suspected Velmar Liberation Army");
}

#[test]
fn a_known_acronym_with_a_factions_letters_is_a_faction() {
    let text = "Militants of the ULFA-I ambushed an army patrol in Tinsukia district.";
    assert_new_group(text, "ULFA-I");
    let r = extract(text);
    assert!(r.entities.iter().all(|e| e.kb.as_deref() != Some("united-liberation-front-of-assam")));
    assert_new_group(
        "The TTP-QS militants claimed the bombing of a checkpoint in Bannu.",
        "TTP-QS",
    );
    // Outside an article about armed groups the letters name something else.
    let text = "The AFL-CIO said union members would vote on the contract in Chicago.";
    assert_no_group(text, "AFL-CIO");
    // Introduced in brackets after a longer name, it is that name's short form.
    let text = "The Dibru Liberation Front (ULFA-D) broke away from the ULFA rebels in 2020. The ULFA-D has since \
                attacked two camps.";
    let r = extract(text);
    assert!(
        r.entities
            .iter()
            .any(|e| e.name == "Dibru Liberation Front" && e.mentions.iter().any(|m| m == "ULFA-D")),
        "{:?}",
        r.entities
    );
}

#[test]
fn and_after_for_joins_the_aims_in_one_name() {
    let text = "The Union for Peace and Social Justice condemned the attack on the convoy.";
    let r = extract(text);
    assert!(
        r.entities.iter().all(|e| e.kind != EntityKind::Person),
        "no person in {text:?}: {:?}",
        r.entities
    );
    // Without "for", two groups' names joined by "and" are still two groups.
    let text =
        "Fighters of the Kova Defence Army and the Tarsi Liberation Front attacked the base.";
    assert_new_group(text, "Kova Defence Army");
    assert_new_group(text, "Tarsi Liberation Front");
}

#[test]
fn a_describing_word_opens_a_name_only_inside_a_sentence() {
    // Inside a sentence the capital makes the word part of the name.
    assert_new_group(
        "Troops and the Local Forces, a militia of veterans, pushed the insurgents back.",
        "Local Forces",
    );
    // Plural words for men before "of" are no part of their group's name.
    let text = "Maoists of the Tarsi People's Guerrilla Army killed a villager near the forest.";
    assert_new_group(text, "Tarsi People's Guerrilla Army");
    assert_no_entity(text, "Maoists of the Tarsi People's Guerrilla Army");
}

#[test]
fn a_countrys_defence_force_is_its_army() {
    let text = "The Ethiopian National Defense Force said it had killed thirty militants.";
    assert_no_group(text, "Ethiopian National Defense Force");
    assert_no_group(
        "Rebels ambushed a convoy of the Kenya Defence Forces near the border.",
        "Kenya Defence Forces",
    );
    // A defence force named by a people or a town the KB does not know is a militia.
    assert_new_group(
        "Fighters of the Tarsi Defence Force attacked the army base at dawn.",
        "Tarsi Defence Force",
    );
}

#[test]
fn a_persons_name_after_of_is_the_leader_not_part_of_the_name() {
    let text = "In the east, the Libyan National Army of Khalifa Haftar controls most oil fields \
                after months of militia fighting.";
    assert_kb(text, "Libyan National Army", Some("libyan-national-army"));
    assert_no_entity(text, "Libyan National Army of Khalifa Haftar");
    let text = "The rebels of the Velmar Liberation Army of Tomas Okello attacked the town.";
    assert_new_group(text, "Velmar Liberation Army");
    // A place after "of" stays in the name.
    assert_new_group(
        "The People's Liberation Army of Manipur claimed the ambush on the convoy.",
        "People's Liberation Army of Manipur",
    );
}

#[test]
fn a_peoples_congress_after_a_title_word_is_no_person() {
    let text = "The General People's Congress, the former ruling party, condemned the attack.";
    let r = extract(text);
    assert!(r.entities.iter().all(|e| e.kind != EntityKind::Person), "{:?}", r.entities);
    let text = "Militants attacked a rally of the National People's Congress in the capital.";
    let r = extract(text);
    assert!(r.entities.iter().all(|e| e.kind != EntityKind::Person), "{:?}", r.entities);
    // A general's own name after the title is still a person.
    assert!(kinds_of("General Tomas Okello said the militants had fled the town.", "Tomas Okello")
        .contains(&EntityKind::Person));
}

#[test]
fn a_known_factions_bracketed_letters_name_it() {
    assert_kb(
        "NSCN (K) militants ambushed an army patrol near the border.",
        "NSCN (K)",
        Some("nscn-k"),
    );
    assert_kb("The NSCN-K claimed the attack on the camp.", "NSCN-K", Some("nscn-k"));
    // The other faction keeps its own entry.
    assert_kb(
        "The NSCN (IM) has been in talks with the government since 1997.",
        "NSCN (IM)",
        Some("nscn-im"),
    );
}

#[test]
fn a_known_acronym_defined_for_a_new_name_means_the_new_group() {
    let text = "The People's Liberation Army of Tarsi (PLA) claimed the ambush. The PLA said \
                four soldiers died.";
    let r = extract(text);
    let new = r.entities.iter().find(|e| e.name == "People's Liberation Army of Tarsi");
    assert!(new.is_some_and(|e| e.mentions.iter().any(|m| m == "PLA")), "{:?}", r.entities);
    assert!(r.entities.iter().all(|e| e.kb.as_deref() != Some("peoples-liberation-army")));
    let text = "The Arrow Defence Front (ADF), a rebel group in Velmar, claimed the raid. The ADF \
                has fought the army since 2019.";
    assert_new_group(text, "ADF");
    assert!(extract(text).entities.iter().all(|e| e.kb.as_deref() != Some("adf")));
    // Letters that do not spell the new name's initials keep the known group's reading.
    let text = "Rebels of the Velmar Hawks Brigade fought the Allied Democratic Forces (ADF) \
                near Beni. The ADF withdrew.";
    assert_kb(text, "ADF", Some("adf"));
}

#[test]
fn a_word_for_an_armed_group_before_a_name_introduces_it() {
    assert_new_group(
        "Troops fought the rebel group Velmar Union near the border on Monday.",
        "Velmar Union",
    );
    assert_new_group("The militia Kova Lions said it had killed five soldiers.", "Kova Lions");
    assert_new_group("The party said its armed wing, the TDRA, had attacked the base.", "TDRA");
    // Lower-case words after the name are no part of it, and a leader after the group's
    // possessive is a person, not the group.
    let text = "Police arrested members of the armed group Hawks of Tarsi in the city.";
    assert_new_group(text, "Hawks of Tarsi");
    let text = "The armed group's leader Tomas Okello fled after the attack.";
    assert_no_group(text, "Tomas Okello");
}

#[test]
fn an_apposition_saying_party_or_army_unit_makes_no_armed_group() {
    assert_no_group(
        "The Velmar People's Democratic Movement, the ruling party, said the rebels would be \
         defeated.",
        "Velmar People's Democratic Movement",
    );
    assert_no_group(
        "The Rapid Response Battalion, an elite army unit, was sent after the militants.",
        "Rapid Response Battalion",
    );
    // Without such an apposition the name of a fighting movement stays a group.
    assert_new_group(
        "The Velmar Patriotic Movement, a rebel group, attacked an army base.",
        "Velmar Patriotic Movement",
    );
    assert_new_group(
        "Rebels of the Tarsi Liberation Movement ambushed a patrol near the border.",
        "Tarsi Liberation Movement",
    );
}

#[test]
fn a_column_in_a_sentence_of_fighting_is_a_guerrilla_unit() {
    assert_new_group(
        "Rebels of the Tomas Okello Mobile Column attacked a police station with explosives.",
        "Tomas Okello Mobile Column",
    );
    assert_new_group(
        "Guerrillas of the Velmar Western Column killed two soldiers in the hills.",
        "Velmar Western Column",
    );
    // A newspaper's column is no group.
    assert_no_group(
        "She wrote in her Sunday Opinion Column that the budget was too small.",
        "Sunday Opinion Column",
    );
}

#[test]
fn the_thai_insurgents_national_revolutionary_front_is_known() {
    let text = "Insurgents of the Barisan Revolusi Nasional (BRN) bombed a railway in Yala.";
    assert_kb(text, "Barisan Revolusi Nasional", Some("barisan-revolusi-nasional"));
    assert_kb(text, "BRN", Some("barisan-revolusi-nasional"));
    // The Malaysian coalition shares a word but is not the insurgents.
    let text = "The Barisan Nasional coalition lost the election in Malaysia.";
    assert!(extract(text)
        .entities
        .iter()
        .all(|e| e.kb.as_deref() != Some("barisan-revolusi-nasional")));
}
