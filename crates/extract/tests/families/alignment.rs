//! pledge, ally_of and rival_of: whose side a group is on.

use super::common::{self, extract};
use super::{check, check_named, check_none, Case, NamedCase};

#[test]
fn pledges() {
    check(&[
        Case { text: "In November 2014, Ansar Bait al-Maqdis pledged allegiance to Abu Bakr al-Baghdadi.", want: &[("pledge", "Ansar Bait al-Maqdis", "Islamic State")], not: &[] },
        Case { text: "Boko Haram's leader Abubakar Shekau swore loyalty to the Islamic State in an audio message released in March 2015.", want: &[("pledge", "Boko Haram", "Islamic State"), ("pledge", "Abubakar Shekau", "Islamic State")], not: &[] },
        Case { text: "The Abu Sayyaf Group declared its allegiance to the Islamic State in 2014.", want: &[("pledge", "Abu Sayyaf", "Islamic State")], not: &[] },
        Case { text: "Al-Shabaab announced its allegiance to al-Qaeda in February 2012.", want: &[("pledge", "al-Shabaab", "al-Qaeda")], not: &[] },
        Case { text: "Several commanders of the Pakistani Taliban defected and pledged allegiance to the Islamic State.", want: &[("pledge", "commanders of the Pakistani Taliban", "Islamic State")], not: &[("pledge", "Tehrik-e-Taliban Pakistan", "")] },
        Case { text: "Jama'at Nusrat al-Islam wal-Muslimin renewed its oath of allegiance to al-Qaeda leader Ayman al-Zawahiri.", want: &[("pledge", "Jama'at Nusrat al-Islam wal-Muslimin", "al-Qaeda")], not: &[] },
        Case { text: "The Islamic Movement of Uzbekistan gave its bay'ah to the Islamic State in 2015.", want: &[("pledge", "Islamic Movement of Uzbekistan", "Islamic State")], not: &[] },
        Case { text: "Jund al-Khilafah, a small Algerian faction, said it was swearing allegiance to the Islamic State.", want: &[("pledge", "Jund al-Khilafah", "Islamic State")], not: &[] },
        Case { text: "Al-Mourabitoun reaffirmed its loyalty to al-Qaeda in a statement.", want: &[("pledge", "al-Mourabitoun", "al-Qaeda")], not: &[] },
        Case { text: "Hafiz Saeed Khan, a former Pakistani Taliban commander, pledged allegiance to Abu Bakr al-Baghdadi in 2015.", want: &[("pledge", "Hafiz Saeed Khan", "Islamic State")], not: &[] },
        Case { text: "Boko Haram was based in north-eastern Nigeria. In 2015 the group pledged allegiance to the Islamic State.", want: &[("pledge", "Boko Haram", "Islamic State")], not: &[] },
        Case { text: "Dozens of Uzbek fighters in northern Afghanistan swore allegiance to the Islamic State last year.", want: &[("pledge", "Uzbek fighters", "Islamic State")], not: &[] },
        Case { text: "The Islamic State called on Boko Haram to pledge allegiance to its caliph.", want: &[], not: &[("pledge", "Boko Haram", "")] },
        Case { text: "Al-Shabaab has refused to pledge allegiance to the Islamic State.", want: &[], not: &[("pledge", "al-Shabaab", "Islamic State")] },
        Case { text: "The minister pledged $10 million to the fight against Boko Haram.", want: &[], not: &[("pledge", "", "")] },
        Case { text: "Hamas leaders pledged to continue the fight against Israel.", want: &[], not: &[("pledge", "", "")] },
        Case { text: "Al-Qaeda rejected the Islamic State's demand for allegiance.", want: &[], not: &[("pledge", "al-Qaeda", "Islamic State")] },
        Case { text: "Al-Shabaab said it had renewed its allegiance to al-Qaeda and its leader Ayman al-Zawahiri.", want: &[("pledge", "al-Shabaab", "al-Qaeda"), ("leader_of", "Ayman al-Zawahiri", "al-Qaeda")], not: &[("leader_of", "Ayman al-Zawahiri", "al-Shabaab")] },
        Case { text: "The Taliban, to whom al-Qaeda has pledged allegiance, rejected the Islamic State.", want: &[("pledge", "al-Qaeda", "Taliban")], not: &[("pledge", "Taliban", "al-Qaeda")] },
        Case { text: "In 2013 al-Julani rejected Abu Bakr al-Baghdadi's attempt to absorb his group and instead pledged allegiance to al-Qaeda.", want: &[("pledge", "al-Julani", "al-Qaeda")], not: &[("pledge", "Abu Bakr al-Baghdadi", "")] },
        Case { text: "The Islamic State began publishing photos of fighters swearing allegiance to its new caliph. The Islamic State West Africa Province released three photo sets from Borno.", want: &[("pledge", "Islamic State West Africa Province", "Islamic State")], not: &[] },
        Case { text: "Bay'ahs pledged by fighters of the Islamic State Sinai Province to the Islamic State were shown in a video.", want: &[("pledge", "Islamic State Sinai Province", "Islamic State")], not: &[] },
        Case { text: "The Islamic State Khorasan Province released a video of an attack on a checkpoint in Nangarhar.", want: &[], not: &[("pledge", "", "")] },
    ]);
}

