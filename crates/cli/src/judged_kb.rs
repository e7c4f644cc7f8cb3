//! Knowledge-base entries learnt from analysts' judgements, for `kb suggest`: a group merged,
//! renamed, aliased or given a kb id becomes an entry with every name it was judged to carry.
//! For an entity the knowledge base has, the entry is the existing one with the new names added
//! (a `--kb` file replaces an entry by id, so nothing the entry held is lost).

use std::collections::BTreeSet;

use allegiance_kb::{Entry, Kb};
use allegiance_model::norm_name;
use allegiance_store::judgements::Verdict;
use allegiance_store::Judged;
use anyhow::Result;

/// One suggested entry as TOML, with a comment saying which judgements it comes from.
pub struct Suggestion {
    pub toml: String,
    /// Stored entity ids the entry stands for (the kept one and those merged into it).
    pub entities: Vec<i64>,
}

/// The entities judgements named, renamed, merged or tied to a kb id, as the ids answers use.
fn judged_entities(judged: &Judged) -> BTreeSet<i64> {
    let mut out = BTreeSet::new();
    for j in &judged.judgements {
        let key = match &j.verdict {
            Verdict::Merge { into, .. } => into,
            Verdict::Rename { entity, .. }
            | Verdict::Alias { entity, .. }
            | Verdict::KbId { entity, .. } => entity,
            _ => continue,
        };
        if let Some(id) = judged.catalogue.resolve_entity(key) {
            out.insert(judged.root(id));
        }
    }
    out
}

pub fn suggestions(judged: &Judged, kb: &Kb) -> Result<Vec<Suggestion>> {
    let mut out = Vec::new();
    for id in judged_entities(judged) {
        let Some(entity) = judged.entity(id) else { continue };
        let members: Vec<i64> = std::iter::once(id).chain(entity.merged.iter().copied()).collect();
        let mut names: Vec<String> = Vec::new();
        for m in &members {
            if let Some(stored) = judged.catalogue.entities.get(m) {
                names.push(stored.name.clone());
                names.extend(stored.names.iter().cloned());
            }
        }
        names.extend(entity.aliases.iter().cloned());
        let mut entry = match entity.kb.as_deref().and_then(|k| kb.get(k)) {
            Some(existing) => existing.clone(),
            None => new_entry(entity.kb.clone(), entity.kind, &entity.name),
        };
        if norm_name(&entry.name) != norm_name(&entity.name) {
            names.push(entry.name.clone());
            entry.name = entity.name.clone();
        }
        let mut known: BTreeSet<String> =
            std::iter::once(&entry.name).chain(&entry.aliases).map(|n| norm_name(n)).collect();
        let before = entry.aliases.len();
        for n in names {
            if !n.trim().is_empty() && known.insert(norm_name(&n)) {
                entry.aliases.push(n);
            }
        }
        let changed = entry.aliases.len() > before
            || entity.kb.as_deref().is_none_or(|k| kb.get(k).is_none())
            || kb.get(&entry.id).is_some_and(|e| e.name != entry.name);
        if changed {
            out.push(Suggestion { toml: to_toml(&entry)?, entities: members });
        }
    }
    Ok(out)
}

fn new_entry(kb_id: Option<String>, kind: allegiance_model::EntityKind, name: &str) -> Entry {
    let slug: String = norm_name(name)
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let value = toml::Value::try_from(serde_json::json!({
        "id": kb_id.unwrap_or(slug),
        "kind": kind.as_str(),
        "name": name,
        "sources": ["analysts' judgements"],
    }));
    value
        .ok()
        .and_then(|v| v.try_into().ok())
        .expect("an entry of id, kind, name and sources is a valid entry")
}

/// `[[kind]]` and the entry's fields (without `kind`, which the table name says).
fn to_toml(entry: &Entry) -> Result<String> {
    let mut table = toml::Table::try_from(entry)?;
    table.remove("kind");
    let mut doc = toml::Table::new();
    doc.insert(
        entry.kind.as_str().to_string(),
        toml::Value::Array(vec![toml::Value::Table(table)]),
    );
    Ok(toml::to_string(&doc)?)
}
