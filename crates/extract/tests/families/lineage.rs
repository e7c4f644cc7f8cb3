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

/// More sentences per rule shape of branch_of (each group names the rule it exercises), and sentences
/// of like wording where no branch_of may come out.
#[test]
fn branch_shapes() {
    check(&[
        // branch_of.as_a_branch_of
        Case {
            text: "As an affiliate of the Islamic State, ISWAP fights in the Lake Chad basin.",
            want: &[("branch_of", "Islamic State West Africa Province", "Islamic State")],
            not: &[],
        },
        Case {
            text: "As a wing of Hamas, the Qassam Brigades has fired thousands of rockets.",
            want: &[("branch_of", "Izz ad-Din al-Qassam Brigades", "Hamas")],
            not: &[],
        },
        Case {
            text: "As a faction of the Taliban, the Haqqani network keeps its own commanders.",
            want: &[("branch_of", "Haqqani network", "Taliban")],
            not: &[],
        },
        // branch_of.branch_named
        Case {
            text: "Al-Qaeda's regional branch, known as AQIM, operates across the Sahara.",
            want: &[("branch_of", "al-Qaeda in the Islamic Maghreb", "al-Qaeda")],
            not: &[],
        },
        Case {
            text: "Hamas's armed wing, the Qassam Brigades, claimed the rockets.",
            want: &[("branch_of", "Izz ad-Din al-Qassam Brigades", "Hamas")],
            not: &[],
        },
        // branch_of.new_branch_in_place
        Case {
            text: "The Islamic State announced a new province in Somalia.",
            want: &[("branch_of", "Islamic State Somalia Province", "Islamic State")],
            not: &[],
        },
        Case {
            text: "Al-Qaeda launched a new regional affiliate in India in 2014.",
            want: &[("branch_of", "al-Qaeda in India", "al-Qaeda")],
            not: &[],
        },
        // branch_of.operates_under
        Case {
            text: "Jamaat-ul-Ahrar operates under the umbrella of the Pakistani Taliban.",
            want: &[("branch_of", "Jamaat-ul-Ahrar", "Tehrik-e-Taliban Pakistan")],
            not: &[],
        },
        Case {
            text: "The Haqqani network operates within the Taliban.",
            want: &[("branch_of", "Haqqani network", "Taliban")],
            not: &[],
        },
        // branch_of.provinces_of
        Case {
            text: "Videos came from the Islamic State's provinces in Libya and Yemen.",
            want: &[("branch_of", "Islamic State Libya Province", "Islamic State")],
            not: &[],
        },
        // branch_of.serves_as_branch
        Case {
            text: "Ansar al-Sharia is widely described as al-Qaeda's front in Tunisia.",
            want: &[("branch_of", "Ansar al Charia Derna", "al-Qaeda")],
            not: &[],
        },
        Case {
            text: "Kataib Hezbollah acts as a Hezbollah proxy in Iraq.",
            want: &[("branch_of", "Kataib Hezbollah", "Hezbollah")],
            not: &[],
        },
        Case {
            text: "Jamaat-ul-Ahrar acts as a Pakistani Taliban faction in Mohmand.",
            want: &[("branch_of", "Jamaat-ul-Ahrar", "Pakistani Taliban")],
            not: &[],
        },
        // sentences where no branch_of may come out
        Case {
            text: "The Qassam Brigades are not a branch of Hezbollah.",
            want: &[],
            not: &[("branch_of", "", "")],
        },
        Case {
            text: "Hezbollah opened a new office in Beirut.",
            want: &[],
            not: &[("branch_of", "", "")],
        },
    ]);
}

/// More sentences per rule shape of splinter_of (each group names the rule it exercises), and sentences
/// of like wording where no splinter_of may come out.
#[test]
fn splinter_shapes() {
    check(&[
        // splinter_of.after_splitting_from
        Case { text: "After breaking away from al-Qaeda in 2014, the Islamic State expanded quickly.", want: &[("splinter_of", "Islamic State", "al-Qaeda")], not: &[] },
        Case { text: "Since splitting from the Pakistani Taliban, Jamaat-ul-Ahrar has carried out bombings.", want: &[("splinter_of", "Jamaat-ul-Ahrar", "Tehrik-e-Taliban Pakistan")], not: &[] },
        // splinter_of.broke_away_from
        Case { text: "Ansaru broke away from Boko Haram in 2012.", want: &[("splinter_of", "Ansaru", "Boko Haram")], not: &[] },
        // splinter_of.formed_by_defectors
        Case { text: "Jamaat-ul-Ahrar was formed by commanders who had left the Pakistani Taliban.", want: &[("splinter_of", "Jamaat-ul-Ahrar", "Tehrik-e-Taliban Pakistan")], not: &[] },
        Case { text: "ISWAP was founded by defectors from Boko Haram.", want: &[("splinter_of", "Islamic State West Africa Province", "Boko Haram")], not: &[] },
        // splinter_of.group_splinter_name
        Case { text: "Boko Haram's breakaway faction, Ansaru, kidnapped foreigners.", want: &[("splinter_of", "Ansaru", "Boko Haram")], not: &[] },
        Case { text: "The Pakistani Taliban's splinter group Jamaat-ul-Ahrar claimed the attack.", want: &[("splinter_of", "Jamaat-ul-Ahrar", "Tehrik-e-Taliban Pakistan")], not: &[] },
        // splinter_of.parted_ways
        Case { text: "Jabhat al-Nusra broke with the Islamic State in 2013.", want: &[("splinter_of", "Jabhat al-Nusra", "Islamic State")], not: &[] },
        Case { text: "Hayat Tahrir al-Sham distanced itself from al-Qaeda.", want: &[("splinter_of", "Hayat Tahrir al-Sham", "al-Qaeda")], not: &[] },
        // splinter_of.severed_ties
        Case { text: "Jabhat Fateh al-Sham severed its ties with al-Qaeda in 2016.", want: &[("splinter_of", "Jabhat Fateh al-Sham", "al-Qaeda")], not: &[] },
        Case { text: "Al-Mourabitoun renounced its allegiance to the Islamic State.", want: &[("splinter_of", "al-Mourabitoun", "Islamic State")], not: &[] },
        // splinter_of.split_with
        Case { text: "ISWAP broke away after a split with Boko Haram over the killing of Muslims.", want: &[("splinter_of", "Islamic State West Africa Province", "Boko Haram")], not: &[] },
        Case { text: "Jamaat-ul-Ahrar split off in 2014 amid a dispute with the Pakistani Taliban.", want: &[("splinter_of", "Jamaat-ul-Ahrar", "Tehrik-e-Taliban Pakistan")], not: &[] },
        Case { text: "Ansaru broke off following a rift with Boko Haram.", want: &[("splinter_of", "Ansaru", "Boko Haram")], not: &[] },
        // sentences where no splinter_of may come out
        Case { text: "Ansaru fought alongside Boko Haram in 2012.", want: &[], not: &[("splinter_of", "", "")] },
    ]);
}