#[test]
fn alliances() {
    check(&[
        Case {
            text: "The Haqqani network is closely allied with the Afghan Taliban.",
            want: &[("ally_of", "Haqqani network", "Taliban")],
            not: &[],
        },
        Case {
            text: "Jabhat al-Nusra fought alongside Ahrar al-Sham in Idlib in 2015.",
            want: &[("ally_of", "Jabhat al-Nusra", "Ahrar al-Sham")],
            not: &[],
        },
        Case {
            text: "Lashkar-e-Taiba and Jaish-e-Mohammed have cooperated in Kashmir.",
            want: &[("ally_of", "Lashkar-e-Taiba", "Jaish-e-Mohammed")],
            not: &[],
        },
        Case {
            text: "Kataib Hezbollah, an ally of Hezbollah, has fought in Syria.",
            want: &[("ally_of", "Kataib Hezbollah", "Hezbollah")],
            not: &[],
        },
        Case {
            text: "Hamas and Palestinian Islamic Jihad run a joint operations room in Gaza.",
            want: &[("ally_of", "Hamas", "Palestinian Islamic Jihad")],
            not: &[],
        },
        Case {
            text: "The Taliban and al-Qaeda remain closely aligned, a UN report said.",
            want: &[("ally_of", "Taliban", "al-Qaeda")],
            not: &[],
        },
        Case {
            text: "Hezbollah has trained Houthi fighters, according to US officials.",
            want: &[("ally_of", "Hezbollah", "Houthis")],
            not: &[],
        },
        Case {
            text: "Ansar Dine, backed by al-Qaeda in the Islamic Maghreb, took Timbuktu in 2012.",
            want: &[("ally_of", "Ansar Dine", "al-Qaeda in the Islamic Maghreb")],
            not: &[],
        },
        Case {
            text:
                "The Islamic Jihad Union is a close partner of the Taliban in northern Afghanistan.",
            want: &[("ally_of", "Islamic Jihad Union", "Taliban")],
            not: &[],
        },
        Case {
            text:
                "Al-Shabaab has long maintained close ties with al-Qaeda in the Arabian Peninsula.",
            want: &[("ally_of", "al-Shabaab", "al-Qaeda in the Arabian Peninsula")],
            not: &[],
        },
        Case { text: "Hamas and Fatah are bitter rivals.", want: &[], not: &[("ally_of", "", "")] },
        Case {
            text: "Al-Qaeda denied any links to the Islamic State.",
            want: &[],
            not: &[("ally_of", "al-Qaeda", "Islamic State")],
        },
        Case {
            text: "The Taliban are not allied with the Islamic State Khorasan Province.",
            want: &[],
            not: &[("ally_of", "Taliban", "")],
        },
    ]);
}

#[test]
fn rivalries() {
    check(&[
        Case { text: "The Islamic State and al-Qaeda have been rivals since 2014.", want: &[("rival_of", "Islamic State", "al-Qaeda")], not: &[] },
        Case { text: "The Taliban have fought the Islamic State Khorasan Province across eastern Afghanistan.", want: &[("rival_of", "Taliban", "Islamic State Khorasan Province")], not: &[] },
        Case { text: "Clashes between Hamas and Fatah killed dozens in Gaza in 2007.", want: &[("rival_of", "Hamas", "Fatah")], not: &[] },
        Case { text: "Jabhat al-Nusra expelled the Syrian Revolutionary Front from Idlib in 2014.", want: &[("rival_of", "Jabhat al-Nusra", "Syrian Revolutionary Front")], not: &[] },
        Case { text: "Hezbollah fighters battled Jabhat al-Nusra near the Lebanese border.", want: &[("rival_of", "Hezbollah", "Jabhat al-Nusra")], not: &[] },
        Case { text: "The Islamic State West Africa Province has been at war with Boko Haram since 2016.", want: &[("rival_of", "Islamic State West Africa Province", "Boko Haram")], not: &[] },
        Case { text: "Hayat Tahrir al-Sham cracked down on Hurras al-Din in 2020.", want: &[("rival_of", "Hayat Tahrir al-Sham", "Hurras al-Din")], not: &[] },
        Case { text: "Al-Qaeda leader Ayman al-Zawahiri disowned the Islamic State in February 2014.", want: &[("rival_of", "al-Qaeda", "Islamic State")], not: &[] },
        Case { text: "Al-Shabaab has faced stiff resistance from Ahlu Sunna Wal Jamaa in central Somalia.", want: &[("rival_of", "al-Shabaab", "Ahlu Sunna Wal Jamaa")], not: &[] },
        Case { text: "Fighting between the Houthis and al-Qaeda in the Arabian Peninsula intensified in al-Bayda.", want: &[("rival_of", "Houthis", "al-Qaeda in the Arabian Peninsula")], not: &[] },
        Case { text: "The Islamic State and al-Qaeda share a Salafi-jihadist ideology.", want: &[], not: &[("rival_of", "", "")] },
        Case { text: "Hamas fought a war with Israel in 2021.", want: &[], not: &[("rival_of", "", "")] },
        Case { text: "Al-Shabaab has fought the Somali government for years.", want: &[], not: &[("rival_of", "", "")] },
    ]);
}

