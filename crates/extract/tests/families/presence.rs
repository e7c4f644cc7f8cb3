//! presence: where a group is.

use super::common::{self, extract};
use super::{check, check_named, check_none, Case, NamedCase};

#[test]
fn presences() {
    check(&[
        Case { text: "Al-Shabaab controls large parts of southern and central Somalia.", want: &[("presence", "al-Shabaab", "Somalia")], not: &[] },
        Case { text: "Boko Haram operates in north-eastern Nigeria and around Lake Chad.", want: &[("presence", "Boko Haram", "Nigeria"), ("presence", "Boko Haram", "Lake Chad")], not: &[] },
        Case { text: "The Islamic State Khorasan Province is based in Nangarhar province.", want: &[("presence", "Islamic State Khorasan Province", "Nangarhar")], not: &[] },
        Case { text: "JNIM is active in Mali, Burkina Faso and Niger.", want: &[("presence", "Jama'at Nusrat al-Islam wal-Muslimin", "Mali"), ("presence", "Jama'at Nusrat al-Islam wal-Muslimin", "Burkina Faso"), ("presence", "Jama'at Nusrat al-Islam wal-Muslimin", "Niger")], not: &[] },
        Case { text: "Hezbollah has a strong presence in southern Lebanon.", want: &[("presence", "Hezbollah", "Lebanon")], not: &[] },
        Case { text: "The Houthis seized Sanaa in September 2014.", want: &[("presence", "Houthis", "Sanaa")], not: &[] },
        Case { text: "Islamic State fighters remain in the desert areas of eastern Syria.", want: &[("presence", "Islamic State", "Syria")], not: &[] },
        Case { text: "The Lord's Resistance Army moved into the Central African Republic in 2008.", want: &[("presence", "Lord's Resistance Army", "Central African Republic")], not: &[] },
        Case { text: "Ansar al-Sunna has established bases in Cabo Delgado.", want: &[("presence", "Ansar al-Sunna", "Cabo Delgado")], not: &[] },
        Case { text: "The Taliban took control of Kabul in August 2021.", want: &[("presence", "Taliban", "Kabul")], not: &[] },
        Case { text: "Officials met in Geneva to discuss the Houthis.", want: &[], not: &[("presence", "", "")] },
        Case { text: "Hamas denied that it has any presence in Egypt.", want: &[], not: &[("presence", "Hamas", "Egypt")] },
        Case { text: "Al-Shabaab was condemned by officials in Washington.", want: &[], not: &[("presence", "al-Shabaab", "")] },
        Case { text: "Iraqi-born Abu Bakr al-Baghdadi led the Islamic State.", want: &[], not: &[("presence", "Islamic State", "Iraq")] },
        Case { text: "Abubakar Shekau led Boko Haram until 2021. Shekau's faction is based in the Sambisa Forest in Borno State.", want: &[("presence", "Boko Haram", "Sambisa Forest")], not: &[] },
        Case { text: "Airstrikes hit Kafr Deryan, a village in Idlib province, where Jabhat al-Nusra has a base.", want: &[("presence", "Jabhat al-Nusra", "Kafr Deryan")], not: &[] },
        Case { text: "The Islamic State's influence in the Caucasus is growing.", want: &[], not: &[("presence", "Islamic State", "Caucasus")] },
        Case { text: "Fighters from across Central Asia joined the Islamic State.", want: &[], not: &[("presence", "Islamic State", "Central Asia")] },
        Case { text: "For the Islamic State there is no border any more—only a caliphate stretching from Aleppo to Mosul.", want: &[("presence", "Islamic State", "Aleppo"), ("presence", "Islamic State", "Mosul")], not: &[] },
        Case { text: "The East Turkestan Islamic Movement is blamed by Beijing to justify its crackdown in Xinjiang.", want: &[], not: &[("presence", "East Turkestan Islamic Movement", "Xinjiang")] },
        Case { text: "In 2014 the Houthis overthrew the Yemeni government.", want: &[("presence", "Houthis", "Yemen")], not: &[] },
        Case { text: "Hamas has ruled Gaza since 2007.", want: &[("presence", "Hamas", "Gaza")], not: &[] },
        Case { text: "Iraqi officials said the Islamic State threatened the Syrian government.", want: &[], not: &[("presence", "Islamic State", "Syria")] },
        Case { text: "The Lord's Resistance Army has hidden for years in the forests of eastern Congo.", want: &[("presence", "Lord's Resistance Army", "Democratic Republic of the Congo")], not: &[] },
    ]);
}

