//! Sentences written for these tests, at least ten per fact type: each names the facts that
//! must come out (type, subject, object by any of their names; for strength the object is the
//! figure, "7000-12000") and the facts that must not (an empty name matches anything). A fact
//! the sentence denies may come out, with polarity `denied`; it must not come out asserted or
//! hedged. The sentences state public facts in our own words; none is taken from the gold
//! articles.

mod common;

use allegiance_extract::{Extraction, Polarity};
use common::{describe, extract, named};

struct Case {
    text: &'static str,
    want: &'static [(&'static str, &'static str, &'static str)],
    not: &'static [(&'static str, &'static str, &'static str)],
}

/// Whether `r` states a fact of type `t` between entities named `s` and `o`; for strength `o` is
/// the figure or range.
fn holds(r: &Extraction, f: &allegiance_extract::Fact, t: &str, s: &str, o: &str) -> bool {
    if f.fact_type.as_str() != t {
        return false;
    }
    let is = |id: &str, name: &str| name.is_empty() || named(r, id, name);
    if t == "strength" {
        let (lo, hi) = o.split_once('-').unwrap_or((o, o));
        let num = |k: &str| f.attrs.strength().map(|a| if k == "min" { a.min } else { a.max });
        let close = |a: Option<f64>, b: &str| {
            a.is_some_and(|a| (a - b.parse::<f64>().unwrap()).abs() < 1.0)
        };
        return is(&f.subject, s) && close(num("min"), lo) && close(num("max"), hi);
    }
    let object_is =
        |name: &str| name.is_empty() || f.object.as_deref().is_some_and(|x| named(r, x, name));
    (is(&f.subject, s) && object_is(o))
        || (f.fact_type.is_symmetric()
            && f.object.as_deref().is_some_and(|x| is(x, s))
            && named(r, &f.subject, o))
}

