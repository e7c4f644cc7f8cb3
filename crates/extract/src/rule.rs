//! Compiled rules: the one way this crate holds a regex.
//!
//! Every regex the extractor runs is a [`Rule`]: an id, a function that writes its pattern, and
//! the compiled form, built on first use. Each is declared with [`rule!`] (a named static) or
//! [`regex!`] (an anonymous one inside a function), and both register it in [`ALL_RULES`], so
//! [`crate::warm_up`] finds every rule without a list kept by hand.
//!
//! Rule ids name the family and the shape (`leader_of.apposition`); [`regex!`] rules, which are
//! helpers rather than fact rules, take their module path and line.

use regex::Regex;
use std::ops::Deref;
use std::sync::OnceLock;

/// Every rule of the crate, in no particular order (the linker gathers them).
#[linkme::distributed_slice]
pub(crate) static ALL_RULES: [&'static Rule];

/// A regex with an id, compiled on first use (or by [`crate::warm_up`]).
pub struct Rule {
    id: &'static str,
    pattern: fn() -> String,
    compiled: OnceLock<Regex>,
}

impl Rule {
    pub const fn new(id: &'static str, pattern: fn() -> String) -> Rule {
        Rule { id, pattern, compiled: OnceLock::new() }
    }

    /// The rule's stable id: what `explain` and a fact's `rule` field report.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The pattern as written, before [`crate::compile_regex`] rewrites its word class.
    pub fn pattern(&self) -> String {
        (self.pattern)()
    }

    pub fn regex(&self) -> &Regex {
        self.compiled.get_or_init(|| {
            let pattern = self.pattern();
            crate::compile_regex(&pattern)
                .unwrap_or_else(|e| panic!("rule {} does not compile: {e}", self.id))
        })
    }
}

impl Deref for Rule {
    type Target = Regex;

    fn deref(&self) -> &Regex {
        self.regex()
    }
}

/// Declares a named, registered rule:
/// `rule!(pub(crate) LOCATIVE = "presence.locative", || format!(...));`
macro_rules! rule {
    ($(#[$attr:meta])* $vis:vis $name:ident = $id:literal, $pattern:expr $(,)?) => {
        $(#[$attr])*
        $vis static $name: $crate::rule::Rule = $crate::rule::Rule::new($id, $pattern);
        const _: () = {
            #[linkme::distributed_slice($crate::rule::ALL_RULES)]
            #[linkme(crate = linkme)]
            static REGISTERED: &$crate::rule::Rule = &$name;
        };
    };
}

/// An anonymous rule inside a function: `regex!(r"...")` is a `&'static Regex`, compiled once.
macro_rules! regex {
    ($pattern:literal) => {{
        static RULE: $crate::rule::Rule =
            $crate::rule::Rule::new(concat!(module_path!(), ":", line!()), || $pattern.to_string());
        #[linkme::distributed_slice($crate::rule::ALL_RULES)]
        #[linkme(crate = linkme)]
        static REGISTERED: &$crate::rule::Rule = &RULE;
        RULE.regex()
    }};
}

/// Rules `share` of `shares` compiles now: rules are dealt round-robin by their order in
/// [`ALL_RULES`], which is fixed within one binary.
pub(crate) fn warm_up(share: usize, shares: usize) {
    let shares = shares.max(1);
    for (i, rule) in ALL_RULES.iter().enumerate() {
        if i % shares == share {
            rule.regex();
        }
    }
}

/// Ids of every registered rule, sorted (for tests and `explain`).
pub fn rule_ids() -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = ALL_RULES.iter().map(|r| r.id()).collect();
    ids.sort_unstable();
    ids
}
