//! Finding names the knowledge base lacks, and choosing between readings of a name, each rule on
//! sentences written for these tests (invented names where the rule is about names the KB
//! lacks), with sentences where the rule must not fire.

mod common;

use allegiance_extract::{Entity, EntityKind, Extraction};
use common::extract;

/// The entity with a mention written exactly `surface`.
fn entity<'a>(r: &'a Extraction, surface: &str) -> Option<&'a Entity> {
    r.entities.iter().find(|e| e.mentions.iter().any(|m| m == surface))
}

fn kind_of(r: &Extraction, surface: &str) -> Option<EntityKind> {
    entity(r, surface).map(|e| e.kind)
}

fn kb_of(r: &Extraction, surface: &str) -> Option<String> {
    entity(r, surface).and_then(|e| e.kb.clone())
}

fn no_entity_of_kind(r: &Extraction, surface: &str, kind: EntityKind) -> bool {
    !r.entities.iter().any(|e| e.kind == kind && e.mentions.iter().any(|m| m.contains(surface)))
}

#[test]
fn a_title_or_role_before_a_single_name_makes_a_person() {
    let r = extract("Rebel commander Tiburcio led the raid on the army barracks at dawn.");
    assert_eq!(kind_of(&r, "Tiburcio"), Some(EntityKind::Person), "{:?}", r.entities);
    let r = extract("Militants fled after President Okonkwa ordered troops into the forest.");
    assert_eq!(kind_of(&r, "Okonkwa"), Some(EntityKind::Person), "{:?}", r.entities);
    let r = extract("The insurgents' leader Halvani has not been seen since the ceasefire.");
    assert_eq!(kind_of(&r, "Halvani"), Some(EntityKind::Person), "{:?}", r.entities);
    // An institution after a rank is no one's name.
    let r = extract("The General Assembly condemned the insurgents' attack on the convoy.");
    assert!(r.entities.iter().all(|e| e.kind != EntityKind::Person), "{:?}", r.entities);
}

#[test]
fn a_nom_de_guerre_is_a_person() {
    let r = extract("The guerrilla spokesman, known as Comrade Ananda, denied the killings.");
    assert_eq!(kind_of(&r, "Comrade Ananda"), Some(EntityKind::Person), "{:?}", r.entities);
    let r = extract("Police arrested Rafael Duarte, alias Chapulin, a cartel hitman.");
    assert_eq!(kind_of(&r, "Chapulin"), Some(EntityKind::Person), "{:?}", r.entities);
    let r = extract("The gang boss nicknamed El Tuerto was extradited on Friday.");
    assert_eq!(kind_of(&r, "El Tuerto"), Some(EntityKind::Person), "{:?}", r.entities);
    // "Also known as" before a known place gives the place another name, not a person.
    let r = extract("Rebels shelled towns in Myanmar, also known as Burma, last week.");
    assert!(no_entity_of_kind(&r, "Burma", EntityKind::Person), "{:?}", r.entities);
}

#[test]
fn initials_before_a_surname_make_a_person() {
    let r = extract("The rebels' political chief S. P. Tharmaraj said the talks were over.");
    assert_eq!(kind_of(&r, "S. P. Tharmaraj"), Some(EntityKind::Person), "{:?}", r.entities);
    let r = extract("Militants loyal to K. Ravindran were arrested in the district.");
    assert_eq!(kind_of(&r, "K. Ravindran"), Some(EntityKind::Person), "{:?}", r.entities);
    let r = extract("A statement signed by M.Balachandran announced the split of the rebels.");
    assert_eq!(kind_of(&r, "M.Balachandran"), Some(EntityKind::Person), "{:?}", r.entities);
    // The initials of a country are an abbreviation.
    let r = extract("U.S. Army troops clashed with insurgents near the border.");
    assert!(r.entities.iter().all(|e| e.kind != EntityKind::Person), "{:?}", r.entities);
}

#[test]
fn a_countrys_name_is_the_country_not_a_town() {
    let r = extract("Guerrillas crossed from Venezuela into Colombia overnight, the army said.");
    assert_eq!(kb_of(&r, "Colombia").as_deref(), Some("colombia"));
    let r = extract("Colombia's rebels signed the accord after four years of talks.");
    assert_eq!(kb_of(&r, "Colombia's").or(kb_of(&r, "Colombia")).as_deref(), Some("colombia"));
    let r = extract("Jordan arrested five militants who planned attacks in Amman.");
    assert_eq!(kb_of(&r, "Jordan").as_deref(), Some("jordan"));
    // A town whose name holds a country's stays the town.
    let r = extract("Gunmen attacked a police post in Puerto Colombia on Sunday.");
    assert_eq!(kb_of(&r, "Puerto Colombia").as_deref(), Some("city-co-puerto-colombia"));
}

