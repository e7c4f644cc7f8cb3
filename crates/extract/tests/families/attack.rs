//! attack: who attacked, what and where.

use super::common::{self, extract};
use super::{check, check_named, check_none, Case, NamedCase};

#[test]
fn attacks() {
    check(&[
        Case { text: "Al-Shabaab claimed responsibility for the attack on the Westgate mall in Nairobi in 2013.", want: &[("attack", "al-Shabaab", "Nairobi")], not: &[] },
        Case { text: "Boko Haram kidnapped 276 schoolgirls in Chibok in April 2014.", want: &[("attack", "Boko Haram", "Chibok")], not: &[] },
        Case { text: "ISKP carried out a suicide bombing at Kabul airport in August 2021.", want: &[("attack", "Islamic State Khorasan Province", "Kabul")], not: &[] },
        Case { text: "Hamas fired thousands of rockets at Israel in October 2023.", want: &[("attack", "Hamas", "Israel")], not: &[] },
        Case { text: "The Houthis have attacked commercial ships in the Red Sea.", want: &[("attack", "Houthis", "Red Sea")], not: &[] },
        Case { text: "The 2008 Mumbai attacks were carried out by Lashkar-e-Taiba.", want: &[("attack", "Lashkar-e-Taiba", "Mumbai")], not: &[] },
        Case { text: "Officials blamed the Haqqani network for the truck bombing in Kabul.", want: &[("attack", "Haqqani network", "Kabul")], not: &[] },
        Case { text: "The Islamic State claimed the bombing of a Shiite mosque in Kunduz.", want: &[("attack", "Islamic State", "Kunduz")], not: &[] },
        Case { text: "JNIM militants ambushed a military convoy near Djibo in Burkina Faso.", want: &[("attack", "Jama'at Nusrat al-Islam wal-Muslimin", "Djibo")], not: &[] },
        Case { text: "The massacre in Baga was attributed to Boko Haram.", want: &[("attack", "Boko Haram", "Baga")], not: &[] },
        Case { text: "A car bomb in Mogadishu killed 20 people; al-Shabaab said it was behind the blast.", want: &[("attack", "al-Shabaab", "")], not: &[] },
        Case { text: "Hamas condemned the attack in Christchurch.", want: &[], not: &[("attack", "Hamas", "")] },
        Case { text: "The Taliban denied carrying out the bombing in Kabul.", want: &[], not: &[("attack", "Taliban", "")] },
        Case { text: "Al-Qaeda was attacked by US drones in Yemen.", want: &[], not: &[("attack", "al-Qaeda", "")] },
        Case { text: "The Lord's Resistance Army killed 20 villagers in Duru on Christmas Day.", want: &[("attack", "Lord's Resistance Army", "Duru")], not: &[] },
        Case { text: "Boko Haram is accused of the abduction of 276 schoolgirls in Chibok in 2014.", want: &[("attack", "Boko Haram", "Chibok")], not: &[] },
        Case { text: "Al-Shabaab was accused of bombings in Mogadishu in 2017 and the killing of 148 students in Garissa, and attacks in Nairobi.", want: &[("attack", "al-Shabaab", "Mogadishu"), ("attack", "al-Shabaab", "Garissa"), ("attack", "al-Shabaab", "Nairobi")], not: &[] },
        Case { text: "The Taliban carried out attacks in Kabul in 2021, and Pakistan hosted talks in Islamabad.", want: &[("attack", "Taliban", "Kabul")], not: &[("attack", "Taliban", "Islamabad")] },
        Case { text: "Al-Shabaab, a group loyal to al-Qaeda, killed 148 students at a university in Garissa.", want: &[("attack", "al-Shabaab", "Garissa")], not: &[("attack", "al-Qaeda", "")] },
        Case { text: "Clashes between Hamas and Fatah killed dozens in Gaza.", want: &[], not: &[("attack", "Hamas", ""), ("attack", "Fatah", "")] },
    ]);
}