#[test]
fn pledges_per_rule() {
    check_named(&[
        NamedCase { text: "Boko Haram pledged allegiance to the Islamic State in March 2015.", facts: &[("pledge", "Boko Haram", "Islamic State")] },
        NamedCase { text: "In an audio message, Boko Haram's leader Abubakar Shekau swore allegiance to Abu Bakr al-Baghdadi.", facts: &[("pledge", "Abubakar Shekau", "Islamic State"), ("pledge", "Boko Haram", "Islamic State")] },
        NamedCase { text: "Ansar Bait al-Maqdis, the Sinai militant group, has sworn its loyalty to the Islamic State.", facts: &[("pledge", "Ansar Bait al-Maqdis", "Islamic State")] },
        NamedCase { text: "The Nusra Front had renewed its oath of allegiance to al-Qaeda leader Ayman al-Zawahiri.", facts: &[("pledge", "Jabhat al-Nusra", "al-Qaeda")] },
        NamedCase { text: "Al-Shabaab formally pledged allegiance to al-Qaeda in 2012, its spokesman said.", facts: &[("pledge", "al-Shabaab", "al-Qaeda")] },
        NamedCase { text: "Abu Sayyaf and several smaller factions pledged allegiance to the Islamic State.", facts: &[("pledge", "Abu Sayyaf", "Islamic State")] },
        NamedCase { text: "The Caucasus Emirate's commanders gave their bay'ah to the Islamic State in June 2015.", facts: &[("pledge", "Caucasus Emirate", "Islamic State")] },
        NamedCase { text: "Jund al-Khilafa, a little known group, declared its allegiance to the Islamic State.", facts: &[("pledge", "Jund al-Khilafa", "Islamic State")] },
        NamedCase { text: "AQAP reaffirmed its allegiance to al-Qaeda after the death of Osama bin Laden.", facts: &[] },
        NamedCase { text: "Bay'ahs pledged by Mozambique Province to the Islamic State were shown in photos.", facts: &[] },
    ]);
    check_none(&[
        ("The Islamic State called on Boko Haram to stop fighting.", "pledge"),
        ("Hamas has never been part of al-Qaeda.", "pledge"),
        ("The minister pledged support to Nigeria against Boko Haram.", "pledge"),
    ]);
}

#[test]
fn alliances_and_rivalries() {
    check_named(&[
        NamedCase {
            text: "Hamas is allied with Palestinian Islamic Jihad in Gaza.",
            facts: &[("ally_of", "Hamas", "Palestinian Islamic Jihad")],
        },
        NamedCase {
            text: "The Haqqani network has fought alongside the Taliban for decades.",
            facts: &[("ally_of", "Haqqani network", "Taliban")],
        },
        NamedCase {
            text: "Lashkar-e-Taiba and Jaish-e-Mohammed, an allied militant group, were blamed.",
            facts: &[("ally_of", "Lashkar-e-Taiba", "Jaish-e-Mohammed")],
        },
        NamedCase {
            text: "Along with Hamas and Hezbollah, the Houthis form part of Iran's network.",
            facts: &[("ally_of", "Houthis", "Hamas")],
        },
        NamedCase {
            text: "The Islamic State Khorasan Province has clashed with the Taliban repeatedly.",
            facts: &[("rival_of", "Islamic State Khorasan Province", "Taliban")],
        },
        NamedCase {
            text: "Al-Shabaab fighters battled the Islamic State in Puntland.",
            facts: &[("rival_of", "al-Shabaab", "Islamic State")],
        },
        NamedCase {
            text: "The Islamic State has lost territory to the Syrian Democratic Forces.",
            facts: &[("rival_of", "Islamic State", "Syrian Democratic Forces")],
        },
        NamedCase {
            text:
                "The rivalry between al-Qaeda and the Islamic State shaped the jihadist movement.",
            facts: &[("rival_of", "al-Qaeda", "Islamic State")],
        },
    ]);
    check_none(&[
        ("Hamas officials travelled to Cairo for talks.", "ally_of"),
        ("The Taliban fought hard in the 1990s.", "rival_of"),
    ]);
}

#[test]
fn a_reported_pledge_is_hedged() {
    let r = extract("Boko Haram reportedly pledged allegiance to the Islamic State.");
    assert_eq!(
        common::fact(&r, "pledge", "Boko Haram").expect("pledge").polarity,
        allegiance_extract::Polarity::Hedged
    );
}

