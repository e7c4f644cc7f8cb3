//! Dates as articles state them: a year, a month or a day (`YYYY[-MM[-DD]]`).

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

/// A date at the precision it was stated. Written `2014`, `2014-06` or `2014-06-29`; only real
/// calendar dates exist (no 2015-02-30).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PartialDate {
    Year(i32),
    Month(i32, u32),
    Day(NaiveDate),
}

/// Text that is not a `YYYY[-MM[-DD]]` date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")]
pub struct DateError(pub String);

impl PartialDate {
    pub fn year(y: i32) -> Option<PartialDate> {
        (0..=9999).contains(&y).then_some(PartialDate::Year(y))
    }

    pub fn month(y: i32, m: u32) -> Option<PartialDate> {
        ((0..=9999).contains(&y) && (1..=12).contains(&m)).then_some(PartialDate::Month(y, m))
    }

    pub fn day(y: i32, m: u32, d: u32) -> Option<PartialDate> {
        if !(0..=9999).contains(&y) {
            return None;
        }
        NaiveDate::from_ymd_opt(y, m, d).map(PartialDate::Day)
    }

    /// Exactly `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (surrounding whitespace allowed).
    pub fn parse(s: &str) -> Result<PartialDate, DateError> {
        let t = s.trim();
        let b = t.as_bytes();
        let err = || DateError(s.to_string());
        let num = |r: std::ops::Range<usize>| -> Result<u32, DateError> {
            let part = t.get(r).ok_or_else(err)?;
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().map_err(|_| err())
            } else {
                Err(err())
            }
        };
        let dash = |i: usize| b.get(i) == Some(&b'-');
        match b.len() {
            4 => PartialDate::year(num(0..4)? as i32),
            7 if dash(4) => PartialDate::month(num(0..4)? as i32, num(5..7)?),
            10 if dash(4) && dash(7) => {
                PartialDate::day(num(0..4)? as i32, num(5..7)?, num(8..10)?)
            }
            _ => None,
        }
        .ok_or_else(err)
    }

    /// Like [`PartialDate::parse`], and also the date part of a longer timestamp that starts with
    /// `YYYY-MM-DD` followed by `T` or a space (`2015-03-08T10:00:00Z`).
    pub fn parse_prefix(s: &str) -> Option<PartialDate> {
        let t = s.trim();
        if t.len() > 10 && t.is_char_boundary(10) {
            let (date, rest) = t.split_at(10);
            return matches!(rest.as_bytes()[0], b'T' | b't' | b' ')
                .then(|| PartialDate::parse(date).ok())
                .flatten();
        }
        PartialDate::parse(t).ok()
    }

    pub fn year_of(self) -> i32 {
        match self {
            PartialDate::Year(y) | PartialDate::Month(y, _) => y,
            PartialDate::Day(d) => d.year(),
        }
    }

    /// 1 for a year, 2 for a month, 3 for a day.
    pub fn precision(self) -> u8 {
        match self {
            PartialDate::Year(_) => 1,
            PartialDate::Month(..) => 2,
            PartialDate::Day(_) => 3,
        }
    }

    /// The same date at a coarser precision (never finer than it is).
    pub fn truncate(self, precision: u8) -> PartialDate {
        match (self, precision) {
            (PartialDate::Month(y, _), 1) => PartialDate::Year(y),
            (PartialDate::Day(d), 1) => PartialDate::Year(d.year()),
            (PartialDate::Day(d), 2) => PartialDate::Month(d.year(), d.month()),
            (same, _) => same,
        }
    }

    pub fn first_day(self) -> NaiveDate {
        match self {
            PartialDate::Year(y) => NaiveDate::from_ymd_opt(y, 1, 1),
            PartialDate::Month(y, m) => NaiveDate::from_ymd_opt(y, m, 1),
            PartialDate::Day(d) => Some(d),
        }
        .expect("a PartialDate is a real date")
    }

    pub fn last_day(self) -> NaiveDate {
        match self {
            PartialDate::Year(y) => NaiveDate::from_ymd_opt(y, 12, 31),
            PartialDate::Month(y, m) => {
                let next = if m == 12 {
                    NaiveDate::from_ymd_opt(y + 1, 1, 1)
                } else {
                    NaiveDate::from_ymd_opt(y, m + 1, 1)
                };
                next.and_then(|d| d.pred_opt())
            }
            PartialDate::Day(d) => Some(d),
        }
        .expect("a PartialDate is a real date")
    }

    /// Compares at the coarser of the two precisions: `2014` and `2014-06` are equal.
    pub fn cmp_coarse(self, other: PartialDate) -> Ordering {
        let p = self.precision().min(other.precision());
        self.truncate(p).cmp(&other.truncate(p))
    }
}

