//! The fourteen fact types and how each reads, and a fact's polarity.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
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

/// A fact type name that is none of the fourteen.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a fact type; use one of: {list}", list = FactType::names().join(", "))]
pub struct UnknownFactType(pub String);

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

    /// The name in the output contract, the store and every export (`branch_of`).
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

    /// Every name, in [`FactType::ALL`] order (for help texts and error messages).
    pub fn names() -> Vec<&'static str> {
        FactType::ALL.iter().map(|t| t.as_str()).collect()
    }

    /// How the fact reads between its subject and object, as people see it ("is a branch of").
    pub fn label(self) -> &'static str {
        match self {
            FactType::Pledge => "pledged allegiance to",
            FactType::BranchOf => "is a branch of",
            FactType::SplinterOf => "split from",
            FactType::Renamed => "was renamed",
            FactType::MergedInto => "merged into",
            FactType::AllyOf => "is allied with",
            FactType::RivalOf => "is a rival of",
            FactType::LeaderOf => "leads",
            FactType::FounderOf => "founded",
            FactType::MemberOf => "is a member of",
            FactType::Designated => "was designated",
            FactType::Strength => "has",
            FactType::Presence => "is present in",
            FactType::Attack => "attack",
        }
    }

    /// The label as a full relationship sentence needs it, where the bare label would not read
    /// ("was designated a terrorist organisation by", "attacked").
    pub fn relationship_phrase(self) -> &'static str {
        match self {
            FactType::Designated => "was designated a terrorist organisation by",
            FactType::Strength => "has a strength of",
            FactType::Attack => "attacked",
            other => other.label(),
        }
    }

    /// The role the object plays, as a noun phrase (FollowTheMoney's `role`: "leader", "ally").
    pub fn role(self) -> &'static str {
        match self {
            FactType::Pledge => "pledged allegiance to",
            FactType::BranchOf => "branch",
            FactType::SplinterOf => "splinter of",
            FactType::Renamed => "renamed",
            FactType::MergedInto => "merged into",
            FactType::AllyOf => "ally",
            FactType::RivalOf => "rival",
            FactType::LeaderOf => "leader",
            FactType::FounderOf => "founder",
            FactType::MemberOf => "member",
            FactType::Designated => "designated",
            FactType::Strength => "strength",
            FactType::Presence => "present in",
            FactType::Attack => "attack",
        }
    }

    /// Relations that hold both ways; stored and compared order-free.
    pub fn is_symmetric(self) -> bool {
        matches!(self, FactType::AllyOf | FactType::RivalOf)
    }

    /// Relations between groups, drawn as edges of the network of groups.
    pub fn is_network(self) -> bool {
        matches!(
            self,
            FactType::Pledge
                | FactType::BranchOf
                | FactType::SplinterOf
                | FactType::Renamed
                | FactType::MergedInto
                | FactType::AllyOf
                | FactType::RivalOf
        )
    }

    /// The types for which [`FactType::is_symmetric`] holds.
    pub fn symmetric() -> impl Iterator<Item = FactType> {
        FactType::ALL.into_iter().filter(|t| t.is_symmetric())
    }

    /// The types for which [`FactType::is_network`] holds.
    pub fn network() -> impl Iterator<Item = FactType> {
        FactType::ALL.into_iter().filter(|t| t.is_network())
    }
}

impl fmt::Display for FactType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for FactType {
    type Err = UnknownFactType;

    fn from_str(s: &str) -> Result<FactType, UnknownFactType> {
        FactType::parse(s).ok_or_else(|| UnknownFactType(s.to_string()))
    }
}

/// How firmly the article states a fact.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum Polarity {
    #[default]
    Asserted,
    Hedged,
    Denied,
}

impl Polarity {
    pub const ALL: [Polarity; 3] = [Polarity::Asserted, Polarity::Hedged, Polarity::Denied];

    pub fn as_str(self) -> &'static str {
        match self {
            Polarity::Asserted => "asserted",
            Polarity::Hedged => "hedged",
            Polarity::Denied => "denied",
        }
    }

    pub fn parse(s: &str) -> Option<Polarity> {
        Polarity::ALL.into_iter().find(|p| p.as_str() == s)
    }
}

impl fmt::Display for Polarity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_match_serde() {
        for t in FactType::ALL {
            assert_eq!(FactType::parse(t.as_str()), Some(t));
            assert_eq!(serde_json::to_string(&t).unwrap(), format!("\"{t}\""));
        }
        assert!("allied".parse::<FactType>().unwrap_err().to_string().contains("ally_of"));
    }

    #[test]
    fn symmetric_and_network_types() {
        assert_eq!(
            FactType::symmetric().collect::<Vec<_>>(),
            [FactType::AllyOf, FactType::RivalOf]
        );
        assert!(FactType::network().all(|t| t != FactType::LeaderOf && t != FactType::Attack));
        assert_eq!(FactType::network().count(), 7);
    }

    #[test]
    fn every_type_has_distinct_labels() {
        let labels: std::collections::HashSet<_> =
            FactType::ALL.iter().map(|t| t.label()).collect();
        assert_eq!(labels.len(), 14);
    }
}