/// More sentences per rule shape of merged_into (each group names the rule it exercises), and sentences
/// of like wording where no merged_into may come out.
#[test]
fn merger_shapes() {
    check(&[
        // merged_into.absorbed
        Case { text: "The Islamic State absorbed the Shura Council of Mujahideen in 2006.", want: &[("merged_into", "Shura Council of Mujahideen", "Islamic State")], not: &[] },
        Case { text: "Hayat Tahrir al-Sham swallowed up Jabhat al-Nusra.", want: &[("merged_into", "Jabhat al-Nusra", "Hayat Tahrir al-Sham")], not: &[] },
        // merged_into.formed_by_groups_merging
        Case { text: "JNIM was formed when four groups merged: Ansar Dine, al-Mourabitoun, Katiba Macina and AQIM's Sahara branch.", want: &[("merged_into", "Ansar Dine", "Jama'at Nusrat al-Islam wal-Muslimin")], not: &[] },
        Case { text: "Hayat Tahrir al-Sham was created in 2017 when several factions united: Jabhat Fateh al-Sham and Harakat Nour al-Din al-Zenki.", want: &[("merged_into", "Jabhat Fateh al-Sham", "Hayat Tahrir al-Sham")], not: &[] },
        // merged_into.formed_from_merger_of
        Case { text: "JNIM was formed from a merger of Ansar Dine and al-Mourabitoun.", want: &[("merged_into", "Ansar Dine", "Jama'at Nusrat al-Islam wal-Muslimin")], not: &[] },
        Case { text: "Al-Mourabitoun was created in 2013 through a merger of MUJAO and the Masked Men Brigade.", want: &[("merged_into", "Movement for Unity and Jihad in West Africa", "al-Mourabitoun")], not: &[] },
        // merged_into.formed_when_merged
        Case { text: "JNIM was formed in 2017 when Ansar Dine and al-Mourabitoun merged.", want: &[("merged_into", "Ansar Dine", "Jama'at Nusrat al-Islam wal-Muslimin")], not: &[] },
        Case { text: "Hayat Tahrir al-Sham was founded after Jabhat Fateh al-Sham and smaller factions joined forces.", want: &[("merged_into", "Jabhat Fateh al-Sham", "Hayat Tahrir al-Sham")], not: &[] },
        // merged_into.merged_with
        Case { text: "In 2017 Ansar Dine merged with al-Mourabitoun.", want: &[("merged_into", "Ansar Dine", "al-Mourabitoun")], not: &[] },
        Case { text: "MUJAO later merged with the Masked Men Brigade.", want: &[("merged_into", "Movement for Unity and Jihad in West Africa", "Al-Mulathamun Battalion")], not: &[] },
        // merged_into.merger_of_formed
        Case { text: "The merger of Ansar Dine and al-Mourabitoun created JNIM.", want: &[("merged_into", "Ansar Dine", "Jama'at Nusrat al-Islam wal-Muslimin")], not: &[] },
        Case { text: "The merger of MUJAO and the Masked Men Brigade produced al-Mourabitoun.", want: &[("merged_into", "Movement for Unity and Jihad in West Africa", "al-Mourabitoun")], not: &[] },
        // merged_into.rejoined
        Case { text: "Al-Mourabitoun rejoined al-Qaeda in 2015.", want: &[("merged_into", "al-Mourabitoun", "al-Qaeda")], not: &[] },
        Case { text: "Jamaat-ul-Ahrar has rejoined the Pakistani Taliban.", want: &[("merged_into", "Jamaat-ul-Ahrar", "Tehrik-e-Taliban Pakistan")], not: &[] },
        Case { text: "The faction returned to the fold of the Taliban after a year, and Jamaat-ul-Ahrar reunited with the Pakistani Taliban.", want: &[("merged_into", "Jamaat-ul-Ahrar", "Tehrik-e-Taliban Pakistan")], not: &[] },
        // merged_into.rejoined_along_with
        Case { text: "Jamaat-ul-Ahrar rejoined the Pakistani Taliban, along with Hizb-ul-Ahrar.", want: &[("merged_into", "Hizb-ul-Ahrar", "Tehrik-e-Taliban Pakistan")], not: &[] },
        Case { text: "Fighters rejoined al-Qaeda, together with al-Mourabitoun.", want: &[("merged_into", "al-Mourabitoun", "al-Qaeda")], not: &[] },
        Case { text: "Hizb-ul-Ahrar rejoined the Pakistani Taliban, as did Jamaat-ul-Ahrar.", want: &[("merged_into", "Jamaat-ul-Ahrar", "Pakistani Taliban")], not: &[] },
        // sentences where no merged_into may come out
        Case { text: "Ansar Dine refused to merge with al-Mourabitoun.", want: &[], not: &[("merged_into", "", "")] },
        Case { text: "Officials feared the Islamic State would absorb more fighters.", want: &[], not: &[("merged_into", "", "")] },
    ]);
}

