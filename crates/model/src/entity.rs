//! Entities as one document names them.

use serde::{Deserialize, Serialize};
use std::fmt;

/// What an entity is: an armed group, a person, a place, or a body (a state, an agency, an
/// outlet). The knowledge base and the extractor use this one enum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Group,
    Person,
    Place,
    Body,
}

impl EntityKind {
    pub const ALL: [EntityKind; 4] =
        [EntityKind::Group, EntityKind::Person, EntityKind::Place, EntityKind::Body];

    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Group => "group",
            EntityKind::Person => "person",
            EntityKind::Place => "place",
            EntityKind::Body => "body",
        }
    }

    pub fn parse(s: &str) -> Option<EntityKind> {
        EntityKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A byte range of the cleaned text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Span {
    pub start: usize,
    pub end: usize,
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
