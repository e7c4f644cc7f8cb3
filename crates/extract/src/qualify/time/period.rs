//! What an expression denotes: a [`Period`] of partial dates, and the [`Raw`] reading before the
//! year of a month mentioned without one is inferred.

use super::publication::Publication;
use crate::model::{PartialDate, When};
use chrono::{Datelike, NaiveDate};

pub(super) fn year(y: i32) -> PartialDate {
    PartialDate::Year(y)
}

pub(super) fn month(y: i32, m: u32) -> PartialDate {
    PartialDate::Month(y, m)
}

pub(super) fn day(d: NaiveDate) -> PartialDate {
    PartialDate::Day(d)
}

/// Resolved lower and upper bound of what an expression denotes (equal for a point).
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Period {
    pub(super) lo: Option<PartialDate>,
    pub(super) hi: Option<PartialDate>,
}

impl Period {
    pub(super) fn point(s: PartialDate) -> Period {
        Period { lo: Some(s), hi: Some(s) }
    }

    pub(super) fn span(a: PartialDate, b: PartialDate) -> Period {
        Period { lo: Some(a), hi: Some(b) }
    }

    /// The period as a fact's time with no anchor word: a point opens no end.
    pub(super) fn bare(self) -> When {
        if self.lo == self.hi {
            When { start: self.lo, end: None }
        } else {
            When { start: self.lo, end: self.hi }
        }
    }
}

/// A parsed expression before year inference.
#[derive(Debug, Clone)]
pub(super) enum Raw {
    Done(Period),
    /// A bare year: only a year in a time context.
    Year(i32),
    /// A month name with no year ("in May").
    Month(u32),
    /// Month and day with no year ("on March 5").
    MonthDay(u32, u32),
    /// Part of a month with no year ("in early March"): (month, first day, last day or 0 = end).
    MonthPart(u32, u32, u32),
    /// Recognised, but needs a publication date that is missing.
    Unresolved,
}

impl Raw {
    /// The year the reading states, which the other end of a range borrows.
    pub(super) fn year(&self) -> Option<i32> {
        match self {
            Raw::Year(y) => Some(*y),
            Raw::Done(p) => p.lo.or(p.hi).map(PartialDate::year_of),
            _ => None,
        }
    }
}

/// Year of a month (and day) mentioned without a year: the publication year, or the year before
/// when that month (day) lies after the publication date.
fn infer_year(m: u32, d: Option<u32>, p: Publication) -> i32 {
    match p.month() {
        Some(pm) if m > pm => p.year() - 1,
        Some(pm) if m == pm => match (d, p.day()) {
            (Some(d), Some(pd)) if d > pd => p.year() - 1,
            _ => p.year(),
        },
        _ => p.year(),
    }
}

/// The period a reading denotes. A month without a year takes `hint` (the year the other end of
/// a range states) or else the year inferred from the publication date.
pub(super) fn resolve(raw: Raw, hint: Option<i32>, p: Option<Publication>) -> Option<Period> {
    let year_for =
        |m: u32, d: Option<u32>| -> Option<i32> { hint.or_else(|| p.map(|p| infer_year(m, d, p))) };
    match raw {
        Raw::Done(per) => Some(per),
        Raw::Year(y) => Some(Period::point(year(y))),
        Raw::Month(m) => Some(Period::point(month(year_for(m, None)?, m))),
        Raw::MonthDay(m, d) => {
            let y = year_for(m, Some(d))?;
            NaiveDate::from_ymd_opt(y, m, d).map(|d| Period::point(day(d)))
        }
        Raw::MonthPart(m, a, b) => {
            let y = year_for(m, Some(a))?;
            month_part(y, m, a, b)
        }
        Raw::Unresolved => None,
    }
}

/// Days `a..=b` of a month (`b` 0: to its last day).
pub(super) fn month_part(y: i32, m: u32, a: u32, b: u32) -> Option<Period> {
    let b = if b == 0 { last_day(y, m) } else { b };
    let lo = NaiveDate::from_ymd_opt(y, m, a)?;
    let hi = NaiveDate::from_ymd_opt(y, m, b)?;
    Some(Period::span(day(lo), day(hi)))
}

/// The last day of month `m` (1 to 12, as month names give it) of year `y`.
fn last_day(y: i32, m: u32) -> u32 {
    month(y, m).last_day().day()
}

/// The months of a season of year `y` (winter runs into the next year; "fall" is autumn).
pub(super) fn season(name: &str, y: i32) -> Period {
    match name.to_ascii_lowercase().as_str() {
        "spring" => Period::span(month(y, 3), month(y, 5)),
        "summer" => Period::span(month(y, 6), month(y, 8)),
        "winter" => Period::span(month(y, 12), month(y + 1, 2)),
        _ => Period::span(month(y, 9), month(y, 11)),
    }
}

/// The last month of a season of year `y`, as (year, month).
pub(super) fn season_end(name: &str, y: i32) -> (i32, u32) {
    match name {
        "spring" => (y, 5),
        "summer" => (y, 8),
        "winter" => (y + 1, 2),
        _ => (y, 11),
    }
}

/// The month before month `m` of year `y`.
pub(super) fn prev_month(y: i32, m: u32) -> (i32, u32) {
    if m == 1 {
        (y - 1, 12)
    } else {
        (y, m - 1)
    }
}
