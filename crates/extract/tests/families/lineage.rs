//! branch_of, splinter_of, merged_into and renamed: where groups come from and what they became.

use super::{check, check_named, check_none, Case, NamedCase};

#[test]
fn splinters() {
    check(&[
        Case { text: "Jamaat-ul-Ahrar broke away from the Pakistani Taliban in 2014.", want: &[("splinter_of", "Jamaat-ul-Ahrar", "Tehrik-e-Taliban Pakistan")], not: &[] },
        Case { text: "The Islamic State in the Greater Sahara split from al-Mourabitoun in 2015.", want: &[("splinter_of", "Islamic State in the Greater Sahara", "al-Mourabitoun")], not: &[] },
        Case { text: "Hizb-ul-Ahrar, a splinter group of Jamaat-ul-Ahrar, was formed in 2017.", want: &[("splinter_of", "Hizb-ul-Ahrar", "Jamaat-ul-Ahrar")], not: &[] },
        Case { text: "Ansaru, which split from Boko Haram in 2012, kidnapped foreigners in northern Nigeria.", want: &[("splinter_of", "Ansaru", "Boko Haram")], not: &[] },
        Case { text: "After splitting from al-Qaeda in the Islamic Maghreb, the Movement for Oneness and Jihad in West Africa was formed in 2011.", want: &[("splinter_of", "Movement for Oneness and Jihad in West Africa", "al-Qaeda in the Islamic Maghreb")], not: &[] },
        Case { text: "Jabhat Fateh al-Sham severed its ties with al-Qaeda in July 2016.", want: &[("splinter_of", "Jabhat Fateh al-Sham", "al-Qaeda")], not: &[] },
        Case { text: "The Islamic State broke with al-Qaeda in 2014 after a dispute over Syria.", want: &[("splinter_of", "Islamic State", "al-Qaeda")], not: &[] },
        Case { text: "Hurras al-Din was formed by al-Qaeda loyalists who left Hayat Tahrir al-Sham in 2018.", want: &[("splinter_of", "Hurras al-Din", "Hayat Tahrir al-Sham")], not: &[] },
        Case { text: "Jamaat-ul-Ahrar, an offshoot of the Pakistani Taliban, operates in Mohmand.", want: &[("splinter_of", "Jamaat-ul-Ahrar", "Tehrik-e-Taliban Pakistan")], not: &[] },
        Case { text: "The Mahdi Army's breakaway faction Asa'ib Ahl al-Haq was formed in 2006.", want: &[("splinter_of", "Asa'ib Ahl al-Haq", "Mahdi Army")], not: &[] },
        Case { text: "Hundreds of fighters defected from the Free Syrian Army to Jabhat al-Nusra.", want: &[], not: &[("splinter_of", "", "")] },
        Case { text: "Ahrar al-Sham has never been a splinter of al-Qaeda.", want: &[], not: &[("splinter_of", "Ahrar al-Sham", "al-Qaeda")] },
        Case { text: "The dispute split the Taliban leadership in 2015.", want: &[], not: &[("splinter_of", "", "")] },
    ]);
}

#[test]
fn renames() {
    check(&[
        Case { text: "Jabhat al-Nusra renamed itself Jabhat Fateh al-Sham in July 2016.", want: &[("renamed", "Jabhat al-Nusra", "")], not: &[] },
        Case { text: "The Wagner Group has been rebranded as the Africa Corps.", want: &[("renamed", "Wagner Group", "")], not: &[] },
        Case { text: "ISIL changed its name to the Islamic State in June 2014.", want: &[("renamed", "Islamic State", "")], not: &[] },
        Case { text: "Ansar Bait al-Maqdis, now known as Sinai Province, attacked soldiers in el-Arish.", want: &[("renamed", "Ansar Bait al-Maqdis", "")], not: &[] },
        Case { text: "The Islamic State of Iraq, formerly al-Qaeda in Iraq, expanded into Syria in 2011.", want: &[("renamed", "al-Qaeda in Iraq", "")], not: &[] },
        Case { text: "In 2004, Jama'at al-Tawhid wal-Jihad became al-Qaeda in Iraq.", want: &[("renamed", "Jama'at al-Tawhid wal-Jihad", "")], not: &[] },
        Case { text: "The movement later adopted the name Hayat Tahrir al-Sham. It was previously Jabhat Fateh al-Sham.", want: &[], not: &[] },
        Case { text: "Boko Haram, whose name means 'Western education is forbidden', is based in Nigeria.", want: &[], not: &[("renamed", "", "")] },
        Case { text: "The group's name is often translated as 'the youth'.", want: &[], not: &[("renamed", "", "")] },
        Case { text: "Al-Shabaab became stronger in 2009.", want: &[], not: &[("renamed", "", "")] },
    ]);
}