/// More sentences per rule shape of renamed (each group names the rule it exercises), and sentences
/// of like wording where no renamed may come out.
#[test]
fn rename_shapes() {
    check(&[
        // renamed.now_known_as
        Case { text: "Jabhat al-Nusra, now known as Hayat Tahrir al-Sham, controls Idlib.", want: &[("renamed", "Jabhat al-Nusra", "")], not: &[] },
        Case { text: "The Salafist Group for Preaching and Combat, now called AQIM, operates in the Sahara.", want: &[("renamed", "Salafist Group for Preaching and Combat", "")], not: &[] },
        Case { text: "Ansar Dine, which is now called JNIM, rules parts of Mali.", want: &[("renamed", "Ansar Dine", "")], not: &[] },
        // renamed.replaced_by
        Case { text: "Jabhat Fateh al-Sham was replaced by Hayat Tahrir al-Sham in 2017.", want: &[("renamed", "Jabhat Fateh al-Sham", "")], not: &[] },
        Case { text: "The Islamic State of Iraq was succeeded by the Islamic State of Iraq and the Levant.", want: &[("renamed", "Islamic State of Iraq", "")], not: &[] },
        Case { text: "The Salafist Group for Preaching and Combat has been superseded by AQIM.", want: &[("renamed", "Salafist Group for Preaching and Combat", "")], not: &[] },
        // renamed.started_as
        Case { text: "The Islamic State began as al-Qaeda in Iraq.", want: &[("renamed", "al-Qaeda in Iraq", "")], not: &[] },
        Case { text: "AQIM started out as the Salafist Group for Preaching and Combat.", want: &[("renamed", "Salafist Group for Preaching and Combat", "")], not: &[] },
        Case { text: "Hayat Tahrir al-Sham originated as Jabhat al-Nusra.", want: &[("renamed", "Jabhat al-Nusra", "")], not: &[] },
        // renamed.successor_to
        Case { text: "Hayat Tahrir al-Sham, the successor to Jabhat al-Nusra, holds Idlib.", want: &[("renamed", "Jabhat al-Nusra", "")], not: &[] },
        Case { text: "Jabhat Fateh al-Sham, the successor of Jabhat al-Nusra, joined the coalition.", want: &[("renamed", "Jabhat al-Nusra", "")], not: &[] },
        // sentences where no renamed may come out
        Case { text: "Jabhat al-Nusra became stronger after 2013.", want: &[], not: &[("renamed", "", "")] },
        Case { text: "Hayat Tahrir al-Sham replaced its governor in Idlib.", want: &[], not: &[("renamed", "", "")] },
    ]);
}

/// `splinter_of.split_from`: the split read over the clause, whoever its subject is: the
/// clause's, a relative clause's head, an apposition's head or a list in dashes.
#[test]
fn splits_read_over_the_clause() {
    check(&[
        Case { text: "Al-Shabaab first appeared in Somalia in 2006 as an offshoot of the Islamic Courts Union.", want: &[("splinter_of", "al-Shabaab", "Islamic Courts Union")], not: &[] },
        Case { text: "ISWAP and Ansaru, two factions that splintered from Boko Haram, lost fighters in 2020.", want: &[("splinter_of", "Islamic State West Africa Province", "Boko Haram"), ("splinter_of", "Ansaru", "Boko Haram")], not: &[] },
        Case { text: "ISWAP and Ansaru – both of them groups that had split off from Boko Haram – are active near Lake Chad.", want: &[("splinter_of", "Ansaru", "Boko Haram"), ("splinter_of", "Islamic State West Africa Province", "Boko Haram")], not: &[] },
        Case { text: "Ansaru, a breakaway faction of Boko Haram, kidnapped foreign engineers.", want: &[("splinter_of", "Ansaru", "Boko Haram")], not: &[] },
        Case { text: "Fighters of the Free Syrian Army who split from their units joined Ahrar al-Sham.", want: &[], not: &[("splinter_of", "", "")] },
        Case { text: "After the Islamic State split from al-Qaeda, Boko Haram joined the Islamic State.", want: &[("splinter_of", "Islamic State", "al-Qaeda")], not: &[("splinter_of", "Boko Haram", "")] },
    ]);
}

/// `merged_into.merge_to_form` and `merged_into.merger_of`: a coordinated subject, a merger
/// named as a noun, a passive of coming into being.
#[test]
fn mergers_read_over_the_clause() {
    check(&[
        Case { text: "Mali's main jihadist groups, Ansar Dine and al-Mourabitoun, have merged and formed Jama'at Nusrat al-Islam wal-Muslimin.", want: &[("merged_into", "Ansar Dine", "Jama'at Nusrat al-Islam wal-Muslimin"), ("merged_into", "al-Mourabitoun", "Jama'at Nusrat al-Islam wal-Muslimin")], not: &[] },
        Case { text: "Ansar Dine merged with al-Mourabitoun in March 2017 to create Jama'at Nusrat al-Islam wal-Muslimin.", want: &[("merged_into", "Ansar Dine", "Jama'at Nusrat al-Islam wal-Muslimin"), ("merged_into", "al-Mourabitoun", "Jama'at Nusrat al-Islam wal-Muslimin")], not: &[] },
        Case { text: "Hayat Tahrir al-Sham was set up in early 2017 in a merger between Jabhat Fateh al-Sham and several smaller factions including the Nour al-Din al-Zenki Movement.", want: &[("merged_into", "Jabhat Fateh al-Sham", "Hayat Tahrir al-Sham"), ("merged_into", "Nour al-Din al-Zenki Movement", "Hayat Tahrir al-Sham")], not: &[] },
        Case { text: "The union of Ansar Dine and al-Mourabitoun gave birth to Jama'at Nusrat al-Islam wal-Muslimin.", want: &[("merged_into", "al-Mourabitoun", "Jama'at Nusrat al-Islam wal-Muslimin")], not: &[] },
        Case { text: "Hamas rejected a merger of its armed wing with the Palestinian Islamic Jihad.", want: &[], not: &[("merged_into", "", "")] },
        Case { text: "The Taliban and the Haqqani network united against the Islamic State in 2015.", want: &[], not: &[("merged_into", "", "")] },
    ]);
}

