//! A group's profile: everything the store knows of one group, the facts about it by relation
//! and what is read across them (its strength series, conflicts and same-named look-alikes).

use crate::aggregate::{Conflict, StrengthPoint};
use crate::rows::FactRow;
use allegiance_model::EntityKind;
use serde::Serialize;
use std::collections::BTreeMap;

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
    /// When set, each list below shows only its latest `limit` facts (by time); `totals` says
    /// how many it holds. The strength series and the conflicts are read from every fact.
    pub limit: Option<usize>,
    /// Facts each list holds, by list ("attacks": 125), whether or not all are shown.
    pub totals: BTreeMap<String, usize>,
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

/// How many facts of each list `allegiance group` shows unless asked for more: the latest.
pub const PROFILE_LIST_LIMIT: usize = 20;

/// The names of [`GroupProfile`]'s fact lists, in the order of its fields.
pub const LIST_NAMES: [&str; 16] = [
    "parents",
    "branches",
    "pledges_out",
    "pledges_in",
    "leaders",
    "founders",
    "members",
    "splits",
    "renames",
    "mergers",
    "allies",
    "rivals",
    "designations",
    "strength",
    "areas",
    "attacks",
];

impl GroupProfile {
    /// The fact lists, in the order of [`LIST_NAMES`].
    pub fn lists_mut(&mut self) -> [&mut Vec<FactRow>; 16] {
        [
            &mut self.parents,
            &mut self.branches,
            &mut self.pledges_out,
            &mut self.pledges_in,
            &mut self.leaders,
            &mut self.founders,
            &mut self.members,
            &mut self.splits,
            &mut self.renames,
            &mut self.mergers,
            &mut self.allies,
            &mut self.rivals,
            &mut self.designations,
            &mut self.strength,
            &mut self.areas,
            &mut self.attacks,
        ]
    }

    /// Sets `totals` to what the lists hold now, then keeps only the latest `limit` facts of
    /// each (the lists are in time order).
    pub fn keep_latest(&mut self, limit: Option<usize>) {
        let mut totals = BTreeMap::new();
        for (name, list) in LIST_NAMES.iter().zip(self.lists_mut()) {
            totals.insert(name.to_string(), list.len());
            if let Some(n) = limit {
                let cut = list.len().saturating_sub(n);
                list.drain(..cut);
            }
        }
        self.totals = totals;
        self.limit = limit;
    }
}
