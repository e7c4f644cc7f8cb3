//! Facts read across articles, on extractions built by hand: claims folded across articles with
//! syndicated copies counted once, near-duplicate detection, strength series, contradictions,
//! same-named new groups told apart, and the upgrade of a version-2 file.

use allegiance_model::{Extraction, FactType, PartialDate, Polarity};
use allegiance_read::Document;
use allegiance_store::{
    ConflictFilter, ConflictKind, DatedBy, FactFilter, PlaceCountries, SqliteStore, Store,
    SCHEMA_VERSION,
};
use serde_json::json;
use std::collections::BTreeSet;

mod common;
use common::*;

/// A date bound as written (`2019-03-01`).
fn date(d: Option<PartialDate>) -> Option<String> {
    d.map(|d| d.to_string())
}

/// A wire story of a few paragraphs, long enough to judge copies by.
const WIRE: &str = "Boko Haram has pledged allegiance to the Islamic State, according to an audio message \
    posted online on Saturday by the group's leader Abubakar Shekau. In the message, which could not be \
    independently verified, Shekau said the Nigerian militants would hear and obey the caliph in times of \
    difficulty and prosperity. Analysts said the pledge was largely symbolic but could help the group \
    recruit fighters and attract funding from abroad. The group has waged an insurgency in northeastern \
    Nigeria since 2009, killing thousands of people and forcing more than a million from their homes. \
    Neighbouring countries including Chad, Niger and Cameroon have sent troops to fight the militants in \
    recent weeks, and the army said it had retaken several towns near the border.";

fn wire(doc: &str, published: &str, text: &str, publisher: &str) -> (Document, Extraction) {
    let quote = "Boko Haram has pledged allegiance to the Islamic State";
    Article::new(doc, published, text)
        .publisher(publisher)
        .entity("e1", G, "Boko Haram", Some("boko-haram"), &["Boko Haram"])
        .entity("e2", G, "Islamic State", Some("islamic-state"), &["Islamic State"])
        .fact(
            FactType::Pledge,
            "e1",
            Some("e2"),
            json!({}),
            None,
            Some(("2015-03-07", None)),
            quote,
        )
        .pair()
}

/// The wire story as a second outlet ran it: a dateline, a word or two changed, the last sentence cut.
fn reprint() -> (Document, Extraction) {
    let text = format!(
        "MAIDUGURI, Nigeria (Daily Example) - {}",
        WIRE.replace("posted online on Saturday", "posted online late on Saturday")
            .replace("Analysts said", "Security analysts said")
            .replace(" Neighbouring countries including Chad, Niger and Cameroon have sent troops to fight the militants in \
    recent weeks, and the army said it had retaken several towns near the border.", "")
    );
    wire("reprint.txt", "2015-03-08", &text, "Daily Example")
}

/// Another report of the same pledge, written independently.
fn independent() -> (Document, Extraction) {
    let text = "Nigeria's Boko Haram has pledged allegiance to the Islamic State, the BBC reported on Sunday. \
        Boko Haram has pledged allegiance to the Islamic State in an audio message, a move that the group's \
        critics called desperate after months of military setbacks. The recording was released on Twitter \
        and carried a logo of the group's media arm; officials in Abuja declined to comment on it.";
    wire("bbc.txt", "2015-03-08", text, "BBC")
}

#[test]
fn the_same_fact_from_several_articles_is_one_claim_with_a_syndicated_copy_counted_once() {
    let mut s = SqliteStore::open_in_memory().unwrap();
    let r = s
        .ingest_batch(&[
            wire("wire.txt", "2015-03-07", WIRE, "Example Wire"),
            reprint(),
            independent(),
        ])
        .unwrap();
    assert_eq!((r.documents, r.copies), (3, 1), "the reprint is a copy of the wire story");
    assert_eq!(s.counts().unwrap().copies, 1);
    let claims =
        s.claims(&FactFilter { fact_type: Some(FactType::Pledge), ..Default::default() }).unwrap();
    assert_eq!(claims.len(), 1, "{claims:#?}");
    let c = &claims[0];
    assert_eq!((c.documents, c.reports), (3, 2), "three articles, two independent reports");
    let docs: Vec<&str> = c.articles.iter().map(|a| a.header.doc.as_str()).collect();
    assert_eq!(docs, vec!["wire.txt", "reprint.txt", "bbc.txt"]);
    let wire_id = c.articles[0].document_id;
    assert_eq!(c.articles[1].copy_of, Some(wire_id));
    assert_eq!(c.articles[1].header.publisher.as_deref(), Some("Daily Example"));
    assert_eq!(c.articles[2].copy_of, None, "the independent report is its own story");
    assert_eq!(c.articles[0].copy_of, None);
    // Ingest order does not change which articles are copies of which.
    let mut t = SqliteStore::open_in_memory().unwrap();
    t.ingest_batch(&[independent()]).unwrap();
    t.ingest_batch(&[reprint()]).unwrap();
    t.ingest_batch(&[wire("wire.txt", "2015-03-07", WIRE, "Example Wire")]).unwrap();
    let c = &t.claims(&FactFilter::default()).unwrap()[0];
    assert_eq!((c.documents, c.reports), (3, 2));
}

