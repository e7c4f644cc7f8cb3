//! Each writer on a small read model built by hand: two articles about Boko Haram's pledge to the
//! Islamic State and the Islamic State's rename, with a leader, a presence, a designation, a
//! strength estimate, a denied branch and a place the knowledge base does not know.

use std::collections::BTreeMap;

use allegiance_export::{stix_id, write, ExportModel, Format, Table};
use allegiance_kb::Kb;
use allegiance_model::{
    DocumentHeader, EntityKind, Evidence, FactAttrs, FactType, PartialDate, Polarity,
    StrengthAttrs, When,
};
use allegiance_store::{ClaimRow, Dump, DumpAlias, DumpDocument, DumpEntity, FactRow};
use quick_xml::events::Event;
use serde_json::{json, Value};

fn entity(
    id: i64,
    key: &str,
    kind: &str,
    name: &str,
    kb: Option<&str>,
    aliases: &[&str],
    docs: &[i64],
) -> DumpEntity {
    DumpEntity {
        id,
        key: key.into(),
        kind: EntityKind::parse(kind).unwrap(),
        name: name.into(),
        kb: kb.map(str::to_string),
        former_name: key.contains('@'),
        aliases: aliases.iter().map(|a| DumpAlias { name: a.to_string(), documents: 1 }).collect(),
        document_ids: docs.to_vec(),
        first_seen: Some(if docs.contains(&2) { "2014-09-12" } else { "2015-03-13" }.into()),
        merged: Vec::new(),
    }
}

fn document(id: i64, doc: &str, published: &str, url: Option<&str>) -> DumpDocument {
    DumpDocument {
        id,
        content_hash: format!("{:064x}", id * 7919),
        header: DocumentHeader {
            doc: doc.into(),
            path: format!("corpus/{doc}"),
            url: url.map(str::to_string),
            title: Some(format!("Title of {doc}")),
            publisher: Some("Example Wire".into()),
            published: Some(published.into()),
        },
        ingested_at: "2026-01-05T10:00:00+00:00".into(),
    }
}

fn date(s: &str) -> PartialDate {
    PartialDate::parse(s).unwrap()
}

#[allow(clippy::too_many_arguments)]
fn fact(
    id: i64,
    ty: &str,
    s: i64,
    o: Option<i64>,
    when: Option<(&str, Option<&str>)>,
    polarity: &str,
    doc: i64,
    evidence: &str,
) -> FactRow {
    FactRow {
        id,
        fact_type: FactType::parse(ty).unwrap(),
        subject: String::new(),
        object: None,
        attrs: FactAttrs::None,
        when: when.map(|(a, b)| When { start: Some(date(a)), end: b.map(date) }),
        source: None,
        polarity: Polarity::parse(polarity).unwrap(),
        evidence: Evidence { start: 0, end: evidence.len(), text: evidence.into() },
        doc: String::new(),
        title: None,
        publisher: None,
        url: None,
        published: None,
        subject_id: s,
        object_id: o,
        document_id: doc,
        review: None,
    }
}

fn kb() -> Kb {
    let mut kb = Kb::empty();
    kb.add_str(
        r#"
[[place]]
id = "nigeria"
name = "Nigeria"
subkind = "country"
country = "NG"
lat = 9.05785
lon = 7.49508

[[body]]
id = "un-security-council"
name = "UN Security Council"
subkind = "igo"
"#,
        "test kb",
    )
    .unwrap();
    kb
}