/// More sentences per rule shape of ally_of (each group names the rule it exercises), and sentences
/// of like wording where no ally_of may come out.
#[test]
fn alliance_shapes() {
    check(&[
        // ally_of.acted_together
        Case { text: "Hamas and Islamic Jihad have often coordinated rocket fire from Gaza.", want: &[("ally_of", "Hamas", "Palestinian Islamic Jihad")], not: &[] },
        // ally_of.alliance_between
        Case { text: "Analysts describe an alliance between the Taliban and the Haqqani network.", want: &[("ally_of", "Taliban", "Haqqani network")], not: &[] },
        Case { text: "Officials warned of growing cooperation between Boko Haram and al-Shabaab.", want: &[("ally_of", "Boko Haram", "al-Shabaab")], not: &[] },
        Case { text: "Observers noted a partnership between Hamas and Hezbollah.", want: &[("ally_of", "Hamas", "Hezbollah")], not: &[] },
        // ally_of.allied_group_apposition
        Case { text: "The army fought Ansar Dine and al-Mourabitoun, an allied jihadist group.", want: &[("ally_of", "Ansar Dine", "al-Mourabitoun")], not: &[] },
        Case { text: "Police arrested members of Lashkar-e-Taiba and Jaish-e-Mohammed, a fellow militant organisation.", want: &[("ally_of", "Lashkar-e-Taiba", "Jaish-e-Mohammed")], not: &[] },
        // ally_of.are_allies
        Case { text: "Hezbollah and the Houthis are close allies.", want: &[("ally_of", "Hezbollah", "Houthis")], not: &[] },
        Case { text: "Al-Qaeda and the Taliban have been partners for decades.", want: &[("ally_of", "al-Qaeda", "Taliban")], not: &[] },
        // ally_of.joined_fellow
        Case { text: "Some al-Shabaab fighters have joined AQAP, another al-Qaeda affiliate.", want: &[("ally_of", "al-Shabaab", "al-Qaeda in the Arabian Peninsula")], not: &[] },
        Case { text: "Boko Haram has joined al-Shabaab, a fellow jihadist movement, in calling for attacks.", want: &[("ally_of", "Boko Haram", "al-Shabaab")], not: &[] },
        Case { text: "Hamas joined Islamic Jihad, a sister organisation, in the operation.", want: &[("ally_of", "Hamas", "Palestinian Islamic Jihad")], not: &[] },
        // ally_of.linked_apposition
        Case { text: "Ansar al-Sharia, an al-Qaeda-linked group, controlled parts of Derna.", want: &[("ally_of", "Ansar al Charia Derna", "al-Qaeda")], not: &[] },
        Case { text: "Jamaat-ul-Ahrar, a Taliban-allied faction, claimed the bombing.", want: &[("ally_of", "Jamaat-ul-Ahrar", "Taliban")], not: &[] },
        Case { text: "Kataib Hezbollah, a Hezbollah-aligned militia, fired the drones.", want: &[("ally_of", "Kataib Hezbollah", "Hezbollah")], not: &[] },
        // ally_of.linked_prefix
        Case { text: "The al-Qaeda-linked Ansar al-Sharia seized the town.", want: &[("ally_of", "Ansar al Charia Derna", "al-Qaeda")], not: &[] },
        Case { text: "Security forces raided a hideout of the Taliban-allied Haqqani network.", want: &[("ally_of", "Haqqani network", "Taliban")], not: &[] },
        Case { text: "The Hezbollah-backed militia Kataib Hezbollah fired rockets.", want: &[("ally_of", "Kataib Hezbollah", "Hezbollah")], not: &[] },
        // ally_of.part_of_alongside
        Case { text: "Ansar Dine was a member of the alliance, together with al-Mourabitoun.", want: &[("ally_of", "Ansar Dine", "al-Mourabitoun")], not: &[] },
        Case { text: "Hamas is part of the Axis of Resistance alongside Hezbollah.", want: &[("ally_of", "Hamas", "Hezbollah")], not: &[] },
        Case { text: "The Haqqani network is a member of the insurgency, together with the Taliban.", want: &[("ally_of", "Haqqani network", "Taliban")], not: &[] },
        // ally_of.supports
        Case { text: "Al-Qaeda trained Boko Haram fighters in the Sahel.", want: &[("ally_of", "al-Qaeda", "Boko Haram")], not: &[] },
        Case { text: "The Taliban backed the Haqqani network for years.", want: &[("ally_of", "Taliban", "Haqqani network")], not: &[] },
        // sentences where no ally_of may come out
        Case { text: "Hezbollah funded schools and hospitals in Lebanon.", want: &[], not: &[("ally_of", "", "")] },
        Case { text: "Officials said the al-Qaeda-linked attack killed ten people.", want: &[], not: &[("ally_of", "", "")] },
        Case { text: "Talks between Hamas officials and Egyptian mediators resumed.", want: &[], not: &[("ally_of", "", "")] },
        Case { text: "The Taliban and the Islamic State are bitter enemies.", want: &[], not: &[("ally_of", "", "")] },
    ]);
}

/// More sentences per rule shape of rival_of (each group names the rule it exercises), and sentences
/// of like wording where no rival_of may come out.
#[test]
fn rivalry_shapes() {
    check(&[
        // rival_of.against
        Case {
            text: "ISWAP fighters were pushed back by Boko Haram near Lake Chad.",
            want: &[("rival_of", "Islamic State West Africa Province", "Boko Haram")],
            not: &[],
        },
        Case {
            text: "Al-Shabaab fighters were driven out by the Islamic State from the hills.",
            want: &[("rival_of", "al-Shabaab", "Islamic State")],
            not: &[],
        },
        // rival_of.are_rivals
        Case {
            text: "The Taliban and the Islamic State are bitter enemies.",
            want: &[("rival_of", "Taliban", "Islamic State")],
            not: &[],
        },
        Case {
            text: "Hamas and Fatah remain at odds over Gaza.",
            want: &[("rival_of", "Hamas", "Fatah")],
            not: &[],
        },
        Case {
            text: "ISWAP and Boko Haram have been enemies since 2016.",
            want: &[("rival_of", "Islamic State West Africa Province", "Boko Haram")],
            not: &[],
        },
        // sentences where no rival_of may come out
        Case {
            text: "Hezbollah and the Houthis are close allies.",
            want: &[],
            not: &[("rival_of", "", "")],
        },
        Case {
            text: "The rivalry between Real Madrid and Barcelona is famous.",
            want: &[],
            not: &[("rival_of", "", "")],
        },
    ]);
}

/// More sentences per rule shape of pledge (each group names the rule it exercises), and sentences
/// of like wording where no pledge may come out.
#[test]
fn pledge_shapes() {
    check(&[
        // pledge.collective_subject
        Case { text: "Dozens of Boko Haram fighters pledged allegiance to the Islamic State.", want: &[("pledge", "Boko Haram fighters", "Islamic State")], not: &[] },
        Case { text: "Hundreds of Taliban fighters pledged allegiance to the Islamic State.", want: &[("pledge", "Taliban fighters", "Islamic State")], not: &[] },
        // pledge.to_whom
        Case { text: "Al-Qaeda, to which al-Shabaab has formally pledged allegiance, praised the attack.", want: &[("pledge", "al-Shabaab", "al-Qaeda")], not: &[] },
        Case { text: "Abu Bakr al-Baghdadi, to whom Boko Haram swore allegiance, was killed in 2019.", want: &[("pledge", "Boko Haram", "Islamic State")], not: &[] },
        Case { text: "The Islamic State, to which ISWAP pledged allegiance, claimed the raid.", want: &[("pledge", "Islamic State West Africa Province", "Islamic State")], not: &[] },
        // pledge.via_leader
        Case { text: "Abubakar Shekau, the leader of Boko Haram, pledged allegiance to the Islamic State.", want: &[("pledge", "Boko Haram", "Islamic State")], not: &[] },
        Case { text: "Ahmad Umar, the emir of al-Shabaab, renewed his allegiance to al-Qaeda.", want: &[("pledge", "al-Shabaab", "al-Qaeda")], not: &[] },
        // sentences where no pledge may come out
        Case { text: "The Islamic State urged Boko Haram to pledge allegiance to it.", want: &[], not: &[("pledge", "", "")] },
        Case { text: "Boko Haram fighters were asked to swear allegiance to the Islamic State.", want: &[], not: &[("pledge", "", "")] },
    ]);
}

