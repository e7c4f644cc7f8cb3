//! The dump prepared for writing: stable ids, facts pointing at entity and document indexes, and
//! what the knowledge base adds (a place's coordinates and country, an entry's finer kind).

use std::collections::HashMap;

use allegiance_kb::Kb;
use allegiance_model::{EntityKind, PartialDate, StrengthAttrs};
use allegiance_store::{ClaimRow, Dump, DumpDocument, DumpEntity, FactRow};

use crate::ids;
use crate::{ExportError, Result};

#[derive(Debug, Clone)]
pub struct ModelEntity {
    pub row: DumpEntity,
    /// The export id (see `ids::entity_id`), the same in every format.
    pub id: String,
    /// The knowledge base's finer kind (`branch`, `country`, `agency`, ...).
    pub subkind: Option<String>,
    /// ISO 3166-1 alpha-2 code (upper case), where the knowledge base gives one.
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// Names of the entities that are this one under a former name (same kb id).
    pub former_names: Vec<String>,
    /// Export ids of the entities an analyst merged into this one (see `judged`): the ids
    /// earlier exports gave them.
    pub former_ids: Vec<String>,
}

impl ModelEntity {
    /// Names seen in articles other than the canonical one, most often seen first.
    pub fn aliases(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for a in &self.row.aliases {
            let n = a.name.trim();
            if !n.is_empty() && n != self.row.name && !out.contains(&n) {
                out.push(n);
            }
        }
        out
    }

    pub fn is_place(&self) -> bool {
        self.row.kind == EntityKind::Place
    }

