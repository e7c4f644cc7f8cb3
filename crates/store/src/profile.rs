//! A group's profile: everything the store knows of one group, the facts about it by relation
//! and what is read across them (its strength series, conflicts and same-named look-alikes).

use crate::aggregate::{Conflict, StrengthPoint};
use crate::rows::FactRow;
use allegiance_model::EntityKind;
use serde::Serialize;

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
    pub kind: EntityKind,
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
