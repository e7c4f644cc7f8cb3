//! The store's cross-article questions in SQL (either backend): fetches the rows `aggregate.rs` folds (strength
//! series, conflicts), the articles of claims, and a group's look-alikes.

use crate::aggregate::{self, Conflict, ConflictKind, StrengthPoint};
use crate::lookalike::NameContext;
use crate::profile::{GroupProfile, LookAlike};
use crate::rows::{ArticleRef, ClaimRow, FactRow};
use crate::sql::{args, DbError, Sql};
use crate::sqlite::{header, id_list, sql, SqlStore};
use crate::Result;
use std::collections::HashMap;

/// Ids per `IN (...)` list.
const CHUNK: usize = 500;

impl<C: Sql> SqlStore<C> {
    /// Document id → near-duplicate cluster, for the documents of these facts.
    pub(crate) fn clusters_of(&self, facts: &[FactRow]) -> Result<HashMap<i64, i64>> {
        let mut ids: Vec<i64> = facts.iter().map(|f| f.document_id).collect();
        ids.sort_unstable();
        ids.dedup();
        let mut out = HashMap::with_capacity(ids.len());
        let ctx = format!("{}: reading near-duplicate clusters", self.path());
        for chunk in ids.chunks(CHUNK) {
            let q = format!(
                "SELECT d.id, COALESCE(s.cluster_id, d.id) FROM documents d LEFT JOIN signatures s ON s.document_id = d.id \
                 WHERE d.id IN ({})",
                id_list(chunk)
            );
            for r in self.conn.rows(&q, &[]).map_err(sql(ctx.clone()))? {
                let id: i64 = r.get(0).map_err(sql(ctx.clone()))?;
                out.insert(id, r.get(1).map_err(sql(ctx.clone()))?);
            }
        }
        Ok(out)
    }

    pub(crate) fn strength_series_of(&self, group: i64) -> Result<Vec<StrengthPoint>> {
        let facts =
            self.query_facts("f.subject_id = ?1 AND f.type = 'strength'", args![group], None)?;
        let clusters = self.clusters_of(&facts)?;
        Ok(aggregate::strength_series(&facts, &clusters))
    }

    /// Conflicts about one group, or about all of them.
    pub(crate) fn conflicts_of(
        &self,
        group: Option<i64>,
        kinds: &[ConflictKind],
    ) -> Result<Vec<Conflict>> {
        let facts = match group {
            Some(id) => self.query_facts(
                "((f.subject_id = ?1 AND f.type IN ('strength', 'presence')) OR (f.object_id = ?1 AND f.type = 'leader_of'))",
                args![id],
                None,
            )?,
            None => self.query_facts("f.type IN ('strength', 'presence', 'leader_of')", &[], None)?,
        };
        let clusters = self.clusters_of(&facts)?;
        Ok(aggregate::conflicts(&facts, &clusters, kinds))
    }

    /// Fills a profile's series, conflicts and look-alikes from the facts it holds.
    /// `clusters` maps the document of each of its facts to its near-duplicate cluster.
    pub(crate) fn add_aggregates(
        &self,
        p: &mut GroupProfile,
        clusters: &HashMap<i64, i64>,
    ) -> Result<()> {
        let facts: Vec<FactRow> =
            p.strength.iter().chain(&p.areas).chain(&p.leaders).cloned().collect();
        p.strength_series = aggregate::strength_series(&p.strength, clusters);
        p.conflicts = aggregate::conflicts(&facts, clusters, &[]);
        p.look_alikes = self.look_alikes_of(p.id)?;
        Ok(())
    }

    /// Other entities of the same kind and normalised name, none of them in the knowledge base.
    pub(crate) fn look_alikes_of(&self, id: i64) -> Result<Vec<LookAlike>> {
        let ctx = format!("{}: reading look-alikes", self.path());
        let others: Vec<(i64, String, String)> = self
            .conn
            .rows(
                "SELECT o.id, o.key, o.name FROM entities e JOIN entities o ON o.kind = e.kind AND o.norm_name = e.norm_name \
                 WHERE e.id = ?1 AND e.kb_id IS NULL AND o.kb_id IS NULL AND o.id != e.id ORDER BY o.id",
                args![id],
            )
            .and_then(|rows| {
                rows.iter().map(|r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).collect::<std::result::Result<_, DbError>>()
            })
            .map_err(sql(ctx.clone()))?;
        let mut out = Vec::new();
        for (oid, key, name) in others {
            let contexts: Vec<String> = self
                .conn
                .rows("SELECT context FROM name_uses WHERE entity_id = ?1", args![oid])
                .and_then(|rows| rows.iter().map(|r| r.get(0)).collect())
                .map_err(sql(ctx.clone()))?;
            let mut all = NameContext::default();
            for c in &contexts {
                all.merge(&serde_json::from_str(c).unwrap_or_default());
            }
            let mut parents: Vec<String> = Vec::new();
            for (k, _) in &all.parents {
                let shown: Option<String> = self
                    .conn
                    .maybe("SELECT name FROM entities WHERE key = ?1", args![k])
                    .map_err(sql(ctx.clone()))?;
                let shown = shown.unwrap_or_else(|| {
                    k.split_once(':').map(|(_, n)| n.to_string()).unwrap_or_else(|| k.clone())
                });
                if !parents.contains(&shown) {
                    parents.push(shown);
                }
            }
            out.push(LookAlike {
                id: oid,
                key,
                name,
                documents: contexts.len(),
                parents,
                countries: all.countries,
            });
        }
        Ok(out)
    }

    /// Lists every article of each claim.
    pub(crate) fn add_articles(&self, claims: &mut [ClaimRow]) -> Result<()> {
        let mut ids: Vec<i64> =
            claims.iter().flat_map(|c| c.document_ids.iter().copied()).collect();
        ids.sort_unstable();
        ids.dedup();
        let ctx = format!("{}: reading the articles of claims", self.path());
        let mut articles: HashMap<i64, ArticleRef> = HashMap::with_capacity(ids.len());
        for chunk in ids.chunks(CHUNK) {
            let q = format!(
                "SELECT d.id, d.doc, d.path, d.url, d.title, d.publisher, d.published, \
                 CASE WHEN s.cluster_id != d.id THEN s.cluster_id END \
                 FROM documents d LEFT JOIN signatures s ON s.document_id = d.id WHERE d.id IN ({})",
                id_list(chunk)
            );
            for r in self.conn.rows(&q, &[]).map_err(sql(ctx.clone()))? {
                let read = || -> std::result::Result<ArticleRef, DbError> {
                    Ok(ArticleRef {
                        document_id: r.get(0)?,
                        header: header(&r, 1)?,
                        copy_of: r.get(7)?,
                    })
                };
                let a = read().map_err(sql(ctx.clone()))?;
                articles.insert(a.document_id, a);
            }
        }
        for c in claims {
            c.articles = c.document_ids.iter().filter_map(|id| articles.get(id).cloned()).collect();
        }
        Ok(())
    }
}