#[test]
fn presences_per_rule() {
    check_named(&[
        NamedCase {
            text: "Al-Shabaab operates in Somalia and Kenya.",
            facts: &[("presence", "al-Shabaab", "Somalia"), ("presence", "al-Shabaab", "Kenya")],
        },
        NamedCase {
            text: "The Islamic State Khorasan Province is based in Nangarhar.",
            facts: &[("presence", "Islamic State Khorasan Province", "Nangarhar")],
        },
        NamedCase {
            text: "Boko Haram has been active across north-eastern Nigeria since 2009.",
            facts: &[("presence", "Boko Haram", "Nigeria")],
        },
        NamedCase {
            text: "A Pakistan-based group, Lashkar-e-Taiba, trained the attackers.",
            facts: &[("presence", "Lashkar-e-Taiba", "Pakistan")],
        },
        NamedCase {
            text: "The Haqqani network keeps bases in Khost, Paktia and Paktika.",
            facts: &[
                ("presence", "Haqqani network", "Paktia"),
                ("presence", "Haqqani network", "Paktika"),
            ],
        },
    ]);
    let r =
        extract("Pakistani officials say the Islamic State has no organised presence in Pakistan.");
    let f = r.facts.iter().find(|f| f.fact_type.as_str() == "presence").expect("presence fact");
    assert_eq!(f.polarity, allegiance_extract::Polarity::Denied);
    check_none(&[
        ("Hamas leaders travelled to Qatar for talks.", "presence"),
        ("The Islamic State was designated by the United Kingdom.", "presence"),
    ]);
}

#[test]
fn presence_keeps_its_source_time_and_verbatim_evidence() {
    let r =
        extract("Al-Shabaab has operated in Somalia since 2006, the analyst Abdi Warsame said.");
    let f = common::fact(&r, "presence", "al-Shabaab").expect("presence");
    assert_eq!(f.source.as_deref(), Some("Abdi Warsame"));
    assert_eq!(
        f.when.as_ref().and_then(|w| w.start).map(|d| d.to_string()).as_deref(),
        Some("2006")
    );

    // Evidence is a verbatim span of the input.
    let text = "Intro line here.\n\nAl-Shabaab operates in Somalia.";
    let r = extract(text);
    assert!(!r.facts.is_empty(), "{}", common::describe(&r));
    for f in &r.facts {
        assert_eq!(&text[f.evidence.start..f.evidence.end], f.evidence.text);
    }
}

