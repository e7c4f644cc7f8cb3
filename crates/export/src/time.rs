//! The store's dates as each format wants them: the period a [`PartialDate`] names, its first
//! and last day, STIX timestamps. Dates are read with [`PartialDate::parse_prefix`], so a longer
//! timestamp from a web page (`2015-03-08T10:00:00Z`) gives its day.

use allegiance_model::PartialDate;
use chrono::{Datelike, NaiveDate};

/// `YYYY-MM-DD` of a day.
pub fn day(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// A stored date (a fact's time, an article's publication date, a storage timestamp), if it is one.
pub fn date(s: &str) -> Option<PartialDate> {
    PartialDate::parse_prefix(s)
}

/// A STIX timestamp at the first instant of the period the date names.
pub fn stix_start(d: PartialDate) -> String {
    format!("{}T00:00:00.000Z", day(d.first_day()))
}

/// A STIX timestamp at the last millisecond of the period the date names.
pub fn stix_end(d: PartialDate) -> String {
    format!("{}T23:59:59.999Z", day(d.last_day()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_of_partial_dates() {
        assert_eq!(
            date("2014").map(|p| (day(p.first_day()), day(p.last_day()))),
            Some(("2014-01-01".into(), "2014-12-31".into()))
        );
        assert_eq!(date("2015-03-08T10:00:00Z").map(|p| p.to_string()), Some("2015-03-08".into()));
        assert_eq!(date("2014-04").map(stix_start), Some("2014-04-01T00:00:00.000Z".into()));
        assert_eq!(date("2014-04-14").map(stix_end), Some("2014-04-14T23:59:59.999Z".into()));
        assert_eq!(date("2016-02").map(stix_end), Some("2016-02-29T23:59:59.999Z".into()));
        for bad in ["", "14", "2014-13", "2014-02-30", "March 2014", "2014/04/01", "2014-04-01x"] {
            assert_eq!(date(bad), None, "{bad}");
        }
    }
}