fn dump() -> Dump {
    let mut strength = fact(
        5,
        "strength",
        3,
        None,
        None,
        "hedged",
        1,
        "Officials say it has between 4,000 and 6,000 fighters.",
    );
    strength.attrs = FactAttrs::Strength(StrengthAttrs {
        max: 6000.0,
        min: 4000.0,
        qualifier: None,
        unit: "fighters".into(),
    });
    strength.source = Some("officials".into());
    Dump {
        documents: vec![
            document(
                1,
                "boko-haram-pledge",
                "2015-03-13",
                Some("https://news.example/2015/03/13/pledge"),
            ),
            document(2, "isis-renamed", "2014-09-12", None),
        ],
        entities: vec![
            entity(
                1,
                "kb:islamic-state",
                "group",
                "Islamic State",
                Some("islamic-state"),
                &["Islamic State", "ISIS", "ISIL"],
                &[1, 2],
            ),
            entity(
                2,
                "kb:islamic-state@al qaeda in iraq",
                "group",
                "al-Qaeda in Iraq",
                Some("islamic-state"),
                &["al-Qaeda in Iraq"],
                &[2],
            ),
            entity(
                3,
                "kb:boko-haram",
                "group",
                "Boko Haram",
                Some("boko-haram"),
                &["Boko Haram", "JAS"],
                &[1],
            ),
            entity(
                4,
                "kb:abubakar-shekau",
                "person",
                "Abubakar Shekau",
                Some("abubakar-shekau"),
                &["Abubakar Shekau", "Shekau"],
                &[1],
            ),
            entity(5, "kb:nigeria", "place", "Nigeria", Some("nigeria"), &["Nigeria"], &[1]),
            entity(
                6,
                "kb:un-security-council",
                "body",
                "UN Security Council",
                Some("un-security-council"),
                &["Security Council"],
                &[1],
            ),
            entity(
                7,
                "place:sambisa forest",
                "place",
                "Sambisa Forest",
                None,
                &["Sambisa Forest"],
                &[1],
            ),
            entity(8, "person:mamman nur", "person", "Mamman Nur", None, &["Mamman Nur"], &[1]),
        ],
        facts: vec![
            fact(
                1,
                "pledge",
                3,
                Some(1),
                Some(("2015-03-07", None)),
                "asserted",
                1,
                "\"We pledge allegiance,\" Boko Haram said, to the Islamic State.",
            ),
            fact(
                2,
                "leader_of",
                4,
                Some(3),
                Some(("2009", Some("2016-08"))),
                "asserted",
                1,
                "Its leader, Abubakar Shekau, read the pledge.",
            ),
            fact(
                3,
                "presence",
                3,
                Some(5),
                None,
                "asserted",
                1,
                "The group is active in north-eastern Nigeria.\u{1}",
            ),
            fact(
                4,
                "designated",
                3,
                Some(6),
                Some(("2014-05", None)),
                "asserted",
                1,
                "The UN Security Council listed Boko Haram in May 2014.",
            ),
            strength,
            fact(
                6,
                "renamed",
                2,
                Some(1),
                Some(("2014-06-29", None)),
                "asserted",
                2,
                "Al-Qaeda in Iraq renamed itself the Islamic State on 29 June 2014.",
            ),
            fact(
                7,
                "branch_of",
                3,
                Some(1),
                None,
                "denied",
                1,
                "Boko Haram is not a branch of the Islamic State, officials said.",
            ),
            fact(
                8,
                "presence",
                3,
                Some(7),
                None,
                "asserted",
                1,
                "Its fighters hide in the Sambisa Forest.",
            ),
            fact(
                9,
                "leader_of",
                8,
                Some(4),
                None,
                "hedged",
                1,
                "Mamman Nur reportedly led Shekau.",
            ),
        ],
        claims: vec![ClaimRow {
            fact_type: FactType::Strength,
            subject: "Boko Haram".into(),
            object: None,
            min: Some(4000.0),
            max: Some(6000.0),
            unit: Some("fighters".into()),
            facts: 1,
            documents: 1,
            reports: 1,
            document_ids: vec![1],
            sources: vec!["officials".into()],
            polarities: vec![Polarity::Hedged],
            first_published: Some("2015-03-13".into()),
            last_published: Some("2015-03-13".into()),
            articles: Vec::new(),
        }],
    }
}

fn model() -> ExportModel {
    ExportModel::new(dump(), &kb()).unwrap()
}

fn export(format: Format, table: Table) -> Vec<u8> {
    let mut out = Vec::new();
    write(&model(), format, table, &mut out).unwrap();
    out
}