/// More sentences per rule shape of presence (each group names the rule it exercises), and sentences
/// of like wording where no presence may come out.
#[test]
fn presence_shapes() {
    check(&[
        // presence.based_prefix
        Case { text: "A Pakistan-based group, Lashkar-e-Taiba, carried out the siege.", want: &[("presence", "Lashkar-e-Taiba", "Pakistan")], not: &[] },
        Case { text: "The Yemen-based AQAP claimed the plot.", want: &[("presence", "al-Qaeda in the Arabian Peninsula", "Yemen")], not: &[] },
        // presence.countrys_group
        Case { text: "The FARC, Colombia's largest rebel group, signed a peace deal.", want: &[("presence", "Revolutionary Armed Forces of Colombia", "Colombia")], not: &[] },
        Case { text: "Lashkar-e-Taiba, Pakistan's most powerful militant group, denied it.", want: &[("presence", "Lashkar-e-Taiba", "Pakistan")], not: &[] },
        Case { text: "Hamas, Gaza's ruling movement, rejected the plan.", want: &[("presence", "Hamas", "Gaza")], not: &[] },
        // presence.is_based
        Case { text: "Lashkar-e-Taiba is a Pakistan-based militant group.", want: &[("presence", "Lashkar-e-Taiba", "Pakistan")], not: &[] },
        Case { text: "AQAP is a Yemen-based al-Qaeda affiliate.", want: &[("presence", "al-Qaeda in the Arabian Peninsula", "Yemen")], not: &[] },
        Case { text: "Al-Shabaab, a Somalia-based jihadist group, bombed the hotel.", want: &[("presence", "al-Shabaab", "Somalia")], not: &[] },
        // presence.persons_realm
        Case { text: "Abu Bakr al-Baghdadi's self-declared caliphate in Iraq and Syria collapsed in 2019.", want: &[("presence", "Islamic State", "Iraq")], not: &[] },
        // presence.retaken_from
        Case { text: "The army vowed to retake Mosul from the Islamic State.", want: &[("presence", "Islamic State", "Mosul")], not: &[] },
        Case { text: "Kenyan troops helped liberate Kismayo from al-Shabaab.", want: &[("presence", "al-Shabaab", "Kismayo")], not: &[] },
        Case { text: "Iraqi forces drove the Islamic State from Mosul, and the army cleared Fallujah from the Islamic State.", want: &[("presence", "Islamic State", "Fallujah")], not: &[] },
        Case { text: "The offensive aimed to free Raqqa from the Islamic State.", want: &[("presence", "Islamic State", "Raqqa")], not: &[] },
        // presence.rules_country
        Case { text: "The Taliban have ruled Afghanistan since 2021.", want: &[("presence", "Taliban", "Afghanistan")], not: &[] },
        Case { text: "Hamas has ruled Gaza since 2007.", want: &[("presence", "Hamas", "Gaza Strip")], not: &[] },
        // presence.under
        Case { text: "Large parts of Somalia remain under the control of al-Shabaab.", want: &[("presence", "al-Shabaab", "Somalia")], not: &[] },
        Case { text: "Swaths of Iraq fell under the Islamic State's so-called caliphate.", want: &[("presence", "Islamic State", "Iraq")], not: &[] },
        Case { text: "Raqqa, under the grip of the Islamic State, became its capital.", want: &[("presence", "Islamic State", "Ar Raqqah")], not: &[] },
        // presence.where_clause
        Case { text: "Derna, a port city in Libya, where Ansar al-Sharia held sway, was besieged.", want: &[("presence", "Ansar al Charia Derna", "Darnah")], not: &[] },
        Case { text: "Idlib, where Hayat Tahrir al-Sham holds power, was shelled.", want: &[("presence", "Hayat Tahrir al-Sham", "Idlib")], not: &[] },
        // sentences where no presence may come out
        Case { text: "Officials from Somalia met in Nairobi to discuss al-Shabaab.", want: &[], not: &[("presence", "", "")] },
        Case { text: "Hamas leader Ismail Haniyeh was born in a refugee camp in Gaza.", want: &[], not: &[("presence", "", "")] },
    ]);
}

/// Presence where the grammar puts the group: the subject after a fronted place, the affiliate
/// in apposition; not a group whose place is in a subordinate clause of its own, nor one named
/// only inside a phrase after the place, nor a designator.
#[test]
fn presence_follows_the_clause() {
    check(&[
        Case { text: "In Syria, Jemaah Islamiyah fighters joined the ranks of Jabhat al-Nusra.", want: &[("presence", "Jemaah Islamiyah", "Syria")], not: &[("presence", "Jabhat al-Nusra", "Syria")] },
        Case { text: "Officials sanctioned an al-Qaeda affiliate in Mali, Jama'at Nusrat al-Islam wal-Muslimin, on Monday.", want: &[("presence", "Jama'at Nusrat al-Islam wal-Muslimin", "Mali")], not: &[("presence", "al-Qaeda", "Mali")] },
        Case { text: "Ayman al-Zawahiri took over al-Qaeda in 2011, after its founder was killed by American commandos in Pakistan.", want: &[], not: &[("presence", "al-Qaeda", "Pakistan")] },
        Case { text: "Three armed factions in Mali declared their loyalty to al-Qaeda's leader.", want: &[], not: &[("presence", "al-Qaeda", "Mali")] },
        Case { text: "Al-Shabaab, which is designated by the United States and the United Kingdom, bombed Mogadishu.", want: &[], not: &[("presence", "al-Shabaab", "United States"), ("presence", "al-Shabaab", "United Kingdom")] },
        Case { text: "Talks in Doha between the Taliban and the Afghan government stalled.", want: &[], not: &[("presence", "Taliban", "Doha")] },
        Case { text: "Police arrested a leader of Jemaah Islamiyah, the regional wing of al-Qaeda, saying he was building a base in Indonesia.", want: &[], not: &[("presence", "al-Qaeda", "Indonesia")] },
        Case { text: "Al-Shabaab operates in Somalia and Kenya.", want: &[("presence", "al-Shabaab", "Somalia"), ("presence", "al-Shabaab", "Kenya")], not: &[] },
        Case { text: "Boko Haram and Ansaru have both operated in northern Nigeria for a decade.", want: &[("presence", "Boko Haram", "Nigeria"), ("presence", "Ansaru", "Nigeria")], not: &[] },
        Case { text: "Officials in Abuja said Boko Haram and Ansaru had split.", want: &[], not: &[("presence", "Boko Haram", "Abuja"), ("presence", "Ansaru", "Abuja")] },
    ]);
}