/// Chronological by first day, then coarser before finer (`2014` < `2014-01` < `2014-01-01`),
/// which is also the order of the written forms.
impl Ord for PartialDate {
    fn cmp(&self, other: &PartialDate) -> Ordering {
        self.first_day().cmp(&other.first_day()).then(self.precision().cmp(&other.precision()))
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &PartialDate) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PartialDate::Year(y) => write!(f, "{y:04}"),
            PartialDate::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            PartialDate::Day(d) => write!(f, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
        }
    }
}

impl FromStr for PartialDate {
    type Err = DateError;

    fn from_str(s: &str) -> Result<PartialDate, DateError> {
        PartialDate::parse(s)
    }
}

impl From<NaiveDate> for PartialDate {
    fn from(d: NaiveDate) -> PartialDate {
        PartialDate::Day(d)
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<PartialDate, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        PartialDate::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// In the web API's description a date is a string of the written form.
#[cfg(feature = "openapi")]
impl utoipa::PartialSchema for PartialDate {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::Type::String)
            .description(Some("A date at the precision stated: YYYY, YYYY-MM or YYYY-MM-DD"))
            .examples(["2014", "2014-06", "2014-06-29"])
            .into()
    }
}

#[cfg(feature = "openapi")]
impl utoipa::ToSchema for PartialDate {}

/// A time qualifier: `YYYY[-MM[-DD]]` bounds, either may be open.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct When {
    pub start: Option<PartialDate>,
    pub end: Option<PartialDate>,
}

impl When {
    /// The bound a fact is dated by: its start, else its end.
    pub fn stated(&self) -> Option<PartialDate> {
        self.start.or(self.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap()
    }

    #[test]
    fn three_precisions_and_nothing_else() {
        assert_eq!(d("2014"), PartialDate::Year(2014));
        assert_eq!(d(" 2014-06 "), PartialDate::Month(2014, 6));
        assert_eq!(d("2016-02-29").to_string(), "2016-02-29");
        for bad in [
            "",
            "14",
            "2014-13",
            "2015-02-29",
            "2015-02-31",
            "2014-6",
            "2014/04/01",
            "March 2014",
            "2014-04-01x",
            "２０１４",
            "+201",
        ] {
            assert!(PartialDate::parse(bad).is_err(), "{bad}");
        }
        assert!(PartialDate::parse("2015-02-30").unwrap_err().to_string().contains("2015-02-30"));
    }

    #[test]
    fn timestamps_give_their_day() {
        assert_eq!(PartialDate::parse_prefix("2015-03-08T10:00:00Z"), Some(d("2015-03-08")));
        assert_eq!(PartialDate::parse_prefix("2015-03-08 10:00"), Some(d("2015-03-08")));
        assert_eq!(PartialDate::parse_prefix("2015-03-08x"), None);
        assert_eq!(PartialDate::parse_prefix("2015-03"), Some(d("2015-03")));
    }

    #[test]
    fn periods_cover_their_precision() {
        assert_eq!(d("2016-02").last_day().to_string(), "2016-02-29");
        assert_eq!(d("2015-12").last_day().to_string(), "2015-12-31");
        assert_eq!(d("2014").first_day().to_string(), "2014-01-01");
    }

    #[test]
    fn order_is_the_written_order_and_coarse_comparison_ignores_finer_parts() {
        let mut v = [d("2014-01-01"), d("2013-12"), d("2014"), d("2014-01")];
        v.sort();
        assert_eq!(
            v.iter().map(|x| x.to_string()).collect::<Vec<_>>(),
            ["2013-12", "2014", "2014-01", "2014-01-01"]
        );
        assert_eq!(d("2014").cmp_coarse(d("2014-06")), Ordering::Equal);
        assert_eq!(d("2014-05").cmp_coarse(d("2014-06-01")), Ordering::Less);
    }

    #[test]
    fn serde_is_the_written_form() {
        let w = When { start: Some(d("2014-06")), end: None };
        let json = serde_json::to_string(&w).unwrap();
        assert_eq!(json, r#"{"start":"2014-06","end":null}"#);
        assert_eq!(serde_json::from_str::<When>(&json).unwrap(), w);
        assert!(serde_json::from_str::<When>(r#"{"start":"2014-02-30","end":null}"#).is_err());
    }
}