/// `ally_of.ally_trigger` and `ally_of.possessive_alliance`: a tie read over the clause, as an
/// apposition, a relative clause, a reflexive verb or a possessive noun.
#[test]
fn alliances_read_over_the_clause() {
    check(&[
        Case { text: "Ansar Dine had allied itself with al-Qaeda in the Islamic Maghreb before the French intervention.", want: &[("ally_of", "Ansar Dine", "al-Qaeda in the Islamic Maghreb")], not: &[] },
        Case { text: "Hezbollah, a close ally of the Houthis, denied sending fighters.", want: &[("ally_of", "Hezbollah", "Houthis")], not: &[] },
        Case { text: "The Haqqani network, which keeps close operational links with al-Qaeda and Lashkar-e-Taiba, was designated in 2012.", want: &[("ally_of", "Haqqani network", "al-Qaeda"), ("ally_of", "Haqqani network", "Lashkar-e-Taiba")], not: &[] },
        Case { text: "Boko Haram's growing partnership with the Islamic State worried officials in Abuja.", want: &[("ally_of", "Boko Haram", "Islamic State")], not: &[] },
        Case { text: "Hezbollah has denied any links with the Houthis.", want: &[], not: &[("ally_of", "Hezbollah", "Houthis")] },
        Case { text: "Officials loyal to the Taliban met envoys in Doha.", want: &[], not: &[("ally_of", "", "")] },
    ]);
}

/// `rival_of.rival_trigger`, `rival_of.locked_in` and `rival_of.possessive_rivalry`: enmity as
/// a noun after a copula, a campaign against, a fight the coordinated subject is locked in.
#[test]
fn rivalries_read_over_the_clause() {
    check(&[
        Case { text: "By 2024 the Jalisco New Generation Cartel was the main competitor to the Sinaloa Cartel.", want: &[("rival_of", "Jalisco New Generation Cartel", "Sinaloa Cartel")], not: &[] },
        Case { text: "Since 2015 Jemaah Islamiyah has campaigned against the Islamic State in its sermons.", want: &[("rival_of", "Jemaah Islamiyah", "Islamic State")], not: &[] },
        Case { text: "For a decade the Sinaloa Cartel and the Jalisco New Generation Cartel were locked in a bloody turf war along the border.", want: &[("rival_of", "Sinaloa Cartel", "Jalisco New Generation Cartel")], not: &[] },
        Case { text: "Hamas's long rivalry with Fatah shaped Palestinian politics.", want: &[("rival_of", "Hamas", "Fatah")], not: &[] },
        Case { text: "The Islamic State, an enemy of al-Qaeda since 2014, lost Raqqa in 2017.", want: &[("rival_of", "Islamic State", "al-Qaeda")], not: &[] },
        Case { text: "Hezbollah was locked in talks with the Lebanese government over the border.", want: &[], not: &[("rival_of", "", "")] },
    ]);
}

/// Pledges and rivals read over the structure: a relative clause inside an apposition or a
/// dash names who pledges; the clause's subject is a "rival" group's rival; "allegience" is
/// a spelling of allegiance.
#[test]
fn pledges_and_rivals_read_over_the_clause() {
    check(&[
        Case { text: "Officials blamed the Maute group, another gang which had pledged allegiance to the Islamic State.", want: &[("pledge", "Maute group", "Islamic State")], not: &[] },
        Case { text: "Fighters clashed with Ansar al-Sharia – a Benghazi militia that pledged allegiance to al-Qaeda – at dawn.", want: &[("pledge", "Ansar al-Sharia", "al-Qaeda")], not: &[] },
        Case { text: "Al-Shabaab has pledged its allegience to al-Qaeda.", want: &[("pledge", "al-Shabaab", "al-Qaeda")], not: &[] },
        Case { text: "Hezbollah, whose rivals include al-Nusra, said the Houthis had pledged nothing.", want: &[], not: &[("pledge", "", "")] },
        Case { text: "Islamic State militants killed two commanders from the rival Ahrar al-Sham near Idlib.", want: &[("rival_of", "Islamic State", "Ahrar al-Sham")], not: &[] },
        Case { text: "Jabhat al-Nusra attacked a rival Free Syrian Army unit near Aleppo.", want: &[("rival_of", "Jabhat al-Nusra", "Free Syrian Army")], not: &[] },
        Case { text: "Islamic State gunmen shot three members of the rival Syrian Ahrar al-Sham at a checkpoint.", want: &[("rival_of", "Islamic State", "Ahrar al-Sham")], not: &[] },
        Case { text: "A rival faction said Hezbollah had withdrawn from the town.", want: &[], not: &[("rival_of", "", "")] },
        Case { text: "Hamas was endorsed by the Palestinian Islamic Jihad in the vote.", want: &[("ally_of", "Hamas", "Palestinian Islamic Jihad")], not: &[] },
        Case { text: "The Haqqani network maintains close links with al-Qaeda in Pakistan, Lashkar-e-Taiba, and the Islamic Movement of Uzbekistan in Waziristan.", want: &[("ally_of", "Haqqani network", "al-Qaeda"), ("ally_of", "Haqqani network", "Lashkar-e-Taiba"), ("ally_of", "Haqqani network", "Islamic Movement of Uzbekistan")], not: &[] },
    ]);
}