#[test]
fn attacks_per_rule() {
    check_named(&[
        NamedCase {
            text: "The Islamic State claimed responsibility for the bombing in Kabul.",
            facts: &[("attack", "Islamic State", "Kabul")],
        },
        NamedCase {
            text: "Al-Shabaab carried out a suicide attack in Mogadishu on Sunday.",
            facts: &[("attack", "al-Shabaab", "Mogadishu")],
        },
        NamedCase {
            text: "The massacre in Baga was attributed to Boko Haram.",
            facts: &[("attack", "Boko Haram", "")],
        },
        NamedCase {
            text: "The Houthis attacked commercial ships in the Red Sea.",
            facts: &[("attack", "Houthis", "")],
        },
        NamedCase {
            text: "Officials blamed Lashkar-e-Taiba for the attacks in Mumbai.",
            facts: &[("attack", "Lashkar-e-Taiba", "Mumbai")],
        },
    ]);
    let r = extract("The Islamic State claimed responsibility for the bombing in Kabul.");
    let f = common::fact(&r, "attack", "Islamic State").unwrap();
    assert!(f.attrs.attack().unwrap().what.contains("bombing"));
    check_none(&[("The Islamic State claimed that its caliphate would last.", "attack")]);
}

/// More sentences per rule shape of attack (each group names the rule it exercises), and sentences
/// of like wording where no attack may come out.
#[test]
fn attack_shapes() {
    check(&[
        // sentences where no attack may come out
        Case {
            text: "The Islamic State claimed that its caliphate would last.",
            want: &[],
            not: &[("attack", "", "")],
        },
        Case {
            text: "Al-Shabaab was attacked by drones near Mogadishu.",
            want: &[],
            not: &[("attack", "", "")],
        },
    ]);
}

/// The perpetrators of political violence as wire reports name them: the agent of a passive
/// verb (`attack.by_agent`), an attack attributed to a group around its noun
/// (`attack.attributed_around`), a group's members or fighters as the subject
/// (`attack.partitive_actors`), and verbs of sabotage and arson.
#[test]
fn perpetrators_of_political_violence() {
    check(&[
        // attack.by_agent
        Case { text: "Two oil engineers were kidnapped by members of the National Liberation Army near Arauca.", want: &[("attack", "National Liberation Army", "")], not: &[] },
        Case { text: "A judge was shot dead yesterday by a commando of the Tupac Amaru Revolutionary Movement in Lima.", want: &[("attack", "Tupac Amaru Revolutionary Movement", "Lima")], not: &[] },
        Case { text: "The mayor was murdered on Sunday by Shining Path guerrillas.", want: &[("attack", "Shining Path", "")], not: &[] },
        Case { text: "The convoy was attacked by the army during its offensive against the FARC.", want: &[], not: &[("attack", "FARC", "")] },
        Case { text: "Three FARC leaders were arrested by police in Cali.", want: &[], not: &[("attack", "FARC", "")] },
        // attack.attributed_around
        Case { text: "The president attributed the murder of the judge to the Medellin Cartel.", want: &[("attack", "Medellin Cartel", "")], not: &[] },
        Case { text: "Police blamed the car bombings on the Extraditables.", want: &[("attack", "Extraditables", "")], not: &[] },
        Case { text: "Officials attributed the blackout to the FMLN.", want: &[], not: &[("attack", "FMLN", "")] },
        // attack.partitive_actors
        Case { text: "Members of the Manuel Rodriguez Patriotic Front bombed a power station in Santiago.", want: &[("attack", "Manuel Rodriguez Patriotic Front", "Santiago")], not: &[] },
        Case { text: "An unknown number of FMLN guerrillas attacked a military post in Usulutan.", want: &[("attack", "FMLN", "")], not: &[] },
        Case { text: "The army killed five members of the FMLN in a clash.", want: &[], not: &[("attack", "FMLN", "")] },
        // verbs of sabotage and arson
        Case { text: "ELN guerrillas dynamited the oil pipeline for the third time this month.", want: &[("attack", "ELN", "")], not: &[] },
        Case { text: "Cinchoneros rebels burned two buses on the highway to the capital.", want: &[("attack", "Cinchoneros", "")], not: &[] },
        Case { text: "The FMLN rebels blew up a power pylon, the report said.", want: &[("attack", "FMLN", "")], not: &[] },
        // the guerrillas, once a report has named their group, are that group
        Case { text: "The FMLN announced a new offensive. On Monday the guerrillas burned three buses in Usulutan.", want: &[("attack", "FMLN", "")], not: &[] },
        Case { text: "Shining Path has a stronghold in Ayacucho. The guerrillas dynamited two bridges there last week.", want: &[("attack", "Shining Path", "")], not: &[] },
        Case { text: "The guerrillas attacked a police post near the border.", want: &[], not: &[("attack", "", "")] },
        // attack.coordinated_passive: a group that is bombed and destroyed is the target
        Case { text: "An FMLN camp was bombed and destroyed by the air force.", want: &[], not: &[("attack", "FMLN", "")] },
        Case { text: "The ELN depot is being shelled and destroyed, the guerrillas said.", want: &[], not: &[("attack", "ELN", "")] },
        Case { text: "MRTA rebels attacked and destroyed a police station in Juanjui.", want: &[("attack", "MRTA", "")], not: &[] },
        // attack.alternative_agent: two groups held responsible for one attack
        Case { text: "Police said the bombings could have been carried out by the Maoist \"Shining Path\" group or the Tupac Amaru Revolutionary Movement.", want: &[("attack", "Shining Path", ""), ("attack", "Tupac Amaru Revolutionary Movement", "")], not: &[] },
        Case { text: "The pipeline sabotage was blamed on ELN guerrillas and the FARC.", want: &[("attack", "ELN", ""), ("attack", "FARC", "")], not: &[] },
        Case { text: "The ambush was carried out by ELN guerrillas against an EPL patrol.", want: &[("attack", "ELN", "")], not: &[("attack", "EPL", "")] },
        // a denial is no assertion
        Case { text: "The FMLN denied that it had burned the buses.", want: &[], not: &[("attack", "FMLN", "")] },
        // claimed by the group's own communique, and blame with a source
        Case { text: "The Lautaro Youth Movement claimed responsibility for the bombing of a bank in Santiago.", want: &[("attack", "Lautaro Youth Movement", "Santiago")], not: &[] },
        Case { text: "The defence minister blamed the FMLN for the deaths of six soldiers.", want: &[("attack", "FMLN", "")], not: &[] },
    ]);
}

