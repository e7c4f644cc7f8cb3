//! Rows the store returns; their serde form is what `--format json` prints.

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
}

#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct StoreCounts {
    pub documents: usize,
    pub entities: usize,
    pub facts: usize,
    pub claims: usize,
}

#[derive(Debug, Clone, Default)]
pub struct FactFilter {
    pub fact_type: Option<FactType>,
    /// Any name or alias of the subject.
    pub subject: Option<String>,
    pub object: Option<String>,
    /// `YYYY[-MM[-DD]]`: facts whose time (or, lacking one, their article's date) is not earlier.
    pub since: Option<String>,
    pub until: Option<String>,
    pub limit: Option<usize>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EntityRow {
    pub id: i64,
    pub kind: String,
    pub name: String,
    pub kb: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct When {
    pub start: Option<String>,
    pub end: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Evidence {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// One stated fact with its article.
#[derive(Debug, Clone, Serialize, PartialEq)]
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
    pub published: Option<String>,
    pub subject_id: i64,
    pub object_id: Option<i64>,
    pub document_id: i64,
}

/// Facts folded across articles.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ClaimRow {
    #[serde(rename = "type")]
    pub fact_type: String,
    pub subject: String,
    pub object: Option<String>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// Distinct articles stating it.
    pub documents: usize,
    pub sources: Vec<String>,
    pub polarities: Vec<String>,
    pub first_published: Option<String>,
    pub last_published: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct NameSeen {
    pub name: String,
    pub count: i64,
}

/// Everything the store knows of one group, each item with its evidence.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct GroupProfile {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub kb: Option<String>,
    pub names: Vec<NameSeen>,
    pub parents: Vec<FactRow>,
    pub branches: Vec<FactRow>,
    pub pledges_out: Vec<FactRow>,
    pub pledges_in: Vec<FactRow>,
    pub leaders: Vec<FactRow>,
    pub founders: Vec<FactRow>,
    pub members: Vec<FactRow>,
    pub splits: Vec<FactRow>,
    pub renames: Vec<FactRow>,
    pub mergers: Vec<FactRow>,
    pub allies: Vec<FactRow>,
    pub rivals: Vec<FactRow>,
    pub designations: Vec<FactRow>,
    pub strength: Vec<FactRow>,
    pub areas: Vec<FactRow>,
    pub attacks: Vec<FactRow>,
}
