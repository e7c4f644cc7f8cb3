//! The relation rules by family, one module each, on sentences written for these tests: they
//! state public facts in our own words, none taken from the gold articles.
//!
//! Two kinds of case. A [`Case`] names the facts that must come out (type, subject, object by any
//! of their names; for strength the object is the figure, "7000-12000") and the facts that must
//! not (an empty name matches anything); a fact the sentence denies may come out, with polarity
//! `denied`, but must not come out asserted or hedged. A [`NamedCase`] names facts that must come
//! out between entities of exactly those names (for strength the object is the place), and
//! [`check_none`] sentences in which a fact type must not fire at all.

#[path = "../common/mod.rs"]
mod common;

mod alignment;
mod attack;
mod designation;
mod group_names;
mod lineage;
mod names;
mod people;
mod presence;
mod strength;

use allegiance_extract::{Extraction, Fact, Polarity};
use common::{describe, extract, has_fact, lacks_type, named};

struct Case {
    text: &'static str,
    want: &'static [(&'static str, &'static str, &'static str)],
    not: &'static [(&'static str, &'static str, &'static str)],
}

/// Whether `r` states a fact of type `t` between entities named `s` and `o`; for strength `o` is
/// the figure or range.
fn holds(r: &Extraction, f: &Fact, t: &str, s: &str, o: &str) -> bool {
    if f.fact_type.as_str() != t {
        return false;
    }
    let is = |id: &str, name: &str| name.is_empty() || named(r, id, name);
    if t == "strength" {
        let (lo, hi) = o.split_once('-').unwrap_or((o, o));
        let num = |k: &str| f.attrs.strength().map(|a| if k == "min" { a.min } else { a.max });
        let close = |a: Option<f64>, b: &str| {
            a.is_some_and(|a| (a - b.parse::<f64>().unwrap()).abs() < 1.0)
        };
        return is(&f.subject, s) && close(num("min"), lo) && close(num("max"), hi);
    }
    let object_is =
        |name: &str| name.is_empty() || f.object.as_deref().is_some_and(|x| named(r, x, name));
    (is(&f.subject, s) && object_is(o))
        || (f.fact_type.is_symmetric()
            && f.object.as_deref().is_some_and(|x| is(x, s))
            && named(r, &f.subject, o))
}

fn check(cases: &[Case]) {
    let mut failures = Vec::new();
    for c in cases {
        let r = extract(c.text);
        for &(t, s, o) in c.want {
            if !r.facts.iter().any(|f| holds(&r, f, t, s, o)) {
                failures.push(format!(
                    "missing {t}({s}, {o}) in: {}\n  got: {}",
                    c.text,
                    describe(&r)
                ));
            }
        }
        for &(t, s, o) in c.not {
            if r.facts.iter().any(|f| f.polarity != Polarity::Denied && holds(&r, f, t, s, o)) {
                failures.push(format!(
                    "unexpected {t}({s}, {o}) in: {}\n  got: {}",
                    c.text,
                    describe(&r)
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

struct NamedCase {
    text: &'static str,
    facts: &'static [(&'static str, &'static str, &'static str)],
}

fn check_named(cases: &[NamedCase]) {
    let mut failures = Vec::new();
    for c in cases {
        let r = extract(c.text);
        for &(t, s, o) in c.facts {
            if !has_fact(&r, t, s, o) {
                failures.push(format!(
                    "missing {t}({s}, {o}) in: {}\n  got: {}",
                    c.text,
                    describe(&r)
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Sentences in which no fact of the type given may come out.
fn check_none(cases: &[(&str, &str)]) {
    let mut failures = Vec::new();
    for &(text, t) in cases {
        let r = extract(text);
        if !lacks_type(&r, t) {
            failures.push(format!("unexpected {t} in: {text}\n  got: {}", describe(&r)));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
