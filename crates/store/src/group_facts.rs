//! A group profile's sixteen fact lists read with one query: every fact that names the group on
//! the side one of the lists asks for, in the order the lists show, then dealt into the lists in
//! Rust. One query instead of sixteen is what keeps `allegiance group` on the biggest group of a
//! 100,000-article PostgreSQL store under 20 ms (docs/scale.md, "Reads at 100,000 articles").

use crate::rows::FactRow;
use crate::schema::type_list;
use crate::sql::{args, DbError, Sql};
use crate::sqlite::{fact_in_article, sql, FactArticle, SqlStore};
use crate::Result;
use allegiance_model::FactType;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Which end of a fact the group must be for the fact to belong to a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Side {
    Subject,
    Object,
    Either,
}

impl Side {
    fn admits(self, group: i64, f: &FactRow) -> bool {
        self.admits_ends(group, f.subject_id, f.object_id)
    }
}

/// The profile's lists, in the order of [`GroupProfile`](crate::profile::GroupProfile)'s fields.
pub(crate) const LISTS: [(FactType, Side); 16] = [
    (FactType::BranchOf, Side::Subject),
    (FactType::BranchOf, Side::Object),
    (FactType::Pledge, Side::Subject),
    (FactType::Pledge, Side::Object),
    (FactType::LeaderOf, Side::Object),
    (FactType::FounderOf, Side::Object),
    (FactType::MemberOf, Side::Object),
    (FactType::SplinterOf, Side::Either),
    (FactType::Renamed, Side::Either),
    (FactType::MergedInto, Side::Either),
    (FactType::AllyOf, Side::Either),
    (FactType::RivalOf, Side::Either),
    (FactType::Designated, Side::Subject),
    (FactType::Strength, Side::Subject),
    (FactType::Presence, Side::Subject),
    (FactType::Attack, Side::Subject),
];

/// The types some list takes with the group on this side.
fn types_on(side: Side) -> String {
    type_list(LISTS.iter().filter(|(_, s)| *s == side || *s == Side::Either).map(|(t, _)| *t))
}

/// Which facts the lists take: each side an index lookup on `facts_subject` or `facts_object`.
pub(crate) static WHERE: LazyLock<String> = LazyLock::new(|| {
    format!(
        "(f.subject_id = ?1 AND f.type IN {}) OR (f.object_id = ?1 AND f.type IN {})",
        types_on(Side::Subject),
        types_on(Side::Object)
    )
});

/// The facts with their entities' names and their own date (the first part of the sort key),
/// unsorted: PostgreSQL spent more sorting them, and joining every fact to its article, than
/// reading them (10 and 7 of 36 ms on the biggest group of the 100,000-article bench).
static FACTS: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT f.id, f.type, s.name AS subject, o.name AS object, f.attrs, f.when_start, f.when_end, \
         f.source, f.polarity, f.evidence_start, f.evidence_end, f.evidence_text, \
         f.subject_id, f.object_id, f.document_id, COALESCE(f.when_start, f.when_end) AS fact_date \
         FROM facts f JOIN entities s ON s.id = f.subject_id LEFT JOIN entities o ON o.id = f.object_id \
         WHERE {}",
        *WHERE
    )
});

/// The articles of those facts, each once, with its near-duplicate cluster (as
/// [`SqlStore::clusters_of`] reads it).
static ARTICLES: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT d.id, d.doc, d.title, d.publisher, d.url, d.published, COALESCE(sg.cluster_id, d.id) \
         FROM documents d LEFT JOIN signatures sg ON sg.document_id = d.id \
         WHERE d.id IN (SELECT f.document_id FROM facts f WHERE {})",
        *WHERE
    )
});

/// A group's facts dealt into the profile's lists, and the documents' clusters.
pub(crate) struct GroupFacts {
    /// One list per entry of [`LISTS`], each in the order of [`FACT_ORDER`](crate::sqlite::FACT_ORDER).
    pub lists: [Vec<FactRow>; 16],
    /// Document id → near-duplicate cluster, for every document of the facts.
    pub clusters: HashMap<i64, i64>,
}

/// Document id → article, and document id → near-duplicate cluster.
pub(crate) type Articles = (HashMap<i64, FactArticle>, HashMap<i64, i64>);

impl<C: Sql> SqlStore<C> {
    /// The articles a query of [`ARTICLES`]' columns (id, doc, title, publisher, url, published,
    /// cluster) gives for `group`.
    pub(crate) fn articles_of_group(&self, query: &str, group: i64) -> Result<Articles> {
        let ctx = format!("{}: reading the articles of group {group}", self.path());
        let mut articles: HashMap<i64, FactArticle> = HashMap::new();
        let mut clusters: HashMap<i64, i64> = HashMap::new();
        for r in self.conn.rows(query, args![group]).map_err(sql(ctx.clone()))? {
            let read = || -> std::result::Result<(i64, FactArticle, i64), DbError> {
                let article = FactArticle {
                    doc: r.get(1)?,
                    title: r.get(2)?,
                    publisher: r.get(3)?,
                    url: r.get(4)?,
                    published: r.get(5)?,
                };
                Ok((r.get(0)?, article, r.get(6)?))
            };
            let (id, article, cluster) = read().map_err(sql(ctx.clone()))?;
            articles.insert(id, article);
            clusters.insert(id, cluster);
        }
        Ok((articles, clusters))
    }