/// Twelve paragraphs of one long report; versions of it are runs of them.
fn paragraphs() -> Vec<&'static str> {
    vec![
        "Government forces launched a dawn offensive on Tuesday to retake the northern districts held by rebels since March.",
        "Witnesses in the old market said artillery shells landed near the mosque, setting several shops on fire.",
        "A hospital director told reporters that thirty wounded civilians had arrived by evening, many of them children.",
        "The defence ministry claimed its troops had secured the main bridge and cut the insurgents' supply route.",
        "Rebel commanders denied losing ground and released a video showing fighters patrolling the riverside road.",
        "Aid workers warned that water supplies would run out within days unless a humanitarian corridor was opened.",
        "Farmers fleeing the villages south of the city described soldiers searching homes and detaining young men.",
        "Diplomats at the United Nations called for an immediate ceasefire and an independent inquiry into the shelling.",
        "Neighbouring states closed their border crossings, leaving thousands of families stranded in makeshift camps.",
        "Analysts said the offensive was meant to strengthen the government's hand before peace talks next month.",
        "Mobile networks were cut across the province, making it hard to verify the competing accounts of the fighting.",
        "By nightfall the streets were empty except for armoured vehicles moving slowly toward the eastern front.",
    ]
}

fn version(doc: &str, parts: std::ops::Range<usize>) -> (Document, Extraction) {
    let text = paragraphs()[parts].join(" ");
    (Article::new(doc, "2016-10-01", &text).pair().0, Extraction::default())
}

#[test]
fn near_duplicates_with_small_edits_are_found_and_a_bridging_version_joins_two_clusters() {
    let mut s = SqliteStore::open_in_memory().unwrap();
    // The first and the last eight paragraphs: a third in common, not copies of each other.
    let r = s.ingest_batch(&[version("early.txt", 0..8), version("late.txt", 4..12)]).unwrap();
    assert_eq!(r.copies, 0);
    // The full report is a copy of both (two thirds in common): the two clusters become one.
    let r = s.ingest_batch(&[version("full.txt", 0..12)]).unwrap();
    assert_eq!(r.copies, 1);
    let clusters: BTreeSet<i64> = {
        let mut st = s.connection().prepare("SELECT cluster_id FROM signatures").unwrap();
        st.query_map([], |r| r.get(0)).unwrap().map(|r| r.unwrap()).collect()
    };
    assert_eq!(clusters.len(), 1, "one story");
    assert_eq!(s.counts().unwrap().copies, 2);
    // An unrelated article is nobody's copy; a short brief is never judged.
    let r = s.ingest_batch(&[independent(), version("brief.txt", 0..0)]).unwrap();
    assert_eq!((r.documents, r.copies), (2, 0));
}

fn countries() -> PlaceCountries {
    [
        ("syria", "SY"),
        ("city-sy-aleppo", "SY"),
        ("city-sy-idlib", "SY"),
        ("libya", "LY"),
        ("city-ly-derna", "LY"),
    ]
    .into_iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect()
}

/// An article about a "Free Army" the knowledge base lacks, tied to `place` (or to nothing).
fn free_army(doc: &str, place: Option<(&str, &str)>) -> (Document, Extraction) {
    match place {
        Some((name, kb)) => {
            let text = format!("Fighters of the Free Army attacked a government checkpoint near {name} on Friday, residents said.");
            Article::new(doc, "2016-05-06", &text)
                .entity("e1", G, "Free Army", None, &["Free Army"])
                .entity("e2", L, name, Some(kb), &[name])
                .fact(
                    FactType::Attack,
                    "e1",
                    Some("e2"),
                    json!({"what": "checkpoint attack"}),
                    None,
                    None,
                    &text,
                )
                .pair()
        }
        None => {
            let text =
                "A commander of the Free Army said his men would not lay down their weapons.";
            Article::new(doc, "2016-05-07", text)
                .entity("e1", G, "Free Army", None, &["Free Army"])
                .pair()
        }
    }
}