/// A locative phrase after a noun qualifies that noun (`presence.noun_head`): the group is there
/// only when the noun places its owner ("a presence in", "bases in", "fighters in") or a verb of
/// its own leads to the phrase.
#[test]
fn presence_attaches_to_the_noun_before_the_place() {
    check(&[
        Case {
            text:
                "Hezbollah keeps several weapons depots and a large presence in southern Lebanon.",
            want: &[("presence", "Hezbollah", "Lebanon")],
            not: &[],
        },
        Case {
            text: "For years the Taliban have kept training camps in Helmand.",
            want: &[("presence", "Taliban", "Helmand")],
            not: &[],
        },
        Case {
            text: "The militants of al-Shabaab still operate in the Lower Juba region of Somalia.",
            want: &[("presence", "al-Shabaab", "Lower Juba")],
            not: &[],
        },
        Case {
            text: "Hamas was founded in response to the occupation in the West Bank.",
            want: &[],
            not: &[("presence", "Hamas", "West Bank")],
        },
        Case {
            text:
                "The Maoists pledged support to other revolutionary struggles in Peru and Turkey.",
            want: &[],
            not: &[("presence", "", "Peru"), ("presence", "", "Turkey")],
        },
        Case {
            text: "Al-Shabaab drew recruits away from the clan militias in Kenya.",
            want: &[],
            not: &[("presence", "al-Shabaab", "Kenya")],
        },
    ]);
}

/// A group named inside a prepositional phrase is not the one a later place is said of, unless
/// the phrase opens the clause as its topic or names the group's own people.
#[test]
fn presence_skips_groups_inside_phrases() {
    check(&[
        Case { text: "He announced the creation of Ansar al-Sharia and offered aid to rebel movements in Nepal.", want: &[], not: &[("presence", "", "Nepal")] },
        Case { text: "Talks with the Taliban produced prisoner releases across Afghanistan.", want: &[], not: &[("presence", "Taliban", "Afghanistan")] },
        Case { text: "Uyghur fighters of the Turkistan Islamic Party hold their positions in Idlib province.", want: &[("presence", "Turkistan Islamic Party", "Idlib")], not: &[] },
    ]);
}

/// A place that follows a verb is no place of a group named after it: only a place that opens
/// the clause ("In ⟨L⟩, the ⟨G⟩ ...") has its subject after it.
#[test]
fn presence_after_a_place_needs_a_fronted_place() {
    check(&[
        Case { text: "Across the Sahel, JNIM fighters have gained ground this year.", want: &[("presence", "Jama'at Nusrat al-Islam wal-Muslimin", "Sahel")], not: &[] },
        Case { text: "In Mozambique, Ansar al-Sunna has seized several coastal towns.", want: &[("presence", "Ansar al-Sunna", "Mozambique")], not: &[] },
        Case { text: "Police said the commander had travelled to Mindanao to build an Islamic State presence there.", want: &[], not: &[("presence", "Islamic State", "Mindanao")] },
        Case { text: "The envoy flew to Doha before the Taliban delegation arrived.", want: &[], not: &[("presence", "Taliban", "Doha")] },
    ]);
}

/// Possessive places, borders and parts: "⟨L⟩'s ⟨L⟩ province" places the group in the province,
/// "the ⟨L⟩ border" is not inside the country, an unnamed affiliate in a place is not its parent.
#[test]
fn presence_owned_places_borders_and_parts() {
    check(&[
        Case {
            text: "The Islamic State is active in Nigeria's Borno State.",
            want: &[("presence", "Islamic State", "Borno State")],
            not: &[("presence", "Islamic State", "Nigeria")],
        },
        Case {
            text: "Al-Shabaab controls much of Somalia's southern countryside.",
            want: &[("presence", "al-Shabaab", "Somalia")],
            not: &[],
        },
        Case {
            text: "Hamas leaders criticised from Qatar the United States' policy in the region.",
            want: &[],
            not: &[("presence", "Hamas", "United States")],
        },
        Case {
            text: "Hayat Tahrir al-Sham holds territory near the Turkish border.",
            want: &[],
            not: &[("presence", "Hayat Tahrir al-Sham", "Turkey")],
        },
        Case {
            text: "The Islamic State keeps cells along its border with Iraq.",
            want: &[],
            not: &[("presence", "Islamic State", "Iraq")],
        },
        Case {
            text: "Washington sanctioned an al-Qaeda affiliate in Mali last week.",
            want: &[],
            not: &[("presence", "al-Qaeda", "Mali")],
        },
    ]);
}

