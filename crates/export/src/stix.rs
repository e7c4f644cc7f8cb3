//! A STIX 2.1 bundle (OASIS CTI), for OpenCTI, MISP and the stix2 library.
//!
//! Objects: a `threat-actor` per armed group (with its other names as `aliases`, and
//! `threat_actor_types: ["terrorist"]` once an article states a terrorist designation), an
//! `identity` per person (`individual`) and per body (`organization`), a `location` per place with
//! coordinates or a country, a `relationship` per stated fact between two of those, a `note` per
//! fact with no second object (strength estimates, attacks with no named target) or that an
//! article denies, and a `report` per article referring to everything it supports.
//!
//! Relationship types are those the specification defines where one fits: `located-at` for
//! presence, `targets` for attacks, `attributed-to` from a group to the person who leads or founded
//! it; every other relation is `related-to`, named in the description. No custom properties: the
//! polarity and attribution go into descriptions, so the bundle parses with custom content refused.
//!
//! Ids are UUIDv5 of the export ids; timestamps come from the articles (their publication dates),
//! never from the clock, so the same database always gives the same bundle.

use std::collections::BTreeSet;
use std::io::Write;

use serde_json::{json, Map, Value};

use crate::ids::stix_id;
use crate::model::{ExportModel, ModelEntity, ModelFact};
use crate::time::{self, stix_end, stix_start};
use crate::Result;
use allegiance_model::{EntityKind, FactType, Polarity};

/// How an entity appears in the bundle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sdo {
    ThreatActor,
    Individual,
    Organization,
    Location,
}

impl Sdo {
    fn of(e: &ModelEntity) -> Option<Sdo> {
        match e.row.kind {
            EntityKind::Group => Some(Sdo::ThreatActor),
            EntityKind::Person => Some(Sdo::Individual),
            // A location must have coordinates, a country or a region.
            EntityKind::Place => {
                (e.coordinates().is_some() || e.country.is_some()).then_some(Sdo::Location)
            }
            EntityKind::Body => Some(Sdo::Organization),
        }
    }

    fn stix_type(self) -> &'static str {
        match self {
            Sdo::ThreatActor => "threat-actor",
            Sdo::Individual | Sdo::Organization => "identity",
            Sdo::Location => "location",
        }
    }
}

const EPOCH: &str = "1970-01-01T00:00:00.000Z";

/// The STIX id of each entity that has an object in the bundle.
fn entity_ids(m: &ExportModel) -> Vec<Option<(Sdo, String)>> {
    m.entities.iter().map(|e| Sdo::of(e).map(|s| (s, stix_id(s.stix_type(), &e.id)))).collect()
}

pub fn write<W: Write>(m: &ExportModel, out: W) -> Result<()> {
    let bundle = bundle(m);
    let mut out = std::io::BufWriter::new(out);
    serde_json::to_writer_pretty(&mut out, &bundle)?;
    out.write_all(b"\n")?;
    out.flush()?;
    Ok(())
}