/// Every element of a well-formed XML document: (name, attributes, text), in document order.
/// Panics on malformed XML (mismatched tags, bad escapes, characters XML 1.0 forbids).
fn xml_elements(bytes: &[u8]) -> Vec<(String, BTreeMap<String, String>, String)> {
    let text = std::str::from_utf8(bytes).expect("UTF-8");
    assert!(
        !text.chars().any(|c| c < ' ' && !matches!(c, '\t' | '\n' | '\r')),
        "a control character XML 1.0 forbids"
    );
    let mut reader = quick_xml::Reader::from_str(text);
    reader.config_mut().check_end_names = true;
    let mut out: Vec<(String, BTreeMap<String, String>, String)> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    loop {
        let event = reader.read_event().expect("well-formed XML");
        match &event {
            Event::Start(e) | Event::Empty(e) => {
                let name = e.name().as_ref().to_string();
                let attrs = e
                    .attributes()
                    .map(|a| {
                        let a = a.unwrap();
                        (
                            a.key.as_ref().to_string(),
                            a.normalized_value(quick_xml::XmlVersion::Explicit1_0)
                                .unwrap()
                                .into_owned(),
                        )
                    })
                    .collect();
                out.push((name, attrs, String::new()));
                if matches!(event, Event::Start(_)) {
                    open.push(out.len() - 1);
                }
            }
            Event::Text(t) => {
                if let Some(&i) = open.last() {
                    out[i].2.push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(r) => {
                if let Some(&i) = open.last() {
                    let s = match r.as_ref() {
                        "amp" => "&".to_string(),
                        "lt" => "<".to_string(),
                        "gt" => ">".to_string(),
                        "quot" => "\"".to_string(),
                        "apos" => "'".to_string(),
                        _ => r.resolve_char_ref().unwrap().expect("a known reference").to_string(),
                    };
                    out[i].2.push_str(&s);
                }
            }
            Event::End(_) => {
                assert!(open.pop().is_some(), "an end tag without a start");
            }
            Event::Eof => break,
            _ => {}
        }
    }
    assert!(open.is_empty(), "unclosed elements");
    out
}

fn named<'a>(
    elements: &'a [(String, BTreeMap<String, String>, String)],
    name: &str,
) -> Vec<&'a (String, BTreeMap<String, String>, String)> {
    elements.iter().filter(|e| e.0 == name).collect()
}

#[test]
fn graphml_has_a_node_per_entity_and_an_edge_per_fact_with_an_object() {
    let out = export(Format::Graphml, Table::Facts);
    let el = xml_elements(&out);
    assert_eq!(el[0].0, "graphml");
    assert_eq!(el[0].1["xmlns"], "http://graphml.graphdrawing.org/xmlns");
    let nodes = named(&el, "node");
    let edges = named(&el, "edge");
    assert_eq!(nodes.len(), 8);
    assert_eq!(edges.len(), 8, "every fact but the objectless strength estimate");
    assert_eq!(nodes[0].1["id"], "kb-islamic-state");
    // The data of each node follows it; read the Islamic State's.
    let start = el.iter().position(|e| e.0 == "node").unwrap();
    let data: BTreeMap<&str, &str> = el[start + 1..]
        .iter()
        .take_while(|e| e.0 == "data")
        .map(|e| (e.1["key"].as_str(), e.2.as_str()))
        .collect();
    assert_eq!(data["label"], "Islamic State");
    assert_eq!(data["kind"], "group");
    assert_eq!(data["aliases"], "ISIS; ISIL");
    assert_eq!(data["former_names"], "al-Qaeda in Iraq");
    let nigeria = el.iter().position(|e| e.0 == "node" && e.1["id"] == "kb-nigeria").unwrap();
    let data: BTreeMap<&str, &str> = el[nigeria + 1..]
        .iter()
        .take_while(|e| e.0 == "data")
        .map(|e| (e.1["key"].as_str(), e.2.as_str()))
        .collect();
    assert_eq!(
        (data["latitude"], data["longitude"], data["country"]),
        ("9.05785", "7.49508", "NG")
    );
    let pledge = edges
        .iter()
        .find(|e| e.1["source"] == "kb-boko-haram" && e.1["target"] == "kb-islamic-state")
        .unwrap();
    assert!(pledge.1["id"].starts_with("fact-"));
    let keys: Vec<&str> = named(&el, "key").iter().map(|k| k.1["attr.name"].as_str()).collect();
    for k in
        ["label", "kind", "aliases", "latitude", "relation", "polarity", "start", "evidence", "url"]
    {
        assert!(keys.contains(&k), "no key {k}");
    }
    let text = String::from_utf8(out).unwrap();
    assert!(
        text.contains("&quot;We pledge allegiance,&quot; Boko Haram said")
            || text.contains("\"We pledge allegiance,\" Boko Haram said")
    );
    assert!(text.contains("north-eastern Nigeria.</data>"), "the control character is dropped");
}

