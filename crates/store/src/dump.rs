//! The store read whole, as plain rows: what exports (graph files, FollowTheMoney, STIX, CSV,
//! Parquet) are written from.
//!
//! Facts and claims come from the same queries as `allegiance facts` and the claims view, so an
//! export and a query never disagree about what is stored or what a date filter keeps.

use std::collections::{BTreeSet, HashMap};

use serde::Serialize;

use crate::rows::{ClaimRow, FactFilter, FactRow};
use crate::sql::{DbError, Sql};
use crate::sqlite::{header, sql, SqlStore};
use crate::stored::Stored;
use crate::{Result, Store};
use allegiance_model::{DocumentHeader, EntityKind};

/// Which part of the store a dump holds.
#[derive(Debug, Clone, Default)]
pub struct DumpFilter {
    /// `YYYY[-MM[-DD]]`: only facts in effect on or after this date, as [`FactFilter::since`].
    pub since: Option<String>,
    /// `YYYY[-MM[-DD]]`: only facts in effect on or before this date, as [`FactFilter::until`].
    pub until: Option<String>,
}

impl DumpFilter {
    pub fn is_empty(&self) -> bool {
        self.since.is_none() && self.until.is_none()
    }
}

/// One stored article (without its text, which exports do not carry).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DumpDocument {
    pub id: i64,
    /// SHA-256 of the cleaned text: the article's identity across databases.
    pub content_hash: String,
    #[serde(flatten)]
    pub header: DocumentHeader,
    /// RFC 3339 time the article was stored.
    pub ingested_at: String,
}

/// A name an entity was seen under.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DumpAlias {
    pub name: String,
    /// Articles the name was seen in.
    pub documents: i64,
}

/// One stored entity with every name it was seen under.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DumpEntity {
    pub id: i64,
    /// The key that joins it across articles ("kb:<id>", "kb:<id>@<former name>",
    /// "<kind>:<normalised name>"): stable across databases, unlike `id`.
    pub key: String,
    pub kind: EntityKind,
    pub name: String,
    pub kb: Option<String>,
    /// A knowledge-base group under a name it no longer carries.
    pub former_name: bool,
    /// Names seen, most often seen first.
    pub aliases: Vec<DumpAlias>,
    /// Articles naming it or stating a fact about it (document ids, ascending).
    pub document_ids: Vec<i64>,
    /// The earliest publication date (else storage date) of those articles.
    pub first_seen: Option<String>,
    /// Stored entities an analyst judged to be this one (`judged`): their ids and keys are
    /// this entity's former ones. Empty in a dump read straight from the store.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub merged: Vec<DumpEntity>,
}

/// Everything an export writes, read in one go.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Dump {
    /// In storage order. With a date filter: only the articles of the facts kept.
    pub documents: Vec<DumpDocument>,
    /// In storage order. With a date filter: only the entities the facts kept name.
    pub entities: Vec<DumpEntity>,
    /// In time order, as [`Store::facts`] returns them.
    pub facts: Vec<FactRow>,
    /// As [`Store::claims`] returns them (a date filter compares the articles' dates).
    pub claims: Vec<ClaimRow>,
}

impl<C: Sql> SqlStore<C> {
    /// Reads the store for an export: every document, entity (with its names), fact and claim,
    /// or with a date filter the facts in effect then and what they refer to.
    pub fn dump(&self, filter: &DumpFilter) -> Result<Dump> {
        let fact_filter = FactFilter {
            since: filter.since.clone(),
            until: filter.until.clone(),
            ..Default::default()
        };
        let facts = self.facts(&fact_filter)?;
        let claims = self.claims(&fact_filter)?;
        let mut documents = self.dump_documents()?;
        let mut entities = self.dump_entities()?;
        if !filter.is_empty() {
            let doc_ids: BTreeSet<i64> = facts.iter().map(|f| f.document_id).collect();
            let entity_ids: BTreeSet<i64> = facts
                .iter()
                .flat_map(|f| std::iter::once(f.subject_id).chain(f.object_id))
                .collect();
            documents.retain(|d| doc_ids.contains(&d.id));
            entities.retain(|e| entity_ids.contains(&e.id));
        }
        Ok(Dump { documents, entities, facts, claims })
    }