/// Which documents each "Free Army" entity is named in.
fn free_army_groups(s: &SqliteStore) -> BTreeSet<BTreeSet<String>> {
    let mut st = s
        .connection()
        .prepare(
            "SELECT e.id, d.doc FROM entities e JOIN mentions m ON m.entity_id = e.id JOIN documents d ON d.id = m.document_id \
             WHERE e.norm_name = 'free army' ORDER BY e.id",
        )
        .unwrap();
    let rows: Vec<(i64, String)> =
        st.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().map(|r| r.unwrap()).collect();
    let mut by: std::collections::BTreeMap<i64, BTreeSet<String>> = Default::default();
    for (id, doc) in rows {
        by.entry(id).or_default().insert(doc);
    }
    by.into_values().collect()
}

#[test]
fn same_named_new_groups_in_different_countries_stay_apart_whatever_the_ingest_order() {
    let articles = vec![
        free_army("aleppo.txt", Some(("Aleppo", "city-sy-aleppo"))),
        free_army("derna.txt", Some(("Derna", "city-ly-derna"))),
        free_army("idlib.txt", Some(("Idlib", "city-sy-idlib"))),
        free_army("silent.txt", None),
    ];
    let expected: BTreeSet<BTreeSet<String>> = [
        BTreeSet::from([
            "aleppo.txt".to_string(),
            "idlib.txt".to_string(),
            "silent.txt".to_string(),
        ]),
        BTreeSet::from(["derna.txt".to_string()]),
    ]
    .into();
    // All in one batch, one by one in other orders: the same two groups.
    for order in [[0, 1, 2, 3], [1, 3, 0, 2], [3, 1, 2, 0], [2, 3, 1, 0]] {
        let mut s = SqliteStore::open_in_memory().unwrap();
        s.set_place_countries(countries());
        for i in order {
            s.ingest_batch(&[articles[i].clone()]).unwrap();
        }
        assert_eq!(free_army_groups(&s), expected, "order {order:?}");
        // Facts, mentions and aliases moved with their documents.
        let syrian = s.group_profile("Free Army").unwrap().unwrap();
        let places: BTreeSet<String> =
            syrian.attacks.iter().filter_map(|f| f.object.clone()).collect();
        assert_eq!(
            places,
            BTreeSet::from(["Aleppo".to_string(), "Idlib".to_string()]),
            "order {order:?}"
        );
        assert_eq!(syrian.names[0].count, 3, "three documents name the Syrian one");
        assert_eq!(syrian.look_alikes.len(), 1);
        let other = &syrian.look_alikes[0];
        assert_eq!((other.countries.clone(), other.documents), (vec!["LY".to_string()], 1));
        let libyan = s.group_profile(&other.key).unwrap().expect("the look-alike by its key");
        assert_eq!(libyan.attacks.len(), 1);
        assert_eq!(libyan.attacks[0].object.as_deref(), Some("Derna"));
        assert_eq!(libyan.names[0].count, 1);
        let orphans: i64 = s
            .connection()
            .query_row("SELECT count(*) FROM entities e WHERE NOT EXISTS (SELECT 1 FROM name_uses u WHERE u.entity_id = e.id) AND e.kind = 'group' AND e.kb_id IS NULL", [], |r| r.get(0))
            .unwrap();
        assert_eq!(orphans, 0, "entities emptied by moves are removed");
    }
    let mut s = SqliteStore::open_in_memory().unwrap();
    s.set_place_countries(countries());
    s.ingest_batch(&articles).unwrap();
    assert_eq!(free_army_groups(&s), expected, "one batch");
}

/// A "Khorasan Brigade" said to belong to `parent`, optionally active in `place`.
fn brigade(
    doc: &str,
    published: &str,
    parent: (&str, &str),
    place: Option<(&str, &str)>,
) -> (Document, Extraction) {
    let mut text = format!("The Khorasan Brigade, a unit of {}, claimed the ambush.", parent.0);
    if let Some((p, _)) = place {
        text.push_str(&format!(" The Khorasan Brigade operates in {p}."));
    }
    let mut a = Article::new(doc, published, &text)
        .entity("e1", G, "Khorasan Brigade", None, &["Khorasan Brigade"])
        .entity("e2", G, parent.0, Some(parent.1), &[parent.0])
        .fact(
            FactType::BranchOf,
            "e1",
            Some("e2"),
            json!({}),
            None,
            None,
            "The Khorasan Brigade, a unit of",
        );
    if let Some((p, kb)) = place {
        let quote = format!("The Khorasan Brigade operates in {p}.");
        a = a.entity("e3", L, p, Some(kb), &[p]).fact(
            FactType::Presence,
            "e1",
            Some("e3"),
            json!({}),
            None,
            None,
            &quote,
        );
    }
    a.pair()
}

