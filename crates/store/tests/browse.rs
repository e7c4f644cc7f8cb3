//! The UI's read queries ([`Browse`]) on real extractions of short articles written for these
//! tests.

use allegiance_extract::{DocMeta, Extraction, Extractor};
use allegiance_model::{EntityKind, FactType, PartialDate};
use allegiance_read::{Document, DocumentHeader};
use allegiance_store::browse::{DisputeKind, MatchKind, PlaceSource};
use allegiance_store::{Browse, SqliteStore, Store};
use std::sync::OnceLock;

fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(|| Extractor::new(&allegiance_kb::Kb::builtin().unwrap()))
}

fn article(doc: &str, published: &str, text: &str) -> (Document, Extraction) {
    let d = Document {
        header: DocumentHeader {
            doc: doc.into(),
            path: doc.into(),
            title: Some(format!("Title of {doc}")),
            published: Some(published.into()),
            ..Default::default()
        },
        text: text.into(),
        ..Default::default()
    };
    let ex =
        extractor().extract(text, &DocMeta { published: Some(published.into()), publisher: None });
    (d, ex)
}

fn store() -> SqliteStore {
    let mut store = SqliteStore::open_in_memory().unwrap();
    store
        .ingest_batch(&[
            article("a.txt", "2015-03-08", "Boko Haram pledged allegiance to the Islamic State on Saturday, according to Reuters. From 2012 until 2016 Boko Haram was allied with al-Qaeda in the Islamic Maghreb."),
            article("b.txt", "2015-03-20", "Boko Haram denied that it had pledged allegiance to the Islamic State. Al-Shabaab fighters attacked a hotel in Mogadishu, Somalia on Tuesday."),
            article("c.txt", "2014-09-07", "Al-Shabaab has between 7,000 and 9,000 fighters in 2014, a UN report said. In 2014 al-Shabaab had about 3,000 fighters, according to a Kenyan estimate."),
        ])
        .unwrap();
    store
}

fn id_of(store: &SqliteStore, name: &str) -> i64 {
    store
        .find_entities(name)
        .unwrap()
        .into_iter()
        .find(|e| e.kind == EntityKind::Group)
        .unwrap_or_else(|| panic!("no group {name}"))
        .id
}

#[test]
fn search_ranks_exact_names_before_prefixes_and_substrings() {
    let store = store();
    let hits = store.search("boko", &[], None, 10).unwrap();
    assert_eq!(hits[0].name, "Boko Haram");
    assert_eq!(hits[0].match_kind, MatchKind::Prefix);
    let hits = store.search("Haram", &[], None, 10).unwrap();
    assert_eq!((hits[0].name.as_str(), hits[0].match_kind), ("Boko Haram", MatchKind::Word));
    let hits = store.search("Islamic", &[], Some(EntityKind::Group), 10).unwrap();
    assert!(hits.iter().all(|h| h.kind == EntityKind::Group) && hits.len() >= 2, "{hits:?}");
    assert_eq!(
        hits[0].name, "Islamic State",
        "a prefix match before 'al-Qaeda in the Islamic Maghreb'"
    );
    assert!(hits
        .iter()
        .any(|h| h.name == "al-Qaeda in the Islamic Maghreb" && h.match_kind == MatchKind::Word));
    // A knowledge-base alias the articles never used reaches the entity through its kb id.
    let hits = store.search("Daesh", &["islamic-state".to_string()], None, 10).unwrap();
    assert_eq!((hits[0].name.as_str(), hits[0].match_kind), ("Islamic State", MatchKind::Kb));
    assert!(hits[0].facts >= 2 && hits[0].mentions >= 2, "{hits:?}");
    assert!(store.search("", &[], None, 10).unwrap().is_empty());
    assert!(store.search("%", &[], None, 10).unwrap().is_empty(), "LIKE wildcards mean nothing");
}

#[test]
fn opposite_polarities_and_disjoint_estimates_are_conflicts() {
    let store = store();
    let boko = store.group_conflicts(id_of(&store, "Boko Haram")).unwrap();
    let pledge = boko.iter().find(|c| c.kind == DisputeKind::Polarity).expect("the denied pledge");
    assert_eq!(pledge.fact_type, FactType::Pledge);
    assert_eq!(pledge.summary, "Boko Haram pledge Islamic State: 1 stated, 1 denied");
    let docs: Vec<&str> = pledge.facts.iter().map(|f| f.doc.as_str()).collect();
    assert_eq!(docs, ["a.txt", "b.txt"]);
    // The Islamic State is the other side of the same claim.
    assert_eq!(store.group_conflicts(id_of(&store, "Islamic State")).unwrap().len(), 1);

    let shabaab = store.group_conflicts(id_of(&store, "al-Shabaab")).unwrap();
    let strength =
        shabaab.iter().find(|c| c.kind == DisputeKind::Strength).expect("two estimates for 2014");
    assert!(
        strength.summary.contains("7,000") && strength.summary.contains("3,000"),
        "{}",
        strength.summary
    );
    assert_eq!(strength.facts.len(), 2);
}

