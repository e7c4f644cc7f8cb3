//! What extraction yields for one document: its entities and the facts it states.

use crate::{Entity, FactAttrs, FactType, Polarity, When};
use serde::{Deserialize, Serialize};

/// The verbatim sentence span a fact was read from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
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
    pub attrs: FactAttrs,
    /// Who the article attributes the fact to; `None` when the article asserts it itself.
    pub source: Option<String>,
    pub polarity: Polarity,
    pub when: Option<When>,
    pub evidence: Evidence,
    /// The id of the rule that read the fact (`pledge.subject_pledged_to`), or of the step that
    /// made it from others (`pledge.via_leader`); of several statements of one fact, the first
    /// one's. Last, and left out when unknown, so that older output reads the same.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
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