    pub(crate) fn group_facts(&self, group: i64) -> Result<GroupFacts> {
        let ctx = format!("{}: reading the facts of group {group}", self.path());
        let (articles, clusters) = self.articles_of_group(&ARTICLES, group)?;
        let rows = self.conn.rows(&FACTS, args![group]).map_err(sql(ctx.clone()))?;
        // (date, fact id): FACT_ORDER's key. Both sort by bytes (the store's text is `COLLATE
        // "C"`, as SQLite's), and an undated fact (None) comes first, as NULLS FIRST puts it.
        let mut facts: Vec<(Option<String>, FactRow)> = Vec::with_capacity(rows.len());
        for r in rows {
            let read = || -> std::result::Result<(Option<String>, FactRow), DbError> {
                let document: i64 = r.get("document_id")?;
                let article = articles.get(&document).cloned().ok_or_else(|| DbError::Column {
                    column: "document_id".into(),
                    message: format!("document {document} is not stored"),
                })?;
                let date: Option<String> = r.get("fact_date")?;
                let date = date.or_else(|| article.published.clone());
                Ok((date, fact_in_article(r, article)?))
            };
            facts.push(read().map_err(sql(ctx.clone()))?);
        }
        facts.sort_unstable_by(|(a, fa), (b, fb)| a.cmp(b).then(fa.id.cmp(&fb.id)));
        let mut lists: [Vec<FactRow>; 16] = std::array::from_fn(|_| Vec::new());
        for (_, fact) in facts {
            // A fact joins every list whose type and side it fits: a group's fact about itself
            // (subject and object both the group) is both a parent and a branch, as when each
            // list was read on its own.
            let fits: Vec<usize> = (0..LISTS.len())
                .filter(|&i| LISTS[i].0 == fact.fact_type && LISTS[i].1.admits(group, &fact))
                .collect();
            if let Some((&last, rest)) = fits.split_last() {
                for &i in rest {
                    lists[i].push(fact.clone());
                }
                lists[last].push(fact);
            }
        }
        Ok(GroupFacts { lists, clusters })
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::SqliteStore;

    /// The project's own articles (`examples/`, the CLI's test articles) extracted and stored.
    pub(crate) fn project_store() -> SqliteStore {
        use allegiance_extract::{DocMeta, Extractor};
        use allegiance_read::{read_paths, ReadOptions};
        use std::path::Path;

        let extractor = Extractor::new(&allegiance_kb::Kb::builtin().unwrap());
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let inputs = [root.join("examples"), root.join("crates/cli/tests/articles")];
        let docs: Vec<_> = read_paths(&inputs, &ReadOptions::default())
            .map(|d| {
                let doc = d.expect("the test articles read");
                let meta = DocMeta {
                    published: doc.header.published.clone(),
                    publisher: doc.header.publisher.clone(),
                };
                let ex = extractor.extract(&doc.text, &meta);
                (doc, ex)
            })
            .collect();
        let mut store = SqliteStore::open_in_memory().unwrap();
        for batch in docs.chunks(8) {
            crate::Store::ingest_batch(&mut store, batch).unwrap();
        }
        store
    }

    /// Every entity some fact names.
    pub(crate) fn entities_with_facts(store: &SqliteStore) -> Vec<i64> {
        store
            .conn
            .rows("SELECT DISTINCT subject_id FROM facts UNION SELECT object_id FROM facts WHERE object_id IS NOT NULL", &[])
            .unwrap()
            .iter()
            .map(|r| r.get(0).unwrap())
            .collect()
    }

    #[test]
    fn each_side_reads_the_types_its_lists_take() {
        let subject = types_on(Side::Subject);
        let object = types_on(Side::Object);
        for t in ["'branch_of'", "'pledge'", "'splinter_of'", "'strength'", "'attack'"] {
            assert!(subject.contains(t), "{t} in {subject}");
        }
        for t in ["'branch_of'", "'pledge'", "'leader_of'", "'member_of'", "'ally_of'"] {
            assert!(object.contains(t), "{t} in {object}");
        }
        assert!(!object.contains("'strength'") && !object.contains("'attack'"), "{object}");
        assert!(!subject.contains("'leader_of'") && !subject.contains("'founder_of'"), "{subject}");
    }

    #[test]
    fn both_queries_read_the_same_facts() {
        assert!(FACTS.ends_with(WHERE.as_str()), "{}", *FACTS);
        assert!(ARTICLES.ends_with(&format!("WHERE {})", *WHERE)), "{}", *ARTICLES);
    }

    /// The lists are exactly what one query per list gave (same facts, same order), for every
    /// group of the project's articles: one query for all must not change a profile.
    #[test]
    fn the_lists_are_what_one_query_per_list_gives() {
        use crate::sql::Arg;

        let store = project_store();
        let groups = entities_with_facts(&store);
        assert!(groups.len() > 20, "{} entities with facts", groups.len());
        let mut dealt = 0;
        for group in groups {
            let got = store.group_facts(group).unwrap();
            for (i, (t, side)) in LISTS.iter().enumerate() {
                let clause = match side {
                    Side::Subject => "f.subject_id = ?1 AND f.type = ?2",
                    Side::Object => "f.object_id = ?1 AND f.type = ?2",
                    Side::Either => "(f.subject_id = ?1 OR f.object_id = ?1) AND f.type = ?2",
                };
                let want = store
                    .query_facts(clause, &[Arg::Int(group), Arg::Text(t.as_str())], None)
                    .unwrap();
                let json = |l: &[FactRow]| serde_json::to_string(l).unwrap();
                assert_eq!(json(&got.lists[i]), json(&want), "group {group}, list {i} ({t:?})");
                dealt += want.len();
            }
            let all: Vec<FactRow> = got.lists.iter().flatten().cloned().collect();
            assert_eq!(got.clusters, store.clusters_of(&all).unwrap(), "group {group}");
        }
        assert!(dealt > 100, "{dealt} facts dealt");
    }
}
