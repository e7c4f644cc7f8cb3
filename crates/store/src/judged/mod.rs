//! Judgements applied to answers, in plain Rust over the rows any backend returns: rejected
//! facts hidden, corrected polarities and times put in place of the extracted ones, merged
//! entities answered as one, split ones as two, renames, aliases, kb ids and kinds applied.
//!
//! [`Judged::load`] reads the judgements and the catalogue their keys resolve against; `facts`
//! applies them to fact rows; `views` answers the store's questions (facts, profiles, conflicts)
//! through them; `export` prepares a [`crate::Dump`] for the exports.

mod export;
mod facts;
mod network;
mod views;

pub use facts::{JudgedFact, Review};
pub use network::network;
pub use views::{conflicts, facts as judged_facts, find_group, group_profile};

use std::collections::{HashMap, HashSet};

use allegiance_model::EntityKind;
use serde::Serialize;

use crate::judgements::{Catalogue, Judgement, JudgementStore, Verdict};
use crate::Result;

/// Part of an entity split off under a name of its own.
#[derive(Debug, Clone)]
struct Split {
    /// The entity it was split from.
    from: i64,
    /// Its own id in answers: negative, so it never meets a stored row id.
    id: i64,
    name: String,
    /// Content hashes of the articles whose facts go to it.
    documents: HashSet<String>,
    /// Names (lower case) whose presence in a fact's evidence sends the fact to it.
    names: Vec<String>,
}

/// An entity as answers show it once judgements are applied.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct JudgedEntity {
    pub id: i64,
    pub kind: EntityKind,
    pub name: String,
    pub kb: Option<String>,
    /// Stored entities merged into it.
    pub merged: Vec<i64>,
    /// Aliases judgements gave it.
    pub aliases: Vec<String>,
}

/// A judgement whose target is not in the store (any more): listed, never dropped.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Orphan {
    pub id: String,
    pub reason: String,
}

/// The store's judgements, resolved against what it holds now.
#[derive(Debug, Clone, Default)]
pub struct Judged {
    pub catalogue: Catalogue,
    pub judgements: Vec<Judgement>,
    /// Fact judgements by (article content hash, fact type): indexes into `judgements`.
    by_document: HashMap<(String, allegiance_model::FactType), Vec<usize>>,
    merged_into: HashMap<i64, i64>,
    renamed: HashMap<i64, String>,
    aliases: HashMap<i64, Vec<String>>,
    kb_ids: HashMap<i64, String>,
    kinds: HashMap<i64, EntityKind>,
    splits: Vec<Split>,
    /// Entity judgements whose entity is not stored.
    orphans: Vec<Orphan>,
}

impl Judged {
    /// The judgements of `store`, resolved against its documents and entities. Without
    /// judgements there is nothing to resolve, so the catalogue (every document and entity: a
    /// quarter of a second at 100,000 articles, `benches/pg_queries.rs`) is not read and answers take the store's own path.
    pub fn load(store: &impl JudgementStore) -> Result<Judged> {
        let judgements = store.judgements()?;
        if judgements.is_empty() {
            return Ok(Judged::default());
        }
        Ok(Judged::new(judgements, store.catalogue()?))
    }

    pub fn new(judgements: Vec<Judgement>, catalogue: Catalogue) -> Judged {
        let mut j = Judged { catalogue, ..Judged::default() };
        for (i, judgement) in judgements.iter().enumerate() {
            j.resolve(i, judgement);
        }
        j.judgements = judgements;
        j
    }

    /// Whether there is anything to apply (queries take the store's fast path when not).
    pub fn is_empty(&self) -> bool {
        self.judgements.is_empty()
    }

    fn resolve(&mut self, i: usize, judgement: &Judgement) {
        if let Some(fact) = judgement.verdict.fact() {
            self.by_document.entry((fact.document.clone(), fact.fact_type)).or_default().push(i);
            return;
        }
        let orphan = |what: &str| Orphan { id: judgement.id.clone(), reason: what.to_string() };
        let Some(key) = judgement.verdict.entity() else { return };
        let Some(id) = self.catalogue.resolve_entity(key) else {
            self.orphans.push(orphan(&format!("no stored entity is {key}")));
            return;
        };
        match &judgement.verdict {
            Verdict::Merge { into, .. } => match self.catalogue.resolve_entity(into) {
                Some(target) if target != id => {
                    self.merged_into.insert(id, target);
                }
                Some(_) => self
                    .orphans
                    .push(orphan(&format!("{key} and {into} are one stored entity already"))),
                None => self.orphans.push(orphan(&format!("no stored entity is {into}"))),
            },
            Verdict::Split { name, documents, names, .. } => {
                let id_of_split = -(self.splits.len() as i64) - 1;
                self.splits.push(Split {
                    from: id,
                    id: id_of_split,
                    name: name.clone(),
                    documents: documents.iter().cloned().collect(),
                    names: names
                        .iter()
                        .map(|n| n.to_lowercase())
                        .filter(|n| !n.is_empty())
                        .collect(),
                });
            }
            Verdict::Rename { name, .. } => {
                self.renamed.insert(id, name.clone());
            }
            Verdict::Alias { alias, .. } => {
                self.aliases.entry(id).or_default().push(alias.clone());
            }
            Verdict::KbId { kb, .. } => {
                self.kb_ids.insert(id, kb.clone());
            }
            Verdict::NotAGroup { is: kind, .. } => {
                self.kinds.insert(id, *kind);
            }
            _ => {}
        }
    }