/// An attack a government pins on a group is that government's claim: hedged, and with the
/// speaker as its source where the sentence names one.
#[test]
fn blame_is_a_claim() {
    let r = extract("The defence ministry blamed the Zarate Willka Armed Forces of Liberation for the murder of two missionaries.");
    let f = common::fact(&r, "attack", "Zarate Willka Armed Forces of Liberation")
        .unwrap_or_else(|| panic!("no attack: {}", super::describe(&r)));
    assert_eq!(f.polarity, allegiance_extract::Polarity::Hedged, "{f:?}");
    let r = extract("President Jaime Paz Zamora said the Zarate Willka Armed Forces of Liberation had murdered two missionaries in La Paz.");
    let f = common::fact(&r, "attack", "Zarate Willka Armed Forces of Liberation")
        .unwrap_or_else(|| panic!("no attack: {}", super::describe(&r)));
    assert!(f.source.as_deref().is_some_and(|s| s.contains("Paz Zamora")), "{f:?}");
}

/// The place of an attack is the first place a preposition introduces after it, past places that
/// only qualify the target or the victims ("on ⟨L⟩ army posts in ⟨L⟩"), and not past a report's
/// attribution or another group.
#[test]
fn attack_places_pass_over_the_targets_qualifiers() {
    check(&[
        Case { text: "Shining Path guerrillas attacked Peruvian army posts in Ayacucho.", want: &[("attack", "Shining Path", "Ayacucho")], not: &[] },
        Case { text: "The Abu Sayyaf abducted two Canadian tourists and a Norwegian from a seaside hotel in Zamboanga.", want: &[("attack", "Abu Sayyaf", "Zamboanga")], not: &[] },
        Case { text: "The Islamic Movement of Uzbekistan claimed attacks on Afghan army posts in Zabul province.", want: &[("attack", "Islamic Movement of Uzbekistan", "Zabul")], not: &[] },
        Case { text: "Al-Shabaab bombed a hotel on Friday, officials said in Nairobi.", want: &[("attack", "al-Shabaab", "")], not: &[("attack", "al-Shabaab", "Nairobi")] },
    ]);
}

