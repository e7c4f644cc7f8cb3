//! One point or period of time stated outright, read at a given offset: full dates in every
//! spelling, a month with its day or year, decades, halves, quarters, parts of a year or month,
//! seasons, and (in a time context) a bare year or month. Relative expressions are in
//! [`super::relative`].

use super::period::{self, month_part, Period, Raw};
use super::publication::Publication;
use super::relative;
use super::words::{capitalised, month_num, year_context_ok};
use chrono::NaiveDate;
use regex::Captures;

/// A reading of an expression: where it ends, and what it says.
pub(super) type Reading = (usize, Raw);

/// A month name or abbreviation (group 1), with its abbreviation's dot. Verbose syntax: only for
/// `(?x)` patterns.
pub(super) const MONTH: &str = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?
    |july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?";

/// A year of the last or this century (a group).
pub(super) const YEAR: &str = r"((?:19|20)\d\d)\b";

rule!(
    /// 2014-03-05
    ISO_DATE = "time.iso_date",
    || format!(r"^{YEAR}-(\d{{1,2}})-(\d{{1,2}})\b")
);

rule!(
    /// "the 1990s", "the early 2000s"
    DECADE = "time.decade",
    || r"(?i)^(?:the\s+)?(?:(early|mid|late)[\s-]+)?((?:19|20)\d0)['’]?s\b".to_string()
);

rule!(
    /// "the second half of 2014"
    HALF_YEAR = "time.half_year",
    || {
        format!(
            r"(?ix) ^ (?:the\s+)?
            (first|second|latter|last|1st|2nd) \s+ half \s+ of \s+
            (?:the\s+year\s+)? {YEAR}"
        )
    }
);

rule!(
    /// "the third quarter of 2016"
    QUARTER = "time.quarter",
    || {
        format!(
            r"(?ix) ^ (?:the\s+)?
            (first|second|third|fourth|final|last|1st|2nd|3rd|4th) \s+ quarter \s+ of \s+
            (?:the\s+year\s+)? {YEAR}"
        )
    }
);

rule!(
    /// "early 2015", "mid-2015", "the end of 2015"
    PART_OF_YEAR = "time.part_of_year",
    || {
        format!(
            r"(?ix) ^ (?:the\s+)?
            (early|late|later|mid|middle\s+of|end\s+of|beginning\s+of|start\s+of|close\s+of)
            (?:\s+in)?
            (?:\s*-\s*|\s+)         # mid-2015, mid 2015
            (?:the\s+year\s+)? {YEAR}"
        )
    }
);

rule!(
    /// "early March 2015", "mid-May"
    PART_OF_MONTH = "time.part_of_month",
    || {
        format!(
            r"(?ix) ^ (?:the\s+)?
            (early|late|mid|middle\s+of|end\s+of|beginning\s+of|start\s+of)
            (?:\s*-\s*|\s+)         # mid-May, mid May
            {MONTH}
            (?:,?\s+(?:of\s+)?{YEAR})?"
        )
    }
);

rule!(
    /// "the spring of 2015", "late summer 2014"
    SEASON_OF_YEAR = "time.season_of_year",
    || {
        format!(
            r"(?ix) ^ (?:the\s+)?
            (?:(?:early|late|mid)[\s-]+)?
            (spring|summer|autumn|fall|winter) \s+ (?:of\s+)? {YEAR}"
        )
    }
);