#[test]
fn a_persons_surname_is_not_a_town() {
    let text = "Rebel commander Pablo Soledad ordered the retreat. Soledad said the army \
                had surrounded the camp.";
    let r = extract(text);
    assert_eq!(kind_of(&r, "Soledad"), Some(EntityKind::Person), "{:?}", r.entities);
    let text = "Insurgents attacked a base on Monday. President Mendoza promised to hunt the \
                attackers, and Mendoza later visited the wounded.";
    let r = extract(text);
    assert_eq!(kind_of(&r, "Mendoza"), Some(EntityKind::Person), "{:?}", r.entities);
    let text = "General Luis Valencia led the offensive against the rebels. Troops under \
                Valencia took the hills.";
    let r = extract(text);
    assert_eq!(kind_of(&r, "Valencia"), Some(EntityKind::Person), "{:?}", r.entities);
    // With no one of that name in the article, the town is the town.
    let r = extract("Rebels attacked a police post in Soledad, near the coast, on Monday.");
    assert_eq!(kind_of(&r, "Soledad"), Some(EntityKind::Place), "{:?}", r.entities);
}

#[test]
fn spanish_articles_open_gang_and_cartel_names() {
    let r = extract("Gunmen from Los Halcones ambushed a police convoy, a cartel rival said.");
    assert_eq!(kind_of(&r, "Los Halcones"), Some(EntityKind::Group), "{:?}", r.entities);
    let r = extract("Members of the La Tropa gang were jailed for extorting traders.");
    assert_eq!(kind_of(&r, "La Tropa"), Some(EntityKind::Group), "{:?}", r.entities);
    let r = extract("Prosecutors say Las Panteras, a cartel cell, trafficked cocaine.");
    assert_eq!(kind_of(&r, "Las Panteras"), Some(EntityKind::Group), "{:?}", r.entities);
    // A known place keeps its name; and without crime or war in the sentence no group is read.
    let r = extract("The cartel laundered its money through firms in Los Angeles.");
    assert!(no_entity_of_kind(&r, "Los Angeles", EntityKind::Group), "{:?}", r.entities);
    let r = extract("Los Tigres del Norte played to a full hall on Saturday.");
    assert!(r.entities.iter().all(|e| e.kind != EntityKind::Group), "{:?}", r.entities);
}

#[test]
fn a_name_before_a_word_for_fighters_is_a_group() {
    let r = extract("Troops killed twelve Zamarra fighters in the rebels' river camp.");
    assert_eq!(kind_of(&r, "Zamarra"), Some(EntityKind::Group), "{:?}", r.entities);
    let r = extract("Villagers said Kelewa militants burned the market and left.");
    assert_eq!(kind_of(&r, "Kelewa"), Some(EntityKind::Group), "{:?}", r.entities);
    let r = extract("Officials blamed Nawaro insurgents for the ambush on the highway.");
    assert_eq!(kind_of(&r, "Nawaro"), Some(EntityKind::Group), "{:?}", r.entities);
    // A people's or creed's name describes fighters; a sentence's first word may be any word.
    let r = extract("Witnesses said Tuareg rebels and Islamist fighters held the town.");
    assert!(no_entity_of_kind(&r, "Tuareg", EntityKind::Group), "{:?}", r.entities);
    assert!(no_entity_of_kind(&r, "Islamist", EntityKind::Group), "{:?}", r.entities);
    let r = extract("Even militants who had fought for years laid down their arms.");
    assert!(r.entities.iter().all(|e| e.kind != EntityKind::Group), "{:?}", r.entities);
}

#[test]
fn a_bracketed_qualifier_belongs_to_a_partys_name() {
    let r = extract("The Workers Party of Karvia (Maoist) launched an armed insurgency in 2001.");
    assert!(entity(&r, "Workers Party of Karvia (Maoist)").is_some(), "{:?}", r.entities);
    let r =
        extract("Rebels of the Liberation Front of Ostra (Revolutionary Command) attacked a post.");
    assert!(
        entity(&r, "Liberation Front of Ostra (Revolutionary Command)").is_some(),
        "{:?}",
        r.entities
    );
    // An acronym in brackets is a short form, not part of the name.
    let r = extract(
        "The Karun Valley Liberation Front (KVLF) claimed the bombing. KVLF rebels withdrew.",
    );
    let e = entity(&r, "Karun Valley Liberation Front").expect("the group");
    assert!(e.mentions.iter().any(|m| m == "KVLF"), "{:?}", r.entities);
}

#[test]
fn peoples_stays_inside_a_name() {
    let r = extract("The People's Resistance Army of Talen, a rebel force, bombed the depot.");
    assert!(entity(&r, "People's Resistance Army of Talen").is_some(), "{:?}", r.entities);
    let r = extract("Rebels of the People’s Defence Brigades of Varna attacked a checkpoint.");
    assert!(entity(&r, "People’s Defence Brigades of Varna").is_some(), "{:?}", r.entities);
    // Another possessive ends the name: a country's army is not one name with it.
    let r = extract("Kelat's Army Brigade attacked the rebel positions in the hills.");
    assert!(entity(&r, "Kelat's Army Brigade").is_none(), "{:?}", r.entities);
}