/// An attack on another group in a place is an event there (`attack.verb`); a participle after
/// it goes on with the same attack, whose actor is the clause's subject, not the group attacked.
#[test]
fn attacks_on_groups_and_participles() {
    check(&[
        Case {
            text: "The Taliban attacked Islamic State positions in Nangarhar.",
            want: &[("attack", "Taliban", "Nangarhar")],
            not: &[("attack", "Islamic State", "")],
        },
        Case {
            text: "Hamas attacked Fatah in Gaza, killing five of its guards.",
            want: &[("attack", "Hamas", "Gaza")],
            not: &[("attack", "Fatah", "")],
        },
        Case {
            text: "The Taliban attacked the Islamic State.",
            want: &[],
            not: &[("attack", "", "")],
        },
        Case {
            text: "Boko Haram fighters stormed a village in Borno State, killing 30 people.",
            want: &[("attack", "Boko Haram", "Borno State")],
            not: &[],
        },
    ]);
}

/// `attack.nominal_agent`: an attack noun with its agent after "by", its own "of" phrase between;
/// not the "by" of a verb ("was condemned by"), nor an agent phrase that turns to another group.
/// A claim verb followed by its own agent ("the raids launched by the army") names no group
/// before it; "accused ⟨G⟩ of" blames the group.
#[test]
fn nominalised_attacks_and_their_agents() {
    check(&[
        Case { text: "An attack by the Shining Path on a police station in Ayacucho left three dead.", want: &[("attack", "Shining Path", "Ayacucho")], not: &[] },
        Case { text: "The kidnapping of two oil engineers by members of the National Liberation Army shocked Arauca.", want: &[("attack", "National Liberation Army", "")], not: &[] },
        Case { text: "The ambush by FMLN guerrillas left five soldiers dead.", want: &[("attack", "FMLN", "")], not: &[] },
        Case { text: "The murder of the mayor was condemned by the FMLN.", want: &[], not: &[("attack", "FMLN", "")] },
        Case { text: "The attack by the army on an FMLN camp killed four.", want: &[], not: &[("attack", "FMLN", "")] },
        Case { text: "Leaders of the Medellin Cartel fled the raids launched by the army.", want: &[], not: &[("attack", "Medellin Cartel", "")] },
        Case { text: "The defence minister accused the FMLN of murdering the mayor of Usulutan.", want: &[("attack", "FMLN", "")], not: &[] },
    ]);
}

/// `attack.co_claimant`: a group that claims an attack "along with" or "together with" another
/// claims it too; a group named after the claim for another reason does not.
#[test]
fn attacks_claimed_jointly() {
    check(&[
        Case { text: "Al-Shabaab claimed responsibility together with al-Qaeda for the attack on a hotel in Kismayo.", want: &[("attack", "al-Shabaab", "Kismayo"), ("attack", "al-Qaeda", "Kismayo")], not: &[] },
        Case { text: "Boko Haram claimed responsibility along with Ansaru, a splinter faction, for the raid on a prison in Bauchi.", want: &[("attack", "Boko Haram", "Bauchi"), ("attack", "Ansaru", "Bauchi")], not: &[] },
        Case { text: "The Pakistani Taliban jointly with Lashkar-e-Jhangvi claimed the bombing of a mosque in Quetta.", want: &[("attack", "", "Quetta")], not: &[] },
        Case { text: "Al-Shabaab claimed responsibility for the attack in Mogadishu, which al-Qaeda later praised.", want: &[("attack", "al-Shabaab", "Mogadishu")], not: &[("attack", "al-Qaeda", "")] },
    ]);
}

/// An attack's place is the town its named target stands in, and a country's capital named after
/// it is the city meant (`attack.target_named`, `attack.city_of_country`); "outside ⟨L⟩" is a
/// place too.
#[test]
fn attack_places_name_the_town_not_the_target() {
    check(&[
        Case { text: "The Islamic State was responsible for a bombing at a market outside Iraq's capital, Baghdad.", want: &[("attack", "Islamic State", "Baghdad")], not: &[("attack", "Islamic State", "Iraq")] },
        Case { text: "Al-Shabaab claimed the assault on the Mogadishu airport in Baidoa last year.", want: &[("attack", "al-Shabaab", "Baidoa")], not: &[("attack", "al-Shabaab", "Mogadishu")] },
        Case { text: "The Taliban carried out an attack in Afghanistan's capital city, Kabul, on Monday.", want: &[("attack", "Taliban", "Kabul")], not: &[("attack", "Taliban", "Afghanistan")] },
        Case { text: "Boko Haram carried out an attack in Nigeria's north-east on Monday.", want: &[("attack", "Boko Haram", "Nigeria")], not: &[] },
    ]);
}

