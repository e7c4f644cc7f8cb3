//! A group profile whose lists show only their latest facts: what `allegiance group` asks for.
//!
//! The biggest group of a big archive has thousands of facts (3,800 at 100,000 articles, 3.4 MB
//! of JSON); nobody reads them in a profile, and reading them all is what kept `group` over
//! 20 ms there. So each list is read in two steps: the keys of every fact (id, type, ends, date:
//! no text), dealt into the lists exactly as the full profile deals them, then whole rows only
//! for the last `limit` of each list. The list totals come from the first step.
//!
//! The strength series and the conflicts are still read across every fact of their types, not
//! only the shown ones (a conflict between an old claim and a new one must not vanish): from
//! rows without their evidence text, title or URL, which is all `aggregate.rs` looks at; the
//! facts they end up citing are then read whole.

use crate::aggregate;
use crate::group_facts::{Side, LISTS, WHERE};
use crate::rows::FactRow;
use crate::sql::{args, DbError, Sql};
use crate::sqlite::{fact_in_article, id_list, sql, SqlStore};
use crate::stored::Stored;
use crate::Result;
use allegiance_model::FactType;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Every fact of the lists, without text: its list keys, its own date and its article.
static KEYS: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT f.id, f.type, f.subject_id, f.object_id, COALESCE(f.when_start, f.when_end), f.document_id \
         FROM facts f WHERE {}",
        *WHERE
    )
});

/// The articles of those facts, each once: what the aggregates and the order need of them.
static ARTICLES: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT d.id, d.doc, NULL AS title, d.publisher, NULL AS url, d.published, COALESCE(sg.cluster_id, d.id) \
         FROM documents d LEFT JOIN signatures sg ON sg.document_id = d.id \
         WHERE d.id IN (SELECT f.document_id FROM facts f WHERE {})",
        *WHERE
    )
});

/// The facts the strength series and the conflicts are read from (as `conflicts_of` reads
/// them), without their evidence text and article, which the articles query gives.
const AGGREGATED: &str = "SELECT f.id, f.type, s.name AS subject, o.name AS object, f.attrs, f.when_start, f.when_end, \
     f.source, f.polarity, f.evidence_start, f.evidence_end, '' AS evidence_text, f.subject_id, f.object_id, f.document_id \
     FROM facts f JOIN entities s ON s.id = f.subject_id LEFT JOIN entities o ON o.id = f.object_id \
     WHERE (f.subject_id = ?1 AND f.type IN ('strength', 'presence')) OR (f.object_id = ?1 AND f.type = 'leader_of')";

/// What a profile limited to each list's latest facts holds besides its names.
pub(crate) struct LatestFacts {
    pub lists: [Vec<FactRow>; 16],
    /// Facts each list holds in the store.
    pub totals: [usize; 16],
    pub strength_series: Vec<aggregate::StrengthPoint>,
    pub conflicts: Vec<aggregate::Conflict>,
}

/// One fact's list keys.
struct Key {
    id: i64,
    fact_type: FactType,
    subject_id: i64,
    object_id: Option<i64>,
}

impl<C: Sql> SqlStore<C> {
    pub(crate) fn latest_facts(&self, group: i64, limit: usize) -> Result<LatestFacts> {
        let ctx = format!("{}: reading the facts of group {group}", self.path());
        let (articles, clusters) = self.articles_of_group(&ARTICLES, group)?;
        let article_of = |document: i64| {
            articles.get(&document).cloned().ok_or_else(|| DbError::Column {
                column: "document_id".into(),
                message: format!("document {document} is not stored"),
            })
        };

        let mut keys: Vec<(Option<String>, Key)> = Vec::new();
        for r in self.conn.rows(&KEYS, args![group]).map_err(sql(ctx.clone()))? {
            let read = || -> std::result::Result<(Option<String>, Key), DbError> {
                let fact_type = r.get::<Stored<FactType>>(1)?.0;
                let key =
                    Key { id: r.get(0)?, fact_type, subject_id: r.get(2)?, object_id: r.get(3)? };
                // FACT_ORDER's key: the fact's date, else its article's; undated (None) first.
                let date = match r.get::<Option<String>>(4)? {
                    Some(date) => Some(date),
                    None => article_of(r.get(5)?)?.published,
                };
                Ok((date, key))
            };
            keys.push(read().map_err(sql(ctx.clone()))?);
        }
        keys.sort_unstable_by(|(a, ka), (b, kb)| a.cmp(b).then(ka.id.cmp(&kb.id)));
        let mut ids: [Vec<i64>; 16] = std::array::from_fn(|_| Vec::new());
        for (_, k) in &keys {
            for (i, (t, side)) in LISTS.iter().enumerate() {
                if *t == k.fact_type && side.admits_ends(group, k.subject_id, k.object_id) {
                    ids[i].push(k.id);
                }
            }
        }
        let totals: [usize; 16] = std::array::from_fn(|i| ids[i].len());
        for list in &mut ids {
            let cut = list.len().saturating_sub(limit);
            list.drain(..cut);
        }

        let mut light: Vec<(Option<String>, FactRow)> = Vec::new();
        for r in self.conn.rows(AGGREGATED, args![group]).map_err(sql(ctx.clone()))? {
            let read = || -> std::result::Result<(Option<String>, FactRow), DbError> {
                let article = article_of(r.get("document_id")?)?;
                let fact = fact_in_article(r, article)?;
                let own = fact.when.as_ref().and_then(|w| w.start.or(w.end));
                let date = own.map(|d| d.to_string()).or_else(|| fact.published.clone());
                Ok((date, fact))
            };
            light.push(read().map_err(sql(ctx.clone()))?);
        }
        light.sort_unstable_by(|(a, fa), (b, fb)| a.cmp(b).then(fa.id.cmp(&fb.id)));
        let of_type =
            |t: FactType| light.iter().map(|(_, f)| f).filter(move |f| f.fact_type == t).cloned();
        // strength, areas, leaders: the profile's order of the aggregated lists.
        let strength: Vec<FactRow> = of_type(FactType::Strength).collect();
        let aggregated: Vec<FactRow> = strength
            .iter()
            .cloned()
            .chain(of_type(FactType::Presence))
            .chain(of_type(FactType::LeaderOf))
            .collect();
        let mut strength_series = aggregate::strength_series(&strength, &clusters);
        let mut conflicts = aggregate::conflicts(&aggregated, &clusters, &[]);

        let mut wanted: Vec<i64> = ids.iter().flatten().copied().collect();
        wanted.extend(strength_series.iter().flat_map(|p| p.facts.iter().map(|f| f.id)));
        for c in &conflicts {
            wanted.extend(c.a.facts.iter().chain(&c.b.facts).map(|f| f.id));
        }
        let whole = self.facts_by_id(wanted)?;
        let whole_of = |id: i64| -> Result<FactRow> {
            let fact = whole.get(&id).cloned().ok_or_else(|| DbError::Column {
                column: "id".into(),
                message: format!("fact {id} vanished while it was read"),
            });
            fact.map_err(sql(ctx.clone()))
        };
        let refill = |facts: &mut Vec<FactRow>| -> Result<()> {
            for f in facts.iter_mut() {
                *f = whole_of(f.id)?;
            }
            Ok(())
        };
        for p in &mut strength_series {
            refill(&mut p.facts)?;
        }
        for c in &mut conflicts {
            refill(&mut c.a.facts)?;
            refill(&mut c.b.facts)?;
        }
        let mut lists: [Vec<FactRow>; 16] = std::array::from_fn(|_| Vec::new());
        for (list, ids) in lists.iter_mut().zip(&ids) {
            *list = ids.iter().map(|&id| whole_of(id)).collect::<Result<_>>()?;
        }
        Ok(LatestFacts { lists, totals, strength_series, conflicts })
    }

