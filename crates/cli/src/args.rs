//! Argument types several commands share: words from a fixed vocabulary (fact types, conflict
//! kinds), whose accepted values and help lists come from the vocabulary itself so they cannot
//! drift from it; date ranges; counts of at least one.

use std::ffi::OsStr;
use std::marker::PhantomData;

use allegiance_model::{FactType, PartialDate};
use allegiance_store::ConflictKind;
use anyhow::{bail, Result};
use clap::builder::{PossibleValue, TypedValueParser};

/// A closed set of words a command-line value may be.
pub trait Vocabulary: Copy + Send + Sync + 'static {
    /// What one word names, for error messages ("fact type").
    const WHAT: &'static str;

    /// Every value, in the order help lists them.
    fn all() -> &'static [Self];

    /// The word that names the value on the command line.
    fn word(self) -> &'static str;

    /// A few words on what the value means, shown beside it in `--help`.
    fn describe(self) -> &'static str;

    fn from_word(word: &str) -> Option<Self> {
        Self::all().iter().copied().find(|v| v.word() == word)
    }
}

impl Vocabulary for FactType {
    const WHAT: &'static str = "fact type";

    fn all() -> &'static [FactType] {
        &FactType::ALL
    }

    fn word(self) -> &'static str {
        self.as_str()
    }

    fn describe(self) -> &'static str {
        self.relationship_phrase()
    }
}

impl Vocabulary for ConflictKind {
    const WHAT: &'static str = "conflict kind";

    fn all() -> &'static [ConflictKind] {
        &ConflictKind::ALL
    }

    fn word(self) -> &'static str {
        self.as_str()
    }

    // What counts as a contradiction of each kind is the store's rule (aggregate.rs); this is
    // how the command line explains it.
    fn describe(self) -> &'static str {
        match self {
            ConflictKind::Strength => {
                "same group, place and kind of unit, same year, ranges more than 25% apart"
            }
            ConflictKind::Presence => "in a place and not there, overlapping years",
            ConflictKind::Leader => "two people at the same time",
        }
    }
}

/// The clap value parser for a [`Vocabulary`]: accepts exactly its words and lists them (with
/// their descriptions) in the help.
#[derive(Clone, Copy)]
pub struct OneOf<V>(PhantomData<fn() -> V>);

impl<V: Vocabulary> OneOf<V> {
    pub fn new() -> OneOf<V> {
        OneOf(PhantomData)
    }
}

impl<V: Vocabulary> Default for OneOf<V> {
    fn default() -> OneOf<V> {
        OneOf::new()
    }
}

/// Why `word` is none of the vocabulary's: "unknown fact type `x`; one of: pledge, ...".
fn unknown<V: Vocabulary>(word: &str) -> String {
    let all: Vec<&str> = V::all().iter().map(|v| v.word()).collect();
    format!("unknown {} `{word}`; one of: {}", V::WHAT, all.join(", "))
}

impl<V: Vocabulary> TypedValueParser for OneOf<V> {
    type Value = V;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<V, clap::Error> {
        // A plain function parser, so that the error reads as clap's own ("invalid value 'x' for
        // '--type <T>': unknown ...").
        let parse = |word: &str| V::from_word(word).ok_or_else(|| unknown::<V>(word));
        parse.parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(V::all().iter().map(|v| PossibleValue::new(v.word()).help(v.describe()))))
    }
}

/// The clap value parser for a count that must be at least one (`--limit`): `0` would ask for
/// nothing and answer with an empty result that looks like "none found".
pub fn at_least_one(text: &str) -> std::result::Result<usize, String> {
    match text.parse::<usize>() {
        Ok(0) => Err("must be at least 1".into()),
        Ok(n) => Ok(n),
        Err(e) => Err(e.to_string()),
    }
}

/// `--since` and `--until` must not be the wrong way round.
pub fn check_order(since: Option<PartialDate>, until: Option<PartialDate>) -> Result<()> {
    if let (Some(since), Some(until)) = (since, until) {
        if since > until {
            bail!("--since {since} is after --until {until}");
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_fact_type_is_accepted_and_listed() {
        let parser = OneOf::<FactType>::new();
        let listed: Vec<String> =
            parser.possible_values().unwrap().map(|p| p.get_name().to_string()).collect();
        assert_eq!(listed, FactType::names());
        for t in FactType::ALL {
            assert_eq!(FactType::from_word(t.as_str()), Some(t));
        }
        assert_eq!(FactType::from_word("alliance"), None);
        assert!(unknown::<FactType>("alliance")
            .starts_with("unknown fact type `alliance`; one of: pledge, branch_of,"));
    }

    #[test]
    fn every_conflict_kind_is_accepted() {
        for k in ConflictKind::ALL {
            assert_eq!(ConflictKind::from_word(k.as_str()), Some(k));
        }
        assert_eq!(
            unknown::<ConflictKind>("size"),
            "unknown conflict kind `size`; one of: strength, presence, leader"
        );
    }

    #[test]
    fn since_may_equal_until_but_not_follow_it() {
        let d = |s| PartialDate::parse(s).ok();
        assert!(check_order(d("2014"), d("2014")).is_ok());
        assert!(check_order(d("2014"), d("2014-06")).is_ok());
        assert!(check_order(d("2014"), None).is_ok());
        let err = check_order(d("2016-01"), d("2015")).unwrap_err();
        assert_eq!(err.to_string(), "--since 2016-01 is after --until 2015");
    }
}