/// `splinter_of.people_of_group`: people of one group, as the subject, found another.
#[test]
fn groups_founded_by_people_of_another() {
    check(&[
        Case { text: "Former commanders of the FARC, who had refused the peace deal, formed the Segunda Marquetalia in 2019.", want: &[("splinter_of", "Segunda Marquetalia", "FARC")], not: &[] },
        Case { text: "In 2012 dissidents of Boko Haram set up Ansaru.", want: &[("splinter_of", "Ansaru", "Boko Haram")], not: &[] },
        Case { text: "Several veterans of al-Qaeda in Iraq founded the Islamic State of Iraq's first cells.", want: &[], not: &[] },
        Case { text: "Members of Hezbollah met leaders of Hamas, who founded the Izz ad-Din al-Qassam Brigades.", want: &[], not: &[("splinter_of", "", "")] },
        Case { text: "Ansaru was formed by commanders of Boko Haram.", want: &[], not: &[("splinter_of", "Boko Haram", "")] },
    ]);
}

/// `splinter_of.split_from` on a noun with a possessor: the possessor split.
#[test]
fn a_possessed_split() {
    check(&[
        Case { text: "Jabhat al-Nusra's split from al-Qaeda was announced in July 2016.", want: &[("splinter_of", "Jabhat al-Nusra", "al-Qaeda")], not: &[] },
        Case { text: "Analysts dated the Islamic State's formal breakaway from al-Qaeda to February 2014.", want: &[("splinter_of", "Islamic State", "al-Qaeda")], not: &[] },
        Case { text: "Boko Haram's leader mocked the fighters who split from the Islamic State West Africa Province.", want: &[], not: &[("splinter_of", "Boko Haram", "")] },
    ]);
}

/// Groups a sentence lists after a plural noun ("two factions, the ⟨G⟩ and the ⟨G⟩,") are the
/// ones that merge, not a group that only qualifies the noun (`frames::listed_members`).
#[test]
fn mergers_of_groups_listed_after_a_noun() {
    check(&[
        Case { text: "Two al-Qaeda factions in the Sahel, the Movement for Oneness and Jihad in West Africa and the Masked Men Brigade, merged to create al-Mourabitoun.", want: &[("merged_into", "Movement for Oneness and Jihad in West Africa", "al-Mourabitoun"), ("merged_into", "Al-Mulathamun Battalion", "al-Mourabitoun")], not: &[("merged_into", "al-Qaeda", "")] },
        Case { text: "Pakistan's two Taliban groups, Jamaat-ul-Ahrar and Hizb-ul-Ahrar, have united and formed a single front called Tehrik-e-Taliban Pakistan.", want: &[("merged_into", "Jamaat-ul-Ahrar", "Tehrik-e-Taliban Pakistan"), ("merged_into", "Hizb-ul-Ahrar", "Tehrik-e-Taliban Pakistan")], not: &[] },
        Case { text: "Three Syrian jihadist organisations: Jabhat Fateh al-Sham, the Nour al-Din al-Zenki Movement and Ansar al-Din Front combined to form Hayat Tahrir al-Sham.", want: &[("merged_into", "Jabhat Fateh al-Sham", "Hayat Tahrir al-Sham"), ("merged_into", "Nour al-Din al-Zenki Movement", "Hayat Tahrir al-Sham")], not: &[] },
        // The list names the groups' rivals, not the groups that merged.
        Case { text: "Ansar Dine fighters, not al-Mourabitoun and AQIM, merged into the new Jama'at Nusrat al-Islam wal-Muslimin.", want: &[], not: &[("merged_into", "al-Mourabitoun", ""), ("merged_into", "al-Qaeda in the Islamic Maghreb", "")] },
    ]);
}

/// Groups that split from a group and "merge back" (no other group named) merge into the group
/// they split from (`merged_into.merge_back`).
#[test]
fn groups_merging_back_into_the_group_they_left() {
    check(&[
        Case { text: "Jamaat-ul-Ahrar and Hizb-ul-Ahrar, two factions that broke away from the Pakistani Taliban, said in 2020 that they would merge back.", want: &[("merged_into", "Jamaat-ul-Ahrar", "Tehrik-e-Taliban Pakistan"), ("merged_into", "Hizb-ul-Ahrar", "Tehrik-e-Taliban Pakistan")], not: &[] },
        Case { text: "Al-Mourabitoun, which had split from al-Qaeda in the Islamic Maghreb in 2013, came back into the fold two years later.", want: &[("merged_into", "al-Mourabitoun", "al-Qaeda in the Islamic Maghreb")], not: &[] },
        Case { text: "Hizb-ul-Ahrar, an offshoot of Jamaat-ul-Ahrar, folded back in August after its commander was killed.", want: &[("merged_into", "Hizb-ul-Ahrar", "Jamaat-ul-Ahrar")], not: &[] },
        // Fighters going home are no group's return, split or not.
        Case { text: "Hizb-ul-Ahrar fighters, who had split from Jamaat-ul-Ahrar, went back to their villages in Mohmand.", want: &[], not: &[("merged_into", "", "")] },
        Case { text: "Hizb-ul-Ahrar came back into the fold of the Pakistani Taliban in 2020.", want: &[("merged_into", "Hizb-ul-Ahrar", "Tehrik-e-Taliban Pakistan")], not: &[] },
        // No split in the sentence: nothing to merge back into.
        Case { text: "Jamaat-ul-Ahrar fighters went back to their villages in Mohmand after the ceasefire.", want: &[], not: &[("merged_into", "", "")] },
        // Merging back into a group named: that group, read by the merge frame.
        Case { text: "Hizb-ul-Ahrar, which split from Jamaat-ul-Ahrar, merged back into the Pakistani Taliban in 2020.", want: &[("merged_into", "Hizb-ul-Ahrar", "Tehrik-e-Taliban Pakistan")], not: &[("merged_into", "Hizb-ul-Ahrar", "Jamaat-ul-Ahrar")] },
    ]);
}

