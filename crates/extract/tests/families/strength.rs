//! strength: how many fighters a group has, and where.

use super::common::{self, extract};
use super::{check, check_none, Case};

#[test]
fn strengths() {
    check(&[
        Case { text: "Al-Shabaab has between 7,000 and 12,000 fighters, according to US estimates.", want: &[("strength", "al-Shabaab", "7000-12000")], not: &[] },
        Case { text: "The Islamic State is believed to have around 10,000 fighters in Iraq and Syria.", want: &[("strength", "Islamic State", "10000")], not: &[] },
        Case { text: "Boko Haram's strength is estimated at 4,000 to 6,000 militants.", want: &[("strength", "Boko Haram", "4000-6000")], not: &[] },
        Case { text: "ISKP numbers about 4,000 members, the UN said.", want: &[("strength", "Islamic State Khorasan Province", "4000")], not: &[] },
        Case { text: "Hezbollah claims to have 100,000 fighters.", want: &[("strength", "Hezbollah", "100000")], not: &[] },
        Case { text: "JNIM fields as many as 6,000 combatants across the Sahel.", want: &[("strength", "Jama'at Nusrat al-Islam wal-Muslimin", "6000")], not: &[] },
        Case { text: "An estimated 1,500 ISWAP fighters are based near Lake Chad.", want: &[("strength", "Islamic State West Africa Province", "1500")], not: &[] },
        Case { text: "The Wagner Group had up to 50,000 men in Ukraine, including convicts.", want: &[("strength", "Wagner Group", "50000")], not: &[] },
        Case { text: "Up to a thousand Haqqani fighters are thought to be in North Waziristan.", want: &[("strength", "Haqqani network", "1000")], not: &[] },
        Case { text: "Al-Qaeda in the Arabian Peninsula has some 3,000 members in Yemen, a UN panel said.", want: &[("strength", "al-Qaeda in the Arabian Peninsula", "3000")], not: &[] },
        Case { text: "Al-Shabaab killed more than 100 people in the attack.", want: &[], not: &[("strength", "", "")] },
        Case { text: "Boko Haram abducted 276 schoolgirls from Chibok in 2014.", want: &[], not: &[("strength", "", "")] },
        Case { text: "About 3,000 people attended the funeral of a Hezbollah commander.", want: &[], not: &[("strength", "", "")] },
        Case { text: "Al-Shabaab, an al-Qaeda affiliate, has between 7,000 and 12,000 fighters.", want: &[("strength", "al-Shabaab", "7000-12000")], not: &[("strength", "al-Qaeda", "")] },
        Case { text: "Despite the shrinking ranks of its fighters, estimated at about 300, the Lord's Resistance Army still raids villages in the Central African Republic.", want: &[("strength", "Lord's Resistance Army", "300-300")], not: &[] },
        Case { text: "The army said its soldiers, estimated at 5,000, would stay. Boko Haram attacked Maiduguri.", want: &[], not: &[("strength", "Boko Haram", "")] },
    ]);
}

#[test]
fn strengths_per_rule() {
    let r = extract(
        "Al-Shabaab has between 7,000 and 9,000 fighters in Somalia, according to a UN report.",
    );
    let f = common::fact(&r, "strength", "al-Shabaab").expect("strength fact");
    assert_eq!(f.attrs.strength().unwrap().min, 7000.0);
    assert_eq!(f.attrs.strength().unwrap().max, 9000.0);
    assert!(f.object.as_deref().is_some_and(|o| common::named(&r, o, "Somalia")));

    let r =
        extract("The Islamic State Khorasan Province is estimated to have around 4,000 members.");
    let f = common::fact(&r, "strength", "Islamic State Khorasan Province").expect("strength fact");
    assert_eq!(f.attrs.strength().unwrap().min, 4000.0);
    assert_eq!(f.polarity, allegiance_extract::Polarity::Hedged);

    let r = extract("Hezbollah commands as many as 20,000 fighters, its leader has claimed.");
    assert_eq!(
        common::fact(&r, "strength", "Hezbollah").expect("strength").attrs.strength().unwrap().max,
        20000.0
    );

    let r = extract("Up to a thousand fighters of the Haqqani network operate in Khost.");
    assert_eq!(
        common::fact(&r, "strength", "Haqqani network")
            .expect("strength")
            .attrs
            .strength()
            .unwrap()
            .min,
        1000.0
    );

    let r = extract("Boko Haram has 7,000–8,500 members in Nigeria and 2,000–3,000 in Cameroon.");
    assert!(
        r.facts.iter().filter(|f| f.fact_type.as_str() == "strength").count() >= 2,
        "{}",
        common::describe(&r)
    );

    check_none(&[
        ("Airstrikes on Boko Haram camps killed about 50 fighters.", "strength"),
        ("The Islamic State executed 2,000 prisoners in 2015.", "strength"),
        ("Al-Shabaab was founded in 2006.", "strength"),
    ]);
}

#[test]
fn strength_is_sourced_to_who_estimates_it() {
    let r = extract("Hezbollah has around 45,000 fighters, according to the Soufan Center.");
    let f = common::fact(&r, "strength", "Hezbollah").expect("strength");
    assert_eq!(f.source.as_deref(), Some("Soufan Center"));
}

/// More sentences per rule shape of strength (each group names the rule it exercises), and sentences
/// of like wording where no strength may come out.
#[test]
fn strength_shapes() {
    check(&[
        // strength.unit_then_figure
        Case { text: "Its fighters, estimated at 3,000, are concentrated in Idlib, and Hayat Tahrir al-Sham still recruits.", want: &[("strength", "Hayat Tahrir al-Sham", "3000")], not: &[] },
        Case { text: "Al-Shabaab's fighters are estimated to number between 7,000 and 9,000.", want: &[("strength", "al-Shabaab", "7000-9000")], not: &[] },
        Case { text: "Boko Haram's members were believed to number about 6,000.", want: &[("strength", "Boko Haram", "6000")], not: &[] },
        Case { text: "The Taliban's fighters were put at some 60,000 by officials.", want: &[("strength", "Taliban", "60000")], not: &[] },
        // sentences where no strength may come out
        Case { text: "Boko Haram killed about 300 soldiers in 2014.", want: &[], not: &[("strength", "", "")] },
        Case { text: "Photos showed about 50 al-Shabaab fighters in a camp.", want: &[], not: &[("strength", "", "")] },
    ]);
}