    /// The entity `id` is answered as: itself, or the one it was merged into (followed to the
    /// end; a cycle of merges stops where it closes).
    pub fn root(&self, id: i64) -> i64 {
        let mut at = id;
        let mut seen = HashSet::new();
        while let Some(&next) = self.merged_into.get(&at) {
            if !seen.insert(at) {
                break;
            }
            at = next;
        }
        at
    }

    /// Where a fact's entity goes: the part split off when the fact's article or evidence is
    /// the split's, then the entity merged into.
    fn place(&self, id: i64, document: Option<&str>, evidence: &str) -> i64 {
        let evidence = evidence.to_lowercase();
        let split = self.splits.iter().find(|s| {
            s.from == id
                && (document.is_some_and(|d| s.documents.contains(d))
                    || s.names.iter().any(|n| evidence.contains(n.as_str())))
        });
        match split {
            Some(s) => s.id,
            None => self.root(id),
        }
    }

    /// Stored entities answered as `id` (itself and those merged into it). Only merged
    /// entities have another root, so only they are looked at, not every stored entity.
    pub fn members(&self, id: i64) -> Vec<i64> {
        let itself = self.catalogue.entities.contains_key(&id) && self.root(id) == id;
        let mut ids: Vec<i64> = itself
            .then_some(id)
            .into_iter()
            .chain(self.merged_into.keys().copied().filter(|&e| self.root(e) == id))
            .collect();
        if let Some(s) = self.splits.iter().find(|s| s.id == id) {
            ids.push(s.from);
        }
        ids.sort_unstable();
        ids
    }

    /// The entity as answers show it, or `None` for an id neither stored nor split off.
    pub fn entity(&self, id: i64) -> Option<JudgedEntity> {
        if let Some(s) = self.splits.iter().find(|s| s.id == id) {
            let from = self.catalogue.entities.get(&s.from)?;
            return Some(JudgedEntity {
                id,
                kind: from.kind,
                name: s.name.clone(),
                kb: None,
                merged: Vec::new(),
                aliases: Vec::new(),
            });
        }
        let e = self.catalogue.entities.get(&id)?;
        let merged: Vec<i64> = self.members(id).into_iter().filter(|m| *m != id).collect();
        let mut aliases = self.aliases.get(&id).cloned().unwrap_or_default();
        for m in &merged {
            aliases.extend(self.aliases.get(m).cloned().unwrap_or_default());
        }
        Some(JudgedEntity {
            id,
            kind: self.kinds.get(&id).copied().unwrap_or(e.kind),
            name: self.renamed.get(&id).cloned().unwrap_or_else(|| e.name.clone()),
            kb: self.kb_ids.get(&id).cloned().or_else(|| e.kb.clone()),
            merged,
            aliases,
        })
    }

    /// The name answers show for `id`.
    pub fn name(&self, id: i64) -> Option<String> {
        self.entity(id).map(|e| e.name)
    }

    /// Entities (as answered) a name given by judgements stands for: renames, aliases and split
    /// names, normalised.
    pub fn named(&self, name: &str) -> Vec<i64> {
        let norm = allegiance_model::norm_name(name);
        let mut out: Vec<i64> = Vec::new();
        let mut push = |id: i64| {
            if !out.contains(&id) {
                out.push(id);
            }
        };
        for s in &self.splits {
            if allegiance_model::norm_name(&s.name) == norm {
                push(s.id);
            }
        }
        for (id, n) in &self.renamed {
            if allegiance_model::norm_name(n) == norm {
                push(self.root(*id));
            }
        }
        for (id, list) in &self.aliases {
            if list.iter().any(|a| allegiance_model::norm_name(a) == norm) {
                push(self.root(*id));
            }
        }
        out
    }

    /// Judgements whose target is gone: entity judgements resolved to nothing, and fact
    /// judgements no stored fact in `facts` (the store's whole list) matches.
    pub fn orphans(&self, facts: &[crate::FactRow]) -> Vec<Orphan> {
        let mut out = self.orphans.clone();
        let mut matched: HashSet<usize> = HashSet::new();
        for row in facts {
            matched.extend(self.matching(row));
        }
        for (i, j) in self.judgements.iter().enumerate() {
            if let Some(key) = j.verdict.fact() {
                if !matched.contains(&i) {
                    out.push(Orphan {
                        id: j.id.clone(),
                        reason: format!("no stored fact is {key}"),
                    });
                }
            }
        }
        out
    }

    /// Indexes of the fact judgements that match `row`.
    fn matching(&self, row: &crate::FactRow) -> Vec<usize> {
        let Some(doc) = self.catalogue.documents.get(&row.document_id) else { return Vec::new() };
        let Some(candidates) = self.by_document.get(&(doc.content_hash.clone(), row.fact_type))
        else {
            return Vec::new();
        };
        candidates
            .iter()
            .copied()
            .filter(|&i| {
                let key = self.judgements[i].verdict.fact().expect("indexed fact judgements");
                self.catalogue.fact_match(key, row).is_some()
            })
            .collect()
    }
}
