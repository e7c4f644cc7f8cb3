//! The store's dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a longer timestamp from a web page) as
//! each format wants them: the period they name, its first and last day, STIX timestamps.

use chrono::{Datelike, NaiveDate};

/// A date at the precision it was stated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Partial {
    Year(i32),
    Month(i32, u32),
    Day(NaiveDate),
}

impl Partial {
    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and the date part of anything longer that starts
    /// with `YYYY-MM-DD` (`2015-03-08T10:00:00Z`). Anything else is not a date.
    pub fn parse(s: &str) -> Option<Partial> {
        let s = s.trim();
        let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
        let year = s.get(..4).filter(|y| digits(y, 4))?.parse().ok()?;
        match s.len() {
            4 => Some(Partial::Year(year)),
            7 if &s[4..5] == "-" && digits(&s[5..7], 2) => {
                let m: u32 = s[5..7].parse().ok()?;
                (1..=12).contains(&m).then_some(Partial::Month(year, m))
            }
            n if n >= 10
                && &s[4..5] == "-"
                && &s[7..8] == "-"
                && digits(&s[5..7], 2)
                && digits(&s[8..10], 2) =>
            {
                if n > 10 && !matches!(s.as_bytes()[10], b'T' | b't' | b' ') {
                    return None;
                }
                NaiveDate::from_ymd_opt(year, s[5..7].parse().ok()?, s[8..10].parse().ok()?)
                    .map(Partial::Day)
            }
            _ => None,
        }
    }

    pub fn first_day(self) -> NaiveDate {
        match self {
            Partial::Year(y) => NaiveDate::from_ymd_opt(y, 1, 1),
            Partial::Month(y, m) => NaiveDate::from_ymd_opt(y, m, 1),
            Partial::Day(d) => Some(d),
        }
        .expect("a parsed date is valid")
    }

    pub fn last_day(self) -> NaiveDate {
        match self {
            Partial::Year(y) => NaiveDate::from_ymd_opt(y, 12, 31).expect("a parsed year is valid"),
            Partial::Month(y, m) => {
                let next = if m == 12 {
                    NaiveDate::from_ymd_opt(y + 1, 1, 1)
                } else {
                    NaiveDate::from_ymd_opt(y, m + 1, 1)
                };
                next.and_then(|d| d.pred_opt()).expect("a parsed month is valid")
            }
            Partial::Day(d) => d,
        }
    }

    /// The date at its own precision: `2014`, `2014-04`, `2014-04-14` (what FollowTheMoney's date
    /// type and our CSV use).
    pub fn to_iso(self) -> String {
        match self {
            Partial::Year(y) => format!("{y:04}"),
            Partial::Month(y, m) => format!("{y:04}-{m:02}"),
            Partial::Day(d) => format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
        }
    }
}

/// `YYYY-MM-DD` of a day.
pub fn day(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// A STIX timestamp at the first instant of the period the date names.
pub fn stix_start(s: &str) -> Option<String> {
    Partial::parse(s).map(|p| format!("{}T00:00:00.000Z", day(p.first_day())))
}

/// A STIX timestamp at the last millisecond of the period the date names.
pub fn stix_end(s: &str) -> Option<String> {
    Partial::parse(s).map(|p| format!("{}T23:59:59.999Z", day(p.last_day())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_of_partial_dates() {
        assert_eq!(
            Partial::parse("2014").map(|p| (day(p.first_day()), day(p.last_day()))),
            Some(("2014-01-01".into(), "2014-12-31".into()))
        );
        assert_eq!(Partial::parse("2016-02").map(|p| day(p.last_day())), Some("2016-02-29".into()));
        assert_eq!(Partial::parse("2015-12").map(|p| day(p.last_day())), Some("2015-12-31".into()));
        assert_eq!(
            Partial::parse("2015-03-08T10:00:00Z").map(Partial::to_iso),
            Some("2015-03-08".into())
        );
        assert_eq!(stix_start("2014-04"), Some("2014-04-01T00:00:00.000Z".into()));
        assert_eq!(stix_end("2014-04-14"), Some("2014-04-14T23:59:59.999Z".into()));
        for bad in ["", "14", "2014-13", "2014-02-30", "March 2014", "2014/04/01", "2014-04-01x"] {
            assert_eq!(Partial::parse(bad), None, "{bad}");
        }
    }
}