    fn dump_documents(&self) -> Result<Vec<DumpDocument>> {
        let ctx = format!("{}: reading documents", self.path());
        self.conn
            .rows("SELECT id, content_hash, doc, path, url, title, publisher, published, ingested_at FROM documents ORDER BY id", &[])
            .and_then(|rows| {
                rows.iter()
                    .map(|r| {
                        Ok(DumpDocument {
                            id: r.get(0)?,
                            content_hash: r.get(1)?,
                            header: header(r, 2)?,
                            ingested_at: r.get(8)?,
                        })
                    })
                    .collect::<std::result::Result<Vec<_>, DbError>>()
            })
            .map_err(sql(&ctx))
    }

    fn dump_entities(&self) -> Result<Vec<DumpEntity>> {
        let conn = &self.conn;
        let ctx = format!("{}: reading entities", self.path());
        let mut aliases: HashMap<i64, Vec<DumpAlias>> = HashMap::new();
        {
            let rows = conn
                .rows("SELECT entity_id, name, count FROM aliases ORDER BY entity_id, count DESC, name", &[])
                .map_err(sql(&ctx))?;
            for r in rows {
                let id: i64 = r.get(0).map_err(sql(&ctx))?;
                let alias = DumpAlias {
                    name: r.get(1).map_err(sql(&ctx))?,
                    documents: r.get(2).map_err(sql(&ctx))?,
                };
                aliases.entry(id).or_default().push(alias);
            }
        }
        // Articles per entity: those naming it and those stating a fact about it.
        let mut seen: HashMap<i64, (Vec<i64>, Option<String>)> = HashMap::new();
        {
            let rows = conn
                .rows(
                    "SELECT x.entity_id, x.document_id, COALESCE(d.published, substr(d.ingested_at, 1, 10)) FROM ( \
                       SELECT entity_id, document_id FROM mentions \
                       UNION SELECT subject_id, document_id FROM facts \
                       UNION SELECT object_id, document_id FROM facts WHERE object_id IS NOT NULL \
                     ) x JOIN documents d ON d.id = x.document_id ORDER BY x.entity_id, x.document_id",
                    &[],
                )
                .map_err(sql(&ctx))?;
            for r in rows {
                let id: i64 = r.get(0).map_err(sql(&ctx))?;
                let doc: i64 = r.get(1).map_err(sql(&ctx))?;
                let date: Option<String> = r.get(2).map_err(sql(&ctx))?;
                let (docs, first) = seen.entry(id).or_default();
                docs.push(doc);
                if date.is_some() && (first.is_none() || date < *first) {
                    *first = date;
                }
            }
        }
        let rows = conn
            .rows("SELECT id, key, kind, name, kb_id, former_name FROM entities ORDER BY id", &[])
            .map_err(sql(&ctx))?;
        let mut entities = rows
            .iter()
            .map(|r| {
                Ok(DumpEntity {
                    id: r.get(0)?,
                    key: r.get(1)?,
                    kind: r.get::<Stored<_>>(2)?.0,
                    name: r.get(3)?,
                    kb: r.get(4)?,
                    former_name: r.get(5)?,
                    aliases: Vec::new(),
                    document_ids: Vec::new(),
                    first_seen: None,
                    merged: Vec::new(),
                })
            })
            .collect::<std::result::Result<Vec<_>, DbError>>()
            .map_err(sql(&ctx))?;
        for e in &mut entities {
            e.aliases = aliases.remove(&e.id).unwrap_or_default();
            if let Some((docs, first)) = seen.remove(&e.id) {
                e.document_ids = docs;
                e.first_seen = first;
            }
        }
        Ok(entities)
    }
}
