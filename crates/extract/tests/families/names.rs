//! Names the knowledge base lacks, found by their shape and the words around them: sentences
//! written for these tests, with invented names (so no KB entry can answer for the rule), and
//! sentences where the rule must not fire.

use crate::common::extract;
use allegiance_extract::normalize::norm_name;
use allegiance_extract::{EntityKind, Extraction};

/// The kinds of the entities that go by `name` (canonical name or any mention).
fn kinds(r: &Extraction, name: &str) -> Vec<EntityKind> {
    let want = norm_name(name);
    r.entities
        .iter()
        .filter(|e| std::iter::once(&e.name).chain(e.mentions.iter()).any(|n| norm_name(n) == want))
        .map(|e| e.kind)
        .collect()
}

fn assert_kind(text: &str, name: &str, kind: EntityKind) {
    let r = extract(text);
    assert!(kinds(&r, name).contains(&kind), "{name} as {kind:?} in {text:?}: {:?}", r.entities);
}

fn assert_not_kind(text: &str, name: &str, kind: EntityKind) {
    let r = extract(text);
    assert!(!kinds(&r, name).contains(&kind), "{name} not {kind:?} in {text:?}: {:?}", r.entities);
}

#[test]
fn a_fighting_head_makes_a_group_in_an_article_about_armed_groups() {
    // The sentence naming the groups says nothing of arms; the article does.
    let text = "Rebel fighters overran two checkpoints on the highway. Talks now include the \
                Zorani National Army and the Velmar Defence Army, mediators said.";
    assert_kind(text, "Zorani National Army", EntityKind::Group);
    assert_kind(text, "Velmar Defence Army", EntityKind::Group);
    let text = "The militia seized the ferry port at dawn. Its allies in the Red Hills Alliance \
                sent trucks of supplies.";
    assert_kind(text, "Red Hills Alliance", EntityKind::Group);
    // A council or a party still needs its own sentence to speak of arms.
    let text = "Insurgents shelled the airport overnight. The Velmar Farmers Council met on \
                Tuesday to discuss grain prices.";
    assert_not_kind(text, "Velmar Farmers Council", EntityKind::Group);
    // An article that says nothing of armed groups keeps an ordinary army an ordinary name.
    let text = "The Harbour Salvage Army collected clothes for the winter appeal.";
    assert_not_kind(text, "Harbour Salvage Army", EntityKind::Group);
}

#[test]
fn a_word_of_armed_struggle_makes_a_weak_head_a_group() {
    assert_kind(
        "The insurgency has lasted a decade. Delegates of the Tarsi Liberation Front arrived \
         in the capital for talks.",
        "Tarsi Liberation Front",
        EntityKind::Group,
    );
    assert_kind(
        "The insurgency has lasted a decade. A statement from the Ruvo Resistance Committee \
         was read on local radio.",
        "Ruvo Resistance Committee",
        EntityKind::Group,
    );
    assert_kind(
        "The insurgency has lasted a decade. Leaders of the Kelmar Independence Movement \
         travelled abroad last year.",
        "Kelmar Independence Movement",
        EntityKind::Group,
    );
    // A party's name with such a word is still a party's, not an armed group's.
    assert_not_kind(
        "The insurgency has lasted a decade. The Ruvo Independence Party won two seats.",
        "Ruvo Independence Party",
        EntityKind::Group,
    );
    // A committee with no such word is an institution, not an armed group.
    assert_not_kind(
        "The insurgency has lasted a decade. The Ruvo Water Committee met to discuss the \
         drought.",
        "Ruvo Water Committee",
        EntityKind::Group,
    );
}

#[test]
fn a_compass_or_number_word_opens_a_groups_name() {
    assert_kind(
        "Fighters of the Southern Tribes Alliance attacked an army base.",
        "Southern Tribes Alliance",
        EntityKind::Group,
    );
    assert_kind(
        "The Three Valleys Coalition said its militants had taken the pass.",
        "Three Valleys Coalition",
        EntityKind::Group,
    );
    assert_kind(
        "Rebels loyal to the Eastern Hills Brigade shelled the town.",
        "Eastern Hills Brigade",
        EntityKind::Group,
    );
    // Before a name that is no group's, the compass word stays out.
    let r = extract("Northern Velmar was calm after the rebels withdrew.");
    assert!(r.entities.iter().all(|e| !e.name.starts_with("Northern")), "{:?}", r.entities);
}