/// Ties named by support and by the company a group keeps: support drawn from another group,
/// support pledged to it (not allegiance), a "⟨G⟩ linked" apposition without its hyphen, a
/// political counterpart, joining another group for a fight.
#[test]
fn alliances_by_support_and_company() {
    check(&[
        Case { text: "Ansar Dine has drawn money, weapons and recruits from al-Qaeda in the Islamic Maghreb.", want: &[("ally_of", "Ansar Dine", "al-Qaeda in the Islamic Maghreb")], not: &[] },
        Case { text: "Over the past year al-Shabaab has attracted funding and recruits from al-Qaeda.", want: &[("ally_of", "al-Shabaab", "al-Qaeda")], not: &[] },
        Case { text: "The Houthis reportedly received weapons, training and money from Hezbollah.", want: &[("ally_of", "Houthis", "Hezbollah")], not: &[] },
        Case { text: "Boko Haram has received sharp criticism from al-Qaeda in the Islamic Maghreb.", want: &[], not: &[("ally_of", "", "")] },
        Case { text: "In 2016 Ansar al-Sharia pledged its support to Jabhat al-Nusra.", want: &[("ally_of", "Ansar al-Sharia", "Jabhat al-Nusra")], not: &[("pledge", "Ansar al-Sharia", "")] },
        Case { text: "Lashkar-e-Taiba voiced strong support for Hizbul Mujahideen after the raid.", want: &[("ally_of", "Lashkar-e-Taiba", "Hizbul Mujahideen")], not: &[] },
        Case { text: "Ansar Dine pledged support and allegiance to al-Qaeda in the Islamic Maghreb.", want: &[("pledge", "Ansar Dine", "al-Qaeda in the Islamic Maghreb")], not: &[] },
        Case { text: "Hamas pledged support to the families of the victims.", want: &[], not: &[("ally_of", "", "")] },
        Case { text: "Hamas and Palestinian Islamic Jihad signed a cooperation agreement in Gaza.", want: &[("ally_of", "Hamas", "Palestinian Islamic Jihad")], not: &[] },
        Case { text: "In 2019 Ahrar al-Sham and Hayat Tahrir al-Sham signed a mutual defence pact.", want: &[("ally_of", "Ahrar al-Sham", "Hayat Tahrir al-Sham")], not: &[] },
        Case { text: "Ahrar al-Sham and Hayat Tahrir al-Sham signed a truce after weeks of fighting.", want: &[], not: &[("ally_of", "", "")] },
        Case { text: "Fighting broke out with the Mujahideen Shura Council of Derna — an al-Qaeda linked coalition of Islamist militias.", want: &[("ally_of", "Mujahideen Shura Council of Derna", "al-Qaeda")], not: &[] },
        Case { text: "Analysts describe Ansar Bait al-Maqdis, a Hamas linked outfit until 2014, as the strongest group in Sinai.", want: &[("ally_of", "Ansar Bait al-Maqdis", "Hamas")], not: &[] },
        Case { text: "Hamas linked charities in Europe were closed by the authorities.", want: &[], not: &[("ally_of", "", "")] },
        Case { text: "Hamas said Palestinian Islamic Jihad backed the truce.", want: &[], not: &[("ally_of", "", "")] },
        Case { text: "The Provisional IRA's political wing, Sinn Féin, entered talks in 1994.", want: &[("ally_of", "Provisional IRA", "Sinn Féin")], not: &[] },
        Case { text: "Sinn Féin, long the political wing of the Provisional IRA, held its congress in Dublin.", want: &[("ally_of", "Sinn Féin", "Provisional IRA")], not: &[] },
        Case { text: "The military wing of Hamas fired rockets at Ashkelon.", want: &[], not: &[("ally_of", "", "")] },
        Case { text: "Many Jemaah Islamiyah fighters joined the militant group Ahrar al-Sham to fight against the Syrian army.", want: &[("ally_of", "Jemaah Islamiyah", "Ahrar al-Sham")], not: &[] },
        Case { text: "Several al-Shabaab commanders joined al-Qaeda in the Arabian Peninsula in order to fight in Yemen.", want: &[("ally_of", "al-Shabaab", "al-Qaeda in the Arabian Peninsula")], not: &[] },
        Case { text: "Jemaah Islamiyah members joined the Islamic State after the split.", want: &[], not: &[("ally_of", "Jemaah Islamiyah", "Islamic State")] },
        Case { text: "Recruits who had left Jemaah Islamiyah joined Ahrar al-Sham to fight the Syrian army.", want: &[], not: &[("ally_of", "Jemaah Islamiyah", "Ahrar al-Sham")] },
        Case { text: "Many Jemaah Islamiyah fighters joined Ahrar al-Sham to fight against the Islamic State.", want: &[("ally_of", "Jemaah Islamiyah", "Ahrar al-Sham"), ("rival_of", "Jemaah Islamiyah", "Islamic State")], not: &[] },
        Case { text: "Al-Shabaab militants later joined the Hizbul Islam coalition to battle the African Union troops.", want: &[], not: &[("rival_of", "", "")] },
    ]);
}