rule!(
    /// "5 March 2014", "the 5th of March"
    DAY_MONTH_YEAR = "time.day_month_year",
    || format!(r"(?ix)
        ^(?:the\s+)?([0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?")
);

rule!(
    /// "March 5, 2014", "Mar. 5"
    MONTH_DAY_YEAR = "time.month_day_year",
    || format!(r"(?ix)
        ^{MONTH}\s+([0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+{YEAR})?")
);

rule!(
    /// "March 2014", "March of 2014"
    MONTH_YEAR = "time.month_year",
    || format!(r"(?ix)
        ^{MONTH},?\s+(?:of\s+)?{YEAR}")
);

rule!(
    /// A year alone, read as one only in a time context.
    BARE_YEAR = "time.bare_year",
    || format!(r"^{YEAR}")
);

rule!(
    /// A month alone, read as one only in a time context.
    MONTH_ONLY = "time.month_only",
    || format!(r"(?ix)
        ^{MONTH}")
);

/// Parses one expression starting exactly at `pos`. Returns the end offset and the raw value.
/// `ctx`: preceded by a time preposition, so a bare year or a bare month name counts.
///
/// The shapes are tried in this order, and a shape that matches decides, except where its reader
/// gives `Some(None)` (the text is not that shape after all): then the next shape is tried.
pub(super) fn parse_point(
    s: &str,
    pos: usize,
    p: Option<Publication>,
    ctx: bool,
) -> Option<Reading> {
    let rest = s.get(pos..)?;
    if let Some(c) = ISO_DATE.captures(rest) {
        if let Some(found) = iso_date(&c, pos)? {
            return Some(found);
        }
    }
    if let Some(c) = DECADE.captures(rest) {
        return decade(&c, pos);
    }
    if let Some(c) = HALF_YEAR.captures(rest) {
        return half_year(&c, pos);
    }
    if let Some(c) = QUARTER.captures(rest) {
        return quarter(&c, pos);
    }
    if let Some(c) = PART_OF_YEAR.captures(rest) {
        return part_of_year(&c, pos);
    }
    if let Some(c) = PART_OF_MONTH.captures(rest) {
        if let Some(found) = part_of_month(&c, pos)? {
            return Some(found);
        }
    }
    if let Some(c) = SEASON_OF_YEAR.captures(rest) {
        return Some((pos + c[0].len(), Raw::Done(period::season(&c[1], c[2].parse().ok()?))));
    }
    if let Some(c) = relative::RELATIVE_SEASON.captures(rest) {
        return relative::season(&c, pos, p);
    }
    if let Some(c) = DAY_MONTH_YEAR.captures(rest) {
        if let Some(found) = day_month_year(&c, pos)? {
            return Some(found);
        }
    }
    if let Some(c) = MONTH_DAY_YEAR.captures(rest) {
        if let Some(found) = month_day_year(s, &c, pos)? {
            return Some(found);
        }
    }
    if let Some(c) = MONTH_YEAR.captures(rest) {
        let m = month_num(&c[1])?;
        let y: i32 = c[2].parse().ok()?;
        return Some((pos + c[0].len(), Raw::Done(Period::point(period::month(y, m)))));
    }
    if let Some(found) = relative::parse_relative(s, pos, p)? {
        return Some(found);
    }
    if ctx {
        return in_time_context(s, pos);
    }
    None
}

// Each reader below turns the captures of its shape's rule into a reading. `None` (a `?` that
// fails) gives up on the whole expression; a reader that gives `Option<Option<Reading>>` says
// `Some(None)` when the text is not its shape after all.

/// 2014-03-05, unless the day is not in that month.
fn iso_date(c: &Captures, pos: usize) -> Option<Option<Reading>> {
    let y: i32 = c[1].parse().ok()?;
    let m: u32 = c[2].parse().ok()?;
    let d: u32 = c[3].parse().ok()?;
    let date = NaiveDate::from_ymd_opt(y, m, d);
    Some(date.map(|date| (pos + c[0].len(), Raw::Done(Period::point(period::day(date))))))
}

/// The years of a decade, or of its early (0-3), mid (4-6) or late (7-9) part.
fn decade(c: &Captures, pos: usize) -> Option<Reading> {
    let y: i32 = c[2].parse().ok()?;
    let (a, b) = match c.get(1).map(|m| m.as_str().to_ascii_lowercase()).as_deref() {
        Some("early") => (0, 3),
        Some("mid") => (4, 6),
        Some("late") => (7, 9),
        _ => (0, 9),
    };
    Some((pos + c[0].len(), Raw::Done(Period::span(period::year(y + a), period::year(y + b)))))
}

fn half_year(c: &Captures, pos: usize) -> Option<Reading> {
    let y: i32 = c[2].parse().ok()?;
    let first = matches!(c[1].to_ascii_lowercase().as_str(), "first" | "1st");
    let (a, b) = if first { (1, 6) } else { (7, 12) };
    Some((pos + c[0].len(), Raw::Done(Period::span(period::month(y, a), period::month(y, b)))))
}

fn quarter(c: &Captures, pos: usize) -> Option<Reading> {
    let y: i32 = c[2].parse().ok()?;
    let q = match c[1].to_ascii_lowercase().as_str() {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        _ => 4,
    };
    let months = Period::span(period::month(y, 3 * q - 2), period::month(y, 3 * q));
    Some((pos + c[0].len(), Raw::Done(months)))
}

/// Early (January-April), mid (May-August), late (September-December); the end of a year is
/// its December, the beginning its January.
fn part_of_year(c: &Captures, pos: usize) -> Option<Reading> {
    let y: i32 = c[2].parse().ok()?;
    let w = c[1].to_ascii_lowercase();
    let month = |m| period::month(y, m);
    let per = if w == "early" {
        Period::span(month(1), month(4))
    } else if w.starts_with("mid") {
        Period::span(month(5), month(8))
    } else if w.starts_with("late") {
        Period::span(month(9), month(12))
    } else if w.starts_with("end") || w.starts_with("close") {
        Period::point(month(12))
    } else {
        Period::point(month(1))
    };
    Some((pos + c[0].len(), Raw::Done(per)))
}

/// Days 1-10, 11-20 or 21 to the end of a month; without a year only a capitalised month name
/// ("in early May", not "early may").
fn part_of_month(c: &Captures, pos: usize) -> Option<Option<Reading>> {
    let mtext = c.get(2)?.as_str();
    if c.get(3).is_none() && !capitalised(mtext) {
        return Some(None);
    }
    let m = month_num(mtext)?;
    let w = c[1].to_ascii_lowercase();
    let (a, b) = if w == "early" || w.starts_with("beginning") || w.starts_with("start") {
        (1, 10)
    } else if w.starts_with("mid") {
        (11, 20)
    } else {
        (21, 0)
    };
    let raw = match c.get(3) {
        Some(y) => Raw::Done(month_part(y.as_str().parse().ok()?, m, a, b)?),
        None => Raw::MonthPart(m, a, b),
    };
    Some(Some((pos + c[0].len(), raw)))
}

/// "5 March 2014"; without a year only a capitalised month name.
fn day_month_year(c: &Captures, pos: usize) -> Option<Option<Reading>> {
    let d: u32 = c[1].parse().ok()?;
    let mtext = c.get(2)?.as_str();
    let m = month_num(mtext)?;
    let end = pos + c[0].len();
    if !(1..=31).contains(&d) {
        return Some(None);
    }
    match c.get(3) {
        Some(y) => {
            let date = NaiveDate::from_ymd_opt(y.as_str().parse().ok()?, m, d);
            Some(date.map(|date| (end, Raw::Done(Period::point(period::day(date))))))
        }
        None if capitalised(mtext) => Some(Some((end, Raw::MonthDay(m, d)))),
        None => Some(None),
    }
}

/// "March 5, 2014"; without a year only a capitalised month name and a day that is not a
/// figure's first digits ("March 5,000").
fn month_day_year(s: &str, c: &Captures, pos: usize) -> Option<Option<Reading>> {
    let mtext = c.get(1)?.as_str();
    let m = month_num(mtext)?;
    let d: u32 = c[2].parse().ok()?;
    let end = pos + c[0].len();
    let day_end = c.get(2)?.end() + pos;
    let tail = s.get(day_end..).unwrap_or("");
    let grouped = {
        let mut it = tail.chars();
        matches!(it.next(), Some(',') | Some('.')) && it.next().is_some_and(|c| c.is_ascii_digit())
    } && c.get(3).is_none();
    if !(1..=31).contains(&d) || grouped {
        return Some(None);
    }
    match c.get(3) {
        Some(y) => {
            let date = NaiveDate::from_ymd_opt(y.as_str().parse().ok()?, m, d);
            Some(date.map(|date| (end, Raw::Done(Period::point(period::day(date))))))
        }
        None if capitalised(mtext) && year_context_ok(s, c.get(2)?.start() + pos, day_end) => {
            Some(Some((end, Raw::MonthDay(m, d))))
        }
        None => Some(None),
    }
}

/// A bare year or a capitalised month name, after a time preposition.
fn in_time_context(s: &str, pos: usize) -> Option<Reading> {
    let rest = s.get(pos..)?;
    if let Some(c) = BARE_YEAR.captures(rest) {
        let end = pos + c[0].len();
        if year_context_ok(s, pos, end) {
            return Some((end, Raw::Year(c[1].parse().ok()?)));
        }
        return None;
    }
    if let Some(c) = MONTH_ONLY.captures(rest) {
        if capitalised(&c[0]) {
            let m = month_num(&c[1])?;
            // "in May 2015" is read above; reject "May 2,000"-like noise
            return Some((pos + c[0].len(), Raw::Month(m)));
        }
    }
    None
}