#[test]
fn two_groups_joined_by_and_are_two_groups() {
    let text = "The militants of the Zorani Liberation Army and the Kelmar Patriotic Front \
                ambushed a convoy.";
    assert_kind(text, "Zorani Liberation Army", EntityKind::Group);
    assert_kind(text, "Kelmar Patriotic Front", EntityKind::Group);
    let text = "Insurgents from the Tarsi Brigade and the Orun Battalion clashed overnight.";
    assert_kind(text, "Tarsi Brigade", EntityKind::Group);
    assert_kind(text, "Orun Battalion", EntityKind::Group);
    // "and" inside one name whose second part has no head word of its own stays one name.
    let text = "Rebels of the Front for Peace and Justice attacked a police station.";
    assert_kind(text, "Front for Peace and Justice", EntityKind::Group);
}

#[test]
fn a_known_groups_name_that_opens_a_longer_name_is_another_group() {
    let text = "Gunmen of the Popular Front for the Liberation of Velmar attacked a patrol.";
    assert_kind(text, "Popular Front for the Liberation of Velmar", EntityKind::Group);
    let text = "The National Front for the Salvation of Orun claimed the bombing of the bridge.";
    assert_kind(text, "National Front for the Salvation of Orun", EntityKind::Group);
    // The known name alone is still the known group.
    let r = extract("The Popular Front, for its part, denied attacking the patrol.");
    assert!(r.entities.iter().any(|e| e.kb.as_deref().is_some() && e.name == "Popular Front"));
}

#[test]
fn spanish_article_names_keep_their_de_tail() {
    assert_kind(
        "Police blamed the cartel Los Halcones del Valle for the killings of three traders.",
        "Los Halcones del Valle",
        EntityKind::Group,
    );
    assert_kind(
        "The cartel fought Las Sombras de la Sierra for the smuggling routes.",
        "Las Sombras de la Sierra",
        EntityKind::Group,
    );
    assert_kind(
        "Cartel gunmen from La Familia de Oro attacked a bar in the port city.",
        "La Familia de Oro",
        EntityKind::Group,
    );
    // A city's name is the city.
    assert_not_kind(
        "The cartel smuggled guns through Los Angeles last year.",
        "Los Angeles",
        EntityKind::Group,
    );
}

#[test]
fn a_crew_or_gang_called_x_is_a_group_but_its_leader_called_y_is_not() {
    assert_kind(
        "Cartel gunmen fled when a rival crew known as Black Ravens took over the market.",
        "Black Ravens",
        EntityKind::Group,
    );
    assert_kind(
        "The killings were blamed on a gang calling itself Tigres Negros.",
        "Tigres Negros",
        EntityKind::Group,
    );
    assert_kind(
        "Prosecutors say a new cartel dubbed Nueva Ruta moved the cocaine.",
        "Nueva Ruta",
        EntityKind::Group,
    );
    assert_not_kind(
        "The gang leader known as Toro Blanco was arrested after a shootout.",
        "Toro Blanco",
        EntityKind::Group,
    );
}

#[test]
fn a_name_in_apposition_with_a_militia_is_a_group() {
    assert_kind(
        "The Sentinels of Karu, a vigilante group based in the delta, freed the hostages.",
        "Sentinels of Karu",
        EntityKind::Group,
    );
    assert_kind(
        "Residents fled when Guardians of Orun, a local militia, stormed the village.",
        "Guardians of Orun",
        EntityKind::Group,
    );
    assert_kind(
        "Officials blamed Iron Shield, an armed group linked to the smugglers, for the raid.",
        "Iron Shield",
        EntityKind::Group,
    );
    // The apposition describes a man, not a group.
    assert_not_kind(
        "Dauda Kamsi, a militia leader, said the raid had failed.",
        "Dauda Kamsi",
        EntityKind::Group,
    );
}

#[test]
fn a_name_before_a_lower_case_word_for_a_gang_is_a_group() {
    assert_kind(
        "Police said the Red Lagoon gang had kidnapped two nurses.",
        "Red Lagoon",
        EntityKind::Group,
    );
    assert_kind(
        "Residents fled as the 22 Shots gang fought the police for the district.",
        "22 Shots",
        EntityKind::Group,
    );
    assert_kind(
        "Farmers accused the Kivara militia of burning their fields in an attack.",
        "Kivara",
        EntityKind::Group,
    );
    // A country's possessive and a people's adjective name no gang.
    let r = extract("Velmar's gang violence has grown, and a Haitian gang kidnapped a priest.");
    assert!(r.entities.iter().all(|e| e.kind != EntityKind::Group), "{:?}", r.entities);
}