#[test]
fn a_new_name_said_to_belong_to_two_different_groups_at_the_same_time_is_two_groups() {
    let mut s = SqliteStore::open_in_memory().unwrap();
    s.set_place_countries(countries());
    let r = s
        .ingest_batch(&[
            brigade("a.txt", "2015-02-01", ("al-Qaeda", "al-qaeda"), Some(("Syria", "syria"))),
            brigade(
                "b.txt",
                "2015-06-01",
                ("Islamic State", "islamic-state"),
                Some(("Syria", "syria")),
            ),
            brigade("c.txt", "2015-09-01", ("al-Qaeda", "al-qaeda"), None),
        ])
        .unwrap();
    assert_eq!(r.entities, 2 + 2 + 1, "al-Qaeda, IS, Syria, and two brigades");
    let found = s.find_entities("Khorasan Brigade").unwrap();
    assert_eq!(found.len(), 2, "{found:#?}");
    let aq = s.group_profile("Khorasan Brigade").unwrap().unwrap();
    assert_eq!(aq.parents.len(), 2, "a.txt and c.txt: the al-Qaeda unit");
    assert!(aq.parents.iter().all(|f| f.object.as_deref() == Some("al-Qaeda")));
    assert_eq!(aq.look_alikes[0].parents, vec!["Islamic State".to_string()]);
    // Years later the same name under a new patron is the same group changing sides.
    let r = s
        .ingest_batch(&[brigade("d.txt", "2019-01-10", ("Hayat Tahrir al-Sham", "hts"), None)])
        .unwrap();
    assert_eq!(r.entities, 1, "only HTS is new");
}

/// One strength, presence or leadership statement in an article of its own.
fn statement(
    doc: &str,
    published: &str,
    source: Option<&str>,
    f: impl FnOnce(Article) -> Article,
) -> (Document, Extraction) {
    let text = match doc {
        _ if doc.starts_with("lead") => "Ahmad Umar, the leader of al-Shabaab, said. Abu Ubaidah, the leader of al-Shabaab, said. Hassan Dahir Aweys was its founder.",
        _ => "Al-Shabaab has about 3,000 fighters in Somalia, a UN report said. Al-Shabaab has up to 12,000 fighters in Somalia. Al-Shabaab has 2,500 to 3,500 foreign fighters in Somalia. Al-Shabaab has no presence in Kenya. Al-Shabaab is active in Kenya and Somalia.",
    };
    // Each article its own text (the same text twice is one document).
    let text = format!("From {doc}: {text}");
    let mut a = Article::new(doc, published, &text)
        .entity("g", G, "al-Shabaab", Some("al-shabaab"), &["Al-Shabaab", "al-Shabaab"])
        .entity("so", L, "Somalia", Some("somalia"), &["Somalia"])
        .entity("ke", L, "Kenya", Some("kenya"), &["Kenya"])
        .entity("umar", P, "Ahmad Umar", Some("ahmad-umar"), &["Ahmad Umar"])
        .entity("ubaidah", P, "Abu Ubaidah", None, &["Abu Ubaidah"]);
    a = f(a);
    if let Some(src) = source {
        for fact in &mut a.ex.facts {
            fact.source = Some(src.into());
        }
    }
    a.pair()
}

fn strength(
    a: Article,
    min: f64,
    max: f64,
    unit: &str,
    qualifier: Option<&str>,
    place: Option<&str>,
    when: Option<&str>,
) -> Article {
    let mut attrs = json!({"min": min, "max": max, "unit": unit});
    if let Some(q) = qualifier {
        attrs["qualifier"] = json!(q);
    }
    a.fact(
        FactType::Strength,
        "g",
        place,
        attrs,
        None,
        when.map(|w| (w, None)),
        "Al-Shabaab has about 3,000 fighters in Somalia",
    )
}

fn conflicts(s: &SqliteStore, kind: ConflictKind) -> Vec<allegiance_store::Conflict> {
    s.conflicts(&ConflictFilter { group: Some("al-Shabaab".into()), kinds: vec![kind] }).unwrap()
}

