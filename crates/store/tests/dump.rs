//! `SqliteStore::dump`, the read model exports are written from: every entity with its names and
//! articles, every fact, and with a date filter only the facts in effect and what they name.

use allegiance_model::{
    Entity, EntityKind, Evidence, Extraction, Fact, FactType, Polarity, Span, When,
};
use allegiance_read::{Document, DocumentHeader};
use allegiance_store::{DumpFilter, SqliteStore, Store};

fn doc(name: &str, published: &str, text: &str) -> Document {
    Document {
        header: DocumentHeader {
            doc: name.into(),
            path: format!("corpus/{name}"),
            url: None,
            title: Some(format!("Title of {name}")),
            publisher: Some("Example Wire".into()),
            published: Some(published.into()),
        },
        text: text.into(),
        warnings: vec![],
    }
}

fn entity(
    text: &str,
    id: &str,
    kind: EntityKind,
    name: &str,
    kb: Option<&str>,
    mentions: &[&str],
) -> Entity {
    Entity {
        id: id.into(),
        kind,
        name: name.into(),
        mentions: mentions.iter().map(|m| m.to_string()).collect(),
        kb: kb.map(str::to_string),
        former_name: false,
        spans: mentions
            .iter()
            .filter_map(|m| text.find(m).map(|i| Span { start: i, end: i + m.len() }))
            .collect(),
    }
}

fn fact(
    text: &str,
    t: FactType,
    s: &str,
    o: Option<&str>,
    when: Option<&str>,
    quote: &str,
) -> Fact {
    let start = text.find(quote).unwrap();
    Fact {
        fact_type: t,
        subject: s.into(),
        object: o.map(str::to_string),
        attrs: Default::default(),
        source: None,
        polarity: Polarity::Asserted,
        when: when.map(|w| When { start: Some(w.parse().unwrap()), end: None }),
        evidence: Evidence { start, end: start + quote.len(), text: quote.into() },
        rule: None,
    }
}

fn store() -> SqliteStore {
    let a = "Boko Haram pledged allegiance to the Islamic State in March 2015. ISIS accepted. Nigeria was named too.";
    let b = "In 2012 Boko Haram was active in Nigeria, where the group was founded.";
    let mut store = SqliteStore::open_in_memory().unwrap();
    let batch = vec![
        (
            doc("a.txt", "2015-03-13", a),
            Extraction {
                entities: vec![
                    entity(
                        a,
                        "e1",
                        EntityKind::Group,
                        "Boko Haram",
                        Some("boko-haram"),
                        &["Boko Haram"],
                    ),
                    entity(
                        a,
                        "e2",
                        EntityKind::Group,
                        "Islamic State",
                        Some("islamic-state"),
                        &["Islamic State", "ISIS"],
                    ),
                    entity(a, "e3", EntityKind::Place, "Nigeria", Some("nigeria"), &["Nigeria"]),
                ],
                facts: vec![fact(
                    a,
                    FactType::Pledge,
                    "e1",
                    Some("e2"),
                    Some("2015-03"),
                    "Boko Haram pledged allegiance to the Islamic State in March 2015.",
                )],
            },
        ),
        (
            doc("b.txt", "2016-01-02", b),
            Extraction {
                entities: vec![
                    entity(
                        b,
                        "e1",
                        EntityKind::Group,
                        "Boko Haram",
                        Some("boko-haram"),
                        &["Boko Haram", "the group"],
                    ),
                    entity(b, "e2", EntityKind::Place, "Nigeria", Some("nigeria"), &["Nigeria"]),
                ],
                facts: vec![fact(
                    b,
                    FactType::Presence,
                    "e1",
                    Some("e2"),
                    Some("2012"),
                    "In 2012 Boko Haram was active in Nigeria, where the group was founded.",
                )],
            },
        ),
    ];
    store.ingest_batch(&batch).unwrap();
    store
}

#[test]
fn a_dump_holds_every_entity_with_its_names_and_articles() {
    let store = store();
    let dump = store.dump(&DumpFilter::default()).unwrap();
    assert_eq!(dump.documents.len(), 2);
    assert_eq!(dump.documents[0].header.doc, "a.txt");
    assert_eq!(dump.documents[0].content_hash.len(), 64);
    assert_eq!(dump.entities.len(), 3);
    assert_eq!(dump.facts.len(), 2);
    assert_eq!(dump.claims.len(), 2);
    let boko = dump.entities.iter().find(|e| e.name == "Boko Haram").unwrap();
    assert_eq!(boko.key, "kb:boko-haram");
    assert_eq!(boko.document_ids, [dump.documents[0].id, dump.documents[1].id]);
    assert_eq!(boko.first_seen.as_deref(), Some("2015-03-13"));
    // Most often seen first.
    assert_eq!(boko.aliases[0].name, "Boko Haram");
    assert_eq!(boko.aliases[0].documents, 2);
    assert!(boko.aliases.iter().any(|a| a.name == "the group"));
    let is = dump.entities.iter().find(|e| e.name == "Islamic State").unwrap();
    let names: Vec<&str> = is.aliases.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["ISIS", "Islamic State"], "equal counts: by name");
    // Facts in time order, as `allegiance facts` lists them.
    assert_eq!(dump.facts[0].fact_type, FactType::Presence);
    assert_eq!(dump.facts[1].fact_type, FactType::Pledge);
}

#[test]
fn a_date_filter_keeps_the_facts_in_effect_and_what_they_name() {
    let store = store();
    let dump = store.dump(&DumpFilter { since: Some("2015".into()), until: None }).unwrap();
    assert_eq!(dump.facts.len(), 1);
    assert_eq!(dump.facts[0].fact_type, FactType::Pledge);
    let names: Vec<&str> = dump.entities.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["Boko Haram", "Islamic State"], "Nigeria is named by no fact of 2015");
    assert_eq!(dump.documents.len(), 1);
    assert_eq!(dump.documents[0].header.doc, "a.txt");
    let dump = store.dump(&DumpFilter { since: None, until: Some("2012-12".into()) }).unwrap();
    assert_eq!(dump.facts.len(), 1);
    assert_eq!(dump.facts[0].fact_type, FactType::Presence);
    let none = store.dump(&DumpFilter { since: Some("2020".into()), until: None }).unwrap();
    assert!(none.facts.is_empty() && none.entities.is_empty() && none.documents.is_empty());
}
