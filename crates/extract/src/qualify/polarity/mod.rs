//! Hedges ("reportedly", "may", "is believed to") and denials ("denied", "has no organised
//! presence", "did not pledge") in a sentence, and the polarity they give a fact whose evidence
//! lies in a byte region of that sentence.
//!
//! Scope: a cue bears on a region only within the same clause (clauses split at ';', ':', a dash
//! and at the contrast words but/however/while/whereas/although/though). Local cues (negations,
//! modals, "believed to", "suspected") must precede the region or lie inside it; sentence-level
//! cues ("denied", "reportedly", "allegedly", "officials believe", "unconfirmed") may sit anywhere
//! in the clause. A cue inside a comma- or bracket-delimited aside ("the group, which may have 500
//! fighters, pledged ...") does not reach a region outside that aside, unless the aside is the cue
//! itself ("the group, reportedly, pledged").
//!
//! "claim" as a reporting verb ("security forces claim it has ...") is attribution, not a hedge;
//! "claimed to" / "claimed that" are hedges; "claimed responsibility" is neither.

mod clause;
mod cues;
mod exceptions;
#[cfg(test)]
mod tests;

use crate::model::Polarity;
use clause::{clause_bounds, in_aside};
use cues::CUES;

/// One hedge or denial cue: its byte span in the sentence and what it signals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PolarityCue {
    pub start: usize,
    pub end: usize,
    pub polarity: Polarity,
}

/// All hedge and denial cues in `sentence`, in order, non-overlapping.
pub fn cues(sentence: &str) -> Vec<PolarityCue> {
    scoped_cues(sentence).into_iter().map(|(c, _)| c).collect()
}

/// Polarity of a fact whose evidence lies in `sentence` between bytes `region.0..region.1`:
/// Denied if a denial cue scopes over that region, else Hedged if a hedge cue does, else Asserted.
pub fn polarity_of(sentence: &str, region: (usize, usize)) -> Polarity {
    let len = sentence.len();
    let r0 = region.0.min(len);
    let r1 = region.1.min(len).max(r0);
    let (c0, c1) = clause_bounds(sentence, (r0, r1));
    let mut hedged = false;
    for (cue, scope) in scoped_cues(sentence) {
        if cue.start < c0 || cue.end > c1 {
            continue;
        }
        if scope == Scope::Local && cue.start >= r1.max(r0 + 1) {
            continue;
        }
        if in_aside(sentence, &cue, (r0, r1), (c0, c1)) {
            continue;
        }
        match cue.polarity {
            Polarity::Denied => return Polarity::Denied,
            Polarity::Hedged => hedged = true,
            Polarity::Asserted => {}
        }
    }
    if hedged {
        Polarity::Hedged
    } else {
        Polarity::Asserted
    }
}

/// How far a cue reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scope {
    /// Must precede the region or lie inside it.
    Local,
    /// Anywhere in the clause.
    Wide,
}

/// The cues of `s` with their scope: each cue's matches in [`CUES`] order that pass its check and
/// overlap no cue found before, sorted by position.
fn scoped_cues(s: &str) -> Vec<(PolarityCue, Scope)> {
    let mut out: Vec<(PolarityCue, Scope)> = Vec::new();
    for rule in CUES {
        for m in rule.rule.find_iter(s) {
            if let Some(check) = rule.check {
                if !check(s, m.start(), m.end()) {
                    continue;
                }
            }
            if out.iter().any(|(c, _)| c.start < m.end() && m.start() < c.end) {
                continue;
            }
            out.push((
                PolarityCue { start: m.start(), end: m.end(), polarity: rule.polarity },
                rule.scope,
            ));
        }
    }
    out.sort_by_key(|(c, _)| (c.start, c.end));
    out
}