#[test]
fn the_network_as_of_a_date_drops_relations_stated_later_or_ended() {
    let store = store();
    let all = store.network(None).unwrap();
    let has = |n: &allegiance_store::browse::Network, t: FactType| {
        n.edges.iter().any(|e| e.fact_type == t)
    };
    let as_of = |d: &str| store.network(Some(PartialDate::parse(d).unwrap())).unwrap();
    assert!(has(&all, FactType::AllyOf), "{:?}", all.edges);
    let pledge =
        all.edges.iter().find(|e| e.fact_type == FactType::Pledge).expect("the stated pledge");
    assert_eq!(pledge.fact_ids.len(), 1, "the denied pledge is no part of the edge");
    assert_eq!(all.first.map(|d| d.to_string()).as_deref(), Some("2012"));

    // Allied 2012–2016: there in 2014, not yet in 2011, over by 2017.
    assert!(has(&as_of("2014-06"), FactType::AllyOf));
    assert!(!has(&as_of("2011"), FactType::AllyOf));
    assert!(!has(&as_of("2017-01"), FactType::AllyOf));
    // The pledge was stated in March 2015.
    assert!(!has(&as_of("2015-02"), FactType::Pledge));
    assert!(has(&as_of("2015-03"), FactType::Pledge));
    let early = as_of("2011");
    assert!(early.nodes.is_empty() && early.edges.is_empty());
}

#[test]
fn map_facts_have_their_place_from_the_object_or_the_sentence() {
    let store = store();
    let placed = store.placed_facts(None).unwrap();
    let attack =
        placed.iter().find(|p| p.fact.fact_type == FactType::Attack).expect("the hotel attack");
    let names: Vec<&str> = attack.places.iter().map(|p| p.name.as_str()).collect();
    match attack.place_source {
        PlaceSource::Object => assert_eq!(names.len(), 1),
        PlaceSource::Sentence => {
            assert_eq!(names, ["Mogadishu", "Somalia"], "in the order the sentence names them")
        }
    }
    assert!(names.contains(&"Mogadishu"), "{names:?}");
    assert!(attack.places.iter().all(|p| p.kb.is_some()));
    let shabaab = id_of(&store, "al-Shabaab");
    assert!(store
        .placed_facts(Some(shabaab))
        .unwrap()
        .iter()
        .all(|p| p.fact.subject_id == shabaab));
    assert!(store.placed_facts(Some(id_of(&store, "Islamic State"))).unwrap().is_empty());
}

#[test]
fn evidence_splits_the_article_around_its_quote_even_with_broken_offsets() {
    let store = store();
    let fact = store
        .entity_facts(id_of(&store, "Boko Haram"))
        .unwrap()
        .into_iter()
        .find(|f| f.doc == "b.txt")
        .unwrap();
    let v = store.evidence(fact.id).unwrap().unwrap();
    assert!(v.located);
    assert_eq!(v.quote, fact.evidence.text);
    assert_eq!(v.before, "");
    assert_eq!(v.document.header.title.as_deref(), Some("Title of b.txt"));
    assert_eq!(format!("{}{}{}", v.before, v.quote, v.after), "Boko Haram denied that it had pledged allegiance to the Islamic State. Al-Shabaab fighters attacked a hotel in Mogadishu, Somalia on Tuesday.");

    // Offsets moved (a database edited by hand): the quote is found by its text.
    store.connection().execute("UPDATE facts SET evidence_start = evidence_start + 3, evidence_end = evidence_end + 3 WHERE id = ?1", [fact.id]).unwrap();
    let moved = store.evidence(fact.id).unwrap().unwrap();
    assert!(moved.located);
    assert_eq!(moved.quote, fact.evidence.text);
    // Offsets inside a character and a quote the article lacks: shown whole, unhighlighted.
    store.connection().execute("UPDATE facts SET evidence_start = 1, evidence_end = 10000, evidence_text = 'not in the article' WHERE id = ?1", [fact.id]).unwrap();
    let lost = store.evidence(fact.id).unwrap().unwrap();
    assert!(!lost.located);
    assert!(
        lost.before.starts_with("Boko Haram denied")
            && lost.quote.is_empty()
            && lost.after.is_empty()
    );
    assert!(store.evidence(999_999).unwrap().is_none());
}

#[test]
fn a_group_profile_by_id_is_for_groups_only() {
    let store = store();
    let id = id_of(&store, "Boko Haram");
    let p = store.group_profile_by_id(id).unwrap().unwrap();
    assert_eq!(p.name, "Boko Haram");
    assert_eq!(p.pledges_out.len(), 2, "the stated and the denied pledge");
    let place = store.find_entities("Mogadishu").unwrap()[0].id;
    assert!(store.group_profile_by_id(place).unwrap().is_none());
    assert_eq!(store.entity(place).unwrap().unwrap().kind, EntityKind::Place);
    assert!(store.entity(999_999).unwrap().is_none());
    let groups = store.groups(100).unwrap();
    assert!(groups.iter().all(|g| g.kind == EntityKind::Group));
    assert!(groups.windows(2).all(|w| w[0].facts >= w[1].facts), "most facts first");
}
