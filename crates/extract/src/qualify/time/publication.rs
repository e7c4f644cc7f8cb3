//! The publication date: the anchor of relative expressions ("last year", "on Monday").

use crate::model::PartialDate;
use chrono::{Datelike, NaiveDate};

/// The publication date at the precision the document gives it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Publication(PartialDate);

impl Publication {
    /// Reads `YYYY[-MM[-DD]]` at the start of `s`, also with `/` separators and a longer tail (a
    /// timestamp). Unlike [`PartialDate::parse`] it keeps what is valid: an impossible month
    /// leaves the year, an impossible day (`2015-02-31`) the month.
    pub(super) fn parse(s: Option<&str>) -> Option<Publication> {
        let s = s?.trim();
        let b = s.as_bytes();
        let digits = |from: usize, n: usize| -> Option<u32> {
            if b.len() < from + n || !b[from..from + n].iter().all(|c| c.is_ascii_digit()) {
                return None;
            }
            s.get(from..from + n)?.parse().ok()
        };
        let separator = |i: usize| b.get(i).is_some_and(|c| *c == b'-' || *c == b'/');
        let y = digits(0, 4)? as i32;
        let year = PartialDate::Year(y);
        let Some(m) = digits(5, 2).filter(|_| separator(4)) else { return Some(Publication(year)) };
        let Some(month) = PartialDate::month(y, m) else { return Some(Publication(year)) };
        let day = digits(8, 2).filter(|_| separator(7)).and_then(|d| PartialDate::day(y, m, d));
        Some(Publication(day.unwrap_or(month)))
    }

    pub(super) fn year(self) -> i32 {
        self.0.year_of()
    }

    pub(super) fn month(self) -> Option<u32> {
        match self.0 {
            PartialDate::Year(_) => None,
            PartialDate::Month(_, m) => Some(m),
            PartialDate::Day(d) => Some(d.month()),
        }
    }

    pub(super) fn day(self) -> Option<u32> {
        self.date().map(|d| d.day())
    }

    /// The full date, when the document gives the day.
    pub(super) fn date(self) -> Option<NaiveDate> {
        match self.0 {
            PartialDate::Day(d) => Some(d),
            _ => None,
        }
    }
}