#[test]
fn mergers() {
    check(&[
        Case { text: "Al-Mourabitoun was formed in 2013 through a merger of the Movement for Oneness and Jihad in West Africa and al-Mulathameen.", want: &[("merged_into", "Movement for Oneness and Jihad in West Africa", "al-Mourabitoun")], not: &[] },
        Case { text: "In 2017, Ansar Dine, al-Mourabitoun and the Macina Liberation Front merged to form Jama'at Nusrat al-Islam wal-Muslimin.", want: &[("merged_into", "Ansar Dine", "Jama'at Nusrat al-Islam wal-Muslimin"), ("merged_into", "al-Mourabitoun", "Jama'at Nusrat al-Islam wal-Muslimin"), ("merged_into", "Macina Liberation Front", "Jama'at Nusrat al-Islam wal-Muslimin")], not: &[] },
        Case { text: "Jabhat Fateh al-Sham joined with four smaller factions to create Hayat Tahrir al-Sham.", want: &[("merged_into", "Jabhat Fateh al-Sham", "Hayat Tahrir al-Sham")], not: &[] },
        Case { text: "Al-Qaeda in Iraq merged into the Islamic State of Iraq in 2006.", want: &[("merged_into", "al-Qaeda in Iraq", "Islamic State of Iraq")], not: &[] },
        Case { text: "The Saudi and Yemeni branches of al-Qaeda united in 2009 to form al-Qaeda in the Arabian Peninsula.", want: &[], not: &[] },
        Case { text: "The Mujahideen Shura Council was absorbed into the Islamic State of Iraq in October 2006.", want: &[("merged_into", "Mujahideen Shura Council", "Islamic State of Iraq")], not: &[] },
        Case { text: "Hayat Tahrir al-Sham absorbed Nour al-Din al-Zenki's fighters after clashes in 2019.", want: &[], not: &[] },
        Case { text: "Hamas and Palestinian Islamic Jihad discussed a merger but talks collapsed.", want: &[], not: &[("merged_into", "", "")] },
        Case { text: "Hamas and Fatah signed a reconciliation deal in Cairo.", want: &[], not: &[("merged_into", "", "")] },
        Case { text: "The merger of two Nigerian banks was approved in Lagos.", want: &[], not: &[("merged_into", "", "")] },
    ]);
}

#[test]
fn branches() {
    check(&[
        Case { text: "By 2015 the Afghan wing of the Islamic State was fighting the Taliban in Nangarhar.", want: &[("branch_of", "Afghan wing", "Islamic State"), ("rival_of", "Afghan wing", "Taliban"), ("presence", "Afghan wing", "Nangarhar")], not: &[("rival_of", "Islamic State", "Taliban")] },
        Case { text: "Al-Qaeda's Yemeni branch claimed the attack on the French magazine.", want: &[("branch_of", "al-Qaeda in the Arabian Peninsula", "al-Qaeda")], not: &[] },
        Case { text: "Jabhat al-Nusra was long regarded as al-Qaeda's Syrian affiliate.", want: &[("branch_of", "Jabhat al-Nusra", "al-Qaeda")], not: &[] },
        Case { text: "The Syrian branch of al-Qaeda, Jabhat al-Nusra, fought in Aleppo.", want: &[("branch_of", "Jabhat al-Nusra", "al-Qaeda")], not: &[] },
        Case { text: "The Islamic State West Africa Province is a branch of the Islamic State.", want: &[("branch_of", "Islamic State West Africa Province", "Islamic State")], not: &[] },
        Case { text: "Al-Shabaab became al-Qaeda's East African franchise in 2012.", want: &[("branch_of", "al-Shabaab", "al-Qaeda")], not: &[] },
        Case { text: "The Qassam Brigades, the armed wing of Hamas, fired rockets at Israel.", want: &[("branch_of", "Qassam Brigades", "Hamas")], not: &[] },
        Case { text: "Islamic State Sinai Province operates in northern Sinai.", want: &[("branch_of", "Islamic State Sinai Province", "Islamic State")], not: &[] },
        Case { text: "The Islamic State's Mozambique Province attacked Palma in 2021.", want: &[("branch_of", "Islamic State Mozambique Province", "Islamic State")], not: &[] },
        Case { text: "Officials visited Nangarhar Province to meet tribal elders after Islamic State attacks.", want: &[], not: &[("branch_of", "Nangarhar Province", "")] },
        Case { text: "Jabhat al-Nusra is not a branch of the Islamic State.", want: &[], not: &[("branch_of", "Jabhat al-Nusra", "Islamic State")] },
        Case { text: "Al-Shabaab, which is an affiliate to al-Qaeda, holds much of southern Somalia.", want: &[("branch_of", "al-Shabaab", "al-Qaeda")], not: &[] },
        Case { text: "Al-Qaeda leaders said the Islamic State, which is “not an affiliate with the al-Qaeda group”, acts alone.", want: &[], not: &[("branch_of", "Islamic State", "al-Qaeda")] },
    ]);
}

