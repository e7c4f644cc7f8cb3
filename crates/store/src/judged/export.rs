//! A [`Dump`] with judgements applied, for the exports: rejected facts left out, corrected values
//! in place, merged entities one entity (the others kept in its `merged`), split-off parts
//! entities of their own, and claims folded again from the judged facts.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use allegiance_model::name::norm_name;

use super::Judged;
use crate::dump::{Dump, DumpAlias, DumpEntity};
use crate::rows::{ArticleRef, ClaimRow, FactRow};

impl Judged {
    /// `dump` as the exports should show it (unchanged when there are no judgements); rejected
    /// facts are left out unless `all`.
    pub fn dump(&self, dump: Dump, all: bool) -> Dump {
        if self.is_empty() {
            return dump;
        }
        let Dump { documents, entities, facts, claims: _ } = dump;
        let facts = self.apply(facts, all);
        let mut by_id: BTreeMap<i64, DumpEntity> = BTreeMap::new();
        let mut absorbed: Vec<DumpEntity> = Vec::new();
        for e in entities {
            if self.root(e.id) == e.id {
                by_id.insert(e.id, e);
            } else {
                absorbed.push(e);
            }
        }
        for e in absorbed {
            let root = self.root(e.id);
            let survivor = by_id.entry(root).or_insert_with(|| self.bare_entity(root));
            for a in &e.aliases {
                match survivor.aliases.iter_mut().find(|s| s.name == a.name) {
                    Some(s) => s.documents += a.documents,
                    None => survivor.aliases.push(a.clone()),
                }
            }
            let docs: BTreeSet<i64> =
                survivor.document_ids.iter().chain(&e.document_ids).copied().collect();
            survivor.document_ids = docs.into_iter().collect();
            if e.first_seen.is_some()
                && (survivor.first_seen.is_none() || e.first_seen < survivor.first_seen)
            {
                survivor.first_seen = e.first_seen.clone();
            }
            survivor.merged.push(e);
        }
        for (id, e) in by_id.iter_mut() {
            if let Some(judged) = self.entity(*id) {
                if judged.name != e.name && !e.aliases.iter().any(|a| a.name == e.name) {
                    e.aliases.push(DumpAlias { name: e.name.clone(), documents: 0 });
                }
                e.name = judged.name;
                e.kind = judged.kind;
                e.kb = judged.kb;
                for alias in judged.aliases {
                    if !e.aliases.iter().any(|a| a.name == alias) {
                        e.aliases.push(DumpAlias { name: alias, documents: 0 });
                    }
                }
            }
        }
        // Split-off parts that facts now name.
        let mut split_docs: BTreeMap<i64, BTreeSet<i64>> = BTreeMap::new();
        for f in &facts {
            for id in std::iter::once(f.subject_id).chain(f.object_id) {
                if id < 0 {
                    split_docs.entry(id).or_default().insert(f.document_id);
                }
            }
        }
        let mut entities: Vec<DumpEntity> = by_id.into_values().collect();
        for (id, docs) in split_docs {
            let Some(split) = self.splits.iter().find(|s| s.id == id) else { continue };
            let Some(from) = self.catalogue.entities.get(&split.from) else { continue };
            entities.push(DumpEntity {
                id,
                key: format!("{}#split:{}", from.key, norm_name(&split.name)),
                kind: from.kind,
                name: split.name.clone(),
                kb: None,
                former_name: false,
                aliases: vec![DumpAlias { name: split.name.clone(), documents: docs.len() as i64 }],
                document_ids: docs.into_iter().collect(),
                first_seen: None,
                merged: Vec::new(),
            });
        }
        let claims = self.fold_claims(&facts, &documents);
        Dump { documents, entities, facts, claims }
    }