#[test]
fn ranks_before_a_name_are_no_part_of_it() {
    assert_kind(
        "Rebels were repelled, Major General Tun Lwin told reporters.",
        "Tun Lwin",
        EntityKind::Person,
    );
    assert_kind(
        "Lieutenant Colonel Idris Kamara said the militants had fled.",
        "Idris Kamara",
        EntityKind::Person,
    );
    assert_kind(
        "The rebel attack was repelled, Brigadier General Osei Mensah said on Friday.",
        "Osei Mensah",
        EntityKind::Person,
    );
    let r = extract("The Major General Assembly of veterans met in the capital.");
    assert!(r.entities.iter().all(|e| e.kind != EntityKind::Person), "{:?}", r.entities);
}

#[test]
fn a_states_forces_are_not_an_armed_group() {
    let text = "Rebels ambushed a patrol of the Velmar Armed Forces near the border.";
    assert_not_kind(text, "Velmar Armed Forces", EntityKind::Group);
    let text = "The insurgents fled when the Orun Security Forces stormed the camp.";
    assert_not_kind(text, "Orun Security Forces", EntityKind::Group);
    let text = "Militants shot two officers of the Kelmar National Police on Monday.";
    assert_not_kind(text, "Kelmar National Police", EntityKind::Group);
    // A word of armed struggle makes forces a rebel army's.
    let text = "The Velmar Patriotic Defence Forces, an armed group, rejected the truce.";
    assert_kind(text, "Velmar Patriotic Defence Forces", EntityKind::Group);
}

#[test]
fn an_arabic_word_after_a_known_groups_name_names_another_group() {
    let text = "Militants of Ansar al-Islam al-Janub attacked a checkpoint in the valley.";
    assert_kind(text, "Ansar al-Islam al-Janub", EntityKind::Group);
    let text = "A splinter calling itself Jamaat-ul-Ahrar al-Sharq claimed the bombing.";
    assert_kind(text, "Jamaat-ul-Ahrar al-Sharq", EntityKind::Group);
    let text = "Jamaat-ul-Ahrar al-Gharb fighters fled into the hills after the raid.";
    assert_kind(text, "Jamaat-ul-Ahrar al-Gharb", EntityKind::Group);
    // The known name alone stays the known group.
    let r = extract("Jamaat-ul-Ahrar fighters fled into the hills after the raid.");
    assert!(r.entities.iter().any(|e| e.kb.as_deref() == Some("jamaat-ul-ahrar")), "{r:?}");
}

#[test]
fn a_name_given_as_a_pseudonym_is_a_persons() {
    assert_kind(
        "A rebel commander, who gave his name only as Dembe, said the town had fallen.",
        "Dembe",
        EntityKind::Person,
    );
    assert_kind(
        "The militant spokesman, who uses his name as Orlo, denied the killings.",
        "Orlo",
        EntityKind::Person,
    );
    assert_kind(
        "The insurgents' leader, Comrade Tenzin, has not been seen since the ceasefire.",
        "Comrade Tenzin",
        EntityKind::Person,
    );
    // A title with no name after it names no one.
    let r = extract("The rebels addressed each other as Comrade Minister in the camps.");
    assert!(r.entities.iter().all(|e| e.kind != EntityKind::Person), "{:?}", r.entities);
}

#[test]
fn a_name_before_a_word_for_fighters_is_no_persons() {
    let text = "Police said Tigre Azul fighters burned two police stations.";
    assert_kind(text, "Tigre Azul", EntityKind::Group);
    assert_not_kind(text, "Tigre Azul", EntityKind::Person);
    let text = "Residents told Nkuru Wanda militiamen to leave the market, witnesses said.";
    assert_not_kind(text, "Nkuru Wanda", EntityKind::Person);
    // A speaker's name stays a person's.
    assert_kind(
        "The attack was claimed by rebels, said Ibrahim Kanta, a local official.",
        "Ibrahim Kanta",
        EntityKind::Person,
    );
}

