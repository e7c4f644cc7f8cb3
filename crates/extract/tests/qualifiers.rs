//! Qualifiers on sentences written for these tests: who claims a fact (`source`), how firmly
//! (`polarity`), and when (`when`, resolved against the publication date where one is given).

mod common;

use allegiance_extract::{DocMeta, Extraction, Fact};
use common::{describe, extractor, named};

struct Case {
    text: &'static str,
    published: Option<&'static str>,
    /// (type, subject, object or strength figure "min-max")
    fact: (&'static str, &'static str, &'static str),
    /// `Some(None)`: the fact must have no source; `None`: not checked.
    source: Option<Option<&'static str>>,
    polarity: Option<&'static str>,
    start: Option<&'static str>,
    end: Option<&'static str>,
}

fn find<'a>(r: &'a Extraction, (t, s, o): (&str, &str, &str)) -> Option<&'a Fact> {
    r.facts.iter().find(|f| {
        if f.fact_type.as_str() != t || !named(r, &f.subject, s) {
            return false;
        }
        if t == "strength" {
            let (lo, hi) = o.split_once('-').unwrap_or((o, o));
            let near = |k: &str, v: &str| {
                f.attrs
                    .strength()
                    .map(|a| if k == "min" { a.min } else { a.max })
                    .is_some_and(|x| (x - v.parse::<f64>().unwrap()).abs() < 1.0)
            };
            return near("min", lo) && near("max", hi);
        }
        f.object.as_deref().is_some_and(|x| named(r, x, o))
    })
}