#[test]
fn strength_estimates_far_apart_in_the_same_year_and_place_conflict_and_others_do_not() {
    let mut s = SqliteStore::open_in_memory().unwrap();
    s.ingest_batch(&[
        statement("un.txt", "2019-03-01", Some("UN"), |a| {
            strength(a, 3000.0, 3000.0, "fighters", Some("about"), Some("so"), None)
        }),
        statement("gov.txt", "2019-08-01", Some("Somali government"), |a| {
            strength(a, 12000.0, 12000.0, "militants", None, Some("so"), None)
        }),
        // Overlapping ranges: 2,500–3,500 includes 3,000.
        statement("think.txt", "2019-05-01", Some("Think Tank"), |a| {
            strength(a, 2500.0, 3500.0, "fighters", None, Some("so"), None)
        }),
        // Another year, another scope (the group's total), another kind of unit: none conflict.
        statement("old.txt", "2019-06-01", Some("AU"), |a| {
            strength(a, 9000.0, 9000.0, "fighters", None, Some("so"), Some("2012"))
        }),
        statement("total.txt", "2019-04-01", Some("US"), |a| {
            strength(a, 20000.0, 20000.0, "fighters", None, None, None)
        }),
        statement("foreign.txt", "2019-04-02", Some("Analyst"), |a| {
            strength(a, 450.0, 450.0, "foreign fighters", None, Some("so"), None)
        }),
    ])
    .unwrap();
    let found = conflicts(&s, ConflictKind::Strength);
    // 12,000 disagrees with 3,000 and with 2,500–3,500, nothing else does.
    let pairs: BTreeSet<(String, String)> =
        found.iter().map(|c| (c.a.statement.clone(), c.b.statement.clone())).collect();
    assert_eq!(
        pairs,
        BTreeSet::from([
            ("about 3,000 fighters".to_string(), "12,000 militants".to_string()),
            ("2,500–3,500 fighters".to_string(), "12,000 militants".to_string()),
        ]),
        "{found:#?}"
    );
    let c = found.iter().find(|c| c.a.statement == "about 3,000 fighters").unwrap();
    assert_eq!(
        (c.group.as_str(), c.place.as_deref(), date(c.period.start).as_deref()),
        ("al-Shabaab", Some("Somalia"), Some("2019"))
    );
    assert_eq!(c.a.sources, vec!["UN".to_string()]);
    assert_eq!(c.b.sources, vec!["Somali government".to_string()]);
    assert_eq!(c.a.facts[0].doc, "un.txt");
    assert_eq!(c.b.facts[0].published.as_deref(), Some("2019-08-01"));
    assert!(c.a.facts[0].evidence.text.starts_with("Al-Shabaab has about 3,000"));
    assert!(c.reason.contains("25%"), "{}", c.reason);
    // The series: every estimate, dated, in time order, the 2012 one first.
    let series = s.strength_series("al-Shabaab").unwrap().unwrap();
    let dates: Vec<String> = series.iter().map(|p| p.date.unwrap().to_string()).collect();
    assert_eq!(
        dates,
        vec!["2012", "2019-03-01", "2019-04-01", "2019-04-02", "2019-05-01", "2019-08-01"]
    );
    assert_eq!(series[0].dated_by, DatedBy::Stated);
    assert_eq!(series[1].dated_by, DatedBy::Published);
    assert_eq!(
        (series[1].min, series[1].max, series[1].place.as_deref()),
        (Some(3000.0), Some(3000.0), Some("Somalia"))
    );
    assert_eq!(series[1].sources, vec!["UN".to_string()]);
    assert_eq!(series[2].place, None);
    // The profile carries the same series and conflicts.
    let p = s.group_profile("al-Shabaab").unwrap().unwrap();
    assert_eq!(p.strength_series, series);
    assert_eq!(p.conflicts.iter().filter(|c| c.kind == ConflictKind::Strength).count(), 2);
    assert!(s.strength_series("No Such Front").unwrap().is_none());
}

#[test]
fn one_article_giving_two_figures_by_two_sources_is_a_conflict_and_by_one_is_not() {
    let mut s = SqliteStore::open_in_memory().unwrap();
    s.ingest_batch(&[statement("both.txt", "2019-03-01", None, |a| {
        let a = strength(a, 3000.0, 3000.0, "fighters", None, Some("so"), None);
        let mut a = strength(a, 12000.0, 12000.0, "fighters", None, Some("so"), None);
        a.ex.facts[0].source = Some("UN".into());
        a
    })])
    .unwrap();
    assert_eq!(conflicts(&s, ConflictKind::Strength).len(), 1);
    let mut t = SqliteStore::open_in_memory().unwrap();
    t.ingest_batch(&[statement("one.txt", "2019-03-01", Some("UN"), |a| {
        let a = strength(a, 3000.0, 3000.0, "fighters", None, Some("so"), None);
        strength(a, 12000.0, 12000.0, "fighters", None, Some("so"), None)
    })])
    .unwrap();
    assert!(conflicts(&t, ConflictKind::Strength).is_empty());
}

