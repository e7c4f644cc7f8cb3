//! Questions the browser UI asks: search by any alias, entities by id, the network of groups as
//! of a date, facts placed on a map, one fact's evidence inside its article, and conflicting
//! claims about a group.
//!
//! [`Browse`] is a second trait beside [`Store`](crate::Store) so that the ingest/query interface
//! stays small; a PostgreSQL backend implements both on the same schema.

use crate::aggregate::{Conflict, ConflictKind};
use crate::profile::{GroupProfile, NameSeen};
use crate::rows::{EntityRow, FactRow};
use crate::schema::type_list;
use crate::sql::{args, Arg, DbError, Sql, SqlRow};
use crate::sqlite::{fact_row, header, prefix_upper, sql, SqlStore, FACT_SELECT};
use crate::stored::Stored;
use crate::Result;
use allegiance_model::{norm_name, DocumentHeader, EntityKind, FactType, PartialDate, Polarity};
use serde::Serialize;
use std::cmp::Ordering;
use std::collections::{BTreeMap, HashMap, HashSet};

/// How a search hit matched the query.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, PartialOrd, Ord)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum MatchKind {
    /// A name or alias equal to the query (after normalisation).
    Exact,
    /// A knowledge-base alias equal to the query, for an entity stored under another name.
    Kb,
    /// A name starting with the query.
    Prefix,
    /// A name with a word starting with the query.
    Word,
    /// A name containing the query elsewhere.
    Contains,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SearchHit {
    pub id: i64,
    pub kind: EntityKind,
    pub name: String,
    pub kb: Option<String>,
    pub former_name: bool,
    /// The name or alias that matched.
    pub matched: String,
    pub match_kind: MatchKind,
    /// Articles naming it (sum over its aliases).
    pub mentions: i64,
    /// Facts with it as subject or object.
    pub facts: i64,
}

/// One stored entity and the names it was seen under.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EntitySummary {
    pub id: i64,
    pub kind: EntityKind,
    pub name: String,
    pub kb: Option<String>,
    pub former_name: bool,
    /// Names seen in articles, most frequent first.
    pub names: Vec<NameSeen>,
    pub mentions: i64,
    pub facts: i64,
}

/// A group node of the network.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NetworkNode {
    pub id: i64,
    pub name: String,
    pub kb: Option<String>,
    /// Facts of any type with it as subject or object (for sizing).
    pub facts: i64,
}

/// Facts of one relation between two groups, folded across articles.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NetworkEdge {
    /// `type:source:target`, stable across calls.
    pub id: String,
    #[serde(rename = "type")]
    pub fact_type: FactType,
    /// Subject entity id (for symmetric relations, ally_of and rival_of, the lower of the two ids).
    pub source: i64,
    pub target: i64,
    /// Earliest date of its facts (the fact's time, else its article's date); none when undated.
    pub first: Option<PartialDate>,
    /// Latest date of its facts.
    pub last: Option<PartialDate>,
    /// When every fact states an end, the latest end: the relation no longer holds after it.
    pub until: Option<PartialDate>,
    /// Only hedged facts state it.
    pub hedged: bool,
    pub documents: usize,
    pub fact_ids: Vec<i64>,
}

/// The groups and their relations as stated up to a date.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Network {
    /// The date asked for (none: every relation ever stated).
    pub as_of: Option<PartialDate>,
    /// Earliest and latest dates of any relation in the store (the range a time slider spans).
    pub first: Option<PartialDate>,
    pub last: Option<PartialDate>,
    pub nodes: Vec<NetworkNode>,
    pub edges: Vec<NetworkEdge>,
}

/// Where a map fact's place came from.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PlaceSource {
    /// The fact's object is the place.
    Object,
    /// The fact names no place; the first place mentioned in its evidence sentence.
    Sentence,
}

/// A place a fact names.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlaceRef {
    pub id: i64,
    pub name: String,
    /// The place's knowledge-base id (its coordinates come from the KB).
    pub kb: Option<String>,
}