#[test]
fn gexf_edges_carry_their_relation_as_kind_and_their_period() {
    let el = xml_elements(&export(Format::Gexf, Table::Facts));
    assert_eq!(el[0].0, "gexf");
    assert_eq!(el[0].1["version"], "1.3");
    let graph = named(&el, "graph")[0];
    assert_eq!((graph.1["mode"].as_str(), graph.1["timeformat"].as_str()), ("dynamic", "date"));
    assert_eq!(named(&el, "node").len(), 8);
    let edges = named(&el, "edge");
    assert_eq!(edges.len(), 8);
    let leader = edges
        .iter()
        .find(|e| e.1["kind"] == "leader_of" && e.1["source"] == "kb-abubakar-shekau")
        .unwrap();
    assert_eq!(leader.1.get("start").map(String::as_str), Some("2009-01-01"));
    assert_eq!(leader.1.get("end").map(String::as_str), Some("2016-08-31"));
    let pledge = edges.iter().find(|e| e.1["kind"] == "pledge").unwrap();
    assert_eq!(pledge.1.get("start").map(String::as_str), Some("2015-03-07"));
    assert!(!pledge.1.contains_key("end"));
    let attribute_ids: Vec<&str> =
        named(&el, "attribute").iter().map(|a| a.1["id"].as_str()).collect();
    for a in ["kind", "aliases", "latitude", "longitude", "relation", "evidence"] {
        assert!(attribute_ids.contains(&a), "no attribute {a}");
    }
    let kinds: Vec<&str> = named(&el, "attvalue")
        .iter()
        .filter(|v| v.1["for"] == "kind")
        .map(|v| v.1["value"].as_str())
        .collect();
    assert_eq!(kinds, ["group", "group", "group", "person", "place", "body", "place", "person"]);
}

