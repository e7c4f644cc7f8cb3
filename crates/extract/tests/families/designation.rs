//! designated: who lists a group as terrorist.

use super::{check, check_named, check_none, Case, NamedCase};

#[test]
fn designations() {
    check(&[
        Case { text: "The United States designated Boko Haram a Foreign Terrorist Organization in 2013.", want: &[("designated", "Boko Haram", "United States")], not: &[] },
        Case { text: "Britain proscribed Hamas in its entirety in 2021.", want: &[("designated", "Hamas", "United Kingdom")], not: &[] },
        Case { text: "Hezbollah is designated as a terrorist organisation by the European Union, the United States and Canada.", want: &[("designated", "Hezbollah", "European Union"), ("designated", "Hezbollah", "United States"), ("designated", "Hezbollah", "Canada")], not: &[] },
        Case { text: "The Houthis were redesignated as a Foreign Terrorist Organization by the US State Department in 2025.", want: &[("designated", "Houthis", "")], not: &[] },
        Case { text: "The United Kingdom proscribed the Wagner Group in September 2023.", want: &[("designated", "Wagner Group", "United Kingdom")], not: &[] },
        Case { text: "India banned Lashkar-e-Taiba in 2001.", want: &[("designated", "Lashkar-e-Taiba", "India")], not: &[] },
        Case { text: "Lashkar-e-Taiba, which the United Nations has designated a terrorist group, denies the charge.", want: &[("designated", "Lashkar-e-Taiba", "United Nations")], not: &[] },
        Case { text: "The US-designated terrorist group Kataib Hezbollah claimed the attack.", want: &[("designated", "Kataib Hezbollah", "United States")], not: &[] },
        Case { text: "Russia declared the Taliban a terrorist organisation in 2003.", want: &[("designated", "Taliban", "Russia")], not: &[] },
        Case { text: "Australia listed al-Shabaab as a terrorist organisation in 2009.", want: &[("designated", "al-Shabaab", "Australia")], not: &[] },
        Case { text: "The designated driver was arrested in Kabul.", want: &[], not: &[("designated", "", "")] },
        Case { text: "Officials designated a new safe zone in northern Syria.", want: &[], not: &[("designated", "", "")] },
        Case { text: "Hamas spokesmen in Gaza condemned the decision.", want: &[], not: &[("designated", "", "")] },
    ]);
}

#[test]
fn designations_per_rule() {
    check_named(&[
        NamedCase { text: "The United States designated Hayat Tahrir al-Sham a terrorist organisation in 2018.", facts: &[("designated", "Hayat Tahrir al-Sham", "United States")] },
        NamedCase { text: "Boko Haram was designated as a Foreign Terrorist Organization by the United States in 2013.", facts: &[("designated", "Boko Haram", "United States")] },
        NamedCase { text: "Hamas is proscribed by the United Kingdom, the European Union and Canada.", facts: &[("designated", "Hamas", "United Kingdom"), ("designated", "Hamas", "European Union")] },
        NamedCase { text: "The UK proscribed the Wagner Group in 2023.", facts: &[("designated", "Wagner Group", "United Kingdom")] },
        NamedCase { text: "Australia added Hezbollah to its list of terrorist organisations in 2021.", facts: &[("designated", "Hezbollah", "Australia")] },
    ]);
    check_none(&[("Hamas designated a new spokesman for its political bureau.", "designated")]);
}

/// More sentences per rule shape of designated (each group names the rule it exercises), and sentences
/// of like wording where no designated may come out.
#[test]
fn designation_shapes() {
    check(&[
        // designated.prefixed
        Case {
            text: "The EU-listed organisation Hamas rejected the ruling.",
            want: &[("designated", "Hamas", "European Union")],
            not: &[],
        },
        Case {
            text: "Troops raided a base of the US-listed Haqqani network.",
            want: &[("designated", "Haqqani network", "United States")],
            not: &[],
        },
        Case {
            text: "Troops killed a commander of the UN-listed al-Shabaab.",
            want: &[("designated", "al-Shabaab", "United Nations")],
            not: &[],
        },
        // sentences where no designated may come out
        Case {
            text: "The US-backed Syrian Democratic Forces attacked the Islamic State.",
            want: &[],
            not: &[("designated", "", "")],
        },
        Case {
            text: "Hamas won the elections in Gaza in 2006.",
            want: &[],
            not: &[("designated", "", "")],
        },
    ]);
}