    /// Whole facts by id: one statement whatever their number (the ids travel as a JSON
    /// array), so it is prepared once per connection.
    fn facts_by_id(&self, mut ids: Vec<i64>) -> Result<HashMap<i64, FactRow>> {
        ids.sort_unstable();
        ids.dedup();
        let json = format!("[{}]", id_list(&ids));
        let clause = "f.id IN (SELECT CAST(value AS BIGINT) FROM json_each(?1))";
        let facts = self.query_facts(clause, args![json.as_str()], None)?;
        Ok(facts.into_iter().map(|f| (f.id, f)).collect())
    }
}

impl Side {
    /// Whether a fact with these ends belongs to a list of this side of `group`.
    pub(crate) fn admits_ends(self, group: i64, subject: i64, object: Option<i64>) -> bool {
        let (subject, object) = (subject == group, object == Some(group));
        match self {
            Side::Subject => subject,
            Side::Object => object,
            Side::Either => subject || object,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::group_facts::tests::{entities_with_facts, project_store};
    use crate::sql::Sql;
    use crate::{GroupProfile, Store};

    /// Asked for each list's latest facts, the store answers what the whole profile cut to
    /// them is: the same last facts of each list, every list's total, and the strength series
    /// and conflicts of all facts (with their evidence), for every group of the project's
    /// articles and several limits.
    #[test]
    fn the_latest_facts_are_the_whole_profile_cut() {
        let store = project_store();
        let json = |p: &GroupProfile| serde_json::to_string_pretty(p).unwrap();
        let (mut cut_lists, mut with_conflicts) = (0, 0);
        for id in entities_with_facts(&store) {
            let key: String = store
                .conn
                .row(
                    "SELECT key FROM entities WHERE id = ?1 AND kind = 'group'",
                    crate::sql::args![id],
                )
                .unwrap()
                .map(|r| r.get(0).unwrap())
                .unwrap_or_default();
            if key.is_empty() {
                continue;
            }
            let Some(whole) = store.group_profile(&key).unwrap() else { continue };
            if whole.id != id {
                continue;
            }
            with_conflicts += usize::from(!whole.conflicts.is_empty());
            for limit in [1, 2, 5, 1000] {
                let mut want = whole.clone();
                want.keep_latest(Some(limit));
                let got = store.group_profile_latest(&key, Some(limit)).unwrap().unwrap();
                assert_eq!(json(&got), json(&want), "group {key}, limit {limit}");
                cut_lists += want.totals.values().filter(|&&t| t > limit).count();
            }
        }
        assert!(cut_lists > 20, "{cut_lists} lists were cut");
        assert!(with_conflicts > 0, "no group with conflicts to compare");
    }

    #[test]
    fn a_whole_profile_counts_its_lists() {
        let store = project_store();
        let p = store.group_profile("Islamic State").unwrap().unwrap();
        assert_eq!(p.limit, None);
        assert_eq!(p.totals["leaders"], p.leaders.len());
        assert_eq!(p.totals["areas"], p.areas.len());
        assert_eq!(p.totals.len(), 16);
    }
}
