//! Rows the store returns; their serde form is what `--format json` prints. The vocabulary in
//! them (fact types, polarities, entity kinds, dates, attributes, evidence, the article header)
//! is `allegiance_model`'s, whose serde forms are the strings the store holds.

use allegiance_model::{DocumentHeader, EntityKind, Evidence, FactAttrs, FactType, Polarity, When};
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
    pub kind: EntityKind,
    pub name: String,
    pub kb: Option<String>,
    /// The knowledge-base entity under a name it no longer carries (kept apart for renames).
    pub former_name: bool,
    /// Documents naming it (sum over its aliases).
    pub mentions: i64,
    /// True when the query matched a name exactly (after normalisation), false for a prefix match.
    pub exact: bool,
}

/// One stated fact with its article.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FactRow {
    pub id: i64,
    #[serde(rename = "type")]
    pub fact_type: FactType,
    pub subject: String,
    pub object: Option<String>,
    pub attrs: FactAttrs,
    pub when: Option<When>,
    pub source: Option<String>,
    pub polarity: Polarity,
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
    /// What analysts' judgements said of it (only when one did: see `judged`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub review: Option<crate::judged::Review>,
}

/// Facts folded across articles.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ClaimRow {
    #[serde(rename = "type")]
    pub fact_type: FactType,
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
    pub polarities: Vec<Polarity>,
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
    #[serde(flatten)]
    pub header: DocumentHeader,
    /// The first stored document of the story this article is a near-duplicate copy of.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub copy_of: Option<i64>,
}

/// An entity the knowledge base lacks, as seen across the stored articles.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct UnknownEntity {
    pub kind: EntityKind,
    pub name: String,
    /// Articles naming it.
    pub documents: usize,
    /// Every surface form seen.
    pub names: Vec<String>,
}