#[test]
fn branches_per_rule() {
    check_named(&[
        NamedCase {
            text: "The Islamic State announced the creation of a new province in Mozambique.",
            facts: &[("branch_of", "Mozambique Province", "Islamic State")],
        },
        NamedCase {
            text: "Al-Shabaab is al-Qaeda's affiliate in East Africa.",
            facts: &[("branch_of", "al-Shabaab", "al-Qaeda")],
        },
        NamedCase {
            text: "AQAP, the Yemeni branch of al-Qaeda, claimed the attack.",
            facts: &[("branch_of", "AQAP", "al-Qaeda")],
        },
        NamedCase {
            text:
                "Fighters of the Islamic State's West Africa Province raided the town of Monguno.",
            facts: &[("branch_of", "Islamic State West Africa Province", "Islamic State")],
        },
        NamedCase {
            text: "The Islamic State Sinai Province has waged an insurgency for a decade.",
            facts: &[("branch_of", "Islamic State Sinai Province", "Islamic State")],
        },
        NamedCase {
            text: "Jabhat al-Nusra was long regarded as al-Qaeda's Syrian affiliate.",
            facts: &[("branch_of", "Jabhat al-Nusra", "al-Qaeda")],
        },
        NamedCase {
            text: "Analysts describe the Haqqani network as a semi-autonomous wing of the Taliban.",
            facts: &[("branch_of", "Haqqani network", "Taliban")],
        },
        NamedCase {
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
    check_named(&[
        NamedCase { text: "Jamaat-ul-Ahrar broke away from the Tehrik-e-Taliban Pakistan in 2014.", facts: &[("splinter_of", "Jamaat-ul-Ahrar", "Tehrik-e-Taliban Pakistan")] },
        NamedCase { text: "Hurras al-Din, an al-Qaeda loyalist splinter group of Hayat Tahrir al-Sham, formed in 2018.", facts: &[("splinter_of", "Hurras al-Din", "Hayat Tahrir al-Sham")] },
        NamedCase { text: "In 2016 Jabhat al-Nusra renamed itself Jabhat Fateh al-Sham.", facts: &[("renamed", "Jabhat al-Nusra", "")] },
        NamedCase { text: "Hayat Tahrir al-Sham, formerly known as Jabhat Fateh al-Sham, controls Idlib.", facts: &[("renamed", "Jabhat Fateh al-Sham", "")] },
        NamedCase { text: "After the mutiny, the Wagner Group became the Africa Corps under defence ministry control.", facts: &[("renamed", "Wagner Group", "")] },
        NamedCase { text: "Ansar Dine merged with al-Mourabitoun and other factions to form Jama'at Nusrat al-Islam wal-Muslimin in 2017.", facts: &[("merged_into", "Ansar Dine", "Jama'at Nusrat al-Islam wal-Muslimin")] },
        NamedCase { text: "Jabhat Fateh al-Sham merged into Hayat Tahrir al-Sham in January 2017.", facts: &[("merged_into", "Jabhat Fateh al-Sham", "Hayat Tahrir al-Sham")] },
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
fn lists_of_provinces_are_branches() {
    check_named(&[NamedCase {
        text: "Photos of new pledges came from the Islamic State's provinces of West Africa, Yemen and the Sahel.",
        facts: &[
            ("branch_of", "Islamic State West Africa Province", "Islamic State"),
            ("branch_of", "Islamic State Yemen Province", "Islamic State"),
            ("branch_of", "Islamic State Sahel Province", "Islamic State"),
        ],
    }]);
}