#[test]
fn a_short_name_word_is_no_peoples_adjective() {
    assert_kind(
        "The coalition includes the Ti Zoro gang, which controls the port.",
        "Ti Zoro",
        EntityKind::Group,
    );
    assert_kind(
        "Cartel gunmen clashed with the Bo Rako gang overnight.",
        "Bo Rako",
        EntityKind::Group,
    );
    assert_kind(
        "Police said the Ka Lemo gang had kidnapped a priest.",
        "Ka Lemo",
        EntityKind::Group,
    );
    let r = extract("Police said a Somali gang had kidnapped two fishermen.");
    assert!(r.entities.iter().all(|e| e.kind != EntityKind::Group), "{:?}", r.entities);
}

#[test]
fn a_maoist_article_is_about_armed_groups() {
    let text = "The Maoist rebels of the Kanam Workers Party (Revolutionary) killed a landlord.";
    assert_kind(text, "Kanam Workers Party (Revolutionary)", EntityKind::Group);
    let text = "Its armed wing, the Kanam Red Vanguard, raided a police post.";
    assert_kind(text, "Kanam Red Vanguard", EntityKind::Group);
    let text = "Naxal cadres of the Dhanu Hills Squad set fire to two trucks.";
    assert_kind(text, "Dhanu Hills Squad", EntityKind::Group);
    // A party in an article about elections is no armed group.
    let text = "The Kanam Workers Party won four seats in the provincial election.";
    assert_not_kind(text, "Kanam Workers Party", EntityKind::Group);
}

#[test]
fn a_role_after_a_place_noun_describes_a_person() {
    assert_kind(
        "Police arrested T. N. Varma, a district commander of the Maoists, in a raid.",
        "T. N. Varma",
        EntityKind::Person,
    );
    assert_not_kind(
        "Rebels said Oruma Kanu, a regional governor, had fled.",
        "Oruma Kanu",
        EntityKind::Place,
    );
    // A place noun that ends the apposition still makes a place.
    assert_kind(
        "Militants attacked Kafr Sumra, a village in the north, killing five.",
        "Kafr Sumra",
        EntityKind::Place,
    );
}

#[test]
fn a_faction_network_or_group_after_a_name_keeps_its_head_word() {
    assert_kind(
        "Militants of the Qadir faction attacked a police post.",
        "Qadir faction",
        EntityKind::Group,
    );
    assert_kind(
        "The insurgents' Sayed network smuggled fighters across the border.",
        "Sayed network",
        EntityKind::Group,
    );
    assert_kind(
        "Rebels said the Orun Tafa group had kidnapped the engineers.",
        "Orun Tafa group",
        EntityKind::Group,
    );
    // A participle describes the group without naming it.
    let r = extract("A Kelmar-backed group, the rebels said, attacked the post.");
    assert!(r.entities.iter().all(|e| !e.name.contains("Kelmar-backed")), "{:?}", r.entities);
    // A city's name before "group" names a meeting of states, not an armed group.
    assert_not_kind(
        "Militancy was on the agenda of the Paris group of donors.",
        "Paris group",
        EntityKind::Group,
    );
}

#[test]
fn a_group_named_after_a_known_person_is_a_group() {
    assert_kind(
        "Militants of the Hafiz Saeed Brigade attacked a checkpoint.",
        "Hafiz Saeed Brigade",
        EntityKind::Group,
    );
    assert_kind(
        "Insurgents from the Joseph Kony Battalion crossed the river.",
        "Joseph Kony Battalion",
        EntityKind::Group,
    );
    assert_kind(
        "The Osama bin Laden Group claimed responsibility for bombing the bridge.",
        "Osama bin Laden Group",
        EntityKind::Group,
    );
    // The person alone stays the person.
    let r = extract("Militants loyal to Joseph Kony attacked a village.");
    assert!(kinds(&r, "Joseph Kony").contains(&EntityKind::Person), "{:?}", r.entities);
}

#[test]
fn a_general_staff_is_a_group_only_with_its_own_name() {
    let text = "Rebels of the Central General Staff attacked an army post.";
    assert_kind(text, "Central General Staff", EntityKind::Group);
    let text = "Dissident fighters of the Southern General Staff seized a town.";
    assert_kind(text, "Southern General Staff", EntityKind::Group);
    // The army's staff is no group.
    let text = "The General Staff said rebels had attacked two posts.";
    assert_not_kind(text, "General Staff", EntityKind::Group);
    let text = "The Russian General Staff said militants had attacked two posts.";
    assert_not_kind(text, "Russian General Staff", EntityKind::Group);
}

