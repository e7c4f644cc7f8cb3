//! Titles and dates stated in text: a headline on the first line, a dateline near the top.

use allegiance_model::PartialDate;
use regex::Regex;
use std::sync::LazyLock;

const MONTHS: [&str; 12] =
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

fn month(name: &str) -> Option<u32> {
    let lower = name.to_ascii_lowercase();
    MONTHS.iter().position(|m| lower.starts_with(m)).map(|i| i as u32 + 1)
}

static ISO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)").unwrap());
static MDY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.? (\d{1,2})(?:st|nd|rd|th)?,? ((?:19|20)\d\d)\b").unwrap()
});
static DMY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\d{1,2})(?:st|nd|rd|th)? (jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?),? ((?:19|20)\d\d)\b").unwrap()
});
static URL_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"/((?:19|20)\d\d)/(\d\d)(?:/(\d\d))?/").unwrap());

/// `YYYY-MM-DD` when the parts make a real calendar day (no 2015-02-31).
fn valid(y: &str, m: u32, d: u32) -> Option<String> {
    PartialDate::day(y.parse().ok()?, m, d).map(|day| day.to_string())
}

/// The first full date in `s`, as `YYYY-MM-DD`.
pub fn find_date(s: &str) -> Option<String> {
    if let Some(c) = ISO.captures(s) {
        if let Some(d) = valid(&c[1], c[2].parse().ok()?, c[3].parse().ok()?) {
            return Some(d);
        }
    }
    let mdy = MDY
        .captures(s)
        .map(|c| (c.get(0).unwrap().start(), c[3].to_string(), month(&c[1]), c[2].parse().ok()));
    let dmy = DMY
        .captures(s)
        .map(|c| (c.get(0).unwrap().start(), c[3].to_string(), month(&c[2]), c[1].parse().ok()));
    let best = match (mdy, dmy) {
        (Some(a), Some(b)) => Some(if a.0 <= b.0 { a } else { b }),
        (a, b) => a.or(b),
    }?;
    valid(&best.1, best.2?, best.3?)
}

/// A date in a URL path: `/2014/09/25/`.
pub fn url_date(url: &str) -> Option<String> {
    let c = URL_DATE.captures(url)?;
    let m: u32 = c[2].parse().ok()?;
    match c.get(3) {
        Some(d) => valid(&c[1], m, d.as_str().parse().ok()?),
        None => PartialDate::month(c[1].parse().ok()?, m).map(|month| month.to_string()),
    }
}

/// Normalises a stated date ("2014-09-25T10:00:00Z", "Sep 25, 2014") to `YYYY-MM-DD`.
pub fn normalise_date(s: &str) -> Option<String> {
    find_date(s)
}

/// For plain text: the first line as title when it reads as a headline, and a date from a
/// dateline in the first few lines.
pub fn from_plain_text(text: &str) -> (Option<String>, Option<String>) {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let title =
        lines.next().filter(|l| l.chars().count() < 200 && !l.ends_with('.')).map(str::to_string);
    let published = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(5)
        .filter(|l| l.len() < 160)
        .find_map(find_date);
    (title, published)
}

static YEAR_MONTH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*((?:19|20)\d\d)(?:-(\d\d))?\s*$").unwrap());

/// A bare `YYYY` or `YYYY-MM` (a real month).
pub fn find_year_month(s: &str) -> Option<String> {
    let c = YEAR_MONTH.captures(s)?;
    PartialDate::parse(c.get(0)?.as_str()).ok().map(|date| date.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_several_shapes() {
        assert_eq!(find_date("Published: 3 February 2014").as_deref(), Some("2014-02-03"));
        assert_eq!(find_date("Sunday, April 28th, 2024").as_deref(), Some("2024-04-28"));
        assert_eq!(find_date("2014-09-25T10:00Z").as_deref(), Some("2014-09-25"));
        assert_eq!(find_date("Sept. 5, 2013 — Kabul").as_deref(), Some("2013-09-05"));
        assert_eq!(find_date("2,000 fighters"), None);
        assert_eq!(find_year_month("2014-06").as_deref(), Some("2014-06"));
        assert_eq!(find_year_month(" 2014 ").as_deref(), Some("2014"));
        assert_eq!(
            url_date("https://x.org/news/2014/09/25/strikes").as_deref(),
            Some("2014-09-25")
        );
    }

    #[test]
    fn impossible_dates_are_refused() {
        assert_eq!(find_date("2015-02-31"), None);
        assert_eq!(find_date("Published: 31 February 2015"), None);
        assert_eq!(find_date("Feb. 30, 2016 — Kabul"), None);
        assert_eq!(find_date("2016-02-29").as_deref(), Some("2016-02-29"));
        assert_eq!(url_date("https://x.org/2015/02/31/story"), None);
        assert_eq!(url_date("https://x.org/2015/13/story"), None);
        assert_eq!(find_year_month("2014-13"), None);
        assert_eq!(find_year_month("2014-00"), None);
    }

    #[test]
    fn headline_and_dateline() {
        let (t, d) =
            from_plain_text("Militants pledge allegiance\n\nPublished: 5 March 2015\n\nBody text.");
        assert_eq!(t.as_deref(), Some("Militants pledge allegiance"));
        assert_eq!(d.as_deref(), Some("2015-03-05"));
        let (t, _) = from_plain_text("This is a sentence.\nMore.");
        assert_eq!(t, None);
    }
}