/// `presence.stronghold_apposed` and "its stronghold of ⟨L⟩": a place described as a group's base.
#[test]
fn presence_of_strongholds() {
    check(&[
        Case {
            text: "Kenyan troops entered Kismayo, al-Shabaab's last major stronghold.",
            want: &[("presence", "al-Shabaab", "Kismayo")],
            not: &[],
        },
        Case {
            text: "The hostages were taken to Jolo, the Abu Sayyaf's main base on the island.",
            want: &[("presence", "Abu Sayyaf", "Jolo")],
            not: &[],
        },
        Case {
            text: "The Islamic State in Libya is about to lose its stronghold of Sirte.",
            want: &[("presence", "", "Sirte")],
            not: &[],
        },
        Case {
            text: "Mogadishu, al-Shabaab's favourite target, was hit again.",
            want: &[],
            not: &[("presence", "al-Shabaab", "Mogadishu")],
        },
    ]);
}

/// Intentions and subordinate clauses: a group in no hurry to go somewhere, or a bomb it placed
/// in a town in a clause of its own, places it nowhere.
#[test]
fn presence_not_in_intentions_or_subordinate_clauses() {
    check(&[
        Case { text: "The Turkistan Islamic Party fighters hold Jisr al-Shughur and are in no haste to go back to Xinjiang.", want: &[], not: &[("presence", "Turkistan Islamic Party", "Xinjiang")] },
        Case { text: "ETIM militants have vowed to return to Xinjiang.", want: &[], not: &[("presence", "", "Xinjiang")] },
        Case { text: "ETIM militants returned to Xinjiang in 2014.", want: &[("presence", "", "Xinjiang")], not: &[] },
        Case { text: "The Real IRA suffered a setback in 1998 when a bomb it had planted in Omagh killed 29 people.", want: &[], not: &[("presence", "Real IRA", "Omagh")] },
    ]);
}

/// `presence.held` ("⟨G⟩-held ⟨L⟩") and `presence.countrys_group` with longer descriptions and
/// lists ("⟨L⟩'s two strongest rebel factions, ⟨G⟩ and ⟨G⟩").
#[test]
fn presence_of_held_places_and_a_countrys_groups() {
    check(&[
        Case { text: "Troops advanced on Houthi-held Hodeidah.", want: &[("presence", "Houthis", "Hodeidah")], not: &[] },
        Case { text: "Airstrikes hit the Taliban-controlled district of Musa Qala.", want: &[("presence", "Taliban", "Musa Qala")], not: &[] },
        Case { text: "Houthi-held prisoners were later released in Marib.", want: &[], not: &[("presence", "Houthis", "Marib")] },
        Case { text: "Syria's two strongest rebel factions, Hayat Tahrir al-Sham and Ahrar al-Sham, clashed again.", want: &[("presence", "Hayat Tahrir al-Sham", "Syria"), ("presence", "Ahrar al-Sham", "Syria")], not: &[] },
        Case { text: "Nigeria's most active extremist militant group, Boko Haram, struck again.", want: &[("presence", "Boko Haram", "Nigeria")], not: &[] },
        Case { text: "Nigeria's government fought Boko Haram for a decade.", want: &[], not: &[("presence", "Boko Haram", "Nigeria")] },
    ]);
}

/// Quotations: a description quoted mid-sentence from a source is read ("operates \"throughout
/// ⟨L⟩\""), direct speech is not; a pledge or vow to act somewhere is an aim, not a presence;
/// "took over ⟨L⟩" holds it.
#[test]
fn presence_in_quotations_pledges_and_takeovers() {
    check(&[
        Case { text: "Al-Shabaab operates mainly \"across southern Somalia, with bases in Kismayo,\" the report says.", want: &[("presence", "al-Shabaab", "Somalia"), ("presence", "al-Shabaab", "Kismayo")], not: &[] },
        Case { text: "\"The Houthis menace shipping routes and sailors in the Red Sea,\" the minister said.", want: &[], not: &[("presence", "Houthis", "Red Sea")] },
        Case { text: "The new faction has vowed to \"raise the black flag in Kashmir\" within a year.", want: &[], not: &[("presence", "", "Kashmir")] },
        Case { text: "Boko Haram pledged to carry its war into Cameroon.", want: &[], not: &[("presence", "Boko Haram", "Cameroon")] },
        Case { text: "The Taliban took over Kabul in August 2021.", want: &[("presence", "Taliban", "Kabul")], not: &[] },
    ]);
}