/// "⟨G⟩ was responsible for" names the actor when nothing but the copula stands between; a group
/// that was asked who was responsible is none.
#[test]
fn attacks_a_group_was_responsible_for() {
    check(&[
        Case {
            text: "Officials said the Islamic State was responsible for the bombing in Kabul.",
            want: &[("attack", "Islamic State", "Kabul")],
            not: &[],
        },
        Case {
            text:
                "Prosecutors argued that Boko Haram were responsible for the kidnapping in Chibok.",
            want: &[("attack", "Boko Haram", "Chibok")],
            not: &[],
        },
        Case {
            text: "The police say Hamas has been responsible for several shootings in Hebron.",
            want: &[("attack", "Hamas", "Hebron")],
            not: &[],
        },
        Case {
            text: "The FMLN was asked who was responsible for the bombing in San Salvador.",
            want: &[],
            not: &[("attack", "FMLN", "")],
        },
    ]);
}

/// Further attacks a claim lists are placed past place adjectives that only qualify a target
/// ("attacks on ⟨L⟩ troops"); the adjective is no place of its own.
#[test]
fn listed_attacks_pass_over_place_adjectives() {
    check(&[
        Case { text: "Hamas claimed the attack on a bus in Jerusalem, as well as shootings on Israeli roads, and rocket strikes in Sderot.", want: &[("attack", "Hamas", "Jerusalem"), ("attack", "Hamas", "Sderot")], not: &[("attack", "Hamas", "Israel")] },
        Case { text: "Al-Shabaab claimed a bombing in Mogadishu as well as raids on Kenyan bases, and an ambush in Baidoa.", want: &[("attack", "al-Shabaab", "Mogadishu"), ("attack", "al-Shabaab", "Baidoa")], not: &[("attack", "al-Shabaab", "Kenya")] },
        Case { text: "Boko Haram claimed the attack in Maiduguri, and Nigerian officials met in Abuja.", want: &[("attack", "Boko Haram", "Maiduguri")], not: &[("attack", "Boko Haram", "Abuja")] },
    ]);
}

/// "waged attacks in ⟨L⟩" is a claim of attacks; "waged war" names no attack.
#[test]
fn attacks_waged() {
    check(&[
        Case { text: "The Shining Path, which waged years of bombings in Peru, has almost vanished.", want: &[("attack", "Shining Path", "Peru")], not: &[] },
        Case { text: "The Kurdistan Workers' Party has waged a campaign of bombings in Turkey since 1984.", want: &[("attack", "Kurdistan Workers' Party", "Turkey")], not: &[] },
        Case { text: "The National Liberation Army (ELN) is waging attacks on pipelines in Arauca.", want: &[("attack", "National Liberation Army", "Arauca")], not: &[] },
    ]);
    check_none(&[("The Taliban waged war on the government.", "attack")]);
}

/// `attack.captured_place`: taking a town by force is an attack on it; retaking one from a group,
/// seizing things, or being captured is none by that group.
#[test]
fn attacks_that_capture_a_place() {
    check(&[
        Case {
            text: "The Islamic State captured the city of Mosul in June 2014.",
            want: &[("attack", "Islamic State", "Mosul")],
            not: &[],
        },
        Case {
            text: "Al-Shabaab fighters seized the port town of Kismayo after a brief battle.",
            want: &[("attack", "al-Shabaab", "Kismayo")],
            not: &[],
        },
        Case {
            text: "The Houthis took control of the capital Sanaa in 2014.",
            want: &[("attack", "Houthis", "Sanaa")],
            not: &[],
        },
        Case {
            text: "Government troops recaptured the town of Palma from al-Shabaab.",
            want: &[],
            not: &[("attack", "al-Shabaab", "")],
        },
        Case {
            text: "Al-Shabaab fighters were captured in Kismayo.",
            want: &[],
            not: &[("attack", "al-Shabaab", "")],
        },
    ]);
    check_none(&[("The militants seized weapons and vehicles.", "attack")]);
}

