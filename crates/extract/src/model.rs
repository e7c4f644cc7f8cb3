//! The result types. Their serde form is the JSON Lines output contract
//! (`shared/docs/output-contract.md`), so field names and spellings here are part of that contract.

use serde::{Deserialize, Serialize};

/// What the extractor knows about a document besides its text.
#[derive(Debug, Clone, Default)]
pub struct DocMeta {
    /// Publication date as `YYYY[-MM[-DD]]`, used to anchor relative times ("earlier this week").
    pub published: Option<String>,
    /// The outlet that published the article; facts the article asserts itself carry no source.
    pub publisher: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Group,
    Person,
    Place,
    Body,
}

impl EntityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Group => "group",
            EntityKind::Person => "person",
            EntityKind::Place => "place",
            EntityKind::Body => "body",
        }
    }
}

/// One real-world entity as seen in one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Unique within the document ("e1", "e2", ...).
    pub id: String,
    pub kind: EntityKind,
    /// Canonical name (the KB's name when resolved, else the longest surface form).
    pub name: String,
    /// Distinct surface forms found in this document, in order of first appearance.
    pub mentions: Vec<String>,
    /// Knowledge-base id when the entity resolved to a known entry.
    pub kb: Option<String>,
    /// The entity is a KB group under a name it no longer carries ("al-Qaeda in Iraq" for the
    /// Islamic State): kept apart from the current name so that renames read from one to the other.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub former_name: bool,
    /// Byte spans of every mention in the cleaned text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub spans: Vec<Span>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactType {
    Pledge,
    BranchOf,
    SplinterOf,
    Renamed,
    MergedInto,
    AllyOf,
    RivalOf,
    LeaderOf,
    FounderOf,
    MemberOf,
    Designated,
    Strength,
    Presence,
    Attack,
}

impl FactType {
    pub const ALL: [FactType; 14] = [
        FactType::Pledge,
        FactType::BranchOf,
        FactType::SplinterOf,
        FactType::Renamed,
        FactType::MergedInto,
        FactType::AllyOf,
        FactType::RivalOf,
        FactType::LeaderOf,
        FactType::FounderOf,
        FactType::MemberOf,
        FactType::Designated,
        FactType::Strength,
        FactType::Presence,
        FactType::Attack,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            FactType::Pledge => "pledge",
            FactType::BranchOf => "branch_of",
            FactType::SplinterOf => "splinter_of",
            FactType::Renamed => "renamed",
            FactType::MergedInto => "merged_into",
            FactType::AllyOf => "ally_of",
            FactType::RivalOf => "rival_of",
            FactType::LeaderOf => "leader_of",
            FactType::FounderOf => "founder_of",
            FactType::MemberOf => "member_of",
            FactType::Designated => "designated",
            FactType::Strength => "strength",
            FactType::Presence => "presence",
            FactType::Attack => "attack",
        }
    }

    pub fn parse(s: &str) -> Option<FactType> {
        FactType::ALL.into_iter().find(|t| t.as_str() == s)
    }

    /// Relations that hold both ways; stored and compared order-free.
    pub fn is_symmetric(self) -> bool {
        matches!(self, FactType::AllyOf | FactType::RivalOf)
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "lowercase")]
pub enum Polarity {
    #[default]
    Asserted,
    Hedged,
    Denied,
}

impl Polarity {
    pub fn as_str(self) -> &'static str {
        match self {
            Polarity::Asserted => "asserted",
            Polarity::Hedged => "hedged",
            Polarity::Denied => "denied",
        }
    }
}

/// A time qualifier: `YYYY[-MM[-DD]]` bounds, either may be open.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct When {
    pub start: Option<String>,
    pub end: Option<String>,
}

/// The verbatim sentence span a fact was read from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    #[serde(rename = "type")]
    pub fact_type: FactType,
    /// Entity id within the same document result.
    pub subject: String,
    pub object: Option<String>,
    /// `strength`: `min`, `max`, `unit`; `renamed`: `from`, `to`; `attack`: `what`.
    pub attrs: serde_json::Map<String, serde_json::Value>,
    /// Who the article attributes the fact to; `None` when the article asserts it itself.
    pub source: Option<String>,
    pub polarity: Polarity,
    pub when: Option<When>,
    pub evidence: Evidence,
}

/// Everything extracted from one document.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    pub entities: Vec<Entity>,
    pub facts: Vec<Fact>,
}

impl Extraction {
    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }
}