/// `presence.own_base`: "its base in ⟨L⟩" places the group the pronoun stands for, even in a
/// clause about its attacks; the attacks themselves are not placed at the base.
#[test]
fn presence_at_its_own_base() {
    check(&[
        Case { text: "Al-Shabaab, which has killed hundreds in raids launched from its bases in the Lower Shabelle, denied the report.", want: &[("presence", "al-Shabaab", "Lower Shabelle")], not: &[("attack", "al-Shabaab", "Lower Shabelle")] },
        Case { text: "The Houthis fired missiles at ships from their strongholds in Hodeidah.", want: &[("presence", "Houthis", "Hodeidah")], not: &[] },
        Case { text: "Boko Haram attacked a military base in Maiduguri.", want: &[("attack", "Boko Haram", "Maiduguri")], not: &[("presence", "Boko Haram", "Maiduguri")] },
    ]);
}

/// Meetings with a group's people place nobody (`presence.meeting`); "dominates ⟨L⟩" holds it.
#[test]
fn presence_not_at_meetings_and_by_domination() {
    check(&[
        Case {
            text: "The UN envoy to Yemen met Houthi officials in Muscat.",
            want: &[],
            not: &[("presence", "Houthis", "Muscat")],
        },
        Case {
            text: "Qatari mediators held talks with Hamas negotiators in Cairo.",
            want: &[],
            not: &[("presence", "Hamas", "Cairo")],
        },
        Case {
            text: "Analysts said the Islamic State was regrouping in the deserts of Anbar.",
            want: &[("presence", "Islamic State", "Anbar")],
            not: &[],
        },
        Case {
            text: "Hezbollah, which dominates southern Lebanon, denied involvement.",
            want: &[("presence", "Hezbollah", "Lebanon")],
            not: &[],
        },
    ]);
}

/// `presence.participle_object`: a group that is the object of a participle ("fleeing ⟨G⟩") did
/// not go where the clause says; "including ⟨G⟩" is no participle.
#[test]
fn presence_not_for_a_participles_object() {
    check(&[
        Case {
            text: "Refugees fleeing Boko Haram crossed into Cameroon.",
            want: &[],
            not: &[("presence", "Boko Haram", "Cameroon")],
        },
        Case {
            text: "Troops hunting al-Shabaab moved into the Gedo region.",
            want: &[],
            not: &[("presence", "al-Shabaab", "Gedo")],
        },
        Case {
            text: "Several groups, including al-Shabaab, operate in Somalia.",
            want: &[("presence", "al-Shabaab", "Somalia")],
            not: &[],
        },
    ]);
}

/// `presence.base_is`: a place named as a group's base ("the base of ⟨G⟩ became ⟨L⟩", "⟨L⟩
/// became the main base of ⟨G⟩"); a base attacked somewhere is not placed there by this rule.
#[test]
fn presence_of_a_named_base() {
    check(&[
        Case {
            text: "After the fall of Kabul, the base of al-Qaeda became Waziristan.",
            want: &[("presence", "al-Qaeda", "Waziristan")],
            not: &[],
        },
        Case {
            text: "Hezbollah's main stronghold is southern Lebanon, officials say.",
            want: &[("presence", "Hezbollah", "Lebanon")],
            not: &[],
        },
        Case {
            text: "Over time Idlib became the main base of Hayat Tahrir al-Sham.",
            want: &[("presence", "Hayat Tahrir al-Sham", "Idlib")],
            not: &[],
        },
        Case {
            text: "The base of Boko Haram was raided by troops from Maiduguri.",
            want: &[],
            not: &[("presence", "Boko Haram", "Maiduguri")],
        },
    ]);
}