fn check(cases: &[Case]) {
    let mut failures = Vec::new();
    for c in cases {
        let r = extract(c.text);
        for &(t, s, o) in c.want {
            if !r.facts.iter().any(|f| holds(&r, f, t, s, o)) {
                failures.push(format!(
                    "missing {t}({s}, {o}) in: {}\n  got: {}",
                    c.text,
                    describe(&r)
                ));
            }
        }
        for &(t, s, o) in c.not {
            if r.facts.iter().any(|f| f.polarity != Polarity::Denied && holds(&r, f, t, s, o)) {
                failures.push(format!(
                    "unexpected {t}({s}, {o}) in: {}\n  got: {}",
                    c.text,
                    describe(&r)
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

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
fn leaders() {
    check(&[
        Case { text: "Abubakar Shekau, who led Boko Haram from 2009, died in 2021.", want: &[("leader_of", "Abubakar Shekau", "Boko Haram")], not: &[] },
        Case { text: "Hamas political chief Ismail Haniyeh was killed in Tehran in 2024.", want: &[("leader_of", "Ismail Haniyeh", "Hamas")], not: &[] },
        Case { text: "Joseph Kony remains at the helm of the Lord's Resistance Army.", want: &[("leader_of", "Joseph Kony", "Lord's Resistance Army")], not: &[] },
        Case { text: "The Islamic State named Abu Ibrahim al-Hashimi al-Qurashi as its new caliph in 2019.", want: &[("leader_of", "Abu Ibrahim al-Hashimi al-Qurashi", "Islamic State")], not: &[] },
        Case { text: "Ayman al-Zawahiri succeeded Osama bin Laden as leader of al-Qaeda in 2011.", want: &[("leader_of", "Ayman al-Zawahiri", "al-Qaeda")], not: &[] },
        Case { text: "Under its commander Mokhtar Belmokhtar, al-Mourabitoun attacked a hotel in Bamako.", want: &[("leader_of", "Mokhtar Belmokhtar", "al-Mourabitoun")], not: &[] },
        Case { text: "Naim Qassem, Hezbollah's deputy leader, spoke in Beirut.", want: &[], not: &[("leader_of", "Naim Qassem", "Hezbollah")] },
        Case { text: "A leader of the Afghan government met Taliban envoys in Doha.", want: &[], not: &[("leader_of", "", "")] },
        Case { text: "The Taliban's leader was not named in the report.", want: &[], not: &[("leader_of", "", "")] },
        Case { text: "Jabhat al-Nusra, which was led by one of Baghdadi's former deputies, Abu Mohammad al-Julani, broke with the Islamic State.", want: &[("leader_of", "Abu Mohammad al-Julani", "Jabhat al-Nusra")], not: &[("leader_of", "Abu Bakr al-Baghdadi", "Jabhat al-Nusra")] },
        Case { text: "The Allied Democratic Forces attacked a school in western Uganda. Since 2019 the Islamic State has presented the group as one of its provinces. Its leader, Musa Baluku, took over in 2015.", want: &[("leader_of", "Musa Baluku", "Allied Democratic Forces")], not: &[("leader_of", "Musa Baluku", "Islamic State")] },
    ]);
}

#[test]
fn founders() {
    check(&[
        Case { text: "Osama bin Laden, the founder of al-Qaeda, was killed in 2011.", want: &[("founder_of", "Osama bin Laden", "al-Qaeda")], not: &[] },
        Case { text: "Hamas was founded in 1987 by Sheikh Ahmed Yassin.", want: &[("founder_of", "Ahmed Yassin", "Hamas")], not: &[] },
        Case { text: "Mohammed Yusuf established Boko Haram in Maiduguri in 2002.", want: &[("founder_of", "Mohammed Yusuf", "Boko Haram")], not: &[] },
        Case { text: "Joseph Kony, who formed the Lord's Resistance Army in the late 1980s, is still at large.", want: &[("founder_of", "Joseph Kony", "Lord's Resistance Army")], not: &[] },
        Case { text: "The Haqqani network's founder, Jalaluddin Haqqani, died in 2018.", want: &[("founder_of", "Jalaluddin Haqqani", "Haqqani network")], not: &[] },
        Case { text: "Hafiz Saeed co-founded Lashkar-e-Taiba in the early 1990s.", want: &[("founder_of", "Hafiz Saeed", "Lashkar-e-Taiba")], not: &[] },
        Case { text: "Ahmed Abdi Godane was among the founders of al-Shabaab.", want: &[("founder_of", "Ahmed Abdi Godane", "al-Shabaab")], not: &[] },
        Case { text: "Mullah Omar founded the Taliban movement in 1994 in Kandahar.", want: &[("founder_of", "Mullah Omar", "Taliban")], not: &[] },
        Case { text: "Abu Bakar Bashir, co-founder of Jemaah Islamiyah, was released from prison in 2021.", want: &[("founder_of", "Abu Bakar Bashir", "Jemaah Islamiyah")], not: &[] },
        Case { text: "Abu Musab al-Zarqawi set up Jama'at al-Tawhid wal-Jihad in 1999.", want: &[("founder_of", "Abu Musab al-Zarqawi", "Jama'at al-Tawhid wal-Jihad")], not: &[] },
        Case { text: "The Taliban movement was founded in 1994.", want: &[], not: &[("founder_of", "", "")] },
        Case { text: "Hamza bin Laden was groomed as a future leader of al-Qaeda.", want: &[], not: &[("founder_of", "", "")] },
        Case { text: "Officials discussed the foundations of a Taliban government in Doha.", want: &[], not: &[("founder_of", "", "")] },
        Case { text: "Jalaluddin Haqqani, a mujahideen commander of the 1980s who founded the Haqqani network, died in 2018.", want: &[("founder_of", "Jalaluddin Haqqani", "Haqqani network")], not: &[] },
    ]);
}

#[test]
fn members() {
    check(&[
        Case { text: "Anwar al-Awlaki, a senior member of al-Qaeda in the Arabian Peninsula, was killed in 2011.", want: &[("member_of", "Anwar al-Awlaki", "al-Qaeda in the Arabian Peninsula")], not: &[] },
        Case { text: "Mohammed Emwazi, an Islamic State militant known as Jihadi John, was killed in Raqqa.", want: &[("member_of", "Mohammed Emwazi", "Islamic State")], not: &[] },
        Case { text: "Hamza bin Laden joined al-Qaeda as a teenager.", want: &[("member_of", "Hamza bin Laden", "al-Qaeda")], not: &[] },
        Case { text: "Islamic State spokesman Abu Mohammed al-Adnani was killed in Aleppo province in 2016.", want: &[("member_of", "Abu Mohammed al-Adnani", "Islamic State")], not: &[] },
        Case { text: "Al-Shabaab spokesman Ali Dhere said the group carried out the attack.", want: &[("member_of", "Ali Dhere", "al-Shabaab")], not: &[] },
        Case { text: "Mokhtar Belmokhtar, a veteran of al-Qaeda in the Islamic Maghreb, broke with its leadership in 2012.", want: &[("member_of", "Mokhtar Belmokhtar", "al-Qaeda in the Islamic Maghreb")], not: &[] },
        Case { text: "The Egyptian militant Abu Hamza al-Muhajir travelled to Iraq to join al-Qaeda in Iraq.", want: &[("member_of", "Abu Hamza al-Muhajir", "al-Qaeda in Iraq")], not: &[] },
        Case { text: "Among the dead was Abu Ayyub al-Masri, a senior figure in al-Qaeda in Iraq.", want: &[("member_of", "Abu Ayyub al-Masri", "al-Qaeda in Iraq")], not: &[] },
        Case { text: "Adnan Abu Walid al-Sahrawi had been a commander in al-Mourabitoun before 2015.", want: &[("member_of", "Adnan Abu Walid al-Sahrawi", "al-Mourabitoun")], not: &[] },
        Case { text: "The court convicted Jack Letts, who had joined the Islamic State in Syria.", want: &[("member_of", "Jack Letts", "Islamic State")], not: &[] },
        Case { text: "The Islamic State killed James Foley, an American journalist, in 2014.", want: &[], not: &[("member_of", "James Foley", "")] },
        Case { text: "Nadia Murad, who was held captive by the Islamic State, won the Nobel Peace Prize.", want: &[], not: &[("member_of", "Nadia Murad", "")] },
        Case { text: "Human rights groups said members of the army had killed civilians.", want: &[], not: &[("member_of", "", "")] },
        Case { text: "Omar al-Shishani and Muslem al-Shishani hold senior posts in the Islamic State, including Muslem al-Shishani.", want: &[], not: &[] },
    ]);
}

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