/// `attack.planted`: a bomb a group planted somewhere is an attack there, not a presence; a bomb
/// found there names no one.
#[test]
fn attacks_by_planted_bombs() {
    check(&[
        Case { text: "A roadside bomb the Taliban had planted near Kandahar killed four soldiers.", want: &[("attack", "Taliban", "Kandahar")], not: &[("presence", "Taliban", "Kandahar")] },
        Case { text: "Explosives that the Tamil Tigers had placed outside a bank in Colombo wounded dozens.", want: &[("attack", "Tamil Tigers", "Colombo")], not: &[] },
        Case { text: "The Irish Republican Army planted a bomb in Manchester in 1996.", want: &[("attack", "Irish Republican Army", "Manchester")], not: &[] },
        Case { text: "Police defused a bomb near a Hamas office in Gaza.", want: &[], not: &[("attack", "Hamas", "")] },
    ]);
}

/// "the town", "this city" stand for the town named shortly before (`mentions.place_anaphor`):
/// an attack or a presence there is placed in it; "the town of ⟨L⟩" names its own, and a country
/// is no town.
#[test]
fn attacks_and_presence_in_the_town_named_before() {
    check(&[
        Case { text: "Al-Shabaab fighters entered Kismayo on Monday. By evening the militants had attacked a police station in the town.", want: &[("attack", "al-Shabaab", "Kismayo")], not: &[] },
        Case { text: "Boko Haram was founded in Maiduguri. The group still operates in the city, officials say.", want: &[("presence", "Boko Haram", "Maiduguri")], not: &[] },
        Case { text: "Residents of Kandahar were afraid. The Taliban attacked an army post in this city on Friday.", want: &[("attack", "Taliban", "Kandahar")], not: &[] },
        Case { text: "Al-Shabaab fighters captured the town and port of Kismayo after leaving Baidoa.", want: &[("attack", "al-Shabaab", "Kismayo")], not: &[("attack", "al-Shabaab", "Baidoa")] },
        Case { text: "Boko Haram is strongest in Nigeria. Its fighters attacked a market in the city.", want: &[], not: &[("attack", "Boko Haram", "Nigeria")] },
    ]);
}

/// "⟨G⟩ attacked an ⟨G⟩ position in ⟨L⟩": a group that names the target leaves the place to the
/// attack.
#[test]
fn attacks_on_a_rivals_position() {
    check(&[
        Case {
            text: "Al-Shabaab attacked an Islamic State position in Qandala.",
            want: &[("attack", "al-Shabaab", "Qandala")],
            not: &[],
        },
        Case {
            text: "The Taliban raided an Islamic State base in Nangarhar last week.",
            want: &[("attack", "Taliban", "Nangarhar")],
            not: &[],
        },
        Case {
            text: "Hayat Tahrir al-Sham attacked a Hurras al-Din checkpoint in Idlib.",
            want: &[("attack", "Hayat Tahrir al-Sham", "Idlib")],
            not: &[("attack", "Hurras al-Din", "")],
        },
    ]);
}

/// The people of a group as attackers ("gunmen from ⟨G⟩", "a suicide bomber from ⟨G⟩"), a
/// suicide bombing as a verb, and counts in thousands.
#[test]
fn attackers_from_a_group() {
    check(&[
        Case { text: "Gunmen from al-Shabaab stormed a hotel in Mogadishu, killing 15.", want: &[("attack", "al-Shabaab", "Mogadishu")], not: &[] },
        Case { text: "A suicide bomber from the Pakistani Taliban blew himself up at a checkpoint in Peshawar.", want: &[("attack", "Pakistani Taliban", "Peshawar")], not: &[] },
        Case { text: "Boko Haram has killed thousands of people in Nigeria since 2009.", want: &[("attack", "Boko Haram", "Nigeria")], not: &[] },
        Case { text: "Troops fighting gunmen from al-Shabaab were ambushed near Kismayo.", want: &[], not: &[("attack", "al-Shabaab", "Kismayo")] },
    ]);
}