#[test]
fn a_persons_name_may_hold_a_towns() {
    // "Salem" and "Villalba" are towns or regions in the KB; after a role or "by" the run is a
    // person's name.
    assert_kind(
        "The militia, commanded by Salem Bu Harida, seized the oil port.",
        "Salem Bu Harida",
        EntityKind::Person,
    );
    assert_kind(
        "The cartel's leader, Tomas Villalba, escaped from prison.",
        "Tomas Villalba",
        EntityKind::Person,
    );
    assert_kind(
        "Rebel commander Salem Okafor said his fighters held the bridge.",
        "Salem Okafor",
        EntityKind::Person,
    );
    // "by" alone is no role: a song by a band is no person's.
    assert_not_kind(
        "Rebels danced to a song by Salem Rangers after the ceasefire.",
        "Salem Rangers",
        EntityKind::Person,
    );
    // A band's capitalised name is no word of war: the article stays an ordinary one.
    let r = extract("The Foo Fighters played, and Bob Velmar Group's album sold well.");
    assert!(r.entities.iter().all(|e| e.kind != EntityKind::Group), "{:?}", r.entities);
    // Without a role before it, a town's name in a run stays a place's.
    let r = extract("Militants attacked Salem on Monday, killing two guards.");
    assert!(kinds(&r, "Salem").contains(&EntityKind::Place), "{:?}", r.entities);
}

#[test]
fn a_name_known_only_as_or_identified_as_is_a_persons() {
    assert_kind(
        "The rebels lost a commander known only as Sultano in the clash.",
        "Sultano",
        EntityKind::Person,
    );
    assert_kind(
        "A militant identified only as Rafiq was killed in the raid.",
        "Rafiq",
        EntityKind::Person,
    );
    assert_kind(
        "The gunman, identified as Pedro Arrieta, belonged to a cartel.",
        "Pedro Arrieta",
        EntityKind::Person,
    );
    // A known place after "known as" keeps its name.
    assert_not_kind(
        "Rebels shelled towns in Myanmar, known only as Burma to older residents.",
        "Burma",
        EntityKind::Person,
    );
}

#[test]
fn groups_known_as_x_name_a_group() {
    let text = "Local self-defence groups, known as the Dan Kore, fought the jihadists.";
    assert_kind(text, "Dan Kore", EntityKind::Group);
    let text = "Two militias, called Orun Shield, guard the oil fields against insurgents.";
    assert_kind(text, "Orun Shield", EntityKind::Group);
    let text = "Jihadists of Katiba Sidi Tamba overran an army outpost.";
    assert_kind(text, "Katiba Sidi Tamba", EntityKind::Group);
    // A plural word that opens the sentence is no part of the name after "of".
    let r = extract("Jihadists of Katiba Sidi Tamba overran an army outpost.");
    assert!(r.entities.iter().all(|e| !e.name.starts_with("Jihadists")), "{:?}", r.entities);
}

#[test]
fn a_shorter_new_name_that_ends_a_longer_one_is_its_short_form() {
    let r = extract(
        "Troops clashed with the Mount Orun Freedom Army, a separatist group. The Freedom Army \
         said it lost two fighters.",
    );
    let groups: Vec<_> = r.entities.iter().filter(|e| e.kind == EntityKind::Group).collect();
    assert_eq!(groups.len(), 1, "{groups:?}");
    assert!(groups[0].mentions.iter().any(|m| m == "Freedom Army"), "{groups:?}");
    // Two groups that share only a head word stay two groups.
    let r = extract(
        "Rebels of the Tarsi Liberation Army fought the Orun Liberation Army near the pass.",
    );
    let groups = r.entities.iter().filter(|e| e.kind == EntityKind::Group).count();
    assert_eq!(groups, 2, "{:?}", r.entities);
}

#[test]
fn men_known_as_x_name_a_group_but_one_man_known_as_x_is_a_person() {
    let text = "Clan militiamen known as the Waranle have joined the offensive against al-Shabaab.";
    assert_kind(text, "Waranle", EntityKind::Group);
    let text = "Armed vigilantes, called Dozo Kana, patrol the roads at night against militants.";
    assert_kind(text, "Dozo Kana", EntityKind::Group);
    let text = "Rebels known as the Night Lions attacked the convoy.";
    assert_kind(text, "Night Lions", EntityKind::Group);
    // One fighter so named is a person.
    let text = "A fighter known as Abu Tamim was killed in the attack.";
    assert_not_kind(text, "Abu Tamim", EntityKind::Group);
}

