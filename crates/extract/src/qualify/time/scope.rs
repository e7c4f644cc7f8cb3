//! Which of a sentence's time expressions belongs to a fact: anchored expressions first, then
//! the one nearest the fact within its clause.

use super::TimeExpr;

rule!(
    /// Where a clause ends, for [`clause_bounds`].
    CLAUSE_BREAK = "time.clause_break",
    || r"(?i)[;:]|\b(?:but|however|whereas|while|although|though)\b".to_string()
);

rule!(
    /// An explicit range of years ("2009-2014", "the years 2009 to 2014"): anchored like
    /// "between".
    RANGE_OF_YEARS = "time.range_of_years",
    || r"(?x) ^(?:the\s+)?(?:years\s+)?(?:19|20)\d\d\s*(?:-|–|—|/|to)\s*(?:(?:19|20)?\d\d)\b"
        .to_string()
);

/// Words that anchor a bound ("since 2011", "by 2001").
const ANCHORS: [&str; 13] = [
    "since ",
    "from ",
    "between ",
    "until ",
    "till ",
    "up until ",
    "as early as ",
    "as far back as ",
    "by ",
    "before ",
    "after ",
    "prior to ",
    "as late as ",
];

/// The best expression of the sentence: anchored before bare, then the first.
pub(super) fn best_of<'a>(sentence: &str, times: &'a [TimeExpr]) -> Option<&'a TimeExpr> {
    times.iter().min_by_key(|t| (rank(sentence, t), t.start))
}

/// The best expression in the clause that holds `region`, nearest to it; [`best_of`] the whole
/// sentence when that clause has none.
pub(super) fn nearest<'a>(
    sentence: &str,
    times: &'a [TimeExpr],
    region: (usize, usize),
) -> Option<&'a TimeExpr> {
    let (c0, c1) = clause_bounds(sentence, region);
    let local: Vec<&TimeExpr> = times.iter().filter(|t| t.start >= c0 && t.end <= c1).collect();
    if local.is_empty() {
        return best_of(sentence, times);
    }
    let dist = |t: &TimeExpr| -> usize {
        region.0.saturating_sub(t.end).max(t.start.saturating_sub(region.1))
    };
    local.into_iter().min_by_key(|t| (rank(sentence, t), dist(t), t.start))
}

/// 0 for anchored expressions, 1 for bare mentions.
fn rank(sentence: &str, t: &TimeExpr) -> u8 {
    let text = sentence.get(t.start..t.end).unwrap_or("").to_ascii_lowercase();
    if ANCHORS.iter().any(|a| text.starts_with(a)) {
        return 0;
    }
    if t.when.start.is_some() && t.when.end.is_some() && RANGE_OF_YEARS.is_match(&text) {
        return 0;
    }
    1
}

/// The byte bounds of the clause around `region`.
fn clause_bounds(s: &str, region: (usize, usize)) -> (usize, usize) {
    let r0 = region.0.min(s.len());
    let r1 = region.1.max(r0).min(s.len());
    let mut c0 = 0;
    let mut c1 = s.len();
    for m in CLAUSE_BREAK.find_iter(s) {
        if m.end() <= r0 {
            c0 = m.end();
        } else if m.start() >= r1 && m.start() < c1 {
            c1 = m.start();
        }
    }
    (c0, c1)
}
