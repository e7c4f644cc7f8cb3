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