/// Enmity named by what one group thinks of another or by the sentence's last two groups:
/// "clashes between the two", "which has rejected ⟨G⟩", "sees ⟨G⟩ as a threat", "⟨G⟩, a rival
/// faction".
#[test]
fn rivalries_by_stance() {
    check(&[
        Case { text: "Relations between Hamas and Fatah soured in 2006, and fighting between the two erupted in Gaza a year later.", want: &[("rival_of", "Hamas", "Fatah")], not: &[] },
        Case { text: "Ahrar al-Sham lost ground to Hayat Tahrir al-Sham; analysts expect the rivalry between the two groups to grow.", want: &[("rival_of", "Ahrar al-Sham", "Hayat Tahrir al-Sham")], not: &[] },
        Case { text: "Hezbollah fighters crossed from Lebanon into Syria, and tensions between the two countries rose.", want: &[], not: &[("rival_of", "", "")] },
        Case { text: "The commander came from Ansar al-Sharia, a Benghazi militia which has rejected the Islamic State.", want: &[("rival_of", "Ansar al-Sharia", "Islamic State")], not: &[] },
        Case { text: "The Taliban have long rejected al-Qaeda's calls for a global jihad.", want: &[], not: &[("rival_of", "", "")] },
        Case { text: "Hamas rejected the Fatah proposal for joint elections.", want: &[], not: &[("rival_of", "", "")] },
        Case { text: "Jaish al-Adl regards the Islamic State as its main enemy in Baluchistan.", want: &[("rival_of", "Jaish al-Adl", "Islamic State")], not: &[] },
        Case { text: "The Taliban see Islamic State Khorasan Province as an existential threat, just like al-Qaeda does.", want: &[("rival_of", "Taliban", "Islamic State Khorasan Province"), ("rival_of", "al-Qaeda", "Islamic State Khorasan Province")], not: &[] },
        Case { text: "Western officials see al-Shabaab as the main threat to Somalia.", want: &[], not: &[("rival_of", "", "")] },
        Case { text: "Tehrik-e-Taliban Pakistan claimed the attack on the school, while they also see the Islamic State as a dangerous rival.", want: &[("rival_of", "Tehrik-e-Taliban Pakistan", "Islamic State")], not: &[] },
        Case { text: "After meeting Fatah envoys, the Egyptian government considers Hamas a threat to Sinai.", want: &[], not: &[("rival_of", "", "")] },
        Case { text: "The Gulf Cartel fought for years with Los Zetas, a rival criminal organization based in Nuevo Laredo.", want: &[("rival_of", "Gulf Cartel", "Los Zetas")], not: &[] },
        Case { text: "Since 2017 Ahrar al-Sham has held several towns near the border, as has Jaish al-Islam, a rival rebel faction.", want: &[("rival_of", "Ahrar al-Sham", "Jaish al-Islam")], not: &[] },
        Case { text: "The Sinaloa Cartel, a rival gang, denied the killings.", want: &[], not: &[("rival_of", "", "")] },
        Case { text: "The Islamic State killed three al-Shabaab commanders near Kismayo.", want: &[("rival_of", "Islamic State", "al-Shabaab")], not: &[] },
        Case { text: "In 2015 Taliban gunmen executed two senior members of the Islamic State Khorasan Province in Nangarhar.", want: &[("rival_of", "Taliban", "Islamic State Khorasan Province")], not: &[] },
        Case { text: "Al-Shabaab executed two of its own fighters accused of spying.", want: &[], not: &[("rival_of", "", "")] },
        Case { text: "Soldiers who had fought the Islamic State killed two al-Shabaab fighters.", want: &[], not: &[("rival_of", "Islamic State", "al-Shabaab")] },
        Case { text: "Al-Shabaab and Hizb ut-Tahrir have been attacking each other's supporters for months.", want: &[], not: &[("rival_of", "", "")] },
        Case { text: "Ahrar al-Sham and Jaish al-Islam have been fighting each other near Damascus.", want: &[("rival_of", "Ahrar al-Sham", "Jaish al-Islam")], not: &[] },
        Case { text: "The Taliban declared war on the Islamic State Khorasan Province in 2015.", want: &[("rival_of", "Taliban", "Islamic State Khorasan Province")], not: &[] },
        Case { text: "Ansar al-Sharia has been at loggerheads with the Islamic State since 2015.", want: &[("rival_of", "Ansar al-Sharia", "Islamic State")], not: &[] },
    ]);
}