#[test]
fn a_defence_force_backing_militias_is_a_group() {
    let text = "The militias are backed by the Hiran State Defence Force, a regional force.";
    assert_kind(text, "Hiran State Defence Force", EntityKind::Group);
    let text = "Insurgents ambushed the Kelmar Defence Force near the river.";
    assert_kind(text, "Kelmar Defence Force", EntityKind::Group);
    let text = "Militia fighters of the Orun Protection Force took the bridge.";
    assert_kind(text, "Orun Protection Force", EntityKind::Group);
    // A country's air force is a state's.
    let text = "Militants fired on a jet of the Velmar Air Force.";
    assert_not_kind(text, "Velmar Air Force", EntityKind::Group);
}

// People's names (the people family's section): told by what follows them.

#[test]
fn a_name_from_a_named_body_or_place_is_a_persons() {
    let text = "Tarek Maroun, from the Kelmar Martyrs Brigade, was killed by the militants.";
    assert_kind(text, "Tarek Maroun", EntityKind::Person);
    let text = "Insurgents ambushed the convoy; Yusuf Darbaki, from Garowe, survived the attack.";
    assert_kind(text, "Yusuf Darbaki", EntityKind::Person);
    let text = "The rebels said Omar Hadleh, from the Orun Liberation Front, had been freed.";
    assert_kind(text, "Omar Hadleh", EntityKind::Person);
    // Lower case after "from" is no named body: the run keeps no person's shape by it.
    let text = "Militants fled Kafr Hamra, from where the rebels had shelled the town.";
    assert_not_kind(text, "Kafr Hamra", EntityKind::Person);
}

/// Whether one entity goes by both names.
fn one_entity(r: &Extraction, a: &str, b: &str) -> bool {
    let (a, b) = (norm_name(a), norm_name(b));
    r.entities.iter().any(|e| {
        let names: Vec<String> =
            std::iter::once(&e.name).chain(e.mentions.iter()).map(|n| norm_name(n)).collect();
        names.contains(&a) && names.contains(&b)
    })
}

#[test]
fn an_alias_after_a_name_is_the_same_person() {
    let cases = [
        (
            "Police arrested Jorge Luis Calderon, a.k.a. El Zorro, near a Gulf Clan camp.",
            "Jorge Luis Calderon",
            "El Zorro",
        ),
        (
            "The gang is run by Ramon Quintero alias El Gordo, prosecutors said.",
            "Ramon Quintero",
            "El Gordo",
        ),
        (
            "The militia was led by Tomas Arbelo, also known as Comandante Rayo, until 2019.",
            "Tomas Arbelo",
            "Comandante Rayo",
        ),
    ];
    for (text, name, alias) in cases {
        let r = extract(text);
        assert!(one_entity(&r, name, alias), "{name} = {alias} in {text:?}: {:?}", r.entities);
    }
    // A name the article gives to someone else before is not taken over by the alias.
    let text = "Mufti Noor Wali leads the Pakistani Taliban. Abdul Wali, alias Omar Khalid Khorasani, founded Jamaat-ul-Ahrar.";
    let r = extract(text);
    assert!(!one_entity(&r, "Mufti Noor Wali", "Omar Khalid Khorasani"), "{:?}", r.entities);
}

#[test]
fn the_surname_of_a_known_persons_alias_names_him_alone() {
    let r = extract("Sinaloa Cartel boss El Chapo escaped from prison in 2015. Guzman was caught again in 2016.");
    assert!(one_entity(&r, "El Chapo", "Guzman"), "{:?}", r.entities);
    let r = extract("Police in Texas arrested El Mayo, a founder of the Sinaloa Cartel. Zambada pleaded not guilty.");
    assert!(one_entity(&r, "El Mayo", "Zambada"), "{:?}", r.entities);
    // A known person the article does not name is not named by a surname alone.
    let r = extract("Zambada pleaded not guilty in a court case about the Sinaloa Cartel.");
    assert!(!one_entity(&r, "El Mayo", "Zambada"), "{:?}", r.entities);
}