/// A presence or attack fact with the place it happened at.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlacedFact {
    pub fact: FactRow,
    /// The fact's object when it is a place; else every place its evidence sentence names, in
    /// the order they appear (the map picks the most specific one it has coordinates for).
    pub places: Vec<PlaceRef>,
    pub place_source: PlaceSource,
}

/// The article a fact was read from.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DocumentInfo {
    pub id: i64,
    #[serde(flatten)]
    pub header: DocumentHeader,
}

/// A fact's evidence inside the cleaned article text: `before + quote + after` is the whole text.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EvidenceView {
    pub fact: FactRow,
    pub document: DocumentInfo,
    pub before: String,
    pub quote: String,
    pub after: String,
    /// False when the stored offsets do not point at the quote (then `before` is the whole text).
    pub located: bool,
}

/// Why the articles disagree about a claim.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum DisputeKind {
    /// One of the store's conflicts ([`crate::Conflict`]), of its kind.
    Strength,
    Presence,
    Leader,
    /// Some articles assert a relation that others deny.
    Polarity,
}

impl From<ConflictKind> for DisputeKind {
    fn from(kind: ConflictKind) -> DisputeKind {
        match kind {
            ConflictKind::Strength => DisputeKind::Strength,
            ConflictKind::Presence => DisputeKind::Presence,
            ConflictKind::Leader => DisputeKind::Leader,
        }
    }
}

/// A claim about a group that the articles disagree on, flattened for the UI: a store conflict
/// with both sides' facts in one list, or a relation asserted by some articles and denied by
/// others.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DisputedClaim {
    pub kind: DisputeKind,
    #[serde(rename = "type")]
    pub fact_type: FactType,
    pub summary: String,
    pub facts: Vec<FactRow>,
}

/// The read queries behind the web UI.
pub trait Browse {
    /// Entities whose name or any alias seen in articles contains `query` (normalised), plus
    /// those with one of `kb_ids` (entries the knowledge base knows by that alias): exact
    /// matches first, then KB aliases, prefixes, word prefixes and other substrings; groups and
    /// the most mentioned first within each. `kind` limits them to one entity kind.
    fn search(
        &self,
        query: &str,
        kb_ids: &[String],
        kind: Option<EntityKind>,
        limit: usize,
    ) -> Result<Vec<SearchHit>>;
    /// Groups, those with the most facts first.
    fn groups(&self, limit: usize) -> Result<Vec<SearchHit>>;
    fn entity(&self, id: i64) -> Result<Option<EntitySummary>>;
    /// Facts with the entity as subject or object, in time order.
    fn entity_facts(&self, id: i64) -> Result<Vec<FactRow>>;
    /// The profile of the group with this id; `None` when there is none or it is not a group.
    fn group_profile_by_id(&self, id: i64) -> Result<Option<GroupProfile>>;
    /// Relations between groups ([`FactType::network`], denied ones left out) stated on or
    /// before `as_of` (compared at the coarser precision) and not ended before it. Undated
    /// relations are in every view.
    fn network(&self, as_of: Option<PartialDate>) -> Result<Network>;
    /// Presence and attack facts with a place, optionally of one group (as subject).
    fn placed_facts(&self, group: Option<i64>) -> Result<Vec<PlacedFact>>;
    fn evidence(&self, fact_id: i64) -> Result<Option<EvidenceView>>;
    /// Claims about the group that articles disagree on: the store's conflicts (strength,
    /// presence, leaders; see [`crate::aggregate`]) and any other relation that some articles
    /// assert and others deny.
    fn group_conflicts(&self, id: i64) -> Result<Vec<DisputedClaim>>;
}

/// Whether a relation first stated on `first` and ended on `until` holds as of `as_of`: stated
/// by then (compared at the coarser precision: "2014" is not after "2014-06") and not ended
/// before it.
pub(crate) fn holds_as_of(
    first: Option<PartialDate>,
    until: Option<PartialDate>,
    as_of: PartialDate,
) -> bool {
    let started = first.is_none_or(|d| d.cmp_coarse(as_of) != Ordering::Greater);
    let ended = until.is_some_and(|u| u.cmp_coarse(as_of) == Ordering::Less);
    started && !ended
}

