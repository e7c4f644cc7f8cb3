//! Groups the knowledge base lacks, resolved across documents in SQLite (the rules are in
//! `lookalike.rs`).
//!
//! Every document's use of such a name is a row of `name_uses` with its context. A use whose
//! document says nothing about the group joins the group most documents with context speak of.
//! A use with context re-runs [`partition`] over all uses of the name and applies the result: the
//! largest groups keep the entities most of their uses were on, and uses whose group changed are
//! moved with their facts, mentions and aliases. So the entities a name ends up with depend on
//! the set of stored documents, not on the order they were ingested in.

use crate::lookalike::{partition, NameContext, NameUse};
use crate::sql::{args, DbResult, Sql};
use allegiance_model::{norm_name, Entity, EntityKind, Extraction, FactType, PartialDate, When};
use allegiance_read::Document;
use std::collections::HashMap;

/// Country codes of knowledge-base places, by kb id ("city-sy-aleppo" → "SY", "syria" → "SY"):
/// how the store knows that Aleppo and Syria are the same country. Filled by the caller from the
/// knowledge base ([`crate::SqliteStore::set_place_countries`]); empty, places give no context.
#[derive(Debug, Clone, Default)]
pub struct PlaceCountries(HashMap<String, String>);

impl PlaceCountries {
    pub fn get(&self, kb_id: &str) -> Option<&str> {
        self.0.get(kb_id).map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl FromIterator<(String, String)> for PlaceCountries {
    fn from_iter<I: IntoIterator<Item = (String, String)>>(iter: I) -> Self {
        PlaceCountries(iter.into_iter().map(|(id, cc)| (id, cc.to_ascii_uppercase())).collect())
    }
}

/// An entity this module resolves: a group without a knowledge-base id.
pub(crate) fn is_new_group(e: &Entity) -> bool {
    e.kb.is_none() && e.kind == EntityKind::Group
}

/// The key a group is known by in other groups' contexts: its kb id, else its normalised name.
fn parent_key(e: &Entity) -> String {
    match &e.kb {
        Some(kb) => format!("kb:{kb}"),
        None => format!("{}:{}", e.kind.as_str(), norm_name(&e.name)),
    }
}

/// The year of a stored date (`YYYY[-MM[-DD]]`, or the day of a timestamp).
pub(crate) fn year_of(date: Option<&str>) -> Option<i32> {
    date.and_then(PartialDate::parse_prefix).map(PartialDate::year_of)
}

/// What the document ties each of its new groups to, by normalised name.
pub(crate) fn contexts(
    doc: &Document,
    ex: &Extraction,
    countries: &PlaceCountries,
) -> HashMap<String, NameContext> {
    let by_id: HashMap<&str, &Entity> = ex.entities.iter().map(|e| (e.id.as_str(), e)).collect();
    let mut out: HashMap<String, NameContext> = HashMap::new();
    for f in &ex.facts {
        let Some(subject) = by_id.get(f.subject.as_str()).filter(|e| is_new_group(e)) else {
            continue;
        };
        let Some(object) = f.object.as_deref().and_then(|o| by_id.get(o)) else { continue };
        let norm = norm_name(&subject.name);
        match f.fact_type {
            FactType::BranchOf | FactType::Pledge if object.kind == EntityKind::Group => {
                let key = parent_key(object);
                if key != format!("group:{norm}") {
                    let stated = f.when.as_ref().and_then(When::stated).map(PartialDate::year_of);
                    let y = stated.or_else(|| year_of(doc.header.published.as_deref()));
                    out.entry(norm).or_default().add_parent(key, y);
                }
            }
            FactType::Presence | FactType::Strength | FactType::Attack
                if object.kind == EntityKind::Place =>
            {
                if let Some(cc) = object.kb.as_deref().and_then(|kb| countries.get(kb)) {
                    out.entry(norm).or_default().add_country(cc);
                }
            }
            _ => {}
        }
    }
    out
}

/// One stored use of a name.
struct StoredUse {
    document_id: i64,
    entity_id: i64,
    doc_key: String,
    context: NameContext,
    name: String,
    names: Vec<String>,
}

fn load_uses(tx: &impl Sql, kind: &str, norm: &str) -> DbResult<Vec<StoredUse>> {
    let rows = tx.rows(
        "SELECT document_id, entity_id, doc_key, context, name, names FROM name_uses WHERE kind = ?1 AND norm = ?2",
        args![kind, norm],
    )?;
    rows.iter()
        .map(|r| {
            let context: String = r.get(3)?;
            let names: String = r.get(5)?;
            Ok(StoredUse {
                document_id: r.get(0)?,
                entity_id: r.get(1)?,
                doc_key: r.get(2)?,
                context: serde_json::from_str(&context).unwrap_or_default(),
                name: r.get(4)?,
                names: serde_json::from_str(&names).unwrap_or_default(),
            })
        })
        .collect()
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn insert_use(
    tx: &impl Sql,
    document_id: i64,
    entity_id: i64,
    kind: &str,
    norm: &str,
    doc_key: &str,
    context: &NameContext,
    name: &str,
    names: &[String],
) -> DbResult<()> {
    let ctx = serde_json::to_string(context).unwrap_or_else(|_| "{}".into());
    let names = serde_json::to_string(names).unwrap_or_else(|_| "[]".into());
    tx.exec(
        "INSERT INTO name_uses (document_id, entity_id, kind, norm, doc_key, contextual, context, name, names) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        args![document_id, entity_id, kind, norm, doc_key, !context.is_silent(), &ctx, name, &names],
    )?;
    Ok(())
}

/// A new entity row for the name: the plain key if free, else `<key>#2`, `#3`, ...
fn create_entity(tx: &impl Sql, kind: &str, norm: &str, name: &str) -> DbResult<i64> {
    let base = format!("{kind}:{norm}");
    let mut key = base.clone();
    let mut n = 2;
    while tx.exists("SELECT 1 FROM entities WHERE key = ?1", args![&key])? {
        key = format!("{base}#{n}");
        n += 1;
    }
    tx.insert_id(
        "INSERT INTO entities (key, kind, name, norm_name, kb_id, former_name) VALUES (?1, ?2, ?3, ?4, NULL, 0)",
        args![&key, kind, name, norm],
    )
}

/// Moves one document's use of the name, with its facts, mentions and aliases, to another entity.
fn move_use(tx: &impl Sql, u: &StoredUse, kind: &str, norm: &str, to: i64) -> DbResult<()> {
    let (d, from) = (u.document_id, u.entity_id);
    tx.exec(
        "UPDATE facts SET subject_id = ?3 WHERE document_id = ?1 AND subject_id = ?2",
        args![d, from, to],
    )?;
    tx.exec(
        "UPDATE facts SET object_id = ?3 WHERE document_id = ?1 AND object_id = ?2",
        args![d, from, to],
    )?;
    tx.exec(
        "UPDATE mentions SET entity_id = ?3 WHERE document_id = ?1 AND entity_id = ?2",
        args![d, from, to],
    )?;
    tx.exec(
        "UPDATE name_uses SET entity_id = ?2 WHERE document_id = ?1 AND kind = ?3 AND norm = ?4",
        args![d, to, kind, norm],
    )?;
    for n in &u.names {
        tx.exec(
            "UPDATE aliases SET count = count - 1 WHERE entity_id = ?1 AND name = ?2",
            args![from, n],
        )?;
        tx.exec(
            "DELETE FROM aliases WHERE entity_id = ?1 AND name = ?2 AND count <= 0",
            args![from, n],
        )?;
        tx.exec(
            "INSERT INTO aliases (entity_id, name, norm, count) VALUES (?1, ?2, ?3, 1) \
             ON CONFLICT(entity_id, name) DO UPDATE SET count = aliases.count + 1",
            args![to, n, &norm_name(n)],
        )?;
    }
    Ok(())
}

/// Removes an entity nothing refers to any more (all its uses moved elsewhere).
fn drop_if_unused(tx: &impl Sql, id: i64) -> DbResult<()> {
    let used: bool = tx.one(
        "SELECT EXISTS (SELECT 1 FROM name_uses WHERE entity_id = ?1) OR EXISTS (SELECT 1 FROM mentions WHERE entity_id = ?1) \
         OR EXISTS (SELECT 1 FROM facts WHERE subject_id = ?1) OR EXISTS (SELECT 1 FROM facts WHERE object_id = ?1)",
        args![id],
    )?;
    if !used {
        tx.exec("DELETE FROM aliases WHERE entity_id = ?1", args![id])?;
        tx.exec("DELETE FROM entities WHERE id = ?1", args![id])?;
    }
    Ok(())
}

/// One document's use of a new group name, about to be stored.
pub(crate) struct NewUse<'a> {
    pub document_id: i64,
    pub doc_key: &'a str,
    pub kind: &'a str,
    pub norm: String,
    pub name: &'a str,
    pub names: Vec<String>,
    pub context: NameContext,
}

impl NewUse<'_> {
    /// Whether [`resolve`] may read and move rows of `mentions`, `facts` and `aliases` (and
    /// delete entities none of them name): a use with context re-partitions the name's earlier
    /// uses. A silent one only reads and adds `name_uses` rows.
    pub(crate) fn reads_stored_rows(&self) -> bool {
        !self.context.is_silent()
    }
}

/// The entity a document's new group name stands for, recording the use; `created` counts
/// entities added.
pub(crate) fn resolve(tx: &impl Sql, u: NewUse, created: &mut usize) -> DbResult<i64> {
    // The same name twice in one document (two extraction entities): one use.
    let existing: Option<i64> = tx.maybe(
        "SELECT entity_id FROM name_uses WHERE document_id = ?1 AND kind = ?2 AND norm = ?3",
        args![u.document_id, u.kind, &u.norm],
    )?;
    if let Some(id) = existing {
        return Ok(id);
    }
    if u.context.is_silent() {
        // The group most documents with context speak of (ties: the earliest in content-hash order).
        let home: Option<i64> = tx.maybe(
            "SELECT entity_id FROM name_uses WHERE kind = ?1 AND norm = ?2 GROUP BY entity_id \
             ORDER BY SUM(contextual) DESC, MIN(CASE WHEN contextual = 1 THEN doc_key END) IS NULL, \
             MIN(CASE WHEN contextual = 1 THEN doc_key END), MIN(doc_key) LIMIT 1",
            args![u.kind, &u.norm],
        )?;
        let id = match home {
            Some(id) => id,
            None => {
                *created += 1;
                create_entity(tx, u.kind, &u.norm, u.name)?
            }
        };
        insert_use(
            tx,
            u.document_id,
            id,
            u.kind,
            &u.norm,
            u.doc_key,
            &u.context,
            u.name,
            &u.names,
        )?;
        return Ok(id);
    }

    let stored = load_uses(tx, u.kind, &u.norm)?;
    let mut uses: Vec<NameUse> =
        stored.iter().map(|s| NameUse { doc_key: &s.doc_key, context: &s.context }).collect();
    uses.push(NameUse { doc_key: u.doc_key, context: &u.context });
    let group_of = partition(&uses);
    let groups = group_of.iter().copied().max().unwrap_or(0) + 1;

    // Largest groups first keep the entity most of their uses are on.
    let mut target: Vec<i64> = Vec::with_capacity(groups);
    for g in 0..groups {
        let mut counts: HashMap<i64, usize> = HashMap::new();
        for (s, _) in stored.iter().zip(&group_of).filter(|(_, &gi)| gi == g) {
            *counts.entry(s.entity_id).or_default() += 1;
        }
        let best = counts
            .into_iter()
            .filter(|(id, _)| !target.contains(id))
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
            .map(|(id, _)| id);
        let id = match best {
            Some(id) => id,
            None => {
                let name = stored
                    .iter()
                    .zip(&group_of)
                    .find(|(_, &gi)| gi == g)
                    .map(|(s, _)| s.name.as_str())
                    .unwrap_or(u.name);
                *created += 1;
                create_entity(tx, u.kind, &u.norm, name)?
            }
        };
        target.push(id);
    }
    let mut left: Vec<i64> = Vec::new();
    for (s, &g) in stored.iter().zip(&group_of) {
        if s.entity_id != target[g] {
            move_use(tx, s, u.kind, &u.norm, target[g])?;
            if !left.contains(&s.entity_id) {
                left.push(s.entity_id);
            }
        }
    }
    for id in left {
        drop_if_unused(tx, id)?;
    }
    let id = target[group_of[stored.len()]];
    insert_use(tx, u.document_id, id, u.kind, &u.norm, u.doc_key, &u.context, u.name, &u.names)?;
    Ok(id)
}