fn check(cases: &[Case]) {
    let mut failures = Vec::new();
    for c in cases {
        let r = extractor().extract(
            c.text,
            &DocMeta { published: c.published.map(String::from), publisher: None },
        );
        let Some(f) = find(&r, c.fact) else {
            failures.push(format!("missing {:?} in: {}\n  got: {}", c.fact, c.text, describe(&r)));
            continue;
        };
        if let Some(want) = c.source {
            let got = f.source.as_deref();
            let same = match (want, got) {
                (None, None) => true,
                (Some(w), Some(g)) => {
                    g.to_lowercase().contains(&w.to_lowercase())
                        || w.to_lowercase().contains(&g.to_lowercase())
                }
                _ => false,
            };
            if !same {
                failures.push(format!("source {got:?}, want {want:?} in: {}", c.text));
            }
        }
        if let Some(want) = c.polarity {
            if f.polarity.as_str() != want {
                failures.push(format!(
                    "polarity {}, want {want} in: {}",
                    f.polarity.as_str(),
                    c.text
                ));
            }
        }
        let when = f.when.as_ref();
        if let Some(want) = c.start {
            let got = when.and_then(|w| w.start).map(|d| d.to_string());
            if got.as_deref() != Some(want) {
                failures.push(format!("start {got:?}, want {want} in: {}", c.text));
            }
        }
        if let Some(want) = c.end {
            let got = when.and_then(|w| w.end).map(|d| d.to_string());
            if got.as_deref() != Some(want) {
                failures.push(format!("end {got:?}, want {want} in: {}", c.text));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn sources() {
    check(&[
        Case { text: "Al-Shabaab has between 7,000 and 9,000 fighters, according to the Hiraal Institute.", published: None, fact: ("strength", "al-Shabaab", "7000-9000"), source: Some(Some("Hiraal Institute")), polarity: None, start: None, end: None },
        Case { text: "The Islamic State claimed responsibility for the attack in Kabul, the SITE Intelligence Group said.", published: None, fact: ("attack", "Islamic State", "Kabul"), source: Some(Some("SITE Intelligence Group")), polarity: None, start: None, end: None },
        Case { text: "Boko Haram pledged allegiance to the Islamic State, its leader Abubakar Shekau said in an audio message.", published: None, fact: ("pledge", "Boko Haram", "Islamic State"), source: Some(Some("Abubakar Shekau")), polarity: None, start: None, end: None },
        Case { text: "Hezbollah has 100,000 fighters, Hassan Nasrallah claimed in a televised speech.", published: None, fact: ("strength", "Hezbollah", "100000"), source: Some(Some("Hassan Nasrallah")), polarity: None, start: None, end: None },
        Case { text: "The Taliban control much of Helmand province, the BBC reported.", published: None, fact: ("presence", "Taliban", "Helmand"), source: Some(Some("BBC")), polarity: None, start: None, end: None },
        Case { text: "A UN monitoring team told the Security Council that al-Qaeda leaders remain in Afghanistan.", published: None, fact: ("presence", "al-Qaeda", "Afghanistan"), source: Some(Some("UN")), polarity: None, start: None, end: None },
        Case { text: "According to Reuters, the Houthis fired missiles at ships in the Red Sea.", published: None, fact: ("attack", "Houthis", "Red Sea"), source: Some(Some("Reuters")), polarity: None, start: None, end: None },
        Case { text: "The Wagner Group has about 5,000 men in Libya, US officials said.", published: None, fact: ("strength", "Wagner Group", "5000"), source: Some(Some("US officials")), polarity: None, start: None, end: None },
        Case { text: "Al-Shabaab operates across southern Somalia.", published: None, fact: ("presence", "al-Shabaab", "Somalia"), source: Some(None), polarity: None, start: None, end: None },
        Case { text: "Nigerian military officials said ISWAP had attacked a base in Borno.", published: None, fact: ("attack", "Islamic State West Africa Province", "Borno"), source: Some(Some("Nigerian military officials")), polarity: None, start: None, end: None },
        Case { text: "Jamaat-ul-Ahrar, a militant faction, has rejoined the Pakistani Taliban, the TTP said in a statement.", published: None, fact: ("merged_into", "Jamaat-ul-Ahrar", "Tehrik-e-Taliban Pakistan"), source: Some(Some("TTP")), polarity: None, start: None, end: None },
        Case { text: "ISWAP is led by Abu Musab al-Barnawi, according to analysts.", published: None, fact: ("leader_of", "Abu Musab al-Barnawi", "Islamic State West Africa Province"), source: Some(Some("analysts")), polarity: None, start: None, end: None },
        Case { text: "Hundreds of Boko Haram fighters pledged allegiance to ISWAP, residents of Borno State said.", published: None, fact: ("pledge", "Boko Haram fighters", "Islamic State West Africa Province"), source: Some(Some("residents of Borno State")), polarity: None, start: None, end: None },
        Case { text: "While the group has claimed attacks in Pakistan, the country's security forces say the Islamic State has no organised presence in Pakistan.", published: None, fact: ("presence", "Islamic State", "Pakistan"), source: Some(Some("Pakistan's security forces")), polarity: Some("denied"), start: None, end: None },
        Case { text: "Khorasan operatives have joined Ahrar al-Sham, another rebel group, said Hisham al-Hashemi, an Iraqi analyst.", published: None, fact: ("ally_of", "Khorasan group", "Ahrar al-Sham"), source: Some(Some("Hisham al-Hashemi")), polarity: None, start: None, end: None },
        Case { text: "A new study by the Royal United Services Institute (RUSI) looks at the Islamic State in Afghanistan. The Islamic State has around 4,000 members in Afghanistan, according to the report.", published: None, fact: ("strength", "Islamic State", "4000"), source: Some(Some("RUSI")), polarity: None, start: None, end: None },
        Case { text: "The US ambassador to Afghanistan said he believed the Haqqani network was behind the attack in Kabul.", published: None, fact: ("attack", "Haqqani network", "Kabul"), source: Some(Some("US ambassador to Afghanistan")), polarity: None, start: None, end: None },
        Case { text: "Fighting in Idlib has displaced thousands, residents tell Reuters, as Hayat Tahrir al-Sham battles Hurras al-Din.", published: None, fact: ("rival_of", "Hayat Tahrir al-Sham", "Hurras al-Din"), source: Some(Some("Reuters")), polarity: None, start: None, end: None },
    ]);
}

#[test]
fn polarities() {
    check(&[
        Case {
            text: "Boko Haram allegedly carried out the bombing in Maiduguri.",
            published: None,
            fact: ("attack", "Boko Haram", "Maiduguri"),
            source: None,
            polarity: Some("hedged"),
            start: None,
            end: None,
        },
        Case {
            text: "The Islamic State is believed to have around 3,000 fighters in Syria.",
            published: None,
            fact: ("strength", "Islamic State", "3000"),
            source: None,
            polarity: Some("hedged"),
            start: None,
            end: None,
        },
        Case {
            text: "Al-Qaeda may have a presence in Iran, analysts say.",
            published: None,
            fact: ("presence", "al-Qaeda", "Iran"),
            source: None,
            polarity: Some("hedged"),
            start: None,
            end: None,
        },
        Case {
            text: "The Taliban denied that al-Qaeda had any presence in Afghanistan.",
            published: None,
            fact: ("presence", "al-Qaeda", "Afghanistan"),
            source: None,
            polarity: Some("denied"),
            start: None,
            end: None,
        },
        Case {
            text: "Hamas has no organised presence in Jordan.",
            published: None,
            fact: ("presence", "Hamas", "Jordan"),
            source: None,
            polarity: Some("denied"),
            start: None,
            end: None,
        },
        Case {
            text: "Al-Shabaab denied carrying out the attack in Mogadishu.",
            published: None,
            fact: ("attack", "al-Shabaab", "Mogadishu"),
            source: None,
            polarity: Some("denied"),
            start: None,
            end: None,
        },
        Case {
            text: "The Haqqani network reportedly has ties to al-Qaeda.",
            published: None,
            fact: ("ally_of", "Haqqani network", "al-Qaeda"),
            source: None,
            polarity: Some("hedged"),
            start: None,
            end: None,
        },
        Case {
            text: "ISKP has never pledged allegiance to al-Qaeda.",
            published: None,
            fact: ("pledge", "Islamic State Khorasan Province", "al-Qaeda"),
            source: None,
            polarity: Some("denied"),
            start: None,
            end: None,
        },
        Case {
            text: "Jabhat al-Nusra is not a branch of the Islamic State.",
            published: None,
            fact: ("branch_of", "Jabhat al-Nusra", "Islamic State"),
            source: None,
            polarity: Some("denied"),
            start: None,
            end: None,
        },
        Case {
            text: "Al-Shabaab operates in Somalia and Kenya.",
            published: None,
            fact: ("presence", "al-Shabaab", "Kenya"),
            source: None,
            polarity: Some("asserted"),
            start: None,
            end: None,
        },
        Case {
            text: "Officials suspect that the Islamic State was behind the bombing in Kunduz.",
            published: None,
            fact: ("attack", "Islamic State", "Kunduz"),
            source: None,
            polarity: Some("hedged"),
            start: None,
            end: None,
        },
    ]);
}

#[test]
fn times() {
    check(&[
        Case {
            text: "In June 2014, the Islamic State declared a caliphate and seized Mosul.",
            published: None,
            fact: ("presence", "Islamic State", "Mosul"),
            source: None,
            polarity: None,
            start: Some("2014-06"),
            end: None,
        },
        Case {
            text: "Al-Shabaab has been active in Kenya since 2011.",
            published: None,
            fact: ("presence", "al-Shabaab", "Kenya"),
            source: None,
            polarity: None,
            start: Some("2011"),
            end: None,
        },
        Case {
            text: "Between 2009 and 2014, Boko Haram operated mainly in Borno.",
            published: None,
            fact: ("presence", "Boko Haram", "Borno"),
            source: None,
            polarity: None,
            start: Some("2009"),
            end: Some("2014"),
        },
        Case {
            text: "In the second half of 2014, the Islamic State expanded into Libya.",
            published: None,
            fact: ("presence", "Islamic State", "Libya"),
            source: None,
            polarity: None,
            start: Some("2014-07"),
            end: Some("2014-12"),
        },
        Case {
            text: "Earlier this week, al-Shabaab attacked a base in Lower Shabelle.",
            published: Some("2019-10-03"),
            fact: ("attack", "al-Shabaab", "Lower Shabelle"),
            source: None,
            polarity: None,
            start: Some("2019-09-30"),
            end: None,
        },
        Case {
            text: "On 15 April 2014, Boko Haram abducted schoolgirls in Borno.",
            published: None,
            fact: ("attack", "Boko Haram", "Borno"),
            source: None,
            polarity: None,
            start: Some("2014-04-15"),
            end: None,
        },
        Case {
            text: "Last year, the Islamic State Sahel Province attacked soldiers in Menaka.",
            published: Some("2023-05-02"),
            fact: ("attack", "Islamic State Sahel Province", "Menaka"),
            source: None,
            polarity: None,
            start: Some("2022"),
            end: None,
        },
        Case {
            text: "In the summer of 2015, the Taliban captured Kunduz.",
            published: None,
            fact: ("presence", "Taliban", "Kunduz"),
            source: None,
            polarity: None,
            start: Some("2015-06"),
            end: None,
        },
        Case {
            text: "Boko Haram pledged allegiance to the Islamic State in March 2015.",
            published: None,
            fact: ("pledge", "Boko Haram", "Islamic State"),
            source: None,
            polarity: None,
            start: Some("2015-03"),
            end: None,
        },
        Case {
            text: "On Tuesday, the Houthis fired missiles at Israel.",
            published: Some("2024-07-19"),
            fact: ("attack", "Houthis", "Israel"),
            source: None,
            polarity: None,
            start: Some("2024-07-16"),
            end: None,
        },
    ]);
}