/// The bundle as a JSON value.
pub fn bundle(m: &ExportModel) -> Value {
    let ids = entity_ids(m);
    let fallback = m
        .documents
        .iter()
        .filter_map(|d| document_time(d.row.header.published.as_deref(), &d.row.ingested_at))
        .min()
        .unwrap_or_else(|| EPOCH.into());
    let terrorist: BTreeSet<usize> = m
        .facts
        .iter()
        .filter(|f| f.row.fact_type == FactType::Designated && f.row.polarity == Polarity::Asserted)
        .map(|f| f.subject)
        .collect();
    let mut objects: Vec<Value> = Vec::new();
    for (i, e) in m.entities.iter().enumerate() {
        let Some((sdo, id)) = &ids[i] else { continue };
        let created = e
            .row
            .first_seen
            .as_deref()
            .and_then(time::date)
            .map(stix_start)
            .unwrap_or_else(|| fallback.clone());
        let mut o = Map::new();
        o.insert("type".into(), json!(sdo.stix_type()));
        o.insert("spec_version".into(), json!("2.1"));
        o.insert("id".into(), json!(id));
        o.insert("created".into(), json!(created));
        o.insert("modified".into(), json!(created));
        o.insert("name".into(), json!(e.row.name));
        let mut names: Vec<&str> = e.aliases();
        for f in &e.former_names {
            if !names.contains(&f.as_str()) && *f != e.row.name {
                names.push(f);
            }
        }
        if !e.former_ids.is_empty() {
            // Entities an analyst merged into this one: their ids in earlier exports.
            let refs: Vec<Value> = e
                .former_ids
                .iter()
                .map(|id| {
                    json!({"source_name": "allegiance", "external_id": id, "description": "former id (merged into this one)"})
                })
                .collect();
            o.insert("external_references".into(), json!(refs));
        }
        match sdo {
            Sdo::ThreatActor => {
                if !names.is_empty() {
                    o.insert("aliases".into(), json!(names));
                }
                if terrorist.contains(&i) {
                    o.insert("threat_actor_types".into(), json!(["terrorist"]));
                }
            }
            Sdo::Individual | Sdo::Organization => {
                o.insert(
                    "identity_class".into(),
                    json!(if *sdo == Sdo::Individual { "individual" } else { "organization" }),
                );
                if !names.is_empty() {
                    o.insert(
                        "description".into(),
                        json!(format!("Also named: {}", names.join("; "))),
                    );
                }
            }
            Sdo::Location => {
                if let Some((lat, lon)) = e.coordinates() {
                    o.insert("latitude".into(), json!(lat));
                    o.insert("longitude".into(), json!(lon));
                }
                if let Some(c) = &e.country {
                    o.insert("country".into(), json!(c));
                }
                if !names.is_empty() {
                    o.insert(
                        "description".into(),
                        json!(format!("Also named: {}", names.join("; "))),
                    );
                }
            }
        }
        objects.push(Value::Object(o));
    }
    // What each article supports, in the order written.
    let mut supported: Vec<BTreeSet<String>> = vec![BTreeSet::new(); m.documents.len()];
    let doc_index: std::collections::HashMap<i64, usize> =
        m.documents.iter().enumerate().map(|(i, d)| (d.row.id, i)).collect();
    for (i, e) in m.entities.iter().enumerate() {
        if let Some((_, id)) = &ids[i] {
            for d in e.row.document_ids.iter().filter_map(|d| doc_index.get(d)) {
                supported[*d].insert(id.clone());
            }
        }
    }
    for f in &m.facts {
        let o = fact_object(m, &ids, f, &fallback);
        if let Some(id) = o.get("id").and_then(Value::as_str) {
            supported[f.document].insert(id.to_string());
        }
        objects.push(o);
    }
    for (i, d) in m.documents.iter().enumerate() {
        if supported[i].is_empty() {
            continue; // a report must refer to something
        }
        let h = &d.row.header;
        let published = document_time(h.published.as_deref(), &d.row.ingested_at)
            .unwrap_or_else(|| fallback.clone());
        let title = h.title.as_deref().filter(|t| !t.trim().is_empty()).unwrap_or(&h.doc);
        let mut r = Map::new();
        r.insert("type".into(), json!("report"));
        r.insert("spec_version".into(), json!("2.1"));
        r.insert("id".into(), json!(stix_id("report", &d.id)));
        r.insert("created".into(), json!(published));
        r.insert("modified".into(), json!(published));
        r.insert("name".into(), json!(title));
        r.insert("published".into(), json!(published));
        r.insert("report_types".into(), json!(["threat-report"]));
        r.insert("object_refs".into(), json!(supported[i].iter().collect::<Vec<_>>()));
        let mut reference = Map::new();
        reference.insert(
            "source_name".into(),
            json!(h.publisher.as_deref().filter(|p| !p.trim().is_empty()).unwrap_or("article")),
        );
        reference.insert("description".into(), json!(h.doc));
        if let Some(url) =
            h.url.as_deref().filter(|u| u.starts_with("http://") || u.starts_with("https://"))
        {
            reference.insert("url".into(), json!(url));
        }
        r.insert("external_references".into(), json!([Value::Object(reference)]));
        objects.push(Value::Object(r));
    }
    let all_ids: Vec<&str> =
        objects.iter().filter_map(|o| o.get("id").and_then(Value::as_str)).collect();
    json!({
        "type": "bundle",
        "id": stix_id("bundle", &all_ids.join(",")),
        "objects": objects,
    })
}

/// An article's time: its publication date, else the day it was stored.
fn document_time(published: Option<&str>, ingested_at: &str) -> Option<String> {
    published.and_then(time::date).or_else(|| time::date(ingested_at)).map(stix_start)
}

