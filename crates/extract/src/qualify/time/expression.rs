//! A whole time expression at a word: a range ("between 2009 and 2014", "2009-2014"), a point
//! after a preposition that anchors a bound ("since 2011", "by 2001"), "the 2014 attack", or a
//! point alone.

use super::period::{self, resolve, Period, Raw};
use super::point::{parse_point, YEAR};
use super::publication::Publication;
use super::words::{next_word, word_before, year_context_ok, OF_HEADS};
use crate::model::When;
use regex::Captures;

/// An expression found: its span's start and end, and what it resolves to (None: read, so that
/// no other rule misreads it, but it resolves to nothing).
type Found = (usize, usize, Option<When>);

rule!(
    /// "between" or "from" before the first end of a range
    RANGE_HEAD = "time.range_head",
    || r"(?i)^(between|from)\s+".to_string()
);

rule!(
    /// What joins the two ends of a range
    RANGE_MID = "time.range_mid",
    || r"(?i)^\s*(?:and|to|until|till|through|-|–|—)\s*".to_string()
);

rule!(
    /// "2009-2014", "2009–14", "the years 2009 to 2014"
    YEAR_RANGE = "time.year_range",
    || format!(r"(?i)^(?:the\s+years\s+)?{YEAR}\s*(?:-|–|—|/|to)\s*((?:19|20)?\d\d)\b")
);

rule!(
    /// "the 2014 attack"
    THE_YEAR = "time.the_year",
    || format!(r"(?i)^the\s+{YEAR}")
);

rule!(
    /// A preposition before a point: its word decides which bound the point gives.
    PREFIX = "time.prefix",
    || {
        r"(?ix) ^
        (since|as\s+early\s+as|as\s+far\s+back\s+as|as\s+late\s+as|as\s+of|by|until|till
        |up\s+until|up\s+to|before|after|prior\s+to|through|throughout|during|in|on|at|around
        |circa|of|for|from)
        \s+ (?:at\s+least\s+)?"
            .to_string()
    }
);

/// Tries every shape at word start `pos`, in order: a range after "between"/"from", a point after
/// a preposition, a range of years, "the YEAR" before a noun, a point alone.
pub(super) fn read_at(s: &str, pos: usize, p: Option<Publication>) -> Option<Found> {
    let rest = s.get(pos..)?;
    if let Some(h) = RANGE_HEAD.captures(rest) {
        if let Some(found) = range(s, pos, &h, p)? {
            return Some(found);
        }
    }
    if let Some(h) = PREFIX.captures(rest) {
        if let Some(found) = after_preposition(s, pos, &h, p) {
            return Some(found);
        }
    }
    if let Some(r) = year_range(s, pos) {
        return Some(r);
    }
    if let Some(c) = THE_YEAR.captures(rest) {
        if let Some(found) = the_year_before_noun(s, pos, &c)? {
            return Some(found);
        }
    }
    if let Some((end, raw)) = parse_point(s, pos, p, false) {
        return Some((pos, end, resolve(raw, None, p).map(Period::bare)));
    }
    None
}

/// "between 2009 and 2014", "from March to May 2015" (each end lends its year to the other),
/// "from 2011" alone; "rose from 2000 to 3000" is a count range, read and dropped.
fn range(s: &str, pos: usize, h: &Captures, p: Option<Publication>) -> Option<Option<Found>> {
    let a_at = pos + h[0].len();
    let Some((a_end, a)) = parse_point(s, a_at, p, true) else { return Some(None) };
    let after_a = s.get(a_end..).unwrap_or("");
    if let Some(mid) = RANGE_MID.find(after_a) {
        let b_at = a_end + mid.end();
        if let Some((b_end, b)) = parse_point(s, b_at, p, true) {
            let (ya, yb) = (a.year(), b.year());
            let lo = resolve(a.clone(), yb, p);
            let hi = resolve(b.clone(), ya, p);
            let ordered = match (ya, yb) {
                (Some(x), Some(y)) => x <= y,
                _ => true,
            };
            if ordered {
                let when = match (lo, hi) {
                    (Some(lo), Some(hi)) => Some(When { start: lo.lo, end: hi.hi }),
                    _ => None,
                };
                return Some(Some((pos, b_end, when)));
            }
        }
    }
    let count_range = matches!(a, Raw::Year(_))
        && RANGE_MID
            .find(after_a)
            .is_some_and(|m| after_a[m.end()..].starts_with(|c: char| c.is_ascii_digit()));
    if count_range {
        let m = RANGE_MID.find(after_a)?;
        let num = after_a[m.end()..]
            .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
            .unwrap_or(after_a.len() - m.end());
        return Some(Some((pos, a_end + m.end() + num, None)));
    }
    if h[1].eq_ignore_ascii_case("from") {
        let when = resolve(a, None, p).map(|per| When { start: per.lo, end: None });
        return Some(Some((pos, a_end, when)));
    }
    Some(None)
}