/// A group grown out of another, and a split from a group named with a qualifier or through a
/// compound modifier (`splinter_of.split_from`).
#[test]
fn splits_from_remnants_and_qualified_parents() {
    check(&[
        Case { text: "Boko Haram's offshoot Ansaru kidnapped foreign engineers in 2013.", want: &[("splinter_of", "Ansaru", "Boko Haram")], not: &[] },
        Case { text: "The Pakistani Taliban's spin-off, Jamaat-ul-Ahrar, bombed a park in Lahore.", want: &[("splinter_of", "Jamaat-ul-Ahrar", "Tehrik-e-Taliban Pakistan")], not: &[] },
        Case { text: "Ansaru emerged from the ranks of Boko Haram in 2012.", want: &[("splinter_of", "Ansaru", "Boko Haram")], not: &[] },
        Case { text: "The Islamic State in the Greater Sahara grew out of al-Mourabitoun after a leadership dispute.", want: &[("splinter_of", "Islamic State in the Greater Sahara", "al-Mourabitoun")], not: &[] },
        Case { text: "Hurras al-Din, formed after a split from the mainstream Hayat Tahrir al-Sham in 2018, stayed loyal to al-Qaeda.", want: &[("splinter_of", "Hurras al-Din", "Hayat Tahrir al-Sham")], not: &[] },
        Case { text: "The Gulf Cartel emerged from the remnants of the Sinaloa-allied Juarez Cartel, officials say.", want: &[("splinter_of", "Gulf Cartel", "Juarez Cartel")], not: &[("splinter_of", "Gulf Cartel", "Sinaloa Cartel")] },
        // Coming out of a battle, or out of hiding, is no split.
        Case { text: "Al-Shabaab emerged from the battle for Mogadishu weakened but intact.", want: &[], not: &[("splinter_of", "", "")] },
        Case { text: "The Islamic State emerged stronger after its fight with Jabhat al-Nusra in 2014.", want: &[], not: &[("splinter_of", "", "")] },
    ]);
}

/// A rename in the passive or reflexive, with words of any kind between the old name and the verb
/// and the new name in quotes or after "into" (`renamed.renamed_verb`).
#[test]
fn renames_told_by_the_verb() {
    check(&[
        Case { text: "The Salafist Group for Preaching and Combat, active in Algeria since the late 1990s, was later renamed al-Qaeda in the Islamic Maghreb.", want: &[("renamed", "Salafist Group for Preaching and Combat", "")], not: &[] },
        Case { text: "Jama'at al-Tawhid wal-Jihad, which had fought in Fallujah, renamed itself 'al-Qaeda in Iraq' in 2004.", want: &[("renamed", "Jama'at al-Tawhid wal-Jihad", "")], not: &[] },
        Case { text: "Ansar Bait al-Maqdis was subsequently renamed into Sinai Province after its pledge.", want: &[("renamed", "Ansar Bait al-Maqdis", "")], not: &[] },
        // Active: the subject renamed something else.
        Case { text: "The Islamic State renamed its Nigerian affiliate after the split with Abubakar Shekau.", want: &[], not: &[("renamed", "Islamic State", "")] },
        Case { text: "Officials renamed the square in Mosul after Islamic State fighters left.", want: &[], not: &[("renamed", "", "")] },
    ]);
}

/// A branch named after "as", and a parent named through a common noun for it
/// (`branch_of.as_branch_of`, `branch_of.branch_of_group`).
#[test]
fn branches_named_as_and_through_a_noun() {
    check(&[
        Case { text: "In 2019 Ansar al-Sunna was accepted by the Islamic State as the Mozambican arm of its Central Africa Province.", want: &[("branch_of", "Ansar al-Sunna", "Islamic State Central Africa Province")], not: &[] },
        Case { text: "Al-Qaeda recognised al-Shabaab as an affiliate of the global network in 2012.", want: &[], not: &[("branch_of", "al-Qaeda", "")] },
        Case { text: "Al-Qaeda welcomed al-Shabaab as the East African branch of the terrorist organisation al-Qaeda.", want: &[("branch_of", "al-Shabaab", "al-Qaeda")], not: &[("branch_of", "al-Qaeda", "al-Qaeda")] },
        Case { text: "Abu Sayyaf, the Philippine wing of international jihadist network Islamic State, held hostages in Jolo.", want: &[("branch_of", "Abu Sayyaf", "Islamic State")], not: &[] },
        Case { text: "Al-Shabaab, a branch of the militant group al-Qaeda, controls much of rural Somalia.", want: &[("branch_of", "al-Shabaab", "al-Qaeda")], not: &[] },
        // A person serving as the head of a wing is no branch.
        Case { text: "Abu Mohammad al-Adnani served as the spokesman of the Islamic State before his death.", want: &[], not: &[("branch_of", "", "")] },
    ]);
}

/// Groups that merge with nothing named after the verb merge into the group a described group
/// right after names ("the combined group, ⟨G⟩") (`merged_into.merged_alone`).
#[test]
fn mergers_named_after_the_verb() {
    check(&[
        Case { text: "Ansar Dine and al-Mourabitoun have merged, and the new group, Jama'at Nusrat al-Islam wal-Muslimin, is led by Iyad Ag Ghaly.", want: &[("merged_into", "Ansar Dine", "Jama'at Nusrat al-Islam wal-Muslimin"), ("merged_into", "al-Mourabitoun", "Jama'at Nusrat al-Islam wal-Muslimin")], not: &[] },
        Case { text: "The Movement for Oneness and Jihad in West Africa and the Masked Men Brigade united in 2013; the merged group is called al-Mourabitoun.", want: &[("merged_into", "Movement for Oneness and Jihad in West Africa", "al-Mourabitoun")], not: &[] },
        Case { text: "Jabhat Fateh al-Sham and Ansar al-Din Front combined, and the resulting group, Hayat Tahrir al-Sham, took Idlib.", want: &[("merged_into", "Jabhat Fateh al-Sham", "Hayat Tahrir al-Sham")], not: &[] },
        // A group named after the merger that is not a described group: no merger into it.
        Case { text: "Ansar Dine and al-Mourabitoun have merged, and al-Qaeda welcomed the move.", want: &[], not: &[("merged_into", "", "al-Qaeda")] },
    ]);
}