fn presence(a: Article, place: &str, polarity: Polarity, when: Option<&str>) -> Article {
    let quote = if polarity == Polarity::Denied {
        "Al-Shabaab has no presence in Kenya."
    } else {
        "Al-Shabaab is active in Kenya and Somalia."
    };
    a.fact(FactType::Presence, "g", Some(place), json!({}), None, when.map(|w| (w, None)), quote)
        .polarity(polarity)
}

#[test]
fn presence_asserted_and_denied_for_the_same_place_and_years_conflicts() {
    let mut s = SqliteStore::open_in_memory().unwrap();
    s.ingest_batch(&[
        statement("police.txt", "2018-02-01", Some("Kenyan police"), |a| {
            presence(a, "ke", Polarity::Denied, None)
        }),
        statement("report.txt", "2018-11-20", Some("UN monitors"), |a| {
            presence(a, "ke", Polarity::Asserted, None)
        }),
        // Another place, another year: no conflict with the denial.
        statement("somalia.txt", "2018-03-01", Some("AU"), |a| {
            presence(a, "so", Polarity::Asserted, None)
        }),
        statement("later.txt", "2021-01-01", Some("Reuters"), |a| {
            presence(a, "ke", Polarity::Hedged, None)
        }),
        // A figure for fighters in Kenya says the group is there.
        statement("figure.txt", "2018-06-01", Some("ISS"), |a| {
            strength(a, 300.0, 300.0, "fighters", None, Some("ke"), None)
        }),
    ])
    .unwrap();
    let found = conflicts(&s, ConflictKind::Presence);
    assert_eq!(found.len(), 1, "{found:#?}");
    let c = &found[0];
    assert_eq!(
        (c.place.as_deref(), date(c.period.start).as_deref(), date(c.period.end).as_deref()),
        (Some("Kenya"), Some("2018"), Some("2018"))
    );
    assert_eq!(c.a.statement, "present in Kenya");
    let there: BTreeSet<&str> = c.a.facts.iter().map(|f| f.doc.as_str()).collect();
    assert_eq!(there, BTreeSet::from(["report.txt", "figure.txt"]));
    assert_eq!(c.b.facts.iter().map(|f| f.doc.as_str()).collect::<Vec<_>>(), vec!["police.txt"]);
    assert_eq!(c.b.facts[0].polarity, Polarity::Denied);
    assert_eq!(c.b.sources, vec!["Kenyan police".to_string()]);
}

fn leads(a: Article, who: &str, when: Option<(&str, Option<&str>)>) -> Article {
    let quote = if who == "umar" {
        "Ahmad Umar, the leader of al-Shabaab, said."
    } else {
        "Abu Ubaidah, the leader of al-Shabaab, said."
    };
    a.fact(FactType::LeaderOf, who, Some("g"), json!({}), None, when, quote)
}