#[test]
fn a_name_made_an_adjective_is_not_part_of_the_next_name() {
    let r = extract("The Sinaloa Cartel-linked Halcon Brigade smuggled weapons across the border.");
    assert_eq!(kb_of(&r, "Sinaloa Cartel").as_deref(), Some("sinaloa-cartel"), "{:?}", r.entities);
    assert_eq!(kind_of(&r, "Halcon Brigade"), Some(EntityKind::Group), "{:?}", r.entities);
    let r = extract("Hamas-backed Tulkarem Brigade fighters clashed with troops.");
    assert_eq!(kb_of(&r, "Hamas").as_deref(), Some("hamas"), "{:?}", r.entities);
    let r = extract("An ISIS-inspired Dawa Brigade cell was broken up by police.");
    assert_eq!(kind_of(&r, "Dawa Brigade"), Some(EntityKind::Group), "{:?}", r.entities);
}

#[test]
fn a_creed_in_a_name_makes_a_centre_a_group_not_an_institute() {
    let r = extract("The Maoist Revolutionary Centre of Odra claimed the attack, the rebels said.");
    assert_eq!(
        kind_of(&r, "Maoist Revolutionary Centre of Odra"),
        Some(EntityKind::Group),
        "{:?}",
        r.entities
    );
    let r = extract("Militants of the Communist Liberation Centre ambushed a patrol.");
    assert_eq!(kind_of(&r, "Communist Liberation Centre"), Some(EntityKind::Group));
    // Without a creed, a centre is an institution.
    let r = extract("The Kelso Research Centre said militants attacked the police post.");
    assert_ne!(kind_of(&r, "Kelso Research Centre"), Some(EntityKind::Group));
}

#[test]
fn two_people_joined_by_and_are_two_names() {
    let r = extract("Rebel commander Tarek Hamdi and Yusuf Karimov said the city had fallen.");
    assert_eq!(kind_of(&r, "Tarek Hamdi"), Some(EntityKind::Person), "{:?}", r.entities);
    assert_eq!(kind_of(&r, "Yusuf Karimov"), Some(EntityKind::Person), "{:?}", r.entities);
    let r = extract("The militants named Omar al-Rashidi and Karim al-Tawil as their new emirs.");
    assert_eq!(kind_of(&r, "Omar al-Rashidi"), Some(EntityKind::Person), "{:?}", r.entities);
    assert_eq!(kind_of(&r, "Karim al-Tawil"), Some(EntityKind::Person), "{:?}", r.entities);
    let r = extract("Police said Tamsir Bodeh and Ade Kunle, both rebel couriers, were held.");
    assert_eq!(kind_of(&r, "Tamsir Bodeh"), Some(EntityKind::Person), "{:?}", r.entities);
    // A group's name joined by "and" stays whole.
    let r =
        extract("The Front for Justice and Liberation of Varsa claimed the ambush, rebels said.");
    assert!(entity(&r, "Front for Justice and Liberation of Varsa").is_some(), "{:?}", r.entities);
}

#[test]
fn an_organisations_name_in_arabic_or_translated_is_not_a_person() {
    let r = extract("Fighters of Nusrat al-Dawla wal-Jihad, the rebels say, seized the road.");
    assert!(r.entities.iter().all(|e| e.kind != EntityKind::Person), "{:?}", r.entities);
    let r = extract("Militants of Support of Faith and Believers said they attacked the post.");
    assert!(r.entities.iter().all(|e| e.kind != EntityKind::Person), "{:?}", r.entities);
    let r = extract("Insurgents loyal to Qaedat al-Jihad fi Kerman said the leader had died.");
    assert!(r.entities.iter().all(|e| e.kind != EntityKind::Person), "{:?}", r.entities);
    // An Arabic personal name keeps its article.
    let r = extract("Militant leader Omar al-Kattani said the group would fight on.");
    assert_eq!(kind_of(&r, "Omar al-Kattani"), Some(EntityKind::Person), "{:?}", r.entities);
}

#[test]
fn a_name_that_claims_an_attack_is_a_group() {
    let r = extract("Tarvana claimed responsibility for the bombing of the bridge on Sunday.");
    assert_eq!(kind_of(&r, "Tarvana"), Some(EntityKind::Group), "{:?}", r.entities);
    let r = extract("The Kolda Martyrs have claimed the attack on the convoy, the rebels said.");
    assert_eq!(kind_of(&r, "Kolda Martyrs"), Some(EntityKind::Group), "{:?}", r.entities);
    let r = extract("Rebels of Silver Lions claimed the killings in a short statement.");
    assert_eq!(kind_of(&r, "Silver Lions"), Some(EntityKind::Group), "{:?}", r.entities);
    // No one, the state, or a spokesman who speaks for a group is not the group.
    let r = extract("Nobody claimed responsibility for the blast at the market.");
    assert!(r.entities.iter().all(|e| e.kind != EntityKind::Group), "{:?}", r.entities);
    let r = extract("Rebel spokesman Idris Kamara claimed responsibility for the raid.");
    assert!(no_entity_of_kind(&r, "Idris Kamara", EntityKind::Group), "{:?}", r.entities);
}