/// A group that splits up as someone founds another: the founded group split from it
/// (`splinter_of.split_up`), also when the sentence describes it before naming it.
#[test]
fn groups_founded_as_another_splits_up() {
    check(&[
        Case { text: "Jamaat-ul-Ahrar splintered again in 2017 when a commander formed his own faction, Hizb-ul-Ahrar.", want: &[("splinter_of", "Hizb-ul-Ahrar", "Jamaat-ul-Ahrar")], not: &[] },
        Case { text: "Boko Haram split in 2016 after Abu Musab al-Barnawi founded a rival group, the Islamic State West Africa Province.", want: &[("splinter_of", "Islamic State West Africa Province", "Boko Haram")], not: &[] },
        Case { text: "The Tehrik-e-Taliban Pakistan fractured as commanders loyal to Omar Khalid Khorasani set up Jamaat-ul-Ahrar.", want: &[("splinter_of", "Jamaat-ul-Ahrar", "Tehrik-e-Taliban Pakistan")], not: &[] },
        // A split with nothing founded, or a group founded without a split, is no splinter.
        Case { text: "Boko Haram split in 2016 when its leader Abubakar Shekau was sidelined.", want: &[], not: &[("splinter_of", "", "")] },
        Case { text: "Al-Qaeda created al-Qaeda in the Indian Subcontinent in 2014 to expand in South Asia.", want: &[], not: &[("splinter_of", "", "")] },
    ]);
}

/// A branch described by its parent and place right after a group's name describes that group
/// ("⟨G⟩, al-Qaeda's Yemeni branch"), as a predicate would: no branch entity of its own.
#[test]
fn branches_described_in_apposition_to_their_name() {
    check(&[
        Case { text: "The attack was claimed by AQIM, al-Qaeda's North African branch, on Friday.", want: &[("branch_of", "al-Qaeda in the Islamic Maghreb", "al-Qaeda")], not: &[("branch_of", "al-Qaeda North African branch", "")] },
        Case { text: "Fighters of Jabhat al-Nusra, the Syrian wing of al-Qaeda, seized the town.", want: &[("branch_of", "Jabhat al-Nusra", "al-Qaeda")], not: &[("branch_of", "al-Qaeda Syrian wing", "")] },
        Case { text: "Analysts blamed al-Shabaab, the Somali affiliate of al-Qaeda, for the bombing in Nairobi.", want: &[("branch_of", "al-Shabaab", "al-Qaeda")], not: &[("branch_of", "al-Qaeda Somali affiliate", "")] },
        // In a list, the name before the phrase is a member of its own.
        Case { text: "Four groups merged in 2017: Ansar Dine, al-Mourabitoun, the Sahara branch of al-Qaeda in the Islamic Maghreb and Katiba Macina.", want: &[("branch_of", "al-Qaeda in the Islamic Maghreb Sahara branch", "al-Qaeda in the Islamic Maghreb")], not: &[("branch_of", "al-Mourabitoun", "")] },
        // Without a group's name before it, the phrase names the branch.
        Case { text: "In Sanaa, al-Qaeda's Yemeni branch claimed the bombing.", want: &[("branch_of", "al-Qaeda in the Arabian Peninsula", "al-Qaeda")], not: &[] },
    ]);
}

/// More wordings of a merger: a possessive noun ("their merger into"), "created by merging",
/// an apposition ("⟨G⟩, a merger of ⟨G⟩ and ⟨G⟩"), "dissolved into"; and a return read over the
/// clause ("⟨G⟩, which had broken away from ⟨G⟩, rejoined ⟨G⟩").
#[test]
fn merger_wordings() {
    check(&[
        Case { text: "Ansar Dine and al-Mourabitoun announced their merger into Jama'at Nusrat al-Islam wal-Muslimin.", want: &[("merged_into", "Ansar Dine", "Jama'at Nusrat al-Islam wal-Muslimin"), ("merged_into", "al-Mourabitoun", "Jama'at Nusrat al-Islam wal-Muslimin")], not: &[] },
        Case { text: "Jama'at Nusrat al-Islam wal-Muslimin was created by merging Ansar Dine and al-Mourabitoun.", want: &[("merged_into", "Ansar Dine", "Jama'at Nusrat al-Islam wal-Muslimin"), ("merged_into", "al-Mourabitoun", "Jama'at Nusrat al-Islam wal-Muslimin")], not: &[] },
        Case { text: "Hayat Tahrir al-Sham, a 2017 merger of Jabhat Fateh al-Sham and the Nour al-Din al-Zenki Movement, rules Idlib.", want: &[("merged_into", "Jabhat Fateh al-Sham", "Hayat Tahrir al-Sham"), ("merged_into", "Nour al-Din al-Zenki Movement", "Hayat Tahrir al-Sham")], not: &[] },
        Case { text: "Al-Mourabitoun was dissolved into Jama'at Nusrat al-Islam wal-Muslimin in 2017.", want: &[("merged_into", "al-Mourabitoun", "Jama'at Nusrat al-Islam wal-Muslimin")], not: &[] },
        Case { text: "Hizb-ul-Ahrar, which had broken away from Jamaat-ul-Ahrar in 2017, rejoined the Pakistani Taliban in 2020.", want: &[("merged_into", "Hizb-ul-Ahrar", "Tehrik-e-Taliban Pakistan")], not: &[("merged_into", "Jamaat-ul-Ahrar", "")] },
        // A merger talked of, not made; an apposition that is no merger.
        Case { text: "Ansar Dine and al-Mourabitoun denied reports of their merger into a single group.", want: &[], not: &[("merged_into", "", "")] },
        Case { text: "Hayat Tahrir al-Sham, a rival of Jabhat Fateh al-Sham and the Nour al-Din al-Zenki Movement, rules Idlib.", want: &[], not: &[("merged_into", "", "")] },
    ]);
}