fn ftm_lines() -> Vec<Value> {
    String::from_utf8(export(Format::Ftm, Table::Facts))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

#[test]
fn ftm_maps_entities_articles_and_facts_to_fitting_schemata() {
    let lines = ftm_lines();
    assert_eq!(lines.len(), 8 + 2 + 9, "entities, articles, facts");
    let by_id: BTreeMap<&str, &Value> =
        lines.iter().map(|l| (l["id"].as_str().unwrap(), l)).collect();
    assert_eq!(by_id.len(), lines.len(), "ids are unique");
    let is = &by_id["kb-islamic-state"];
    assert_eq!(is["schema"], "Organization");
    assert_eq!(is["properties"]["alias"], json!(["ISIS", "ISIL"]));
    assert_eq!(is["properties"]["previousName"], json!(["al-Qaeda in Iraq"]));
    assert_eq!(
        by_id["kb-boko-haram"]["properties"]["country"],
        json!(["ng"]),
        "from its presence in Nigeria"
    );
    assert_eq!(by_id["kb-abubakar-shekau"]["schema"], "Person");
    assert_eq!(by_id["kb-un-security-council"]["schema"], "PublicBody");
    let nigeria = &by_id["kb-nigeria"];
    assert_eq!(nigeria["schema"], "Address");
    assert_eq!(nigeria["properties"]["latitude"], json!(["9.05785"]));
    assert_eq!(nigeria["properties"]["country"], json!(["ng"]));
    let schema_of = |ty_evidence: &str| -> &Value {
        lines
            .iter()
            .find(|l| {
                l["properties"]["summary"]
                    .as_array()
                    .is_some_and(|s| s[0].as_str().unwrap().contains(ty_evidence))
            })
            .unwrap()
    };
    let leader = schema_of("Its leader, Abubakar Shekau");
    assert_eq!(leader["schema"], "Membership");
    assert_eq!(leader["properties"]["role"], json!(["leader"]));
    assert_eq!(leader["properties"]["member"], json!(["kb-abubakar-shekau"]));
    assert_eq!(leader["properties"]["organization"], json!(["kb-boko-haram"]));
    assert_eq!(leader["properties"]["startDate"], json!(["2009"]));
    assert_eq!(leader["properties"]["endDate"], json!(["2016-08"]));
    let proof = leader["properties"]["proof"][0].as_str().unwrap();
    assert_eq!(by_id[proof]["schema"], "Article");
    assert_eq!(
        by_id[proof]["properties"]["sourceUrl"],
        json!(["https://news.example/2015/03/13/pledge"])
    );
    assert_eq!(schema_of("pledge allegiance")["schema"], "UnknownLink");
    assert_eq!(
        schema_of("pledge allegiance")["properties"]["role"],
        json!(["pledged allegiance to"])
    );
    let sanction = schema_of("listed Boko Haram");
    assert_eq!(sanction["schema"], "Sanction");
    assert_eq!(sanction["properties"]["authority"], json!(["UN Security Council"]));
    assert_eq!(sanction["properties"]["entity"], json!(["kb-boko-haram"]));
    let rename = schema_of("renamed itself");
    assert_eq!(rename["schema"], "Succession");
    assert!(rename["properties"]["predecessor"][0]
        .as_str()
        .unwrap()
        .starts_with("kb-islamic-state-former-"));
    let note = schema_of("4,000 and 6,000");
    assert_eq!(note["schema"], "Note");
    assert_eq!(note["properties"]["name"], json!(["Strength: 4000-6000 fighters"]));
    assert_eq!(note["properties"]["description"], json!(["according to officials; hedged"]));
    assert_eq!(schema_of("is not a branch")["properties"]["status"], json!(["denied"]));
    // A person "leading" a person fits no Membership (its organization must be an Organization).
    let odd = schema_of("Mamman Nur reportedly led");
    assert_eq!(odd["schema"], "UnknownLink");
    assert_eq!(odd["properties"]["role"], json!(["leader"]));
    // Every entity reference points at a line of the file.
    for l in &lines {
        for (prop, values) in l["properties"].as_object().unwrap() {
            if [
                "member",
                "organization",
                "subject",
                "object",
                "entity",
                "proof",
                "predecessor",
                "successor",
                "organizer",
                "addressEntity",
            ]
            .contains(&prop.as_str())
            {
                for v in values.as_array().unwrap() {
                    assert!(by_id.contains_key(v.as_str().unwrap()), "{prop} -> {v} dangles");
                }
            }
        }
    }
}

fn stix_bundle() -> Value {
    serde_json::from_slice(&export(Format::Stix, Table::Facts)).unwrap()
}

#[test]
fn stix_bundle_has_actors_locations_relationships_notes_and_reports() {
    let b = stix_bundle();
    assert_eq!(b["type"], "bundle");
    let objects = b["objects"].as_array().unwrap();
    let of_type = |t: &str| objects.iter().filter(|o| o["type"] == t).collect::<Vec<_>>();
    assert_eq!(of_type("threat-actor").len(), 3);
    assert_eq!(of_type("identity").len(), 3, "two people and a body");
    assert_eq!(of_type("location").len(), 1, "Sambisa Forest has no position");
    assert_eq!(of_type("relationship").len() + of_type("note").len(), 9, "one per fact");
    assert_eq!(of_type("report").len(), 2);
    let is = objects.iter().find(|o| o["name"] == "Islamic State").unwrap();
    assert_eq!(is["id"], stix_id("threat-actor", "kb-islamic-state"));
    assert_eq!(is["aliases"], json!(["ISIS", "ISIL", "al-Qaeda in Iraq"]));
    let boko = objects.iter().find(|o| o["name"] == "Boko Haram").unwrap();
    assert_eq!(boko["threat_actor_types"], json!(["terrorist"]));
    assert_eq!(boko["created"], "2015-03-13T00:00:00.000Z");
    let nigeria = of_type("location")[0];
    assert_eq!(
        (nigeria["latitude"].as_f64(), nigeria["country"].as_str()),
        (Some(9.05785), Some("NG"))
    );
    let rel = |t: &str| {
        of_type("relationship")
            .into_iter()
            .filter(|r| r["relationship_type"] == t)
            .collect::<Vec<_>>()
    };
    assert_eq!(rel("located-at").len(), 1);
    assert_eq!(rel("located-at")[0]["target_ref"], nigeria["id"]);
    let attributed = rel("attributed-to");
    assert_eq!(attributed.len(), 1, "Boko Haram attributed to Shekau, its leader");
    assert_eq!(attributed[0]["source_ref"], boko["id"]);
    assert_eq!(attributed[0]["start_time"], "2009-01-01T00:00:00.000Z");
    assert_eq!(attributed[0]["stop_time"], "2016-08-31T23:59:59.999Z");
    let denied = of_type("note")
        .into_iter()
        .find(|n| n["content"].as_str().unwrap().contains("is not a branch"))
        .expect("the denial is a note");
    assert!(denied["abstract"]
        .as_str()
        .unwrap()
        .starts_with("Boko Haram is a branch of Islamic State"));
    assert!(denied["content"].as_str().unwrap().contains("(denied)"));
    let strength = of_type("note")
        .into_iter()
        .find(|n| n["abstract"].as_str().unwrap().contains("4000-6000 fighters"))
        .unwrap();
    assert!(strength["content"].as_str().unwrap().contains("hedged, according to officials"));
    let ids: std::collections::BTreeSet<&str> =
        objects.iter().map(|o| o["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), objects.len(), "ids are unique");
    for r in of_type("report") {
        assert!(r["published"].as_str().unwrap().ends_with('Z'));
        for id in r["object_refs"].as_array().unwrap() {
            assert!(ids.contains(id.as_str().unwrap()), "report refers to a missing {id}");
        }
    }
    let pledge_report =
        of_type("report").into_iter().find(|r| r["name"] == "Title of boko-haram-pledge").unwrap();
    assert_eq!(
        pledge_report["external_references"][0]["url"],
        "https://news.example/2015/03/13/pledge"
    );
    assert!(pledge_report["object_refs"].as_array().unwrap().contains(&boko["id"]));
    // No custom properties, so stix2 parses it with custom content refused.
    fn no_custom(v: &Value) {
        if let Some(o) = v.as_object() {
            for (k, v) in o {
                assert!(!k.starts_with("x_"), "custom property {k}");
                no_custom(v);
            }
        } else if let Some(a) = v.as_array() {
            a.iter().for_each(no_custom);
        }
    }
    no_custom(&b);
}

#[test]
fn stix_ids_are_stable_across_runs_and_databases() {
    // The same entity key gives the same id in any run: this literal must never change.
    assert_eq!(stix_id("threat-actor", "kb-islamic-state"), STABLE_IS_ID);
    assert_eq!(export(Format::Stix, Table::Facts), export(Format::Stix, Table::Facts));
    // Row ids differ in another database with the same content; exported ids do not.
    let mut other = dump();
    for e in &mut other.entities {
        e.id += 100;
        e.document_ids.iter_mut().for_each(|d| *d += 10);
    }
    for d in &mut other.documents {
        d.id += 10;
    }
    for f in &mut other.facts {
        f.id += 50;
        f.document_id += 10;
        f.subject_id += 100;
        f.object_id = f.object_id.map(|o| o + 100);
    }
    let mut out = Vec::new();
    write(&ExportModel::new(other, &kb()).unwrap(), Format::Stix, Table::Facts, &mut out).unwrap();
    assert_eq!(out, export(Format::Stix, Table::Facts));
}

/// UUIDv5 of "kb-islamic-state" in allegiance's namespace, as Python's `uuid.uuid5` computes it.
const STABLE_IS_ID: &str = "threat-actor--3d1e2e52-06e0-5088-865e-5314a5af3cc9";

#[test]
fn csv_tables_have_their_header_and_one_row_per_item() {
    let read = |table: Table| {
        let out = export(Format::Csv, table);
        let mut r = csv::Reader::from_reader(out.as_slice());
        let header: Vec<String> = r.headers().unwrap().iter().map(str::to_string).collect();
        let rows: Vec<Vec<String>> =
            r.records().map(|r| r.unwrap().iter().map(str::to_string).collect()).collect();
        (header, rows)
    };
    let (header, rows) = read(Table::Facts);
    assert_eq!(
        &header[..8],
        ["id", "type", "subject", "subject_id", "object", "object_id", "polarity", "source"]
    );
    assert_eq!(rows.len(), 9);
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let pledge = rows.iter().find(|r| r[col("type")] == "pledge").unwrap();
    assert_eq!(
        (pledge[col("subject")].as_str(), pledge[col("object")].as_str()),
        ("Boko Haram", "Islamic State")
    );
    assert_eq!(
        pledge[col("evidence")],
        "\"We pledge allegiance,\" Boko Haram said, to the Islamic State.",
        "quotes and commas survive"
    );
    assert_eq!(pledge[col("published")], "2015-03-13");
    let strength = rows.iter().find(|r| r[col("type")] == "strength").unwrap();
    assert_eq!(
        (
            strength[col("min")].as_str(),
            strength[col("max")].as_str(),
            strength[col("object")].as_str()
        ),
        ("4000", "6000", "")
    );
    let (header, rows) = read(Table::Entities);
    assert_eq!(header[0], "id");
    assert_eq!(rows.len(), 8);
    let is = rows.iter().find(|r| r[3] == "Islamic State").unwrap();
    assert_eq!(is[header.iter().position(|h| h == "aliases").unwrap()], "ISIS; ISIL");
    let (header, rows) = read(Table::Claims);
    assert_eq!(
        header,
        [
            "type",
            "subject",
            "object",
            "min",
            "max",
            "unit",
            "facts",
            "documents",
            "reports",
            "sources",
            "polarities",
            "first_published",
            "last_published"
        ]
    );
    assert_eq!(
        rows,
        [[
            "strength",
            "Boko Haram",
            "",
            "4000",
            "6000",
            "fighters",
            "1",
            "1",
            "1",
            "officials",
            "hedged",
            "2015-03-13",
            "2015-03-13"
        ]]
    );
}

#[test]
fn parquet_tables_read_back_typed() {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    use parquet::record::Field;
    let out = export(Format::Parquet, Table::Entities);
    assert_eq!(&out[..4], b"PAR1");
    let reader = SerializedFileReader::new(bytes::Bytes::from(out)).unwrap();
    let meta = reader.metadata();
    assert_eq!(meta.file_metadata().num_rows(), 8);
    let columns: Vec<String> =
        meta.file_metadata().schema().get_fields().iter().map(|f| f.name().to_string()).collect();
    assert_eq!(columns[..4], ["id", "key", "kind", "name"]);
    let rows: Vec<parquet::record::Row> =
        reader.get_row_iter(None).unwrap().map(|r| r.unwrap()).collect();
    let field = |row: &parquet::record::Row, name: &str| {
        row.get_column_iter().find(|(n, _)| n.as_str() == name).map(|(_, f)| f.clone()).unwrap()
    };
    let is = rows.iter().find(|r| field(r, "name") == Field::Str("Islamic State".into())).unwrap();
    match field(is, "aliases") {
        Field::ListInternal(list) => {
            assert_eq!(list.elements(), &[Field::Str("ISIS".into()), Field::Str("ISIL".into())])
        }
        other => panic!("aliases is not a list: {other:?}"),
    }
    assert_eq!(field(is, "documents"), Field::Long(2));
    assert_eq!(field(is, "latitude"), Field::Null);
    let nigeria = rows.iter().find(|r| field(r, "name") == Field::Str("Nigeria".into())).unwrap();
    assert_eq!(field(nigeria, "latitude"), Field::Double(9.05785));
    assert_eq!(field(nigeria, "former_name"), Field::Bool(false));

    let facts = export(Format::Parquet, Table::Facts);
    let reader = SerializedFileReader::new(bytes::Bytes::from(facts)).unwrap();
    assert_eq!(reader.metadata().file_metadata().num_rows(), 9);
}

#[test]
fn an_empty_store_exports_empty_but_valid_files() {
    let m = ExportModel::new(Dump::default(), &Kb::empty()).unwrap();
    for format in Format::ALL {
        let mut out = Vec::new();
        write(&m, format, Table::Facts, &mut out).unwrap();
        match format {
            Format::Graphml | Format::Gexf => assert!(!xml_elements(&out).is_empty()),
            Format::Stix => {
                assert_eq!(serde_json::from_slice::<Value>(&out).unwrap()["objects"], json!([]))
            }
            Format::Ftm => assert!(out.is_empty()),
            Format::Csv => {
                assert_eq!(String::from_utf8(out).unwrap().lines().count(), 1, "the header only")
            }
            Format::Parquet => assert_eq!(&out[..4], b"PAR1"),
        }
    }
}

#[test]
fn a_fact_about_an_entity_the_dump_lacks_is_an_error_not_a_panic() {
    let mut d = dump();
    d.entities.retain(|e| e.id != 4);
    let err = ExportModel::new(d, &kb()).unwrap_err();
    assert!(err.to_string().contains("entity 4"), "{err}");
}