const ENTITY_COUNTS: &str =
    "(SELECT COALESCE(SUM(a.count), 0) FROM aliases a WHERE a.entity_id = e.id) AS mentions, \
     (SELECT count(*) FROM facts f WHERE f.subject_id = e.id OR f.object_id = e.id) AS facts";

fn match_kind(rank: i64) -> MatchKind {
    match rank {
        0 => MatchKind::Exact,
        1 => MatchKind::Kb,
        2 => MatchKind::Prefix,
        3 => MatchKind::Word,
        _ => MatchKind::Contains,
    }
}

/// A search hit from its columns: id, kind, name, kb_id, former_name, the name that matched, its
/// rank, mentions and facts.
fn search_hit(r: &SqlRow) -> std::result::Result<SearchHit, DbError> {
    Ok(SearchHit {
        id: r.get(0)?,
        kind: r.get::<Stored<_>>(1)?.0,
        name: r.get(2)?,
        kb: r.get(3)?,
        former_name: r.get(4)?,
        matched: r.get(5)?,
        match_kind: match_kind(r.get(6)?),
        mentions: r.get(7)?,
        facts: r.get(8)?,
    })
}

impl<C: Sql> SqlStore<C> {
    fn facts_where(&self, clause: &str, args: &[Arg]) -> Result<Vec<FactRow>> {
        self.query_facts(clause, args, None)
    }
}