#[test]
fn two_leaders_at_the_same_time_conflict_and_successive_ones_do_not() {
    let mut s = SqliteStore::open_in_memory().unwrap();
    s.ingest_batch(&[
        statement("lead-a.txt", "2019-03-01", None, |a| leads(a, "umar", None)),
        statement("lead-b.txt", "2019-03-20", None, |a| leads(a, "ubaidah", None)),
    ])
    .unwrap();
    let found = conflicts(&s, ConflictKind::Leader);
    assert_eq!(found.len(), 1, "{found:#?}");
    let c = &found[0];
    assert_eq!(
        (c.a.statement.as_str(), c.b.statement.as_str()),
        ("Ahmad Umar leads al-Shabaab", "Abu Ubaidah leads al-Shabaab")
    );
    assert_eq!(
        (date(c.period.start).as_deref(), date(c.period.end).as_deref()),
        (Some("2019-03-01"), Some("2019-03-20"))
    );
    assert_eq!(c.a.facts[0].doc, "lead-a.txt");
    assert_eq!(
        c.b.sources,
        vec!["Example News".to_string()],
        "the outlet, when the article asserts it itself"
    );

    let none = |articles: Vec<(Document, Extraction)>| {
        let mut t = SqliteStore::open_in_memory().unwrap();
        t.ingest_batch(&articles).unwrap();
        conflicts(&t, ConflictKind::Leader)
    };
    // Successive leaders reported years apart.
    assert!(none(vec![
        statement("lead-a.txt", "2012-03-01", None, |a| leads(a, "ubaidah", None)),
        statement("lead-b.txt", "2015-09-20", None, |a| leads(a, "umar", None)),
    ])
    .is_empty());
    // The new leader named since a date, the old one in an article before it.
    assert!(none(vec![
        statement("lead-a.txt", "2014-08-20", None, |a| leads(a, "ubaidah", None)),
        statement("lead-b.txt", "2014-09-15", None, |a| leads(
            a,
            "umar",
            Some(("2014-09-06", None))
        )),
    ])
    .is_empty());
    // Two names in one article (a leader and a successor, say) are not a contradiction.
    assert!(none(vec![statement("lead-a.txt", "2014-08-20", None, |a| leads(
        leads(a, "ubaidah", None),
        "umar",
        None
    ))])
    .is_empty());
    // Explicitly overlapping times are, however far apart the articles.
    let found = {
        let mut t = SqliteStore::open_in_memory().unwrap();
        t.ingest_batch(&[
            statement("lead-a.txt", "2010-01-01", None, |a| {
                leads(a, "ubaidah", Some(("2016", None)))
            }),
            statement("lead-b.txt", "2020-01-01", None, |a| {
                leads(a, "umar", Some(("2016-05", None)))
            }),
        ])
        .unwrap();
        conflicts(&t, ConflictKind::Leader)
    };
    assert_eq!(found.len(), 1);
    // Without the kind filter all kinds come; a group nobody stored gives none.
    assert!(s
        .conflicts(&ConflictFilter { group: Some("No Such Front".into()), kinds: vec![] })
        .unwrap()
        .is_empty());
    assert_eq!(s.conflicts(&ConflictFilter::default()).unwrap().len(), 1);
}

#[test]
fn a_version_2_database_is_upgraded_in_place_to_version_3() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v2.db");
    let reprint_text = reprint().0.text;
    {
        let c = rusqlite::Connection::open(&path).unwrap();
        c.execute_batch(include_str!("fixtures/schema_v2.sql")).unwrap();
        let mut doc = c
            .prepare(
                "INSERT INTO documents VALUES (?1, ?2, ?3, ?3, NULL, NULL, ?4, ?5, ?6, 'then')",
            )
            .unwrap();
        doc.execute(rusqlite::params![1, "h1", "wire.txt", "Example Wire", "2015-03-07", WIRE])
            .unwrap();
        doc.execute(rusqlite::params![
            2,
            "h2",
            "reprint.txt",
            "Daily Example",
            "2015-03-08",
            reprint_text
        ])
        .unwrap();
        let brigade = "The Khorasan Brigade, a unit of al-Qaeda, claimed the ambush.";
        doc.execute(rusqlite::params![
            3,
            "h3",
            "brigade.txt",
            "Example News",
            "2015-02-01",
            brigade
        ])
        .unwrap();
        c.execute_batch(
            "INSERT INTO entities VALUES (1, 'kb:boko-haram', 'group', 'Boko Haram', 'boko haram', 'boko-haram', 0);
             INSERT INTO entities VALUES (2, 'kb:islamic-state', 'group', 'Islamic State', 'islamic state', 'islamic-state', 0);
             INSERT INTO entities VALUES (3, 'group:khorasan brigade', 'group', 'Khorasan Brigade', 'khorasan brigade', NULL, 0);
             INSERT INTO entities VALUES (4, 'kb:al-qaeda', 'group', 'al-Qaeda', 'al qaeda', 'al-qaeda', 0);
             INSERT INTO aliases VALUES (1, 'Boko Haram', 'boko haram', 2);
             INSERT INTO aliases VALUES (3, 'Khorasan Brigade', 'khorasan brigade', 1);
             INSERT INTO mentions VALUES (1, 1, 0, 10);
             INSERT INTO mentions VALUES (2, 1, 40, 50);
             INSERT INTO mentions VALUES (3, 3, 4, 20);
             INSERT INTO facts VALUES (1, 'pledge', 1, 2, '{}', 'asserted', NULL, NULL, NULL, 1, 0, 54, 'Boko Haram has pledged allegiance to the Islamic State');
             INSERT INTO facts VALUES (2, 'pledge', 1, 2, '{}', 'asserted', NULL, NULL, NULL, 2, 0, 40, 'text');
             INSERT INTO facts VALUES (3, 'branch_of', 3, 4, '{}', 'asserted', NULL, NULL, NULL, 3, 0, 30, 'The Khorasan Brigade, a unit of');
             PRAGMA user_version = 2;",
        )
        .unwrap();
    }
    let mut s = SqliteStore::open(&path).unwrap();
    assert_eq!(s.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(SCHEMA_VERSION, 4);
    // Nothing lost; the stored reprint is found to be a copy of the stored wire story.
    let counts = s.counts().unwrap();
    assert_eq!((counts.documents, counts.entities, counts.facts, counts.copies), (3, 4, 3, 1));
    let c = &s
        .claims(&FactFilter { fact_type: Some(FactType::Pledge), ..Default::default() })
        .unwrap()[0];
    assert_eq!((c.documents, c.reports), (2, 1));
    let uses: Vec<(i64, String)> = {
        let mut st = s.connection().prepare("SELECT entity_id, context FROM name_uses").unwrap();
        st.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().map(|r| r.unwrap()).collect()
    };
    assert_eq!(uses.len(), 1);
    assert_eq!(uses[0].0, 3);
    assert!(uses[0].1.contains("kb:al-qaeda") && uses[0].1.contains("2015"), "{}", uses[0].1);
    // New articles resolve onto the upgraded rows and are clustered with them.
    let r = s
        .ingest_batch(&[
            brigade("later.txt", "2015-05-01", ("al-Qaeda", "al-qaeda"), None),
            independent(),
        ])
        .unwrap();
    assert_eq!(r.entities, 0, "the brigade, al-Qaeda, Boko Haram and IS all exist");
    let p = s.group_profile("Khorasan Brigade").unwrap().unwrap();
    assert_eq!((p.id, p.parents.len()), (3, 2));
    let c = &s
        .claims(&FactFilter { fact_type: Some(FactType::Pledge), ..Default::default() })
        .unwrap()[0];
    assert_eq!((c.documents, c.reports), (3, 2));
    drop(s);
    // Opening again changes nothing.
    let s = SqliteStore::open(&path).unwrap();
    assert_eq!(s.counts().unwrap().documents, 5);
}