/// A country's groups named with a group's name among the modifiers ("⟨L⟩'s two ⟨G⟩ groups, ⟨G⟩
/// and ⟨G⟩"); a rivalry "in different parts of" a place; a town taken "in ⟨L⟩'s northernmost
/// province of ⟨L⟩".
#[test]
fn presence_of_listed_groups_rivals_and_taken_towns() {
    check(&[
        Case { text: "Pakistan's main Taliban factions, the Jamaat-ul-Ahrar and the Hizbul Ahrar, rejoined the TTP.", want: &[("presence", "Jamaat-ul-Ahrar", "Pakistan"), ("presence", "Hizbul Ahrar", "Pakistan")], not: &[] },
        Case { text: "Colombia's two largest guerrilla groups, the FARC and the ELN, met in Havana.", want: &[("presence", "FARC", "Colombia"), ("presence", "ELN", "Colombia")], not: &[("presence", "", "Havana")] },
        Case { text: "Hamas and Fatah fought a bitter war for supremacy in different parts of the Palestinian territories.", want: &[("presence", "Hamas", "Palestinian territories"), ("presence", "Fatah", "Palestinian territories")], not: &[] },
        Case { text: "Hamas sent money for struggles in different parts of Africa.", want: &[], not: &[("presence", "Hamas", "Africa")] },
        Case { text: "Al-Shabaab fighters captured the port of Kismayo in Somalia's southernmost region of Lower Juba.", want: &[("presence", "al-Shabaab", "Kismayo"), ("presence", "al-Shabaab", "Lower Juba")], not: &[] },
    ]);
}

/// `presence.demonym_group`: a place's adjective that describes a group places it there ("the
/// Syrian rebel group ⟨G⟩", "the Nigerian-based group" standing for one); people of a group
/// described by where they come from ("Chechen ⟨G⟩ fighters") do not.
#[test]
fn presence_of_a_group_described_by_its_country() {
    check(&[
        Case { text: "The Syrian rebel group Jaysh al-Islam rejected the deal.", want: &[("presence", "Jaysh al-Islam", "Syria")], not: &[] },
        Case { text: "Boko Haram struck again on Sunday. Analysts say the Nigerian-based group wants recognition.", want: &[("presence", "Boko Haram", "Nigeria")], not: &[] },
        Case { text: "Officials said Lashkar-e-Taiba was behind the raid. The Pakistani militant group has denied it.", want: &[("presence", "Lashkar-e-Taiba", "Pakistan")], not: &[] },
        Case { text: "Chechen Islamic State fighters crossed the border on Monday.", want: &[], not: &[("presence", "Islamic State", "Chechnya")] },
        Case { text: "The Syrian government fought the Islamic State for years.", want: &[], not: &[("presence", "Islamic State", "Syria")] },
    ]);
}

/// `presence.apposed_in`: an apposition that describes a group by where it is places the group
/// there, even inside a phrase ("from ⟨G⟩, a militia in ⟨L⟩"); an apposition about something
/// else in the place does not.
#[test]
fn presence_from_an_apposition_of_place() {
    check(&[
        Case { text: "A commander from Ahrar al-Sham, another Islamist faction in Idlib, was killed.", want: &[("presence", "Ahrar al-Sham", "Idlib")], not: &[] },
        Case { text: "Analysts pointed to al-Shabaab, a militant group active in southern Somalia, as the likely culprit.", want: &[("presence", "al-Shabaab", "Somalia")], not: &[] },
        Case { text: "Talks with the Houthis, the rebel movement that controls much of Yemen, stalled.", want: &[("presence", "Houthis", "Yemen")], not: &[] },
        Case { text: "Officials blamed Boko Haram, a threat to schools in Cameroon, for the raid.", want: &[], not: &[("presence", "Boko Haram", "Cameroon")] },
    ]);
}

/// Waging an insurgency, holding positions and residing somewhere place a group there; waging
/// attacks somewhere is an attack there, not a presence.
#[test]
fn presence_of_insurgencies_positions_and_residents() {
    check(&[
        Case { text: "Boko Haram is waging an insurgency in northeastern Nigeria.", want: &[("presence", "Boko Haram", "Nigeria")], not: &[] },
        Case { text: "The Lord's Resistance Army has waged a brutal insurgency in northern Uganda since 1987.", want: &[("presence", "Lord's Resistance Army", "Uganda")], not: &[("attack", "Lord's Resistance Army", "")] },
        Case { text: "The Allied Democratic Forces hold positions in the Rwenzori mountains of Uganda.", want: &[("presence", "Allied Democratic Forces", "Uganda")], not: &[] },
        Case { text: "Some leaders and members of the National Liberation Army reside in Venezuela.", want: &[("presence", "National Liberation Army", "Venezuela")], not: &[] },
        Case { text: "The Lord's Resistance Army has waged attacks in northern Uganda since 1987.", want: &[("attack", "Lord's Resistance Army", "Uganda")], not: &[("presence", "Lord's Resistance Army", "Uganda")] },
    ]);
}

