//! Expressions relative to the publication date: "last summer", "yesterday", "on Monday",
//! "earlier this year", "two years ago". Without the publication date (to the precision each
//! needs) they are read but resolve to nothing ([`Raw::Unresolved`]).

use super::period::{self, prev_month, season_end, Period, Raw};
use super::point::{parse_point, Reading};
use super::publication::Publication;
use super::words::{capitalised, num_word, weekday as weekday_named};
use crate::model::PartialDate;
use chrono::{Datelike, Duration};
use regex::Captures;

rule!(
    /// "last summer", "this winter"
    pub(super) RELATIVE_SEASON = "time.relative_season",
    || r"(?ix)
        ^(?:the\s+)?(last|this|past|previous)\s+(spring|summer|autumn|fall|winter)\b".to_string()
);

rule!(
    /// "yesterday", "last night", "this morning"
    RELATIVE_DAY = "time.relative_day",
    || r"(?ix)
        ^(yesterday|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b".to_string()
);

rule!(
    /// "Monday", "last Tuesday"
    WEEKDAY = "time.weekday",
    || r"(?ix)
        ^(?:(last|this|past)\s+)?
        (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
        .to_string()
);

rule!(
    /// "this week", "last month", "earlier this year"
    RELATIVE_PERIOD = "time.relative_period",
    || r"(?i)^(?:(earlier|later|late|early)\s+)?(this|last)\s+(week|month|year)\b".to_string()
);

/// Number words up to twenty, then the tens (and "hundred").
const COUNT: &str = "an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen\
    |fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty\
    |seventy|eighty|ninety|hundred";

rule!(
    /// "two years ago", "more than twenty-five years ago"
    AGO = "time.ago",
    || {
        format!(
            r"(?ix) ^
            (?:(more\s+than|over|almost|nearly|about|around|some|roughly|approximately
               |less\s+than|at\s+least|just\s+over|just\s+under|under)\s+)?   # how near
            ({COUNT}|\d{{1,3}})
            (?:[\s-](one|two|three|four|five|six|seven|eight|nine))?         # twenty-five
            \s+ (days?|weeks?|months?|years?|decades?) \s+ ago\b"
        )
    }
);

/// The relative expression at `pos`, if one is there: `Some(None)` when none is, `None` when one
/// is but cannot be read.
pub(super) fn parse_relative(
    s: &str,
    pos: usize,
    p: Option<Publication>,
) -> Option<Option<Reading>> {
    let rest = s.get(pos..)?;
    if let Some(c) = RELATIVE_DAY.captures(rest) {
        return day(&c, pos, p).map(Some);
    }
    if let Some(c) = WEEKDAY.captures(rest) {
        if let Some(found) = weekday(s, &c, pos, p)? {
            return Some(Some(found));
        }
    }
    if let Some(c) = RELATIVE_PERIOD.captures(rest) {
        return Some(Some(relative_period(&c, pos, p)));
    }
    if let Some(c) = AGO.captures(rest) {
        return ago(&c, pos, p).map(Some);
    }
    Some(None)
}

/// "this" season is the publication's (this winter, in January, began the year before); "last"
/// season the latest that ended before the publication month.
pub(super) fn season(c: &Captures, pos: usize, p: Option<Publication>) -> Option<Reading> {
    let end = pos + c[0].len();
    let Some(p) = p else { return Some((end, Raw::Unresolved)) };
    let name = c[2].to_ascii_lowercase();
    let this = c[1].eq_ignore_ascii_case("this");
    let pm = p.month();
    let y = if this {
        if name == "winter" && pm.is_some_and(|m| m <= 2) {
            p.year() - 1
        } else {
            p.year()
        }
    } else {
        let mut y = p.year();
        loop {
            let (ey, em) = season_end(&name, y);
            let before = match pm {
                Some(pm) => (ey, em) < (p.year(), pm),
                None => ey < p.year(),
            };
            if before || y < p.year() - 3 {
                break y;
            }
            y -= 1;
        }
    };
    Some((end, Raw::Done(period::season(&name, y))))
}

/// "yesterday" and "last night" are the day before publication, the others its day.
fn day(c: &Captures, pos: usize, p: Option<Publication>) -> Option<Reading> {
    let end = pos + c[0].len();
    let Some(d) = p.and_then(Publication::date) else { return Some((end, Raw::Unresolved)) };
    let w = c[1].to_ascii_lowercase();
    let day = if w == "yesterday" || w.starts_with("last") { d.pred_opt()? } else { d };
    Some((end, Raw::Done(Period::point(period::day(day)))))
}

/// The latest such weekday up to the publication day ("last Monday": before it). A date right
/// after the weekday ("Sunday, April 28th, 2024") is read instead.
fn weekday(s: &str, c: &Captures, pos: usize, p: Option<Publication>) -> Option<Option<Reading>> {
    let dtext = c.get(2)?.as_str();
    if !capitalised(dtext) {
        return Some(None);
    }
    let end = pos + c[0].len();
    let gap = s.get(end..).unwrap_or("");
    let skip = gap.len() - gap.trim_start_matches([',', ' ']).len();
    if skip > 0 && c.get(1).is_none() {
        if let Some((e2, raw @ (Raw::Done(_) | Raw::MonthDay(..)))) =
            parse_point(s, end + skip, p, false)
        {
            return Some(Some((e2, raw)));
        }
    }
    let Some(d) = p.and_then(Publication::date) else { return Some(Some((end, Raw::Unresolved))) };
    let target = weekday_named(dtext)?;
    let strict = c.get(1).is_some_and(|m| !m.as_str().eq_ignore_ascii_case("this"));
    let mut day = if strict { d.pred_opt()? } else { d };
    for _ in 0..7 {
        if day.weekday() == target {
            break;
        }
        day = day.pred_opt()?;
    }
    Some(Some((end, Raw::Done(Period::point(period::day(day))))))
}

/// This or last year, month or week (a week from its Monday; this week up to publication).
fn relative_period(c: &Captures, pos: usize, p: Option<Publication>) -> Reading {
    let end = pos + c[0].len();
    let last = c[2].eq_ignore_ascii_case("last");
    let unit = c[3].to_ascii_lowercase();
    let Some(p) = p else { return (end, Raw::Unresolved) };
    let per = match unit.as_str() {
        "year" => Some(Period::point(period::year(if last { p.year() - 1 } else { p.year() }))),
        "month" => p.month().map(|m| {
            let (y, m) = if last { prev_month(p.year(), m) } else { (p.year(), m) };
            Period::point(period::month(y, m))
        }),
        _ => p.date().map(|d| {
            let monday = d - Duration::days(d.weekday().num_days_from_monday() as i64);
            if last {
                let lm = monday - Duration::days(7);
                Period::span(period::day(lm), period::day(lm + Duration::days(6)))
            } else {
                Period::span(period::day(monday), period::day(d))
            }
        }),
    };
    (end, per.map(Raw::Done).unwrap_or(Raw::Unresolved))
}

/// N days, weeks, months, years or decades before publication; "more than N years ago" opens
/// the start.
fn ago(c: &Captures, pos: usize, p: Option<Publication>) -> Option<Reading> {
    let end = pos + c[0].len();
    let mut n = num_word(&c[2])?;
    if let Some(u) = c.get(3) {
        if (20..100).contains(&n) && n % 10 == 0 {
            n += num_word(u.as_str())?;
        } else {
            return None;
        }
    }
    let unit = c[4].to_ascii_lowercase();
    let q = c
        .get(1)
        .map(|m| m.as_str().to_ascii_lowercase().split_whitespace().collect::<Vec<_>>().join(" "));
    let Some(p) = p else { return Some((end, Raw::Unresolved)) };
    let Some(v) = back_from(p, n, &unit) else { return Some((end, Raw::Unresolved)) };
    let per = match q.as_deref() {
        Some("more than") | Some("over") | Some("at least") | Some("just over") => {
            Period { lo: None, hi: Some(v) }
        }
        _ => Period::point(v),
    };
    Some((end, Raw::Done(per)))
}

/// The date `n` units before publication, at the precision the unit needs.
fn back_from(p: Publication, n: i64, unit: &str) -> Option<PartialDate> {
    let pd = p.date();
    if unit.starts_with("day") {
        pd.and_then(|d| d.checked_sub_signed(Duration::days(n))).map(period::day)
    } else if unit.starts_with("week") {
        pd.and_then(|d| d.checked_sub_signed(Duration::days(7 * n))).map(period::day)
    } else if unit.starts_with("month") {
        p.month().map(|m| {
            let total = p.year() as i64 * 12 + (m as i64 - 1) - n;
            period::month(total.div_euclid(12) as i32, total.rem_euclid(12) as u32 + 1)
        })
    } else {
        let years = if unit.starts_with("decade") { n * 10 } else { n };
        Some(period::year(p.year() - years as i32))
    }
}