impl<C: Sql> Browse for SqlStore<C> {
    fn search(
        &self,
        query: &str,
        kb_ids: &[String],
        kind: Option<EntityKind>,
        limit: usize,
    ) -> Result<Vec<SearchHit>> {
        let norm = norm_name(query);
        if norm.is_empty() && kb_ids.is_empty() {
            return Ok(Vec::new());
        }
        let ctx = format!("{}: searching for {query:?}", self.path());
        let kb_json = serde_json::to_string(kb_ids).unwrap_or_else(|_| "[]".into());
        // Rank: 0 exact, 1 knowledge-base alias, 2 prefix, 3 word prefix, 4 elsewhere. Each entity
        // once, with its best rank and the first (in byte order) of the names matching at it.
        let q = "WITH hits(id, matched, rank) AS (
                     SELECT entity_id, name, CASE WHEN norm = ?1 THEN 0 WHEN norm >= ?1 AND norm < ?2 THEN 2
                                                  WHEN instr(norm, ' ' || ?1) > 0 THEN 3 ELSE 4 END
                     FROM aliases WHERE ?1 != '' AND instr(norm, ?1) > 0
                     UNION ALL
                     SELECT id, name, CASE WHEN norm_name = ?1 THEN 0 WHEN norm_name >= ?1 AND norm_name < ?2 THEN 2
                                           WHEN instr(norm_name, ' ' || ?1) > 0 THEN 3 ELSE 4 END
                     FROM entities WHERE ?1 != '' AND instr(norm_name, ?1) > 0
                     UNION ALL
                     SELECT id, CAST(?4 AS TEXT), 1 FROM entities WHERE kb_id IN (SELECT value FROM json_each(?3))
                 ), top(id, rank) AS (SELECT id, MIN(rank) FROM hits GROUP BY id),
                 best AS (SELECT h.id AS id, MIN(h.matched) AS matched, h.rank AS rank FROM hits h
                          JOIN top t ON t.id = h.id AND t.rank = h.rank GROUP BY h.id, h.rank)
                 SELECT e.id, e.kind, e.name, e.kb_id, e.former_name, b.matched, b.rank, "
            .to_string()
            + ENTITY_COUNTS
            + " FROM best b JOIN entities e ON e.id = b.id WHERE CAST(?5 AS TEXT) IS NULL OR e.kind = ?5
                ORDER BY b.rank, (e.kind = 'group') DESC, e.former_name, mentions DESC, e.name, e.id LIMIT ?6";
        let upper = prefix_upper(&norm);
        self.conn
            .rows(
                &q,
                args![&norm, &upper, &kb_json, query.trim(), kind.map(EntityKind::as_str), limit],
            )
            .and_then(|rows| rows.iter().map(search_hit).collect())
            .map_err(sql(ctx))
    }

    fn groups(&self, limit: usize) -> Result<Vec<SearchHit>> {
        let ctx = format!("{}: listing groups", self.path());
        // Every group matches as itself: its name, at the exact rank.
        let q = format!(
            "SELECT e.id, e.kind, e.name, e.kb_id, e.former_name, e.name, 0, {ENTITY_COUNTS} FROM entities e \
             WHERE e.kind = 'group' ORDER BY facts DESC, mentions DESC, e.name, e.id LIMIT ?1"
        );
        self.conn
            .rows(&q, args![limit])
            .and_then(|rows| rows.iter().map(search_hit).collect())
            .map_err(sql(ctx))
    }

    fn entity(&self, id: i64) -> Result<Option<EntitySummary>> {
        let ctx = format!("{}: reading entity {id}", self.path());
        let q = format!("SELECT e.id, e.kind, e.name, e.kb_id, e.former_name, {ENTITY_COUNTS} FROM entities e WHERE e.id = ?1");
        let conn = &self.conn;
        let found = conn
            .row(&q, args![id])
            .and_then(|r| {
                r.map(|r| {
                    Ok(EntitySummary {
                        id: r.get(0)?,
                        kind: r.get::<Stored<_>>(1)?.0,
                        name: r.get(2)?,
                        kb: r.get(3)?,
                        former_name: r.get(4)?,
                        names: Vec::new(),
                        mentions: r.get(5)?,
                        facts: r.get(6)?,
                    })
                })
                .transpose()
            })
            .map_err(sql(ctx.clone()))?;
        let Some(mut e) = found else { return Ok(None) };
        e.names = conn
            .rows(
                "SELECT name, count FROM aliases WHERE entity_id = ?1 ORDER BY count DESC, name",
                args![id],
            )
            .and_then(|rows| {
                rows.iter()
                    .map(|r| Ok(NameSeen { name: r.get(0)?, count: r.get(1)?, former: false }))
                    .collect()
            })
            .map_err(sql(ctx))?;
        Ok(Some(e))
    }

    fn entity_facts(&self, id: i64) -> Result<Vec<FactRow>> {
        self.facts_where("(f.subject_id = ?1 OR f.object_id = ?1)", args![id])
    }

    fn group_profile_by_id(&self, id: i64) -> Result<Option<GroupProfile>> {
        let ctx = format!("{}: reading group {id}", self.path());
        let row = self
            .conn
            .row(&format!("SELECT e.id, e.kind, e.name, e.kb_id, e.former_name, {ENTITY_COUNTS} FROM entities e WHERE e.id = ?1"), args![id])
            .and_then(|r| {
                r.map(|r| {
                    Ok(EntityRow {
                        id: r.get(0)?,
                        kind: r.get::<Stored<_>>(1)?.0,
                        name: r.get(2)?,
                        kb: r.get(3)?,
                        former_name: r.get(4)?,
                        mentions: r.get(5)?,
                        exact: true,
                    })
                })
                .transpose()
            })
            .map_err(sql(ctx))?;
        match row {
            Some(e) if e.kind == EntityKind::Group => self.profile_of(e, None).map(Some),
            _ => Ok(None),
        }
    }

    fn network(&self, as_of: Option<PartialDate>) -> Result<Network> {
        let ctx = format!("{}: reading the network of groups", self.path());
        let types = type_list(FactType::network());
        let q = format!(
            "SELECT f.id, f.type, f.subject_id, f.object_id, f.polarity, COALESCE(f.when_start, f.when_end, d.published), f.when_end, f.document_id \
             FROM facts f JOIN documents d ON d.id = f.document_id \
             JOIN entities s ON s.id = f.subject_id JOIN entities o ON o.id = f.object_id \
             WHERE f.type IN {types} AND s.kind = 'group' AND o.kind = 'group' AND f.polarity != 'denied' AND f.subject_id != f.object_id \
             ORDER BY f.id"
        );
        struct Stated {
            id: i64,
            fact_type: FactType,
            subject: i64,
            object: i64,
            hedged: bool,
            date: Option<PartialDate>,
            end: Option<PartialDate>,
            document: i64,
        }
        // A fact's date is its own time, else its article's (the day of a timestamp; an article
        // date that is no date leaves the fact undated).
        let date = |text: Option<String>| text.as_deref().and_then(PartialDate::parse_prefix);
        let conn = &self.conn;
        let stated = conn
            .rows(&q, &[])
            .and_then(|rows| {
                rows.iter()
                    .map(|r| {
                        Ok(Stated {
                            id: r.get(0)?,
                            fact_type: r.get::<Stored<_>>(1)?.0,
                            subject: r.get(2)?,
                            object: r.get(3)?,
                            hedged: r.get::<Stored<Polarity>>(4)?.0 == Polarity::Hedged,
                            date: date(r.get(5)?),
                            end: r.get::<Option<Stored<_>>>(6)?.map(|d| d.0),
                            document: r.get(7)?,
                        })
                    })
                    .collect::<std::result::Result<Vec<_>, DbError>>()
            })
            .map_err(sql(ctx.clone()))?;

        let first = stated.iter().filter_map(|s| s.date).min();
        let last = stated.iter().filter_map(|s| s.date).max();
        // Fold per relation; symmetric ones whichever way round the article put them. Keyed by
        // the type's name, so that edges come in the alphabetical order of their types.
        let mut folded: BTreeMap<(&str, i64, i64), Vec<&Stated>> = BTreeMap::new();
        for s in &stated {
            let (a, b) = if s.fact_type.is_symmetric() && s.object < s.subject {
                (s.object, s.subject)
            } else {
                (s.subject, s.object)
            };
            folded.entry((s.fact_type.as_str(), a, b)).or_default().push(s);
        }
        let mut edges = Vec::new();
        for ((_, source, target), facts) in folded {
            let fact_type = facts[0].fact_type;
            let edge_first = facts.iter().filter_map(|f| f.date).min();
            let edge_last = facts.iter().filter_map(|f| f.date).max();
            let until = if facts.iter().all(|f| f.end.is_some()) {
                facts.iter().filter_map(|f| f.end).max()
            } else {
                None
            };
            if as_of.is_some_and(|as_of| !holds_as_of(edge_first, until, as_of)) {
                continue;
            }
            let documents: HashSet<i64> = facts.iter().map(|f| f.document).collect();
            edges.push(NetworkEdge {
                id: format!("{fact_type}:{source}:{target}"),
                hedged: facts.iter().all(|f| f.hedged),
                fact_ids: facts.iter().map(|f| f.id).collect(),
                documents: documents.len(),
                fact_type,
                source,
                target,
                first: edge_first,
                last: edge_last,
                until,
            });
        }
        let ids: Vec<i64> = edges
            .iter()
            .flat_map(|e| [e.source, e.target])
            .collect::<HashSet<_>>()
            .into_iter()
            .collect();
        let mut nodes = Vec::with_capacity(ids.len());
        let q = format!(
            "SELECT e.id, e.name, e.kb_id, {ENTITY_COUNTS} FROM entities e WHERE e.id = ?1"
        );
        for id in ids {
            let r = conn.row(&q, args![id]).map_err(sql(ctx.clone()))?;
            let Some(r) = r else { continue };
            let read = || -> std::result::Result<NetworkNode, DbError> {
                Ok(NetworkNode { id: r.get(0)?, name: r.get(1)?, kb: r.get(2)?, facts: r.get(4)? })
            };
            let node = read().map_err(sql(ctx.clone()))?;
            nodes.push(node);
        }
        nodes.sort_by(|a, b| b.facts.cmp(&a.facts).then_with(|| a.name.cmp(&b.name)));
        Ok(Network { as_of, first, last, nodes, edges })
    }

    fn placed_facts(&self, group: Option<i64>) -> Result<Vec<PlacedFact>> {
        let ctx = format!("{}: placing facts on the map", self.path());
        let scope = if group.is_some() {
            "AND f.subject_id = ?1"
        } else {
            "AND CAST(?1 AS INTEGER) IS NULL"
        };
        // The object when it is a place; for facts without one, the places named inside the
        // evidence sentence (mentions of the same document within its span).
        let q = format!(
            "SELECT f.id, o.id, o.name, o.kb_id, 1, 0 FROM facts f JOIN entities o ON o.id = f.object_id AND o.kind = 'place' \
             WHERE f.type IN ('presence', 'attack') {scope} \
             UNION ALL \
             SELECT f.id, p.id, p.name, p.kb_id, 0, m.start FROM facts f LEFT JOIN entities o ON o.id = f.object_id \
             JOIN mentions m ON m.document_id = f.document_id AND m.start >= f.evidence_start AND m.\"end\" <= f.evidence_end \
             JOIN entities p ON p.id = m.entity_id AND p.kind = 'place' \
             WHERE f.type IN ('presence', 'attack') AND (o.id IS NULL OR o.kind != 'place') {scope} \
             ORDER BY 1, 6"
        );
        let mut places: HashMap<i64, (Vec<PlaceRef>, PlaceSource)> = HashMap::new();
        let rows = self.conn.rows(&q, args![group]).map_err(sql(ctx.clone()))?;
        for r in rows {
            let read = || -> std::result::Result<_, DbError> {
                Ok((
                    r.get::<i64>(0)?,
                    PlaceRef { id: r.get(1)?, name: r.get(2)?, kb: r.get(3)? },
                    r.get::<bool>(4)?,
                ))
            };
            let (fact, place, from_object) = read().map_err(sql(ctx.clone()))?;
            let source = if from_object { PlaceSource::Object } else { PlaceSource::Sentence };
            let entry = places.entry(fact).or_insert_with(|| (Vec::new(), source));
            if !entry.0.iter().any(|p| p.id == place.id) {
                entry.0.push(place);
            }
        }
        let facts = match group {
            Some(g) => self
                .facts_where("f.type IN ('presence', 'attack') AND f.subject_id = ?1", args![g])?,
            None => self.facts_where("f.type IN ('presence', 'attack')", &[])?,
        };
        Ok(facts
            .into_iter()
            .filter_map(|fact| {
                let (places, place_source) = places.remove(&fact.id)?;
                Some(PlacedFact { fact, places, place_source })
            })
            .collect())
    }

    fn evidence(&self, fact_id: i64) -> Result<Option<EvidenceView>> {
        let ctx = format!("{}: reading the evidence of fact {fact_id}", self.path());
        let conn = &self.conn;
        let fact = conn
            .row(&format!("{FACT_SELECT} WHERE f.id = ?1"), args![fact_id])
            .and_then(|r| r.map(fact_row).transpose())
            .map_err(sql(ctx.clone()))?;
        let Some(fact) = fact else { return Ok(None) };
        let (document, text) = conn
            .one_row(
                "SELECT id, doc, path, url, title, publisher, published, text FROM documents WHERE id = ?1",
                args![fact.document_id],
            )
            .and_then(|r| {
                Ok((DocumentInfo { id: r.get(0)?, header: header(&r, 1)? }, r.get::<String>(7)?))
            })
            .map_err(sql(ctx))?;
        let (start, end) = (fact.evidence.start, fact.evidence.end);
        // The offsets are the contract; a database edited by hand may break them, and then the
        // quote is looked up by its text before giving up on highlighting.
        let span = match text.get(start..end) {
            Some(q) if q == fact.evidence.text => Some((start, end)),
            _ => text
                .find(&fact.evidence.text)
                .filter(|_| !fact.evidence.text.is_empty())
                .map(|s| (s, s + fact.evidence.text.len())),
        };
        let view = match span {
            Some((s, e)) => EvidenceView {
                before: text[..s].to_string(),
                quote: text[s..e].to_string(),
                after: text[e..].to_string(),
                located: true,
                fact,
                document,
            },
            None => EvidenceView {
                before: text,
                quote: String::new(),
                after: String::new(),
                located: false,
                fact,
                document,
            },
        };
        Ok(Some(view))
    }

    fn group_conflicts(&self, id: i64) -> Result<Vec<DisputedClaim>> {
        let conflicts = self.conflicts_of(Some(id), &ConflictKind::ALL)?;
        Ok(disputes(conflicts, &self.entity_facts(id)?))
    }
}

