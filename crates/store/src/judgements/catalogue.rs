//! What judgement keys are matched against: every stored article's content hash and every
//! entity with the names it was seen under. A backend reads it with plain selects; matching is
//! done here, the same for every backend.

use std::collections::{HashMap, HashSet};

use allegiance_model::name::norm_name;
use allegiance_model::EntityKind;

use super::{EntityKey, FactKey};
use crate::rows::FactRow;

#[derive(Debug, Clone, PartialEq)]
pub struct CatalogueDocument {
    pub content_hash: String,
    /// The id of the first stored document of its near-duplicate story (its own when none).
    pub cluster: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CatalogueEntity {
    pub id: i64,
    /// The store's entity key ("kb:<id>", "<kind>:<normalised name>").
    pub key: String,
    pub kind: EntityKind,
    pub name: String,
    pub kb: Option<String>,
    pub former_name: bool,
    /// Every name seen for it (aliases), as written.
    pub names: Vec<String>,
}

impl CatalogueEntity {
    /// Its canonical name and every alias, normalised.
    pub fn norms(&self) -> HashSet<String> {
        std::iter::once(&self.name).chain(&self.names).map(|n| norm_name(n)).collect()
    }
}

/// The stored documents and entities, by row id.
#[derive(Debug, Clone, Default)]
pub struct Catalogue {
    pub documents: HashMap<i64, CatalogueDocument>,
    pub entities: HashMap<i64, CatalogueEntity>,
    /// Every name of each entity, normalised.
    norms: HashMap<i64, HashSet<String>>,
    /// Each entity's canonical name, normalised.
    canonical: HashMap<i64, String>,
}

impl Catalogue {
    pub fn new(
        documents: HashMap<i64, CatalogueDocument>,
        entities: Vec<CatalogueEntity>,
    ) -> Catalogue {
        let norms = entities.iter().map(|e| (e.id, e.norms())).collect();
        let canonical = entities.iter().map(|e| (e.id, norm_name(&e.name))).collect();
        let entities = entities.into_iter().map(|e| (e.id, e)).collect();
        Catalogue { documents, entities, norms, canonical }
    }

    /// Document id → near-duplicate cluster, as `aggregate` wants it.
    pub fn clusters(&self) -> HashMap<i64, i64> {
        self.documents.iter().map(|(id, d)| (*id, d.cluster)).collect()
    }

    fn has_name(&self, id: i64, norm: &str) -> bool {
        self.norms.get(&id).is_some_and(|n| n.contains(norm))
    }

    /// The key a judgement names this entity by.
    pub fn entity_key(&self, id: i64) -> Option<EntityKey> {
        let e = self.entities.get(&id)?;
        let mut key = EntityKey::new(e.kind, &e.name, e.kb.as_deref().filter(|_| !e.former_name));
        let mut seen: Vec<String> = self
            .norms
            .get(&id)
            .into_iter()
            .flatten()
            .filter(|n| **n != key.name)
            .cloned()
            .collect();
        seen.sort();
        key.seen_as = seen;
        Some(key)
    }

    /// The key a judgement names this fact by.
    pub fn fact_key(&self, row: &FactRow) -> Option<FactKey> {
        Some(FactKey {
            document: self.documents.get(&row.document_id)?.content_hash.clone(),
            fact_type: row.fact_type,
            evidence_start: row.evidence.start,
            evidence_end: row.evidence.end,
            subject: norm_name(&self.entities.get(&row.subject_id)?.name),
            object: match row.object_id {
                Some(o) => Some(norm_name(&self.entities.get(&o)?.name)),
                None => None,
            },
        })
    }

    /// The stored entity a key names now: the one with its knowledge-base id (under its current
    /// name), else one of its kind whose canonical name is the key's, else one that was seen
    /// under that name (the knowledge base may since have given it another canonical name).
    pub fn resolve_entity(&self, key: &EntityKey) -> Option<i64> {
        let mut ids: Vec<i64> = self.entities.keys().copied().collect();
        ids.sort_unstable();
        let e = |id: &i64| &self.entities[id];
        if let Some(kb) = &key.kb {
            if let Some(id) =
                ids.iter().find(|id| e(id).kb.as_ref() == Some(kb) && !e(id).former_name)
            {
                return Some(*id);
            }
        }
        ids.iter()
            .find(|id| e(id).kind == key.kind && self.canonical[*id] == key.name)
            .or_else(|| {
                ids.iter().find(|id| e(id).kind == key.kind && self.has_name(**id, &key.name))
            })
            .or_else(|| ids.iter().find(|id| self.has_name(**id, &key.name)))
            .or_else(|| {
                ids.iter().find(|id| {
                    e(id).kind == key.kind && key.seen_as.iter().any(|n| self.has_name(**id, n))
                })
            })
            .copied()
    }

    /// How well a stored fact matches a key: 2 for the same evidence span, 1 for an overlapping
    /// one (new rules may cut the sentence differently), with the same article, type and names.
    pub fn fact_match(&self, key: &FactKey, row: &FactRow) -> Option<u8> {
        let doc = self.documents.get(&row.document_id)?;
        if doc.content_hash != key.document || row.fact_type != key.fact_type {
            return None;
        }
        let names_agree = self.has_name(row.subject_id, &key.subject)
            && match (&key.object, row.object_id) {
                (None, None) => true,
                (Some(o), Some(id)) => self.has_name(id, o),
                _ => false,
            };
        if !names_agree {
            return None;
        }
        if (row.evidence.start, row.evidence.end) == (key.evidence_start, key.evidence_end) {
            Some(2)
        } else if row.evidence.start < key.evidence_end && key.evidence_start < row.evidence.end {
            Some(1)
        } else {
            None
        }
    }
}