/// Where an attack lands: "into northern ⟨L⟩", a clause opened by its setting ("In ⟨L⟩, ⟨G⟩
/// bombed ..."), drones and bombs as weapons launched; "⟨L⟩, ⟨L⟩" without "and" is a town and
/// its region, one place.
#[test]
fn attack_places_from_setting_and_direction() {
    check(&[
        Case { text: "Hezbollah fired rockets into northern Israel.", want: &[("attack", "Hezbollah", "Israel")], not: &[] },
        Case { text: "In Kabul, the Islamic State bombed a wedding party.", want: &[("attack", "Islamic State", "Kabul")], not: &[] },
        Case { text: "The Houthis launched drones at oil facilities in Abqaiq.", want: &[("attack", "Houthis", "Abqaiq")], not: &[] },
        Case { text: "The Real IRA was blamed for a car bomb outside a bank in Omagh, Tyrone.", want: &[("attack", "Real IRA", "Omagh")], not: &[("attack", "Real IRA", "Tyrone")] },
        Case { text: "Al-Shabaab claimed attacks in Mogadishu, Baidoa and Kismayo.", want: &[("attack", "al-Shabaab", "Mogadishu"), ("attack", "al-Shabaab", "Baidoa"), ("attack", "al-Shabaab", "Kismayo")], not: &[] },
        Case { text: "In Kabul, officials said the Islamic State had bombed a wedding party in Jalalabad.", want: &[("attack", "Islamic State", "Jalalabad")], not: &[("attack", "Islamic State", "Kabul")] },
    ]);
}

/// `attack.possessed` ("⟨G⟩'s assault on ⟨L⟩"), a place as the verb's object ("burned down the
/// town of ⟨L⟩", `attack.place_object`), the place a relative clause of place is about
/// (`attack.where_place`), and "has been behind".
#[test]
fn attacks_owned_objects_and_relative_places() {
    check(&[
        Case {
            text: "The Taliban's assault on Kunduz began at dawn.",
            want: &[("attack", "Taliban", "Kunduz")],
            not: &[],
        },
        Case {
            text: "Boko Haram's deadly attack on Maiduguri shocked the country.",
            want: &[("attack", "Boko Haram", "Maiduguri")],
            not: &[],
        },
        Case {
            text: "Boko Haram militants burned down the town of Gwoza.",
            want: &[("attack", "Boko Haram", "Gwoza")],
            not: &[],
        },
        Case {
            text: "The army retook Mosul, where the Islamic State had killed dozens of civilians.",
            want: &[("attack", "Islamic State", "Mosul")],
            not: &[],
        },
        Case {
            text: "Al-Shabaab has been behind several bombings in Mogadishu.",
            want: &[("attack", "al-Shabaab", "Mogadishu")],
            not: &[],
        },
        Case {
            text: "Boko Haram's leader in Maiduguri denied the report.",
            want: &[],
            not: &[("attack", "Boko Haram", "")],
        },
        Case {
            text: "Al-Shabaab attacked Kenyan troops near the border.",
            want: &[],
            not: &[("attack", "al-Shabaab", "Kenya")],
        },
    ]);
}

/// `attack.reported_subject`: a group that reports what another subject did is not the actor;
/// a pronoun after the verb of saying takes the group up again.
#[test]
fn attacks_a_group_only_reports() {
    check(&[
        Case {
            text: "Boko Haram said soldiers had captured the town of Gwoza.",
            want: &[],
            not: &[("attack", "Boko Haram", "")],
        },
        Case {
            text: "The Taliban said government troops killed 20 civilians in Kunduz.",
            want: &[],
            not: &[("attack", "Taliban", "")],
        },
        Case {
            text: "Al-Shabaab announced that they had killed 12 soldiers in Baidoa.",
            want: &[("attack", "al-Shabaab", "Baidoa")],
            not: &[],
        },
        Case {
            text: "The Islamic State claimed that its fighters had killed 20 soldiers in Raqqa.",
            want: &[("attack", "Islamic State", "Raqqa")],
            not: &[],
        },
    ]);
}