/// A group's disputed claims in the UI's shape: the store's own contradictions (strength,
/// presence, leaders) and the other relations some of the group's `facts` assert and others
/// deny (a pledge, a branch, an alliance). Judged answers pass judged conflicts and facts.
pub fn disputes(conflicts: Vec<Conflict>, facts: &[FactRow]) -> Vec<DisputedClaim> {
    let mut disputes: Vec<DisputedClaim> = conflicts
        .into_iter()
        .map(|c| DisputedClaim {
            kind: c.kind.into(),
            fact_type: match c.kind {
                ConflictKind::Strength => FactType::Strength,
                ConflictKind::Presence => FactType::Presence,
                ConflictKind::Leader => FactType::LeaderOf,
            },
            summary: format!("{}: {} vs {}", c.reason, c.a.statement, c.b.statement),
            facts: c.a.facts.into_iter().chain(c.b.facts).collect(),
        })
        .collect();
    // Keyed by the type's name: disputes come in the alphabetical order of their types.
    let mut by_claim: BTreeMap<(&str, i64, Option<i64>), Vec<&FactRow>> = BTreeMap::new();
    for f in facts.iter().filter(|f| {
        !matches!(f.fact_type, FactType::Strength | FactType::Presence | FactType::LeaderOf)
    }) {
        let (a, b) = match f.object_id {
            Some(o) if f.fact_type.is_symmetric() && o < f.subject_id => (o, Some(f.subject_id)),
            o => (f.subject_id, o),
        };
        by_claim.entry((f.fact_type.as_str(), a, b)).or_default().push(f);
    }
    for rows in by_claim.into_values() {
        let fact_type = rows[0].fact_type;
        let denied = rows.iter().filter(|f| f.polarity == Polarity::Denied).count();
        if denied == 0 || denied == rows.len() {
            continue;
        }
        let f = rows[0];
        let relation = fact_type.as_str().replace('_', " ");
        let what = match &f.object {
            Some(o) => format!("{} {relation} {o}", f.subject),
            None => format!("{} {relation}", f.subject),
        };
        disputes.push(DisputedClaim {
            kind: DisputeKind::Polarity,
            summary: format!("{what}: {} stated, {denied} denied", rows.len() - denied),
            fact_type,
            facts: rows.into_iter().cloned().collect(),
        });
    }
    disputes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<PartialDate> {
        Some(PartialDate::parse(s).unwrap())
    }

    #[test]
    fn a_relation_holds_from_its_first_statement_until_it_ends_at_the_coarser_precision() {
        let as_of = d("2014-06").unwrap();
        assert!(holds_as_of(d("2014"), None, as_of), "2014 is not after 2014-06");
        assert!(holds_as_of(d("2014-06-30"), None, as_of));
        assert!(!holds_as_of(d("2014-07"), None, as_of));
        assert!(holds_as_of(None, None, as_of), "undated relations are in every view");
        assert!(holds_as_of(d("2013"), d("2014"), as_of), "2014 is not before 2014-06");
        assert!(!holds_as_of(d("2013"), d("2013-12-31"), as_of));
    }
}
