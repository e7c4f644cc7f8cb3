//! The clause and the aside a cue sits in: a cue reaches a fact only within its clause, and not
//! out of an aside.

use super::exceptions::words_after;
use super::PolarityCue;

rule!(
    /// Where a clause ends: `;`, a dash, `: ` and the contrast words.
    CLAUSE_BREAK = "polarity.clause_break",
    || r"(?i);|—|\s–\s|:\s|\b(?:but|however|whereas|while|although|though)\b".to_string()
);

/// The byte bounds of the clause around `region`.
pub(super) fn clause_bounds(s: &str, region: (usize, usize)) -> (usize, usize) {
    let (r0, r1) = region;
    let mut c0 = 0;
    let mut c1 = s.len();
    for m in CLAUSE_BREAK.find_iter(s) {
        // "not only ... but also" does not split
        if m.as_str().eq_ignore_ascii_case("but")
            && words_after(s, m.end(), 1).first().is_some_and(|w| w == "also")
        {
            continue;
        }
        if m.end() <= r0 {
            c0 = m.end();
        } else if m.start() >= r1 && m.start() < c1 {
            c1 = m.start();
        }
    }
    (c0, c1)
}

/// The cue lies in a comma- or bracket-delimited aside that the region does not touch, and the
/// aside is more than the cue itself.
pub(super) fn in_aside(
    s: &str,
    cue: &PolarityCue,
    region: (usize, usize),
    clause: (usize, usize),
) -> bool {
    let (c0, c1) = clause;
    let bytes = s.as_bytes();
    let inside = |a: usize, b: usize| -> bool {
        let touches = region.0 < b && a < region.1;
        if touches {
            return false;
        }
        let before = s.get(a..cue.start).unwrap_or("");
        let after = s.get(cue.end..b).unwrap_or("");
        !(before.trim().is_empty() && after.trim().is_empty())
    };
    // brackets
    let open = (c0..cue.start.min(c1)).rev().find(|&i| bytes[i] == b'(');
    if let Some(o) = open {
        let closed_between = (o..cue.start).any(|i| bytes[i] == b')');
        if !closed_between {
            if let Some(cl) = (cue.end..c1).find(|&i| bytes[i] == b')') {
                if inside(o + 1, cl) {
                    return true;
                }
            }
        }
    }
    // commas
    let p0 = (c0..cue.start.min(c1)).rev().find(|&i| bytes[i] == b',');
    let p1 = (cue.end..c1).find(|&i| bytes[i] == b',');
    if let (Some(p0), Some(p1)) = (p0, p1) {
        if inside(p0 + 1, p1) {
            return true;
        }
    }
    false
}