/// `presence.demonym_apposed` ("⟨G⟩, a Pakistani militant group"), "operates out of ⟨L⟩",
/// "based on the island of ⟨L⟩"; an appeal to supporters somewhere places nobody there.
#[test]
fn presence_by_demonym_apposition_and_bases_out_of() {
    check(&[
        Case {
            text: "Jaish-e-Mohammed, a Pakistani militant group, claimed the attack.",
            want: &[("presence", "Jaish-e-Mohammed", "Pakistan")],
            not: &[],
        },
        Case {
            text: "Hezbollah, the Lebanese Shia movement, denied it.",
            want: &[("presence", "Hezbollah", "Lebanon")],
            not: &[],
        },
        Case {
            text: "The Islamic State Sinai Province operates out of northern Sinai.",
            want: &[("presence", "Islamic State Sinai Province", "Sinai")],
            not: &[],
        },
        Case {
            text: "Abu Sayyaf is based on the island of Basilan.",
            want: &[("presence", "Abu Sayyaf", "Basilan")],
            not: &[],
        },
        Case {
            text: "The Islamic State urged supporters in Europe to attack.",
            want: &[],
            not: &[("presence", "Islamic State", "Europe")],
        },
        Case {
            text: "Jaish-e-Mohammed, a Pakistani official said, was behind the attack.",
            want: &[],
            not: &[("presence", "Jaish-e-Mohammed", "Pakistan")],
        },
    ]);
}

/// `presence.base_belonging`: "a base belonging to ⟨G⟩" places the group where the base is, the
/// place right after it or the place of the clause's event; without a place, nothing.
#[test]
fn presence_of_a_base_belonging_to_a_group() {
    check(&[
        Case { text: "Drone strikes near Jalalabad on Sunday destroyed a base belonging to the Islamic State, officials said.", want: &[("presence", "Islamic State", "Jalalabad")], not: &[] },
        Case { text: "Soldiers overran three camps run by Boko Haram in the Sambisa Forest.", want: &[("presence", "Boko Haram", "Sambisa Forest")], not: &[] },
        Case { text: "Police raided safe houses used by al-Shabaab in Nairobi.", want: &[("presence", "al-Shabaab", "Nairobi")], not: &[] },
        Case { text: "Officials from Kenya said a base belonging to al-Shabaab had been destroyed.", want: &[], not: &[("presence", "al-Shabaab", "Kenya")] },
    ]);
}

/// A place described as a group's stronghold without a possessive ("⟨L⟩, a former ⟨G⟩
/// stronghold") and "⟨L⟩ is the last stronghold of ⟨G⟩"; a stronghold of a group's rival names
/// only the rival.
#[test]
fn presence_of_strongholds_described_by_the_group() {
    check(&[
        Case {
            text: "Troops entered Sirte, a former Islamic State stronghold, on Monday.",
            want: &[("presence", "Islamic State", "Sirte")],
            not: &[],
        },
        Case {
            text: "Kismayo, an al-Shabaab stronghold in southern Somalia, was bombed.",
            want: &[("presence", "al-Shabaab", "Kismayo")],
            not: &[],
        },
        Case {
            text: "Idlib is the last stronghold of Hayat Tahrir al-Sham.",
            want: &[("presence", "Hayat Tahrir al-Sham", "Idlib")],
            not: &[],
        },
        Case {
            text: "Al-Shabaab attacked Mogadishu, a government stronghold, on Friday.",
            want: &[],
            not: &[("presence", "al-Shabaab", "Mogadishu")],
        },
    ]);
}

/// A country's adjective is the country's before a region named like it ("Somali" is Somalia's,
/// not Ethiopia's Somali region); a described group taken up as a verb's object or inside a
/// phrase is not resolved through its adjective, since the group meant there is seldom the one
/// spoken of.
#[test]
fn presence_by_a_countrys_adjective_only_for_subjects() {
    check(&[
        Case { text: "Analysts said the Somali militant group al-Shabaab was weakened.", want: &[("presence", "al-Shabaab", "Somalia")], not: &[] },
        Case { text: "Al-Shabaab has struck again. The Somali militant group killed ten soldiers.", want: &[("presence", "al-Shabaab", "Somalia")], not: &[] },
        Case { text: "Al-Shabaab joined al-Qaeda in 2012. The al-Qaeda leader welcomed the Somali group warmly.", want: &[], not: &[("presence", "al-Qaeda", "Somalia")] },
        Case { text: "Hamas held a rally. A rocket from the Palestinian militant group fell short.", want: &[], not: &[("presence", "", "Palestinian territories")] },
    ]);
}