/// The relationship, or the note, that states one fact.
fn fact_object(
    m: &ExportModel,
    ids: &[Option<(Sdo, String)>],
    f: &ModelFact,
    fallback: &str,
) -> Value {
    let s = m.subject(f);
    let o = m.object(f);
    let d = &m.document(f).row;
    let created = document_time(d.header.published.as_deref(), &d.ingested_at)
        .unwrap_or_else(|| fallback.to_string());
    let sid = &ids[f.subject];
    let oid = f.object.and_then(|o| ids[o].as_ref());
    let ty = f.row.fact_type;
    let mut statement = format!("{} {}", s.row.name, ty.relationship_phrase());
    match ty {
        FactType::Strength => statement.push_str(&format!(" {}", strength(f))),
        FactType::Attack => {
            if let Some(what) = f.attack_what() {
                statement = format!("{}: {what}", s.row.name);
            }
        }
        _ => {}
    }
    if let Some(o) = o {
        statement.push_str(&format!(" {}", o.row.name));
    }
    let mut qualifiers = vec![f.row.polarity.to_string()];
    if let Some(src) = &f.row.source {
        qualifiers.push(format!("according to {src}"));
    }
    if let (Some(start), end) = (f.start(), f.end()) {
        qualifiers.push(match end {
            Some(end) if end != start => format!("{start} to {end}"),
            _ => start.to_string(),
        });
    } else if let Some(end) = f.end() {
        qualifiers.push(format!("until {end}"));
    }
    let description = format!(
        "{statement} ({}). Evidence: \"{}\"",
        qualifiers.join(", "),
        f.row.evidence.text.trim()
    );
    let reference = external_reference(d);

    let relationship = match (sid, oid) {
        (Some((ss, sid)), Some((os, oid))) if f.row.polarity != Polarity::Denied => {
            relationship_type(ty, *ss, *os, sid, oid)
        }
        _ => None,
    };
    let mut v = Map::new();
    match relationship {
        Some((rel, source, target)) => {
            v.insert("type".into(), json!("relationship"));
            v.insert("spec_version".into(), json!("2.1"));
            v.insert("id".into(), json!(stix_id("relationship", &f.id)));
            v.insert("created".into(), json!(created));
            v.insert("modified".into(), json!(created));
            v.insert("relationship_type".into(), json!(rel));
            v.insert("source_ref".into(), json!(source));
            v.insert("target_ref".into(), json!(target));
            v.insert("description".into(), json!(description));
            let start = f.start().map(stix_start);
            let stop = f.end().map(stix_end);
            let ordered = match (f.start(), f.end()) {
                (Some(a), Some(b)) => a.first_day() <= b.last_day(),
                _ => true,
            };
            if let Some(start) = start {
                v.insert("start_time".into(), json!(start));
            }
            if let Some(stop) = stop.filter(|_| ordered) {
                v.insert("stop_time".into(), json!(stop));
            }
        }
        None => {
            // No second object, a place with no position, or a denial: the fact as a note on what
            // it is about.
            let refs: Vec<&String> = [sid.as_ref().map(|(_, id)| id), oid.map(|(_, id)| id)]
                .into_iter()
                .flatten()
                .collect();
            v.insert("type".into(), json!("note"));
            v.insert("spec_version".into(), json!("2.1"));
            v.insert("id".into(), json!(stix_id("note", &f.id)));
            v.insert("created".into(), json!(created));
            v.insert("modified".into(), json!(created));
            v.insert("abstract".into(), json!(statement));
            v.insert("content".into(), json!(description));
            if refs.is_empty() {
                // Nothing of the fact has an object (a place with no position stating a fact):
                // the note is about the article.
                v.insert("object_refs".into(), json!([stix_id("report", &m.document(f).id)]));
            } else {
                v.insert("object_refs".into(), json!(refs));
            }
        }
    }
    v.insert("external_references".into(), json!([reference]));
    Value::Object(v)
}

/// The relationship type and its direction for a fact between two objects.
fn relationship_type<'a>(
    ty: FactType,
    ss: Sdo,
    os: Sdo,
    sid: &'a str,
    oid: &'a str,
) -> Option<(&'static str, &'a str, &'a str)> {
    Some(match (ty, ss, os) {
        (
            FactType::Presence,
            Sdo::ThreatActor | Sdo::Individual | Sdo::Organization,
            Sdo::Location,
        ) => ("located-at", sid, oid),
        (
            FactType::Attack,
            Sdo::ThreatActor,
            Sdo::Location | Sdo::Individual | Sdo::Organization,
        ) => ("targets", sid, oid),
        // The individual behind a threat actor: the group is attributed to its leader or founder.
        (FactType::LeaderOf | FactType::FounderOf, Sdo::Individual, Sdo::ThreatActor) => {
            ("attributed-to", oid, sid)
        }
        _ => ("related-to", sid, oid),
    })
}

fn strength(f: &ModelFact) -> String {
    let num = |x: f64| {
        if x.fract() == 0.0 && x.abs() < 1e15 {
            format!("{}", x as i64)
        } else {
            x.to_string()
        }
    };
    let amount = match f.strength() {
        Some(s) if s.min != s.max => format!("{}-{}", num(s.min), num(s.max)),
        Some(s) => num(s.min),
        None => String::new(),
    };
    format!("{amount} {}", f.strength_unit().unwrap_or("")).trim().to_string()
}

fn external_reference(d: &allegiance_store::DumpDocument) -> Value {
    let d = &d.header;
    let mut r = Map::new();
    r.insert(
        "source_name".into(),
        json!(d.publisher.as_deref().filter(|p| !p.trim().is_empty()).unwrap_or("article")),
    );
    let title = d.title.as_deref().filter(|t| !t.trim().is_empty()).unwrap_or(&d.doc);
    r.insert("description".into(), json!(title));
    if let Some(url) =
        d.url.as_deref().filter(|u| u.starts_with("http://") || u.starts_with("https://"))
    {
        r.insert("url".into(), json!(url));
    }
    Value::Object(r)
}
