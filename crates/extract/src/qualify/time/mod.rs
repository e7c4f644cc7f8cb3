//! Time expressions in a sentence, resolved to `When` bounds (`YYYY[-MM[-DD]]`) and anchored on
//! the publication date for relative expressions ("last year", "on Monday", "in May").
//!
//! Conventions:
//! - a point in time ("in 2015", "5 March 2014", "last month") gives `{start: point, end: null}`;
//! - an interval ("the second half of 2014", "the 1990s", "between 2009 and 2014", "last week")
//!   gives both bounds;
//! - "since X" / "as early as X" / "from X" / "after X" open the end, "by X" / "until X" /
//!   "before X" open the start;
//! - relative expressions need the publication date (to the precision they need: a weekday needs a
//!   full date, "last month" a month, "last year" a year); without it they are consumed but yield
//!   nothing, so that no other rule misreads them.
//!
//! A bare four-digit number is read as a year only in a time context (after a time preposition,
//! in a date, in a range, in "the 2014 attack"), never when a count noun follows ("2000 fighters").
//!
//! Modules: [`expression`] reads a whole expression at a word (prepositions, ranges) from the
//! [`point`]s and [`relative`] points it holds; [`period`] resolves them (year inference);
//! [`publication`] is the anchor; [`words`] the word tables; [`scope`] picks the expression that
//! belongs to a fact.

mod expression;
mod period;
mod point;
mod publication;
mod relative;
mod scope;
#[cfg(test)]
mod tests;
mod words;

use crate::model::When;
use publication::Publication;

/// One time expression: its byte span in the sentence and the bounds it resolves to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeExpr {
    pub start: usize,
    pub end: usize,
    pub when: When,
}

/// All time expressions in `sentence`, in order. `published` is "YYYY[-MM[-DD]]" or None.
pub fn find_times(sentence: &str, published: Option<&str>) -> Vec<TimeExpr> {
    let p = Publication::parse(published);
    let s = sentence;
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < s.len() {
        if words::is_word_start(s, pos) {
            if let Some((start, end, when)) = expression::read_at(s, pos, p) {
                if let Some(when) = when {
                    out.push(TimeExpr { start, end, when });
                }
                pos = end.max(pos + 1);
                while pos < s.len() && !s.is_char_boundary(pos) {
                    pos += 1;
                }
                continue;
            }
        }
        pos = words::next_boundary(s, pos);
    }
    out
}

/// The `when` qualifier for a fact stated in this sentence: the best single expression. An
/// anchored expression (since/from/between/until/as early as/by/before/after, or an explicit range)
/// beats a bare mention; among equals the first wins. None when the sentence has no (resolvable)
/// time expression.
pub fn when_of(sentence: &str, published: Option<&str>) -> Option<When> {
    let times = find_times(sentence, published);
    scope::best_of(sentence, &times).map(|t| t.when.clone())
}

/// Like [`when_of`], but prefers the expression nearest to the byte region `region` (a fact's
/// trigger/arguments), among those of the best rank in the same clause (clauses split at ';' and
/// contrast words); falls back to [`when_of`]'s choice over the whole sentence.
pub fn when_near(sentence: &str, published: Option<&str>, region: (usize, usize)) -> Option<When> {
    let times = find_times(sentence, published);
    if times.is_empty() {
        return None;
    }
    scope::nearest(sentence, &times, region).map(|t| t.when.clone())
}