/// A point after a preposition ("since 2011", "in May", "by 2001"), or a range of years right
/// after one ("in 2009-2014"). Some prepositions ("up to", "around", "for") take no bare year,
/// and "of" takes one only after a word of time ("the end of 2014").
fn after_preposition(s: &str, pos: usize, h: &Captures, p: Option<Publication>) -> Option<Found> {
    let kw = h[1].to_ascii_lowercase().split_whitespace().collect::<Vec<_>>().join(" ");
    let at = pos + h[0].len();
    let bare_ok = match kw.as_str() {
        "up to" | "around" | "circa" | "at" | "for" => false,
        "of" => word_before(s, pos).is_some_and(|w| OF_HEADS.contains(&w.as_str())),
        _ => true,
    };
    let (end, raw) = parse_point(s, at, p, bare_ok)?;
    if let Raw::Year(_) = raw {
        if let Some((_, rend, rw)) = year_range(s, at) {
            return Some((pos, rend, rw));
        }
    }
    let when = resolve(raw, None, p).map(|per| bound_after(&kw, per));
    Some((pos, end, when))
}

/// The bound a period gives after preposition `kw`.
fn bound_after(kw: &str, per: Period) -> When {
    match kw {
        "since" | "as early as" | "as far back as" | "from" => When { start: per.lo, end: None },
        "after" => When { start: per.hi, end: None },
        "by" | "before" | "prior to" => When { start: None, end: per.lo },
        "until" | "till" | "up until" | "up to" | "through" | "as late as" => {
            When { start: None, end: per.hi }
        }
        _ => per.bare(),
    }
}

/// "the 2014 attack", "the 2014's": the year alone is the expression.
fn the_year_before_noun(s: &str, pos: usize, c: &Captures) -> Option<Option<Found>> {
    let y = c.get(1)?;
    let (ys, ye) = (pos + y.start(), pos + y.end());
    let next = next_word(s, ye);
    let possessive = s.get(ye..).is_some_and(|t| t.starts_with("'s") || t.starts_with("’s"));
    if (possessive || next.is_some_and(|w| w.chars().all(|c| c.is_alphabetic() || c == '-')))
        && year_context_ok(s, ys, ye)
    {
        let y: i32 = y.as_str().parse().ok()?;
        return Some(Some((ys, ye, Some(Period::point(period::year(y)).bare()))));
    }
    Some(None)
}

/// "2009-2014", "2009–14": a later year, at most 60 years on, and not an ISO date or a count
/// range ("1990-2000 fighters").
fn year_range(s: &str, pos: usize) -> Option<Found> {
    let rest = s.get(pos..)?;
    let c = YEAR_RANGE.captures(rest)?;
    let a: i32 = c[1].parse().ok()?;
    let braw = &c[2];
    let b: i32 = if braw.len() == 2 {
        (a / 100) * 100 + braw.parse::<i32>().ok()?
    } else {
        braw.parse().ok()?
    };
    let end = pos + c[0].len();
    let ys = pos + c.get(1)?.start();
    let tail = s.get(end..).unwrap_or("");
    if tail.starts_with('-') && tail[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if b <= a || b - a > 60 || !year_context_ok(s, ys, end) {
        return None;
    }
    Some((pos, end, Some(When { start: Some(period::year(a)), end: Some(period::year(b)) })))
}