/// More wordings of a split: "⟨G⟩, a ⟨G⟩ splinter group", founded by former members of a
/// group (`splinter_of.splinter_modified`, `splinter_of.formed_by_former`,
/// `splinter_of.formed_by_defectors`).
#[test]
fn splinter_wordings() {
    check(&[
        Case {
            text: "Ansaru, a Boko Haram splinter group, kidnapped engineers in 2013.",
            want: &[("splinter_of", "Ansaru", "Boko Haram")],
            not: &[],
        },
        Case {
            text: "Jamaat-ul-Ahrar is a Pakistani Taliban offshoot based in Mohmand.",
            want: &[("splinter_of", "Jamaat-ul-Ahrar", "Tehrik-e-Taliban Pakistan")],
            not: &[],
        },
        Case {
            text: "Hurras al-Din was founded by former Hayat Tahrir al-Sham commanders in 2018.",
            want: &[("splinter_of", "Hurras al-Din", "Hayat Tahrir al-Sham")],
            not: &[],
        },
        Case {
            text: "Hurras al-Din was set up by disaffected members of Hayat Tahrir al-Sham.",
            want: &[("splinter_of", "Hurras al-Din", "Hayat Tahrir al-Sham")],
            not: &[],
        },
        // Members of a group who formed nothing; a group's own unit, no splinter.
        Case {
            text: "Hurras al-Din was attacked by former Hayat Tahrir al-Sham commanders in 2020.",
            want: &[],
            not: &[("splinter_of", "", "")],
        },
        Case {
            text: "Ansaru, a Boko Haram ally, kidnapped engineers in 2013.",
            want: &[],
            not: &[("splinter_of", "", "")],
        },
    ]);
}

/// More wordings of a rename and of a branch named by its parent: "adopted the name ⟨G⟩",
/// "⟨G⟩'s Somali affiliate ⟨G⟩" (no comma before the name).
#[test]
fn rename_and_branch_wordings() {
    check(&[
        Case { text: "Jabhat al-Nusra adopted the name Jabhat Fateh al-Sham in 2016.", want: &[("renamed", "Jabhat al-Nusra", "")], not: &[] },
        Case { text: "In 2007 the Salafist Group for Preaching and Combat took the name 'al-Qaeda in the Islamic Maghreb'.", want: &[("renamed", "Salafist Group for Preaching and Combat", "")], not: &[] },
        Case { text: "Al-Qaeda's Somali affiliate al-Shabaab attacked Mogadishu.", want: &[("branch_of", "al-Shabaab", "al-Qaeda")], not: &[("branch_of", "al-Qaeda Somali affiliate", "")] },
        Case { text: "The Islamic State's Afghan branch ISKP claimed the bombing in Kabul.", want: &[("branch_of", "Islamic State Khorasan Province", "Islamic State")], not: &[] },
        // The name of a group the branch attacked is not the branch's.
        Case { text: "Al-Qaeda's Yemeni branch on Friday attacked Houthi positions.", want: &[], not: &[("branch_of", "Houthis", "")] },
    ]);
}

/// Cutting ties, parting and going into another group are read over the clause: the group that
/// acts is the clause's subject, not the nearest group before the verb.
#[test]
fn ties_cut_and_mergers_read_over_the_clause() {
    check(&[
        Case { text: "Jabhat al-Nusra, which had fought in Aleppo alongside Ahrar al-Sham, severed its ties with al-Qaeda in 2016.", want: &[("splinter_of", "Jabhat al-Nusra", "al-Qaeda")], not: &[("splinter_of", "Ahrar al-Sham", "")] },
        Case { text: "The Islamic State in the Greater Sahara, active in Niger and Mali, broke with al-Mourabitoun in 2015.", want: &[("splinter_of", "Islamic State in the Greater Sahara", "al-Mourabitoun")], not: &[] },
        Case { text: "Hizb-ul-Ahrar, which had split from Jamaat-ul-Ahrar, was folded into the Pakistani Taliban in 2020.", want: &[("merged_into", "Hizb-ul-Ahrar", "Tehrik-e-Taliban Pakistan")], not: &[("merged_into", "Jamaat-ul-Ahrar", "")] },
        Case { text: "Al-Mourabitoun in northern Mali was absorbed into Jama'at Nusrat al-Islam wal-Muslimin.", want: &[("merged_into", "al-Mourabitoun", "Jama'at Nusrat al-Islam wal-Muslimin")], not: &[] },
        // Ties kept, not cut; fighters taken into a group's ranks are no merger of groups.
        Case { text: "Al-Shabaab has kept its ties with al-Qaeda since 2012.", want: &[], not: &[("splinter_of", "", "")] },
        Case { text: "Hayat Tahrir al-Sham absorbed into its ranks hundreds of fighters from Ahrar al-Sham.", want: &[], not: &[("merged_into", "Ahrar al-Sham", "")] },
    ]);
}

/// Groups merging "to form" a group, read over the clause (`merged_into.merge_to_form`): the
/// groups that merge are the clause's subject and its partners after "with", not a group that
/// reports the merger.
#[test]
fn merging_to_form_read_over_the_clause() {
    check(&[
        Case { text: "Al-Qaeda said that Ansar Dine and al-Mourabitoun had merged to form Jama'at Nusrat al-Islam wal-Muslimin.", want: &[("merged_into", "Ansar Dine", "Jama'at Nusrat al-Islam wal-Muslimin"), ("merged_into", "al-Mourabitoun", "Jama'at Nusrat al-Islam wal-Muslimin")], not: &[("merged_into", "al-Qaeda", "")] },
        Case { text: "Ansar Dine merged with al-Mourabitoun and two other factions to form Jama'at Nusrat al-Islam wal-Muslimin.", want: &[("merged_into", "Ansar Dine", "Jama'at Nusrat al-Islam wal-Muslimin"), ("merged_into", "al-Mourabitoun", "Jama'at Nusrat al-Islam wal-Muslimin")], not: &[] },
        Case { text: "Jabhat Fateh al-Sham united with several smaller Syrian factions to create Hayat Tahrir al-Sham.", want: &[("merged_into", "Jabhat Fateh al-Sham", "Hayat Tahrir al-Sham")], not: &[] },
        // Joining a group is no merger into a third.
        Case { text: "Ansar Dine fighters joined al-Mourabitoun in Gao to fight French troops.", want: &[], not: &[("merged_into", "", "")] },
    ]);
}