#[test]
fn copies_are_found_among_documents_stored_by_an_earlier_run_or_another_process() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shared.db");
    let mut first = SqliteStore::open(&path).unwrap();
    let mut second = SqliteStore::open(&path).unwrap();
    // Each handle has stored something, so each holds an index of what it saw then.
    first.ingest_batch(&[independent()]).unwrap();
    second.ingest_batch(&[version("other.txt", 0..12)]).unwrap();
    // The first stores the wire story; the second, storing the reprint, still finds it.
    first.ingest_batch(&[wire("wire.txt", "2015-03-07", WIRE, "Example Wire")]).unwrap();
    assert_eq!(second.ingest_batch(&[reprint()]).unwrap().copies, 1);
    drop((first, second));
    // A later run rebuilds the index from the stored signatures.
    let mut later = SqliteStore::open(&path).unwrap();
    let again = wire(
        "wire-again.txt",
        "2015-03-09",
        &WIRE.replace("on Saturday", "at the weekend"),
        "Another Wire",
    );
    assert_eq!(later.ingest_batch(&[again]).unwrap().copies, 1);
    let c = &later
        .claims(&FactFilter { fact_type: Some(FactType::Pledge), ..Default::default() })
        .unwrap()[0];
    assert_eq!((c.documents, c.reports), (4, 2));
}

#[test]
fn a_failed_batch_leaves_no_signature_behind() {
    let mut s = SqliteStore::open_in_memory().unwrap();
    s.ingest_batch(&[independent()]).unwrap();
    s.connection()
        .execute_batch(
            "CREATE TEMP TRIGGER fail BEFORE INSERT ON documents WHEN NEW.doc = 'bbc-late.txt' \
             BEGIN SELECT RAISE(ABORT, 'simulated failure'); END;",
        )
        .unwrap();
    let late = wire("bbc-late.txt", "2015-03-09", &format!("{WIRE} More follows."), "BBC");
    assert!(s.ingest_batch(&[wire("wire.txt", "2015-03-07", WIRE, "Example Wire"), late]).is_err());
    s.connection().execute_batch("DROP TRIGGER fail;").unwrap();
    // The wire story of the failed batch is not stored, so the reprint is nobody's copy; then
    // the rerun stores the wire story, a copy of the reprint.
    assert_eq!(s.ingest_batch(&[reprint()]).unwrap().copies, 0);
    assert_eq!(
        s.ingest_batch(&[wire("wire.txt", "2015-03-07", WIRE, "Example Wire")]).unwrap().copies,
        1
    );
    let signatures: i64 =
        s.connection().query_row("SELECT count(*) FROM signatures", [], |r| r.get(0)).unwrap();
    assert_eq!(signatures, 3);
}
