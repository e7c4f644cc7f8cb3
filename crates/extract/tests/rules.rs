//! Relation rules on sentences written for these tests (public facts, not the gold articles'
//! wording). Each case names the facts that must come out, by type and entity names; negative
//! cases name a fact type that must not fire.

mod common;

use common::{extract, has_fact, lacks_type};

struct Case {
    text: &'static str,
    facts: &'static [(&'static str, &'static str, &'static str)],
}

fn check(cases: &[Case]) {
    let mut failures = Vec::new();
    for c in cases {
        let r = extract(c.text);
        for &(t, s, o) in c.facts {
            if !has_fact(&r, t, s, o) {
                failures.push(format!(
                    "missing {t}({s}, {o}) in: {}\n  got: {}",
                    c.text,
                    common::describe(&r)
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn check_none(cases: &[(&str, &str)]) {
    let mut failures = Vec::new();
    for &(text, t) in cases {
        let r = extract(text);
        if !lacks_type(&r, t) {
            failures.push(format!("unexpected {t} in: {text}\n  got: {}", common::describe(&r)));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn pledges() {
    check(&[
        Case { text: "Boko Haram pledged allegiance to the Islamic State in March 2015.", facts: &[("pledge", "Boko Haram", "Islamic State")] },
        Case { text: "In an audio message, Boko Haram's leader Abubakar Shekau swore allegiance to Abu Bakr al-Baghdadi.", facts: &[("pledge", "Abubakar Shekau", "Islamic State"), ("pledge", "Boko Haram", "Islamic State")] },
        Case { text: "Ansar Bait al-Maqdis, the Sinai militant group, has sworn its loyalty to the Islamic State.", facts: &[("pledge", "Ansar Bait al-Maqdis", "Islamic State")] },
        Case { text: "The Nusra Front had renewed its oath of allegiance to al-Qaeda leader Ayman al-Zawahiri.", facts: &[("pledge", "Jabhat al-Nusra", "al-Qaeda")] },
        Case { text: "Al-Shabaab formally pledged allegiance to al-Qaeda in 2012, its spokesman said.", facts: &[("pledge", "al-Shabaab", "al-Qaeda")] },
        Case { text: "Abu Sayyaf and several smaller factions pledged allegiance to the Islamic State.", facts: &[("pledge", "Abu Sayyaf", "Islamic State")] },
        Case { text: "The Caucasus Emirate's commanders gave their bay'ah to the Islamic State in June 2015.", facts: &[("pledge", "Caucasus Emirate", "Islamic State")] },
        Case { text: "Jund al-Khilafa, a little known group, declared its allegiance to the Islamic State.", facts: &[("pledge", "Jund al-Khilafa", "Islamic State")] },
        Case { text: "AQAP reaffirmed its allegiance to al-Qaeda after the death of Osama bin Laden.", facts: &[] },
        Case { text: "Bay'ahs pledged by Mozambique Province to the Islamic State were shown in photos.", facts: &[] },
    ]);
    check_none(&[
        ("The Islamic State called on Boko Haram to stop fighting.", "pledge"),
        ("Hamas has never been part of al-Qaeda.", "pledge"),
        ("The minister pledged support to Nigeria against Boko Haram.", "pledge"),
    ]);
}

#[test]
fn leaders() {
    check(&[
        Case {
            text: "Abu Bakr al-Baghdadi, the leader of the Islamic State, was killed in 2019.",
            facts: &[("leader_of", "Abu Bakr al-Baghdadi", "Islamic State")],
        },
        Case {
            text: "Hezbollah leader Hassan Nasrallah spoke on television.",
            facts: &[("leader_of", "Hassan Nasrallah", "Hezbollah")],
        },
        Case {
            text: "The Lord's Resistance Army, led by Joseph Kony, once roamed northern Uganda.",
            facts: &[("leader_of", "Joseph Kony", "Lord's Resistance Army")],
        },
        Case {
            text: "Al-Shabaab is headed by Ahmad Umar, according to officials.",
            facts: &[("leader_of", "Ahmad Umar", "al-Shabaab")],
        },
        Case {
            text: "Ayman al-Zawahiri became the leader of al-Qaeda in 2011.",
            facts: &[("leader_of", "Ayman al-Zawahiri", "al-Qaeda")],
        },
        Case {
            text: "The Taliban's supreme leader, Hibatullah Akhundzada, rarely appears in public.",
            facts: &[("leader_of", "Hibatullah Akhundzada", "Taliban")],
        },
        Case {
            text: "Sirajuddin Haqqani leads the Haqqani network.",
            facts: &[("leader_of", "Sirajuddin Haqqani", "Haqqani network")],
        },
        Case {
            text: "Boko Haram and its leader, Abubakar Shekau, were blamed.",
            facts: &[("leader_of", "Abubakar Shekau", "Boko Haram")],
        },
        Case {
            text: "Naim Qassem was named the new secretary-general of Hezbollah in 2024.",
            facts: &[("leader_of", "Naim Qassem", "Hezbollah")],
        },
        Case {
            text: "The emir of al-Qaeda, Saif al-Adel, is believed to live in Iran.",
            facts: &[("leader_of", "Saif al-Adel", "al-Qaeda")],
        },
    ]);
    check_none(&[
        ("Hassan Nasrallah met Iranian officials in Tehran.", "leader_of"),
        ("The leader of Pakistan visited Kabul.", "leader_of"),
    ]);
}

#[test]
fn branches() {
    check(&[
        Case {
            text: "The Islamic State announced the creation of a new province in Mozambique.",
            facts: &[("branch_of", "Mozambique Province", "Islamic State")],
        },
        Case {
            text: "Al-Shabaab is al-Qaeda's affiliate in East Africa.",
            facts: &[("branch_of", "al-Shabaab", "al-Qaeda")],
        },
        Case {
            text: "AQAP, the Yemeni branch of al-Qaeda, claimed the attack.",
            facts: &[("branch_of", "AQAP", "al-Qaeda")],
        },
        Case {
            text:
                "Fighters of the Islamic State's West Africa Province raided the town of Monguno.",
            facts: &[("branch_of", "Islamic State West Africa Province", "Islamic State")],
        },
        Case {
            text: "The Islamic State Sinai Province has waged an insurgency for a decade.",
            facts: &[("branch_of", "Islamic State Sinai Province", "Islamic State")],
        },
        Case {
            text: "Jabhat al-Nusra was long regarded as al-Qaeda's Syrian affiliate.",
            facts: &[("branch_of", "Jabhat al-Nusra", "al-Qaeda")],
        },
        Case {
            text: "Analysts describe the Haqqani network as a semi-autonomous wing of the Taliban.",
            facts: &[("branch_of", "Haqqani network", "Taliban")],
        },
        Case {
            text:
                "Kataib Hezbollah operates under the umbrella of the Popular Mobilization Forces.",
            facts: &[("branch_of", "Kataib Hezbollah", "Popular Mobilization Forces")],
        },
    ]);
    check_none(&[
        ("The bank opened a new branch in Lahore last week.", "branch_of"),
        ("Hamas and Hezbollah held talks in Beirut.", "branch_of"),
    ]);
}

#[test]
fn splits_renames_mergers() {
    check(&[
        Case { text: "Jamaat-ul-Ahrar broke away from the Tehrik-e-Taliban Pakistan in 2014.", facts: &[("splinter_of", "Jamaat-ul-Ahrar", "Tehrik-e-Taliban Pakistan")] },
        Case { text: "Hurras al-Din, an al-Qaeda loyalist splinter group of Hayat Tahrir al-Sham, formed in 2018.", facts: &[("splinter_of", "Hurras al-Din", "Hayat Tahrir al-Sham")] },
        Case { text: "In 2016 Jabhat al-Nusra renamed itself Jabhat Fateh al-Sham.", facts: &[("renamed", "Jabhat al-Nusra", "")] },
        Case { text: "Hayat Tahrir al-Sham, formerly known as Jabhat Fateh al-Sham, controls Idlib.", facts: &[("renamed", "Jabhat Fateh al-Sham", "")] },
        Case { text: "After the mutiny, the Wagner Group became the Africa Corps under defence ministry control.", facts: &[("renamed", "Wagner Group", "")] },
        Case { text: "Ansar Dine merged with al-Mourabitoun and other factions to form Jama'at Nusrat al-Islam wal-Muslimin in 2017.", facts: &[("merged_into", "Ansar Dine", "Jama'at Nusrat al-Islam wal-Muslimin")] },
        Case { text: "Jabhat Fateh al-Sham merged into Hayat Tahrir al-Sham in January 2017.", facts: &[("merged_into", "Jabhat Fateh al-Sham", "Hayat Tahrir al-Sham")] },
    ]);
    check_none(&[
        (
            "The Taliban split the proceeds from the opium trade with local commanders.",
            "splinter_of",
        ),
        ("Reuters renamed its Middle East desk.", "renamed"),
    ]);
}

#[test]
fn alliances_and_rivalries() {
    check(&[
        Case {
            text: "Hamas is allied with Palestinian Islamic Jihad in Gaza.",
            facts: &[("ally_of", "Hamas", "Palestinian Islamic Jihad")],
        },
        Case {
            text: "The Haqqani network has fought alongside the Taliban for decades.",
            facts: &[("ally_of", "Haqqani network", "Taliban")],
        },
        Case {
            text: "Lashkar-e-Taiba and Jaish-e-Mohammed, an allied militant group, were blamed.",
            facts: &[("ally_of", "Lashkar-e-Taiba", "Jaish-e-Mohammed")],
        },
        Case {
            text: "Along with Hamas and Hezbollah, the Houthis form part of Iran's network.",
            facts: &[("ally_of", "Houthis", "Hamas")],
        },
        Case {
            text: "The Islamic State Khorasan Province has clashed with the Taliban repeatedly.",
            facts: &[("rival_of", "Islamic State Khorasan Province", "Taliban")],
        },
        Case {
            text: "Al-Shabaab fighters battled the Islamic State in Puntland.",
            facts: &[("rival_of", "al-Shabaab", "Islamic State")],
        },
        Case {
            text: "The Islamic State has lost territory to the Syrian Democratic Forces.",
            facts: &[("rival_of", "Islamic State", "Syrian Democratic Forces")],
        },
        Case {
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
fn founders_and_members() {
    check(&[
        Case {
            text: "Palestinian Islamic Jihad was founded by Fathi Shaqaqi in 1981.",
            facts: &[("founder_of", "Fathi Shaqaqi", "Palestinian Islamic Jihad")],
        },
        Case {
            text: "Osama bin Laden, the founder of al-Qaeda, was killed in Abbottabad.",
            facts: &[("founder_of", "Osama bin Laden", "al-Qaeda")],
        },
        Case {
            text: "Hafiz Saeed co-founded Lashkar-e-Taiba in the 1980s.",
            facts: &[("founder_of", "Hafiz Saeed", "Lashkar-e-Taiba")],
        },
        Case {
            text: "Abu Muhammad al-Adnani, a senior Islamic State official, was killed in 2016.",
            facts: &[("member_of", "Abu Muhammad al-Adnani", "Islamic State")],
        },
        Case {
            text: "Muhsin al-Fadhli, a veteran al-Qaeda operative, moved to Syria.",
            facts: &[("member_of", "Muhsin al-Fadhli", "al-Qaeda")],
        },
        Case {
            text: "Hamas spokesman Abu Obeida released a video.",
            facts: &[("member_of", "Abu Obeida", "Hamas")],
        },
    ]);
}

#[test]
fn designations() {
    check(&[
        Case { text: "The United States designated Hayat Tahrir al-Sham a terrorist organisation in 2018.", facts: &[("designated", "Hayat Tahrir al-Sham", "United States")] },
        Case { text: "Boko Haram was designated as a Foreign Terrorist Organization by the United States in 2013.", facts: &[("designated", "Boko Haram", "United States")] },
        Case { text: "Hamas is proscribed by the United Kingdom, the European Union and Canada.", facts: &[("designated", "Hamas", "United Kingdom"), ("designated", "Hamas", "European Union")] },
        Case { text: "The UK proscribed the Wagner Group in 2023.", facts: &[("designated", "Wagner Group", "United Kingdom")] },
        Case { text: "Australia added Hezbollah to its list of terrorist organisations in 2021.", facts: &[("designated", "Hezbollah", "Australia")] },
    ]);
    check_none(&[("Hamas designated a new spokesman for its political bureau.", "designated")]);
}

#[test]
fn strengths() {
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
fn presences() {
    check(&[
        Case {
            text: "Al-Shabaab operates in Somalia and Kenya.",
            facts: &[("presence", "al-Shabaab", "Somalia"), ("presence", "al-Shabaab", "Kenya")],
        },
        Case {
            text: "The Islamic State Khorasan Province is based in Nangarhar.",
            facts: &[("presence", "Islamic State Khorasan Province", "Nangarhar")],
        },
        Case {
            text: "Boko Haram has been active across north-eastern Nigeria since 2009.",
            facts: &[("presence", "Boko Haram", "Nigeria")],
        },
        Case {
            text: "A Pakistan-based group, Lashkar-e-Taiba, trained the attackers.",
            facts: &[("presence", "Lashkar-e-Taiba", "Pakistan")],
        },
        Case {
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
fn attacks() {
    check(&[
        Case {
            text: "The Islamic State claimed responsibility for the bombing in Kabul.",
            facts: &[("attack", "Islamic State", "Kabul")],
        },
        Case {
            text: "Al-Shabaab carried out a suicide attack in Mogadishu on Sunday.",
            facts: &[("attack", "al-Shabaab", "Mogadishu")],
        },
        Case {
            text: "The massacre in Baga was attributed to Boko Haram.",
            facts: &[("attack", "Boko Haram", "")],
        },
        Case {
            text: "The Houthis attacked commercial ships in the Red Sea.",
            facts: &[("attack", "Houthis", "")],
        },
        Case {
            text: "Officials blamed Lashkar-e-Taiba for the attacks in Mumbai.",
            facts: &[("attack", "Lashkar-e-Taiba", "Mumbai")],
        },
    ]);
    let r = extract("The Islamic State claimed responsibility for the bombing in Kabul.");
    let f = common::fact(&r, "attack", "Islamic State").unwrap();
    assert!(f.attrs.attack().unwrap().what.contains("bombing"));
    check_none(&[("The Islamic State claimed that its caliphate would last.", "attack")]);
}

#[test]
fn qualifiers() {
    let r = extract("Hezbollah has around 45,000 fighters, according to the Soufan Center.");
    let f = common::fact(&r, "strength", "Hezbollah").expect("strength");
    assert_eq!(f.source.as_deref(), Some("Soufan Center"));

    let r = extract("Boko Haram reportedly pledged allegiance to the Islamic State.");
    assert_eq!(
        common::fact(&r, "pledge", "Boko Haram").expect("pledge").polarity,
        allegiance_extract::Polarity::Hedged
    );

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
    for f in &r.facts {
        assert_eq!(&text[f.evidence.start..f.evidence.end], f.evidence.text);
    }
}

#[test]
fn members_listed_after_roles_in_a_group() {
    check(&[Case {
        text: "Several foreign fighters rose to senior posts in the Islamic State, including Abu Omar al-Shishani and Abu Muhammad al-Adnani.",
        facts: &[("member_of", "Abu Omar al-Shishani", "Islamic State"), ("member_of", "Abu Muhammad al-Adnani", "Islamic State")],
    }]);
}

#[test]
fn lists_of_provinces_are_branches() {
    check(&[Case {
        text: "Photos of new pledges came from the Islamic State's provinces of West Africa, Yemen and the Sahel.",
        facts: &[
            ("branch_of", "Islamic State West Africa Province", "Islamic State"),
            ("branch_of", "Islamic State Yemen Province", "Islamic State"),
            ("branch_of", "Islamic State Sahel Province", "Islamic State"),
        ],
    }]);
}