/// A group that divides into named groups (`splinter_of.split_into`); a later name in brackets
/// or "known today as" (`renamed.now_in_brackets`, `renamed.now_known_as`); a group formed by
/// another's defectors (`splinter_of.formed_by_group_defectors`); groups uniting under the
/// banner of another (`merged_into.merge_to_form`).
#[test]
fn divisions_later_names_and_banners() {
    check(&[
        Case { text: "In 2015 al-Mourabitoun split into two camps, the Islamic State in the Greater Sahara and a wing loyal to Mokhtar Belmokhtar.", want: &[("splinter_of", "Islamic State in the Greater Sahara", "al-Mourabitoun")], not: &[] },
        Case { text: "The Tehrik-e-Taliban Pakistan splintered into Jamaat-ul-Ahrar and Hizb-ul-Ahrar after Mullah Fazlullah took over.", want: &[("splinter_of", "Jamaat-ul-Ahrar", "Tehrik-e-Taliban Pakistan"), ("splinter_of", "Hizb-ul-Ahrar", "Tehrik-e-Taliban Pakistan")], not: &[] },
        Case { text: "Boko Haram split into two factions after the dispute over its leadership.", want: &[], not: &[("splinter_of", "", "")] },
        Case { text: "Ansar Bait al-Maqdis (now Sinai Province) attacked troops near Rafah.", want: &[("renamed", "Ansar Bait al-Maqdis", "")], not: &[] },
        Case { text: "The Salafist Group for Preaching and Combat, known today as al-Qaeda in the Islamic Maghreb, recruits in the Sahel.", want: &[("renamed", "Salafist Group for Preaching and Combat", "")], not: &[] },
        Case { text: "Al-Shabaab (now the strongest group in Somalia) attacked a base.", want: &[], not: &[("renamed", "", "")] },
        Case { text: "Hurras al-Din was formed by Hayat Tahrir al-Sham defectors in 2018.", want: &[("splinter_of", "Hurras al-Din", "Hayat Tahrir al-Sham")], not: &[] },
        Case { text: "Hurras al-Din was attacked by Hayat Tahrir al-Sham fighters in 2020.", want: &[], not: &[("splinter_of", "", "")] },
        Case { text: "Ansar Dine and al-Mourabitoun united under the banner of Jama'at Nusrat al-Islam wal-Muslimin in 2017.", want: &[("merged_into", "Ansar Dine", "Jama'at Nusrat al-Islam wal-Muslimin"), ("merged_into", "al-Mourabitoun", "Jama'at Nusrat al-Islam wal-Muslimin")], not: &[] },
    ]);
}

/// A merger into one group named after it ("into one group, called ⟨G⟩", "which they named
/// ⟨G⟩"); a named wing after its owner ("Hamas's Qassam Brigades wing"); a group "of the"
/// another; and ties cut in a subordinate clause, whose own subject cut them.
#[test]
fn named_new_groups_wings_and_subordinate_splits() {
    check(&[
        Case { text: "Ansar Dine, al-Mourabitoun and the Macina Liberation Front announced they had merged into one group, called Jama'at Nusrat al-Islam wal-Muslimin.", want: &[("merged_into", "Ansar Dine", "Jama'at Nusrat al-Islam wal-Muslimin"), ("merged_into", "Macina Liberation Front", "Jama'at Nusrat al-Islam wal-Muslimin")], not: &[] },
        Case { text: "Ansar Dine and al-Mourabitoun said they had merged into a single organisation, which they named Jama'at Nusrat al-Islam wal-Muslimin.", want: &[("merged_into", "al-Mourabitoun", "Jama'at Nusrat al-Islam wal-Muslimin")], not: &[] },
        Case { text: "Hamas's Qassam Brigades wing fired rockets at Israel.", want: &[("branch_of", "Izz ad-Din al-Qassam Brigades", "Hamas")], not: &[] },
        Case { text: "Fighters from Jaish al-Islam of the Free Syrian Army took the town.", want: &[("branch_of", "Jaysh al-Islam", "Free Syrian Army")], not: &[] },
        Case { text: "Fighters from Ahrar al-Sham of the Syrian Islamic Front took the town.", want: &[("branch_of", "Ahrar al-Sham", "Islamic Front")], not: &[] },
        Case { text: "Al-Shabaab's Amniyat unit carried out the bombing.", want: &[], not: &[("branch_of", "al-Qaeda", "")] },
        Case { text: "Jabhat Fateh al-Sham was formed in 2016 after Jabhat al-Nusra cut its ties with al-Qaeda.", want: &[("splinter_of", "Jabhat al-Nusra", "al-Qaeda")], not: &[("splinter_of", "Jabhat Fateh al-Sham", "al-Qaeda")] },
        // Of the two groups, the second is what the first fought, not its parent.
        Case { text: "Al-Shabaab fought the African Union mission while Jabhat al-Nusra of the Syrian opposition was sidelined.", want: &[], not: &[("branch_of", "al-Shabaab", "")] },
    ]);
}

/// A reduced relative clause naming the later name (`renamed.renamed_verb`), a group absorbed
/// by another (`merged_into.merged_into`), and a branch set up as one (`branch_of.serves_as_branch`).
#[test]
fn reduced_renames_absorptions_and_branches_set_up() {
    check(&[
        Case { text: "Jabhat al-Nusra, renamed Jabhat Fateh al-Sham in 2016, controlled much of Idlib.", want: &[("renamed", "Jabhat al-Nusra", "")], not: &[] },
        Case { text: "The Salafist Group for Preaching and Combat, later renamed al-Qaeda in the Islamic Maghreb, bombed Algiers.", want: &[("renamed", "Salafist Group for Preaching and Combat", "")], not: &[] },
        Case { text: "The Mujahideen Shura Council was absorbed by the Islamic State of Iraq in 2006.", want: &[("merged_into", "Mujahideen Shura Council", "Islamic State of Iraq")], not: &[] },
        Case { text: "Al-Qaeda in the Indian Subcontinent was set up as al-Qaeda's South Asian branch in 2014.", want: &[("branch_of", "al-Qaeda in the Indian Subcontinent", "al-Qaeda")], not: &[] },
        // Attacked by, not absorbed by; a street renamed after a group's leader.
        Case { text: "The Mujahideen Shura Council was attacked by the Islamic State of Iraq in 2006.", want: &[], not: &[("merged_into", "", "")] },
        Case { text: "Officials in Kabul, angered by the Taliban, renamed a square after Ahmad Shah Massoud.", want: &[], not: &[("renamed", "", "")] },
    ]);
}