/// More ways English states a side: alliances formed or forged, proxies, supplies sent; clashes,
/// hostility, ground seized from another group, a group declared apostate; allegiance as a
/// possessed noun, allegiance vowed.
#[test]
fn sides_stated_as_deeds_and_nouns() {
    check(&[
        Case { text: "In 2014 Ansar Dine and the MUJAO forged a loose alliance in northern Mali.", want: &[("ally_of", "Ansar Dine", "MUJAO")], not: &[] },
        Case { text: "Hamas and Fatah announced a new alliance before the vote.", want: &[("ally_of", "Hamas", "Fatah")], not: &[] },
        Case { text: "Hamas and Fatah rejected an alliance with the smaller parties.", want: &[], not: &[("ally_of", "Hamas", "Fatah")] },
        Case { text: "Kataib Hezbollah, long a proxy of the Quds Force, struck the base.", want: &[("ally_of", "Kataib Hezbollah", "Quds Force")], not: &[] },
        Case { text: "Hezbollah has provided weapons and training to the Houthis since 2015.", want: &[("ally_of", "Hezbollah", "Houthis")], not: &[] },
        Case { text: "Al-Qaeda reportedly sent money and fighters to help al-Shabaab.", want: &[("ally_of", "al-Qaeda", "al-Shabaab")], not: &[] },
        Case { text: "Hezbollah sent thousands of fighters to Syria in 2013.", want: &[], not: &[("ally_of", "", "")] },
        Case { text: "Al-Shabaab and Hizbul Islam clashed repeatedly near Kismayo in 2009.", want: &[], not: &[("ally_of", "", "")] },
        Case { text: "Ahrar al-Sham and Jaish al-Islam clashed again near Douma.", want: &[("rival_of", "Ahrar al-Sham", "Jaish al-Islam")], not: &[] },
        Case { text: "Hamas and Palestinian Islamic Jihad clashed with Israeli troops near the fence.", want: &[], not: &[("rival_of", "Hamas", "Palestinian Islamic Jihad")] },
        Case { text: "Before the talks with Hamas, the Egyptian government rejected Palestinian Islamic Jihad outright.", want: &[], not: &[("rival_of", "", "")] },
        Case { text: "Hezbollah sent fighters to Hamas-controlled areas of Gaza.", want: &[], not: &[("ally_of", "", "")] },
        Case { text: "Jabhat al-Nusra has been openly hostile to the Islamic State since 2014.", want: &[("rival_of", "Jabhat al-Nusra", "Islamic State")], not: &[] },
        Case { text: "In 2016 the Islamic State seized several villages near al-Bab from Ahrar al-Sham.", want: &[("rival_of", "Islamic State", "Ahrar al-Sham")], not: &[] },
        Case { text: "The Islamic State declared Hayat Tahrir al-Sham apostates in its weekly newsletter.", want: &[("rival_of", "Islamic State", "Hayat Tahrir al-Sham")], not: &[] },
        Case { text: "The Taliban consider the Islamic State Khorasan Province a threat to their rule.", want: &[("rival_of", "Taliban", "Islamic State Khorasan Province")], not: &[] },
        Case { text: "The report considered the Islamic State's threat to shipping in the Red Sea.", want: &[], not: &[("rival_of", "", "")] },
        Case { text: "Al-Shabaab's oath of allegiance to al-Qaeda dates from 2012.", want: &[("pledge", "al-Shabaab", "al-Qaeda")], not: &[] },
        Case { text: "Boko Haram's new allegiance to the Islamic State worried its neighbours.", want: &[("pledge", "Boko Haram", "Islamic State")], not: &[] },
        Case { text: "Boko Haram's attacks on the Islamic State's rivals continued.", want: &[], not: &[("pledge", "", "")] },
        Case { text: "Jund al-Khilafah vowed allegiance to the Islamic State in September 2014.", want: &[("pledge", "Jund al-Khilafah", "Islamic State")], not: &[] },
        Case { text: "Al-Shabaab's longtime patron al-Qaeda praised the raid.", want: &[("ally_of", "al-Shabaab", "al-Qaeda")], not: &[] },
        Case { text: "The Taliban's allies in the Haqqani network run the eastern provinces.", want: &[("ally_of", "Taliban", "Haqqani network")], not: &[] },
        Case { text: "The Islamic State's arch-enemy al-Qaeda issued a statement on Friday.", want: &[("rival_of", "Islamic State", "al-Qaeda")], not: &[] },
        Case { text: "Hamas's rivals in the Palestinian parliament walked out.", want: &[], not: &[("rival_of", "", "")] },
        Case { text: "The Houthis' enemies in Yemen include Saudi Arabia.", want: &[], not: &[("rival_of", "", "")] },
        Case { text: "The Popular Mobilization Forces were set up in 2014 to fight the Islamic State.", want: &[("rival_of", "Popular Mobilization Forces", "Islamic State")], not: &[] },
        Case { text: "Jaish al-Adl, which was founded in 2012 in Sistan to confront the Islamic State, denied the claim.", want: &[("rival_of", "Jaish al-Adl", "Islamic State")], not: &[] },
        Case { text: "Jaish al-Adl was founded in 2012 by former members of Jundallah.", want: &[], not: &[("rival_of", "", "")] },
        Case { text: "Kataib Hezbollah has fought on behalf of the Quds Force in Syria.", want: &[("ally_of", "Kataib Hezbollah", "Quds Force")], not: &[] },
        Case { text: "A spokesman for Hamas spoke on behalf of the prisoners.", want: &[], not: &[("ally_of", "", "")] },
    ]);
}

/// A pledge to a description ("the organization") is a pledge to the group named last before
/// it, after the one who pledges.
#[test]
fn a_pledge_to_a_description_goes_to_the_group_named_last() {
    check(&[
        Case { text: "The Islamic Movement of Uzbekistan released a new video. In the footage, the group's deputy leader, Abu Khalid, stands beneath the flag of the Islamic State and pledges loyalty to the organization.", want: &[("pledge", "Abu Khalid", "Islamic State")], not: &[("pledge", "Abu Khalid", "Islamic Movement of Uzbekistan")] },
        Case { text: "Boko Haram released an audio message. Its leader Abubakar Shekau praised the Islamic State at length and then swore allegiance to the group.", want: &[("pledge", "Abubakar Shekau", "Islamic State")], not: &[] },
        Case { text: "Al-Shabaab released a statement on Friday. Its commander Ahmad Umar renewed his loyalty to the group.", want: &[], not: &[("pledge", "Ahmad Umar", "al-Qaeda")] },
    ]);
}

/// Pledges written with "bay'a" and pledges withheld: "stopped short of pledging bay'a", "refused
/// to pledge".
#[test]
fn pledges_withheld() {
    check(&[
        Case {
            text: "Abu Sayyaf gave its bay'a to the Islamic State in 2014.",
            want: &[("pledge", "Abu Sayyaf", "Islamic State")],
            not: &[],
        },
        Case {
            text: "Ansar al-Sharia stopped short of pledging bay’a to the Islamic State.",
            want: &[],
            not: &[("pledge", "Ansar al-Sharia", "Islamic State")],
        },
        Case {
            text: "The Haqqani network refused to pledge allegiance to the Islamic State.",
            want: &[],
            not: &[("pledge", "Haqqani network", "Islamic State")],
        },
    ]);
}
