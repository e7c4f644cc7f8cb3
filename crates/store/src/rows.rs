//! Rows the store returns; their serde form is what `--format json` prints.

use crate::aggregate::{Conflict, ConflictKind, StrengthPoint};
use allegiance_extract::FactType;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct IngestReport {
    /// Documents added by this batch.
    pub documents: usize,
    /// Documents skipped because their content was stored already.
    pub skipped: usize,
    pub facts: usize,
    /// Entities created by this batch (new to the store).
    pub entities: usize,
    /// Documents added that are near-duplicate copies of a stored one (syndicated reprints).
    pub copies: usize,
}

/// The name the task brief used; same struct.
pub type IngestStats = IngestReport;

#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StoreCounts {
    pub documents: usize,
    pub entities: usize,
    /// Distinct (entity, name) pairs.
    pub aliases: usize,
    pub mentions: usize,
    pub facts: usize,
    /// Rows of the `claims` view: facts folded across articles.
    pub claims: usize,
    /// Documents that are near-duplicate copies of another stored document.
    pub copies: usize,
}

#[derive(Debug, Clone, Default)]
pub struct FactFilter {
    pub fact_type: Option<FactType>,
    /// Any name or alias of the subject (normalised; exact matches, else prefix matches). For
    /// symmetric relations (ally_of, rival_of) either side matches.
    pub subject: Option<String>,
    /// Any name or alias of the object, matched like `subject`.
    pub object: Option<String>,
    /// `YYYY[-MM[-DD]]`: facts whose time (its end, else its start, else the article's publication
    /// date) is not earlier, compared at the coarser of the two precisions ("2014" is not before
    /// "2014-06").
    pub since: Option<String>,
    /// `YYYY[-MM[-DD]]`: facts whose time (its start, else its end, else the article's publication
    /// date) is not later, compared at the coarser precision.
    pub until: Option<String>,
    /// At most this many rows (after ordering by time).
    pub limit: Option<usize>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EntityRow {
    pub id: i64,
    pub kind: String,
    pub name: String,
    pub kb: Option<String>,
    /// The knowledge-base entity under a name it no longer carries (kept apart for renames).
    pub former_name: bool,
    /// Documents naming it (sum over its aliases).
    pub mentions: i64,
    /// True when the query matched a name exactly (after normalisation), false for a prefix match.
    pub exact: bool,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct When {
    pub start: Option<String>,
    pub end: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Evidence {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// One stated fact with its article.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FactRow {
    pub id: i64,
    #[serde(rename = "type")]
    pub fact_type: String,
    pub subject: String,
    pub object: Option<String>,
    pub attrs: serde_json::Value,
    pub when: Option<When>,
    pub source: Option<String>,
    pub polarity: String,
    pub evidence: Evidence,
    pub doc: String,
    pub title: Option<String>,
    /// The article's outlet (the fact's `source` is who the article attributes it to).
    pub publisher: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub published: Option<String>,
    pub subject_id: i64,
    pub object_id: Option<i64>,
    pub document_id: i64,
}

/// Facts folded across articles.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ClaimRow {
    #[serde(rename = "type")]
    pub fact_type: String,
    pub subject: String,
    pub object: Option<String>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub unit: Option<String>,
    /// Facts folded into it.
    pub facts: usize,
    /// Distinct articles stating it.
    pub documents: usize,
    /// Independent reports: articles, with near-duplicate copies of one story counted once.
    pub reports: usize,
    pub document_ids: Vec<i64>,
    /// Distinct attributions (facts the articles assert themselves add none).
    pub sources: Vec<String>,
    pub polarities: Vec<String>,
    pub first_published: Option<String>,
    pub last_published: Option<String>,
    /// Every article stating it, in `document_ids` order.
    pub articles: Vec<ArticleRef>,
}

/// An article as a claim lists it.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ArticleRef {
    pub document_id: i64,
    pub doc: String,
    pub title: Option<String>,
    pub publisher: Option<String>,
    pub published: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The first stored document of the story this article is a near-duplicate copy of.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub copy_of: Option<i64>,
}

/// Which contradictions to list.
#[derive(Debug, Clone, Default)]
pub struct ConflictFilter {
    /// Only those about this group (any name or alias, chosen as `group_profile` chooses).
    pub group: Option<String>,
    /// Only these kinds (all when empty).
    pub kinds: Vec<ConflictKind>,
}

/// Another group the knowledge base lacks that goes by the same name, kept apart because what
/// the articles tie it to disagrees.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LookAlike {
    pub id: i64,
    /// Its store key ("group:free army#2"): `allegiance group` accepts it as a name.
    pub key: String,
    pub name: String,
    pub documents: usize,
    /// The groups it is said to be a branch of or to have pledged to.
    pub parents: Vec<String>,
    /// ISO codes of the countries it is tied to.
    pub countries: Vec<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NameSeen {
    pub name: String,
    /// Documents it was seen in.
    pub count: i64,
    /// A name the group no longer carries (stored as a separate, `former_name` entity).
    pub former: bool,
}

/// Everything the store knows of one group, each item with its evidence.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GroupProfile {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub kb: Option<String>,
    /// Names seen in articles, most frequent first; former names (same kb id) after.
    pub names: Vec<NameSeen>,
    /// branch_of out: what it is a branch of.
    pub parents: Vec<FactRow>,
    /// branch_of in: its branches/provinces.
    pub branches: Vec<FactRow>,
    pub pledges_out: Vec<FactRow>,
    pub pledges_in: Vec<FactRow>,
    pub leaders: Vec<FactRow>,
    pub founders: Vec<FactRow>,
    pub members: Vec<FactRow>,
    /// splinter_of either way: groups that split from it, and what it split from.
    pub splits: Vec<FactRow>,
    /// renamed either way (subject = the old name, object = the new one).
    pub renames: Vec<FactRow>,
    /// merged_into either way.
    pub mergers: Vec<FactRow>,
    pub allies: Vec<FactRow>,
    pub rivals: Vec<FactRow>,
    pub designations: Vec<FactRow>,
    /// strength estimates over time: attrs `min`/`max`/`unit`, object = the place when stated.
    pub strength: Vec<FactRow>,
    /// presence: object = the place.
    pub areas: Vec<FactRow>,
    pub attacks: Vec<FactRow>,
    /// The strength estimates folded across articles into a dated series.
    pub strength_series: Vec<StrengthPoint>,
    /// Contradicting claims about it (strength, presence, leaders).
    pub conflicts: Vec<Conflict>,
    /// Other groups of the same name, kept apart from this one because what the articles tie
    /// them to disagrees (only for groups the knowledge base lacks).
    pub look_alikes: Vec<LookAlike>,
}

/// An entity the knowledge base lacks, as seen across the stored articles.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct UnknownEntity {
    pub kind: String,
    pub name: String,
    /// Articles naming it.
    pub documents: usize,
    /// Every surface form seen.
    pub names: Vec<String>,
}