    /// Latitude and longitude, when both are known and in range.
    pub fn coordinates(&self) -> Option<(f64, f64)> {
        match (self.lat, self.lon) {
            (Some(lat), Some(lon))
                if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) =>
            {
                Some((lat, lon))
            }
            _ => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct ModelFact {
    pub row: FactRow,
    /// Stable over databases (see `ids::fact_id`).
    pub id: String,
    /// Index into [`ExportModel::entities`].
    pub subject: usize,
    pub object: Option<usize>,
    /// Index into [`ExportModel::documents`].
    pub document: usize,
}

impl ModelFact {
    pub fn start(&self) -> Option<PartialDate> {
        self.row.when.as_ref().and_then(|w| w.start)
    }

    pub fn end(&self) -> Option<PartialDate> {
        self.row.when.as_ref().and_then(|w| w.end)
    }

    pub fn strength(&self) -> Option<&StrengthAttrs> {
        self.row.attrs.strength()
    }

    /// The unit a strength figure counts, unless blank.
    pub fn strength_unit(&self) -> Option<&str> {
        self.strength().map(|s| s.unit.as_str()).filter(|s| !s.trim().is_empty())
    }

    /// What an attack was, unless blank.
    pub fn attack_what(&self) -> Option<&str> {
        self.row.attrs.attack().map(|a| a.what.as_str()).filter(|s| !s.trim().is_empty())
    }

    /// The attributes as their JSON object, for the types that have any.
    pub fn attrs_json(&self) -> Option<String> {
        (!self.row.attrs.is_none()).then(|| {
            serde_json::to_string(&self.row.attrs).expect("fact attributes serialise to JSON")
        })
    }
}

#[derive(Debug, Clone)]
pub struct ModelDocument {
    pub row: DumpDocument,
    pub id: String,
}

/// What every writer reads.
#[derive(Debug, Clone, Default)]
pub struct ExportModel {
    pub entities: Vec<ModelEntity>,
    pub facts: Vec<ModelFact>,
    pub documents: Vec<ModelDocument>,
    pub claims: Vec<ClaimRow>,
}

impl ExportModel {
    /// Prepares `dump`; `kb` gives coordinates and country codes by kb id (entries it lacks, from
    /// a KB file not loaded now, simply get none). A fact naming an entity or document the dump
    /// lacks is an [`ExportError::Inconsistent`].
    pub fn new(dump: Dump, kb: &Kb) -> Result<ExportModel> {
        let mut seen_ids: HashMap<String, usize> = HashMap::new();
        let mut entities: Vec<ModelEntity> = dump
            .entities
            .into_iter()
            .map(|row| {
                let entry = row.kb.as_deref().and_then(|id| kb.get(id));
                let id = unique(&mut seen_ids, ids::entity_id(&row));
                ModelEntity {
                    id,
                    subkind: entry.and_then(|e| e.subkind.clone()),
                    country: entry
                        .and_then(|e| e.country.clone())
                        .filter(|c| c.len() == 2 && c.bytes().all(|b| b.is_ascii_alphabetic())),
                    lat: entry.and_then(|e| e.lat),
                    lon: entry.and_then(|e| e.lon),
                    former_names: Vec::new(),
                    former_ids: row.merged.iter().map(ids::entity_id).collect(),
                    row,
                }
            })
            .collect();
        let current: HashMap<String, usize> = entities
            .iter()
            .enumerate()
            .filter(|(_, e)| !e.row.former_name)
            .filter_map(|(i, e)| e.row.kb.clone().map(|kb| (kb, i)))
            .collect();
        let formers: Vec<(usize, String)> = entities
            .iter()
            .filter(|e| e.row.former_name)
            .filter_map(|e| {
                e.row.kb.as_ref().and_then(|kb| current.get(kb)).map(|&i| (i, e.row.name.clone()))
            })
            .collect();
        for (i, name) in formers {
            if !entities[i].former_names.contains(&name) {
                entities[i].former_names.push(name);
            }
        }
        let entity_index: HashMap<i64, usize> =
            entities.iter().enumerate().map(|(i, e)| (e.row.id, i)).collect();
        let documents: Vec<ModelDocument> = dump
            .documents
            .into_iter()
            .map(|row| ModelDocument {
                id: unique(&mut seen_ids, ids::document_id(&row.content_hash)),
                row,
            })
            .collect();
        let document_index: HashMap<i64, usize> =
            documents.iter().enumerate().map(|(i, d)| (d.row.id, i)).collect();
        let mut facts = Vec::with_capacity(dump.facts.len());
        for row in dump.facts {
            let lookup = |id: i64, what: &str| {
                entity_index.get(&id).copied().ok_or_else(|| {
                    ExportError::Inconsistent(format!(
                        "fact {} names {what} entity {id}, which is not stored",
                        row.id
                    ))
                })
            };
            let subject = lookup(row.subject_id, "subject")?;
            let object = row.object_id.map(|o| lookup(o, "object")).transpose()?;
            let document = document_index.get(&row.document_id).copied().ok_or_else(|| {
                ExportError::Inconsistent(format!(
                    "fact {} is from document {}, which is not stored",
                    row.id, row.document_id
                ))
            })?;
            let id = ids::fact_id(
                &row,
                &entities[subject].row.key,
                object.map(|o| entities[o].row.key.as_str()),
                &documents[document].row.content_hash,
            );
            let id = unique(&mut seen_ids, id);
            facts.push(ModelFact { row, id, subject, object, document });
        }
        Ok(ExportModel { entities, facts, documents, claims: dump.claims })
    }

    pub fn subject(&self, f: &ModelFact) -> &ModelEntity {
        &self.entities[f.subject]
    }

    pub fn object(&self, f: &ModelFact) -> Option<&ModelEntity> {
        f.object.map(|o| &self.entities[o])
    }

    pub fn document(&self, f: &ModelFact) -> &ModelDocument {
        &self.documents[f.document]
    }
}

/// `id`, or `id-2`, `id-3`, ... when taken (two facts stating exactly the same thing from the
/// same span, or two ids cut alike).
fn unique(seen: &mut HashMap<String, usize>, id: String) -> String {
    let n = seen.entry(id.clone()).or_insert(0);
    *n += 1;
    if *n == 1 {
        return id;
    }
    let mut k = *n;
    loop {
        let candidate = format!("{id}-{k}");
        if !seen.contains_key(&candidate) {
            seen.insert(candidate.clone(), 1);
            return candidate;
        }
        k += 1;
    }
}