    /// A stored entity the dump left out (a date filter kept only the merged one's facts).
    fn bare_entity(&self, id: i64) -> DumpEntity {
        let e = &self.catalogue.entities[&id];
        DumpEntity {
            id,
            key: e.key.clone(),
            kind: e.kind,
            name: e.name.clone(),
            kb: e.kb.clone(),
            former_name: e.former_name,
            aliases: Vec::new(),
            document_ids: Vec::new(),
            first_seen: None,
            merged: Vec::new(),
        }
    }

    /// Facts folded into claims as the store's `claims` view folds them: one per type, subject,
    /// object (symmetric relations either way round) and strength figures, with corroboration.
    fn fold_claims(&self, facts: &[FactRow], documents: &[crate::DumpDocument]) -> Vec<ClaimRow> {
        let headers: HashMap<i64, &crate::DumpDocument> =
            documents.iter().map(|d| (d.id, d)).collect();
        type Key = (String, i64, Option<i64>, Option<String>, Option<String>, Option<String>);
        let mut groups: BTreeMap<Key, Vec<&FactRow>> = BTreeMap::new();
        for f in facts {
            let (mut s, mut o) = (f.subject_id, f.object_id);
            if f.fact_type.is_symmetric() {
                if let Some(obj) = o.filter(|&obj| obj < s) {
                    (s, o) = (obj, Some(f.subject_id));
                }
            }
            let strength = f.attrs.strength();
            let key = (
                f.fact_type.as_str().to_string(),
                s,
                o,
                strength.map(|a| a.min.to_string()),
                strength.map(|a| a.max.to_string()),
                strength.map(|a| a.unit.clone()),
            );
            groups.entry(key).or_default().push(f);
        }
        let mut claims: Vec<ClaimRow> = groups
            .into_values()
            .map(|rows| {
                let first = rows[0];
                let flip = first.fact_type.is_symmetric()
                    && first.object_id.is_some_and(|o| o < first.subject_id);
                let (subject, object) = if flip {
                    (first.object.clone().unwrap_or_default(), Some(first.subject.clone()))
                } else {
                    (first.subject.clone(), first.object.clone())
                };
                let docs: BTreeSet<i64> = rows.iter().map(|r| r.document_id).collect();
                let clusters: BTreeSet<i64> = docs
                    .iter()
                    .map(|d| self.catalogue.documents.get(d).map_or(*d, |c| c.cluster))
                    .collect();
                let mut sources: Vec<String> = Vec::new();
                let mut polarities = Vec::new();
                for r in &rows {
                    if let Some(s) = &r.source {
                        if !sources.contains(s) {
                            sources.push(s.clone());
                        }
                    }
                    if !polarities.contains(&r.polarity) {
                        polarities.push(r.polarity);
                    }
                }
                let published: Vec<&String> =
                    rows.iter().filter_map(|r| r.published.as_ref()).collect();
                let strength = first.attrs.strength();
                ClaimRow {
                    fact_type: first.fact_type,
                    subject,
                    object,
                    min: strength.map(|a| a.min),
                    max: strength.map(|a| a.max),
                    unit: strength.map(|a| a.unit.clone()),
                    facts: rows.len(),
                    documents: docs.len(),
                    reports: clusters.len(),
                    document_ids: docs.iter().copied().collect(),
                    sources,
                    polarities,
                    first_published: published.iter().min().map(|s| s.to_string()),
                    last_published: published.iter().max().map(|s| s.to_string()),
                    articles: docs
                        .iter()
                        .filter_map(|d| headers.get(d))
                        .map(|d| ArticleRef {
                            document_id: d.id,
                            header: d.header.clone(),
                            copy_of: self
                                .catalogue
                                .documents
                                .get(&d.id)
                                .map(|c| c.cluster)
                                .filter(|c| *c != d.id),
                        })
                        .collect(),
                }
            })
            .collect();
        claims.sort_by(|a, b| {
            (b.reports, b.documents, a.fact_type.as_str(), &a.subject, &a.object).cmp(&(
                a.reports,
                a.documents,
                b.fact_type.as_str(),
                &b.subject,
                &b.object,
            ))
        });
        claims
    }
}
