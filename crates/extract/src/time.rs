//! Time expressions in a sentence, resolved to `When` bounds (`YYYY[-MM[-DD]]`) and anchored on
//! the publication date for relative expressions ("last year", "on Monday", "in May").
//!
//! Conventions:
//! - a point in time ("in 2015", "5 March 2014", "last month") gives `{start: point, end: null}`;
//! - an interval ("the second half of 2014", "the 1990s", "between 2009 and 2014", "last week")
//!   gives both bounds;
//! - "since X" / "as early as X" / "from X" / "after X" open the end, "by X" / "until X" /
//!   "before X" open the start;
//! - relative expressions need the publication date (to the precision they need: a weekday needs a
//!   full date, "last month" a month, "last year" a year); without it they are consumed but yield
//!   nothing, so that no other rule misreads them.
//!
//! A bare four-digit number is read as a year only in a time context (after a time preposition,
//! in a date, in a range, in "the 2014 attack"), never when a count noun follows ("2000 fighters").

use crate::model::{PartialDate, When};
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use regex::Regex;
use std::sync::OnceLock;

/// One time expression: its byte span in the sentence and the bounds it resolves to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeExpr {
    pub start: usize,
    pub end: usize,
    pub when: When,
}

/// All time expressions in `sentence`, in order. `published` is "YYYY[-MM[-DD]]" or None.
pub fn find_times(sentence: &str, published: Option<&str>) -> Vec<TimeExpr> {
    let p = parse_pub(published);
    let s = sentence;
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < s.len() {
        if is_word_start(s, pos) {
            if let Some((start, end, when)) = try_at(s, pos, p) {
                if let Some(when) = when {
                    out.push(TimeExpr { start, end, when });
                }
                pos = end.max(pos + 1);
                while pos < s.len() && !s.is_char_boundary(pos) {
                    pos += 1;
                }
                continue;
            }
        }
        pos = next_boundary(s, pos);
    }
    out
}

/// The `when` qualifier for a fact stated in this sentence: the best single expression. An
/// anchored expression (since/from/between/until/as early as/by/before/after, or an explicit range)
/// beats a bare mention; among equals the first wins. None when the sentence has no (resolvable)
/// time expression.
pub fn when_of(sentence: &str, published: Option<&str>) -> Option<When> {
    let times = find_times(sentence, published);
    best_of(sentence, &times).map(|t| t.when.clone())
}

/// Like [`when_of`], but prefers the expression nearest to the byte region `region` (a fact's
/// trigger/arguments), among those of the best rank in the same clause (clauses split at ';' and
/// contrast words); falls back to [`when_of`]'s choice over the whole sentence.
pub fn when_near(sentence: &str, published: Option<&str>, region: (usize, usize)) -> Option<When> {
    let times = find_times(sentence, published);
    if times.is_empty() {
        return None;
    }
    let (c0, c1) = clause_bounds(sentence, region);
    let local: Vec<&TimeExpr> = times.iter().filter(|t| t.start >= c0 && t.end <= c1).collect();
    if local.is_empty() {
        return best_of(sentence, &times).map(|t| t.when.clone());
    }
    let dist = |t: &TimeExpr| -> usize {
        region.0.saturating_sub(t.end).max(t.start.saturating_sub(region.1))
    };
    local.into_iter().min_by_key(|t| (rank(sentence, t), dist(t), t.start)).map(|t| t.when.clone())
}

fn best_of<'a>(sentence: &str, times: &'a [TimeExpr]) -> Option<&'a TimeExpr> {
    times.iter().min_by_key(|t| (rank(sentence, t), t.start))
}

/// 0 for anchored expressions, 1 for bare mentions.
fn rank(sentence: &str, t: &TimeExpr) -> u8 {
    let text = sentence.get(t.start..t.end).unwrap_or("").to_ascii_lowercase();
    const ANCHORS: [&str; 13] = [
        "since ",
        "from ",
        "between ",
        "until ",
        "till ",
        "up until ",
        "as early as ",
        "as far back as ",
        "by ",
        "before ",
        "after ",
        "prior to ",
        "as late as ",
    ];
    if ANCHORS.iter().any(|a| text.starts_with(a)) {
        return 0;
    }
    if t.when.start.is_some()
        && t.when.end.is_some()
        && re(&RANGE_BARE, RANGE_BARE_SRC).is_match(&text)
    {
        return 0;
    }
    1
}

fn clause_bounds(s: &str, region: (usize, usize)) -> (usize, usize) {
    let r0 = region.0.min(s.len());
    let r1 = region.1.max(r0).min(s.len());
    let mut c0 = 0;
    let mut c1 = s.len();
    for m in re(&CLAUSE_BREAK, CLAUSE_BREAK_SRC).find_iter(s) {
        if m.end() <= r0 {
            c0 = m.end();
        } else if m.start() >= r1 && m.start() < c1 {
            c1 = m.start();
        }
    }
    (c0, c1)
}

// ---------------------------------------------------------------------------------------------
// Publication date

#[derive(Debug, Clone, Copy)]
struct Pub {
    y: i32,
    m: Option<u32>,
    d: Option<u32>,
}

impl Pub {
    fn date(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.y, self.m?, self.d?)
    }
}

fn parse_pub(s: Option<&str>) -> Option<Pub> {
    let s = s?.trim();
    let b = s.as_bytes();
    let digits = |from: usize, n: usize| -> Option<u32> {
        if b.len() < from + n || !b[from..from + n].iter().all(|c| c.is_ascii_digit()) {
            return None;
        }
        s.get(from..from + n)?.parse().ok()
    };
    let y = digits(0, 4)? as i32;
    let sep = |i: usize| b.get(i).is_some_and(|c| *c == b'-' || *c == b'/');
    let m = if sep(4) { digits(5, 2).filter(|m| (1..=12).contains(m)) } else { None };
    let d = if m.is_some() && sep(7) {
        digits(8, 2).filter(|d| NaiveDate::from_ymd_opt(y, m.unwrap_or(1), *d).is_some())
    } else {
        None
    };
    Some(Pub { y, m, d })
}

// ---------------------------------------------------------------------------------------------
// Formatting and periods

fn fy(y: i32) -> PartialDate {
    PartialDate::Year(y)
}
fn fym(y: i32, m: u32) -> PartialDate {
    PartialDate::Month(y, m)
}
fn fd(d: NaiveDate) -> PartialDate {
    PartialDate::Day(d)
}

/// Resolved lower and upper bound of what an expression denotes (equal for a point).
#[derive(Debug, Clone, PartialEq)]
struct Period {
    lo: Option<PartialDate>,
    hi: Option<PartialDate>,
}

impl Period {
    fn point(s: PartialDate) -> Period {
        Period { lo: Some(s), hi: Some(s) }
    }
    fn span(a: PartialDate, b: PartialDate) -> Period {
        Period { lo: Some(a), hi: Some(b) }
    }
    fn bare(self) -> When {
        if self.lo == self.hi {
            When { start: self.lo, end: None }
        } else {
            When { start: self.lo, end: self.hi }
        }
    }
}

/// A parsed expression before year inference.
#[derive(Debug, Clone)]
enum Raw {
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
    fn year(&self) -> Option<i32> {
        match self {
            Raw::Year(y) => Some(*y),
            Raw::Done(p) => p.lo.or(p.hi).map(PartialDate::year_of),
            _ => None,
        }
    }
}

fn last_day(y: i32, m: u32) -> u32 {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    NaiveDate::from_ymd_opt(ny, nm, 1).and_then(|d| d.pred_opt()).map(|d| d.day()).unwrap_or(28)
}

/// Year of a month (and day) mentioned without a year: the publication year, or the year before
/// when that month (day) lies after the publication date.
fn infer_year(m: u32, d: Option<u32>, p: Pub) -> i32 {
    match p.m {
        Some(pm) if m > pm => p.y - 1,
        Some(pm) if m == pm => match (d, p.d) {
            (Some(d), Some(pd)) if d > pd => p.y - 1,
            _ => p.y,
        },
        _ => p.y,
    }
}

fn resolve(raw: Raw, hint: Option<i32>, p: Option<Pub>) -> Option<Period> {
    let year_for =
        |m: u32, d: Option<u32>| -> Option<i32> { hint.or_else(|| p.map(|p| infer_year(m, d, p))) };
    match raw {
        Raw::Done(per) => Some(per),
        Raw::Year(y) => Some(Period::point(fy(y))),
        Raw::Month(m) => Some(Period::point(fym(year_for(m, None)?, m))),
        Raw::MonthDay(m, d) => {
            let y = year_for(m, Some(d))?;
            NaiveDate::from_ymd_opt(y, m, d).map(|d| Period::point(fd(d)))
        }
        Raw::MonthPart(m, a, b) => {
            let y = year_for(m, Some(a))?;
            month_part(y, m, a, b)
        }
        Raw::Unresolved => None,
    }
}

fn month_part(y: i32, m: u32, a: u32, b: u32) -> Option<Period> {
    let b = if b == 0 { last_day(y, m) } else { b };
    let lo = NaiveDate::from_ymd_opt(y, m, a)?;
    let hi = NaiveDate::from_ymd_opt(y, m, b)?;
    Some(Period::span(fd(lo), fd(hi)))
}

// ---------------------------------------------------------------------------------------------
// Regexes

fn re(cell: &'static OnceLock<Regex>, src: &str) -> &'static Regex {
    cell.get_or_init(|| {
        crate::compile_regex(&src.replace("MONTH", MONTH).replace("YEAR", YEAR))
            .expect("valid time regex")
    })
}

const MONTH: &str = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?";
const YEAR: &str = r"((?:19|20)\d\d)\b";

macro_rules! rx {
    ($cell:ident, $src:ident, $pat:expr) => {
        static $cell: OnceLock<Regex> = OnceLock::new();
        const $src: &str = $pat;
    };
}

rx!(CLAUSE_BREAK, CLAUSE_BREAK_SRC, r"(?i)[;:]|\b(?:but|however|whereas|while|although|though)\b");
rx!(
    RANGE_BARE,
    RANGE_BARE_SRC,
    r"^(?:the\s+)?(?:years\s+)?(?:19|20)\d\d\s*(?:-|–|—|/|to)\s*(?:(?:19|20)?\d\d)\b"
);
rx!(ISO, ISO_SRC, r"^YEAR-(\d{1,2})-(\d{1,2})\b");
rx!(DMY, DMY_SRC, r"(?i)^(?:the\s+)?([0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?MONTH(?:,?\s+YEAR)?");
rx!(MDY, MDY_SRC, r"(?i)^MONTH\s+([0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+YEAR)?");
rx!(MY, MY_SRC, r"(?i)^MONTH,?\s+(?:of\s+)?YEAR");
rx!(DECADE, DECADE_SRC, r"(?i)^(?:the\s+)?(?:(early|mid|late)[\s-]+)?((?:19|20)\d0)['’]?s\b");
rx!(
    HALF,
    HALF_SRC,
    r"(?i)^(?:the\s+)?(first|second|latter|last|1st|2nd)\s+half\s+of\s+(?:the\s+year\s+)?YEAR"
);
rx!(
    QUARTER,
    QUARTER_SRC,
    r"(?i)^(?:the\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter\s+of\s+(?:the\s+year\s+)?YEAR"
);
rx!(
    PART_YEAR,
    PART_YEAR_SRC,
    r"(?i)^(?:the\s+)?(early|late|later|mid|middle\s+of|end\s+of|beginning\s+of|start\s+of|close\s+of)(?:\s+in)?(?:\s*-\s*|\s+)(?:the\s+year\s+)?YEAR"
);
rx!(
    PART_MONTH,
    PART_MONTH_SRC,
    r"(?i)^(?:the\s+)?(early|late|mid|middle\s+of|end\s+of|beginning\s+of|start\s+of)(?:\s*-\s*|\s+)MONTH(?:,?\s+(?:of\s+)?YEAR)?"
);
rx!(
    SEASON,
    SEASON_SRC,
    r"(?i)^(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?YEAR"
);
rx!(
    REL_SEASON,
    REL_SEASON_SRC,
    r"(?i)^(?:the\s+)?(last|this|past|previous)\s+(spring|summer|autumn|fall|winter)\b"
);
rx!(
    REL_DAY,
    REL_DAY_SRC,
    r"(?i)^(yesterday|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b"
);
rx!(
    WEEKDAY,
    WEEKDAY_SRC,
    r"(?i)^(?:(last|this|past)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
);
rx!(
    REL_PERIOD,
    REL_PERIOD_SRC,
    r"(?i)^(?:(earlier|later|late|early)\s+)?(this|last)\s+(week|month|year)\b"
);
rx!(
    AGO,
    AGO_SRC,
    r"(?i)^(?:(more\s+than|over|almost|nearly|about|around|some|roughly|approximately|less\s+than|at\s+least|just\s+over|just\s+under|under)\s+)?(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|\d{1,3})(?:[\s-](one|two|three|four|five|six|seven|eight|nine))?\s+(days?|weeks?|months?|years?|decades?)\s+ago\b"
);
rx!(BARE_YEAR, BARE_YEAR_SRC, r"^YEAR");
rx!(MONTH_ONLY, MONTH_ONLY_SRC, r"(?i)^MONTH");
rx!(RANGE_HEAD, RANGE_HEAD_SRC, r"(?i)^(between|from)\s+");
rx!(RANGE_MID, RANGE_MID_SRC, r"(?i)^\s*(?:and|to|until|till|through|-|–|—)\s*");
rx!(
    YEAR_RANGE,
    YEAR_RANGE_SRC,
    r"(?i)^(?:the\s+years\s+)?YEAR\s*(?:-|–|—|/|to)\s*((?:19|20)?\d\d)\b"
);
rx!(THE_YEAR, THE_YEAR_SRC, r"(?i)^the\s+YEAR");
rx!(
    PREFIX,
    PREFIX_SRC,
    r"(?i)^(since|as\s+early\s+as|as\s+far\s+back\s+as|as\s+late\s+as|as\s+of|by|until|till|up\s+until|up\s+to|before|after|prior\s+to|through|throughout|during|in|on|at|around|circa|of|for|from)\s+(?:at\s+least\s+)?"
);

fn month_num(m: &str) -> Option<u32> {
    let m = m.to_ascii_lowercase();
    let k = m.get(0..3)?;
    Some(match k {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    })
}

fn capitalised(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_uppercase())
}

fn num_word(w: &str) -> Option<i64> {
    let w = w.to_ascii_lowercase();
    if let Ok(n) = w.parse::<i64>() {
        return Some(n);
    }
    Some(match w.as_str() {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        "hundred" => 100,
        _ => return None,
    })
}

/// Words that, right after a number, show it is a count and not a year.
const COUNT_WORDS: &[&str] = &[
    "fighters",
    "militants",
    "men",
    "members",
    "soldiers",
    "troops",
    "people",
    "persons",
    "civilians",
    "recruits",
    "followers",
    "jihadists",
    "jihadis",
    "insurgents",
    "combatants",
    "guerrillas",
    "guerillas",
    "rebels",
    "supporters",
    "families",
    "children",
    "women",
    "boys",
    "girls",
    "villages",
    "towns",
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "metres",
    "meters",
    "dollars",
    "euros",
    "pounds",
    "weapons",
    "rifles",
    "vehicles",
    "homes",
    "houses",
    "refugees",
    "killed",
    "dead",
    "deaths",
    "casualties",
    "strong",
    "foreign",
    "armed",
    "of",
    "more",
    "others",
    "additional",
    "new",
    "other",
    "or",
    "fighter",
    "member",
    "man",
    "hostages",
    "prisoners",
    "inmates",
    "students",
    "attacks",
    "attackers",
    "operatives",
    "cadres",
    "loyalists",
    "gunmen",
    "volunteers",
    "personnel",
    "officers",
    "police",
    "policemen",
    "mercenaries",
    "bodies",
    "wounded",
    "injured",
    "troops",
    "per",
    "percent",
    "%",
    "tonnes",
    "tons",
    "kg",
    "usd",
    "million",
    "billion",
    "thousand",
    "hundred",
    "times",
    "rounds",
    "suicide",
    "militia",
    "militiamen",
    "mujahideen",
    "warriors",
    "youths",
    "young",
    "local",
    "heavily",
    "well",
    "trained",
    "active",
    "full-time",
];

fn next_word(s: &str, from: usize) -> Option<&str> {
    let rest = s.get(from..)?;
    let t = rest.trim_start();
    if t.starts_with('%') {
        return Some("%");
    }
    let end = t
        .char_indices()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '-'))
        .map(|(i, _)| i)
        .unwrap_or(t.len());
    if end == 0 {
        None
    } else {
        Some(&t[..end])
    }
}

/// A year-like number at `start..end` really is a year (no count noun after it, no digit
/// grouping or currency around it).
fn year_context_ok(s: &str, start: usize, end: usize) -> bool {
    let before = s.get(..start).unwrap_or("");
    let mut back = before.chars().rev();
    if let Some(c) = back.next() {
        if matches!(c, '$' | '£' | '€' | '#') {
            return false;
        }
        if matches!(c, ',' | '.' | '/' | '-' | '+' | '–')
            && back.next().is_some_and(|p| p.is_ascii_digit())
        {
            return false;
        }
    }
    let after = s.get(end..).unwrap_or("");
    let mut it = after.chars();
    match it.next() {
        Some(c) if c.is_ascii_digit() || c == '%' => return false,
        Some(',') | Some('.') if it.next().is_some_and(|c| c.is_ascii_digit()) => return false,
        _ => {}
    }
    if let Some(w) = next_word(s, end) {
        let w = w.to_lowercase();
        if COUNT_WORDS.contains(&w.as_str()) {
            return false;
        }
    }
    true
}

// ---------------------------------------------------------------------------------------------
// Parsing

fn is_word_start(s: &str, pos: usize) -> bool {
    let Some(c) = s.get(pos..).and_then(|r| r.chars().next()) else { return false };
    if !c.is_alphanumeric() {
        return false;
    }
    match s.get(..pos).and_then(|r| r.chars().next_back()) {
        None => true,
        Some(p) => !p.is_alphanumeric(),
    }
}

fn next_boundary(s: &str, pos: usize) -> usize {
    let mut n = pos + 1;
    while n < s.len() && !s.is_char_boundary(n) {
        n += 1;
    }
    n
}

/// Parses one expression starting exactly at `pos`. Returns the end offset and the raw value.
/// `ctx`: preceded by a time preposition, so a bare year or a bare month name counts.
fn parse_point(s: &str, pos: usize, p: Option<Pub>, ctx: bool) -> Option<(usize, Raw)> {
    let rest = s.get(pos..)?;
    let pd = p.and_then(|p| p.date());

    // 2014-03-05
    if let Some(c) = re(&ISO, ISO_SRC).captures(rest) {
        let y: i32 = c[1].parse().ok()?;
        let m: u32 = c[2].parse().ok()?;
        let d: u32 = c[3].parse().ok()?;
        if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
            return Some((pos + c[0].len(), Raw::Done(Period::point(fd(date)))));
        }
    }
    // the 1990s, the early 2000s
    if let Some(c) = re(&DECADE, DECADE_SRC).captures(rest) {
        let y: i32 = c[2].parse().ok()?;
        let (a, b) = match c.get(1).map(|m| m.as_str().to_ascii_lowercase()).as_deref() {
            Some("early") => (0, 3),
            Some("mid") => (4, 6),
            Some("late") => (7, 9),
            _ => (0, 9),
        };
        return Some((pos + c[0].len(), Raw::Done(Period::span(fy(y + a), fy(y + b)))));
    }
    // the second half of 2014
    if let Some(c) = re(&HALF, HALF_SRC).captures(rest) {
        let y: i32 = c[2].parse().ok()?;
        let first = matches!(c[1].to_ascii_lowercase().as_str(), "first" | "1st");
        let (a, b) = if first { (1, 6) } else { (7, 12) };
        return Some((pos + c[0].len(), Raw::Done(Period::span(fym(y, a), fym(y, b)))));
    }
    if let Some(c) = re(&QUARTER, QUARTER_SRC).captures(rest) {
        let y: i32 = c[2].parse().ok()?;
        let q = match c[1].to_ascii_lowercase().as_str() {
            "first" | "1st" => 1,
            "second" | "2nd" => 2,
            "third" | "3rd" => 3,
            _ => 4,
        };
        return Some((pos + c[0].len(), Raw::Done(Period::span(fym(y, 3 * q - 2), fym(y, 3 * q)))));
    }
    // early 2015, mid-2015, the end of 2015
    if let Some(c) = re(&PART_YEAR, PART_YEAR_SRC).captures(rest) {
        let y: i32 = c[2].parse().ok()?;
        let w = c[1].to_ascii_lowercase();
        let per = if w == "early" {
            Period::span(fym(y, 1), fym(y, 4))
        } else if w.starts_with("mid") {
            Period::span(fym(y, 5), fym(y, 8))
        } else if w.starts_with("late") {
            Period::span(fym(y, 9), fym(y, 12))
        } else if w.starts_with("end") || w.starts_with("close") {
            Period::point(fym(y, 12))
        } else {
            Period::point(fym(y, 1))
        };
        return Some((pos + c[0].len(), Raw::Done(per)));
    }
    // early March 2015, mid-May
    if let Some(c) = re(&PART_MONTH, PART_MONTH_SRC).captures(rest) {
        let mtext = c.get(2)?.as_str();
        if c.get(3).is_some() || capitalised(mtext) {
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
            return Some((pos + c[0].len(), raw));
        }
    }
    // the spring of 2015
    if let Some(c) = re(&SEASON, SEASON_SRC).captures(rest) {
        let y: i32 = c[2].parse().ok()?;
        return Some((pos + c[0].len(), Raw::Done(season(&c[1], y))));
    }
    // last summer
    if let Some(c) = re(&REL_SEASON, REL_SEASON_SRC).captures(rest) {
        let end = pos + c[0].len();
        let Some(p) = p else { return Some((end, Raw::Unresolved)) };
        let name = c[2].to_ascii_lowercase();
        let this = c[1].eq_ignore_ascii_case("this");
        let pm = p.m;
        let y = if this {
            if name == "winter" && pm.is_some_and(|m| m <= 2) {
                p.y - 1
            } else {
                p.y
            }
        } else {
            // the latest such season that ended before the publication month
            let mut y = p.y;
            loop {
                let (ey, em) = season_end(&name, y);
                let before = match pm {
                    Some(pm) => (ey, em) < (p.y, pm),
                    None => ey < p.y,
                };
                if before || y < p.y - 3 {
                    break y;
                }
                y -= 1;
            }
        };
        return Some((end, Raw::Done(season(&name, y))));
    }
    // 5 March 2014, 5th of March
    if let Some(c) = re(&DMY, DMY_SRC).captures(rest) {
        let d: u32 = c[1].parse().ok()?;
        let mtext = c.get(2)?.as_str();
        let m = month_num(mtext)?;
        let end = pos + c[0].len();
        if (1..=31).contains(&d) {
            match c.get(3) {
                Some(y) => {
                    if let Some(date) = NaiveDate::from_ymd_opt(y.as_str().parse().ok()?, m, d) {
                        return Some((end, Raw::Done(Period::point(fd(date)))));
                    }
                }
                None if capitalised(mtext) => return Some((end, Raw::MonthDay(m, d))),
                None => {}
            }
        }
    }
    // March 5, 2014 / Mar. 5 / March 2014
    if let Some(c) = re(&MDY, MDY_SRC).captures(rest) {
        let mtext = c.get(1)?.as_str();
        let m = month_num(mtext)?;
        let d: u32 = c[2].parse().ok()?;
        let end = pos + c[0].len();
        let day_end = c.get(2)?.end() + pos;
        let tail = s.get(day_end..).unwrap_or("");
        let grouped = {
            let mut it = tail.chars();
            matches!(it.next(), Some(',') | Some('.'))
                && it.next().is_some_and(|c| c.is_ascii_digit())
        } && c.get(3).is_none();
        if (1..=31).contains(&d) && !grouped {
            match c.get(3) {
                Some(y) => {
                    if let Some(date) = NaiveDate::from_ymd_opt(y.as_str().parse().ok()?, m, d) {
                        return Some((end, Raw::Done(Period::point(fd(date)))));
                    }
                }
                None if capitalised(mtext)
                    && year_context_ok(s, c.get(2)?.start() + pos, day_end) =>
                {
                    return Some((end, Raw::MonthDay(m, d)))
                }
                None => {}
            }
        }
    }
    if let Some(c) = re(&MY, MY_SRC).captures(rest) {
        let m = month_num(&c[1])?;
        let y: i32 = c[2].parse().ok()?;
        return Some((pos + c[0].len(), Raw::Done(Period::point(fym(y, m)))));
    }
    // yesterday, today
    if let Some(c) = re(&REL_DAY, REL_DAY_SRC).captures(rest) {
        let end = pos + c[0].len();
        let Some(d) = pd else { return Some((end, Raw::Unresolved)) };
        let w = c[1].to_ascii_lowercase();
        let day = if w == "yesterday" || w.starts_with("last") { d.pred_opt()? } else { d };
        return Some((end, Raw::Done(Period::point(fd(day)))));
    }
    // on Monday, last Tuesday
    if let Some(c) = re(&WEEKDAY, WEEKDAY_SRC).captures(rest) {
        let dtext = c.get(2)?.as_str();
        if capitalised(dtext) {
            let end = pos + c[0].len();
            // "Sunday, April 28th, 2024": the explicit date wins
            let gap = s.get(end..).unwrap_or("");
            let skip = gap.len() - gap.trim_start_matches([',', ' ']).len();
            if skip > 0 && c.get(1).is_none() {
                if let Some((e2, raw @ (Raw::Done(_) | Raw::MonthDay(..)))) =
                    parse_point(s, end + skip, p, false)
                {
                    return Some((e2, raw));
                }
            }
            let Some(d) = pd else { return Some((end, Raw::Unresolved)) };
            let target = weekday(dtext)?;
            let strict = c.get(1).is_some_and(|m| !m.as_str().eq_ignore_ascii_case("this"));
            let mut day = if strict { d.pred_opt()? } else { d };
            for _ in 0..7 {
                if day.weekday() == target {
                    break;
                }
                day = day.pred_opt()?;
            }
            return Some((end, Raw::Done(Period::point(fd(day)))));
        }
    }
    // this week, last month, earlier this year
    if let Some(c) = re(&REL_PERIOD, REL_PERIOD_SRC).captures(rest) {
        let end = pos + c[0].len();
        let last = c[2].eq_ignore_ascii_case("last");
        let unit = c[3].to_ascii_lowercase();
        let Some(p) = p else { return Some((end, Raw::Unresolved)) };
        let per = match unit.as_str() {
            "year" => Some(Period::point(fy(if last { p.y - 1 } else { p.y }))),
            "month" => p.m.map(|m| {
                let (y, m) = if last { prev_month(p.y, m) } else { (p.y, m) };
                Period::point(fym(y, m))
            }),
            _ => pd.map(|d| {
                let monday = d - Duration::days(d.weekday().num_days_from_monday() as i64);
                if last {
                    let lm = monday - Duration::days(7);
                    Period::span(fd(lm), fd(lm + Duration::days(6)))
                } else {
                    Period::span(fd(monday), fd(d))
                }
            }),
        };
        return Some((end, per.map(Raw::Done).unwrap_or(Raw::Unresolved)));
    }
    // more than twenty years ago
    if let Some(c) = re(&AGO, AGO_SRC).captures(rest) {
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
        let q = c.get(1).map(|m| {
            m.as_str().to_ascii_lowercase().split_whitespace().collect::<Vec<_>>().join(" ")
        });
        let Some(p) = p else { return Some((end, Raw::Unresolved)) };
        let value: Option<PartialDate> = if unit.starts_with("day") {
            pd.and_then(|d| d.checked_sub_signed(Duration::days(n))).map(fd)
        } else if unit.starts_with("week") {
            pd.and_then(|d| d.checked_sub_signed(Duration::days(7 * n))).map(fd)
        } else if unit.starts_with("month") {
            p.m.map(|m| {
                let total = p.y as i64 * 12 + (m as i64 - 1) - n;
                fym(total.div_euclid(12) as i32, total.rem_euclid(12) as u32 + 1)
            })
        } else {
            let years = if unit.starts_with("decade") { n * 10 } else { n };
            Some(fy(p.y - years as i32))
        };
        let Some(v) = value else { return Some((end, Raw::Unresolved)) };
        let per = match q.as_deref() {
            Some("more than") | Some("over") | Some("at least") | Some("just over") => {
                Period { lo: None, hi: Some(v) }
            }
            _ => Period::point(v),
        };
        return Some((end, Raw::Done(per)));
    }
    if ctx {
        if let Some(c) = re(&BARE_YEAR, BARE_YEAR_SRC).captures(rest) {
            let end = pos + c[0].len();
            if year_context_ok(s, pos, end) {
                return Some((end, Raw::Year(c[1].parse().ok()?)));
            }
            return None;
        }
        if let Some(c) = re(&MONTH_ONLY, MONTH_ONLY_SRC).captures(rest) {
            if capitalised(&c[0]) {
                let m = month_num(&c[1])?;
                // "in May 2015" is handled above; reject "May 2,000"-like noise
                return Some((pos + c[0].len(), Raw::Month(m)));
            }
        }
    }
    None
}

fn prev_month(y: i32, m: u32) -> (i32, u32) {
    if m == 1 {
        (y - 1, 12)
    } else {
        (y, m - 1)
    }
}

fn weekday(s: &str) -> Option<Weekday> {
    Some(match s.to_ascii_lowercase().get(0..3)? {
        "mon" => Weekday::Mon,
        "tue" => Weekday::Tue,
        "wed" => Weekday::Wed,
        "thu" => Weekday::Thu,
        "fri" => Weekday::Fri,
        "sat" => Weekday::Sat,
        "sun" => Weekday::Sun,
        _ => return None,
    })
}

fn season_end(name: &str, y: i32) -> (i32, u32) {
    match name {
        "spring" => (y, 5),
        "summer" => (y, 8),
        "winter" => (y + 1, 2),
        _ => (y, 11),
    }
}

fn season(name: &str, y: i32) -> Period {
    match name.to_ascii_lowercase().as_str() {
        "spring" => Period::span(fym(y, 3), fym(y, 5)),
        "summer" => Period::span(fym(y, 6), fym(y, 8)),
        "winter" => Period::span(fym(y, 12), fym(y + 1, 2)),
        _ => Period::span(fym(y, 9), fym(y, 11)),
    }
}

/// Words after which "of YEAR" is a time ("the end of 2014", "the summer of 2015").
const OF_HEADS: &[&str] = &[
    "end",
    "start",
    "beginning",
    "middle",
    "half",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "year",
    "course",
    "part",
    "months",
    "month",
    "quarter",
    "close",
    "turn",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "early",
    "late",
    "mid",
    "days",
    "weeks",
];

fn word_before(s: &str, pos: usize) -> Option<String> {
    let before = s.get(..pos)?.trim_end();
    let start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphanumeric())
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    let w = &before[start..];
    if w.is_empty() {
        None
    } else {
        Some(w.to_lowercase())
    }
}

/// Tries every rule at word start `pos`: returns (span start, span end, resolved value).
fn try_at(s: &str, pos: usize, p: Option<Pub>) -> Option<(usize, usize, Option<When>)> {
    let rest = s.get(pos..)?;

    // between 2009 and 2014 / from March to May 2015 / from 2011
    if let Some(h) = re(&RANGE_HEAD, RANGE_HEAD_SRC).captures(rest) {
        let a_at = pos + h[0].len();
        if let Some((a_end, a)) = parse_point(s, a_at, p, true) {
            let after_a = s.get(a_end..).unwrap_or("");
            if let Some(mid) = re(&RANGE_MID, RANGE_MID_SRC).find(after_a) {
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
                        return Some((pos, b_end, when));
                    }
                }
            }
            // "rose from 2000 to 3000": a count range, not a time
            let count_range = matches!(a, Raw::Year(_))
                && re(&RANGE_MID, RANGE_MID_SRC)
                    .find(after_a)
                    .is_some_and(|m| after_a[m.end()..].starts_with(|c: char| c.is_ascii_digit()));
            if count_range {
                let m = re(&RANGE_MID, RANGE_MID_SRC).find(after_a)?;
                let num = after_a[m.end()..]
                    .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
                    .unwrap_or(after_a.len() - m.end());
                return Some((pos, a_end + m.end() + num, None));
            }
            if h[1].eq_ignore_ascii_case("from") {
                let when = resolve(a, None, p).map(|per| When { start: per.lo, end: None });
                return Some((pos, a_end, when));
            }
        }
    }

    // since 2011, by 2001, in May, on Monday ...
    if let Some(h) = re(&PREFIX, PREFIX_SRC).captures(rest) {
        let kw = h[1].to_ascii_lowercase().split_whitespace().collect::<Vec<_>>().join(" ");
        let at = pos + h[0].len();
        let bare_ok = match kw.as_str() {
            "up to" | "around" | "circa" | "at" | "for" => false,
            "of" => word_before(s, pos).is_some_and(|w| OF_HEADS.contains(&w.as_str())),
            _ => true,
        };
        if let Some((end, raw)) = parse_point(s, at, p, bare_ok) {
            // a range straight after a preposition: "in 2009-2014"
            if let Raw::Year(_) = raw {
                if let Some((_, rend, rw)) = year_range(s, at) {
                    return Some((pos, rend, rw));
                }
            }
            let when = resolve(raw, None, p).map(|per| match kw.as_str() {
                "since" | "as early as" | "as far back as" | "from" => {
                    When { start: per.lo, end: None }
                }
                "after" => When { start: per.hi, end: None },
                "by" | "before" | "prior to" => When { start: None, end: per.lo },
                "until" | "till" | "up until" | "up to" | "through" | "as late as" => {
                    When { start: None, end: per.hi }
                }
                _ => per.bare(),
            });
            return Some((pos, end, when));
        }
    }

    // 2009-2014, 2009–14
    if let Some(r) = year_range(s, pos) {
        return Some(r);
    }

    // the 2014 attack
    if let Some(c) = re(&THE_YEAR, THE_YEAR_SRC).captures(rest) {
        let y = c.get(1)?;
        let (ys, ye) = (pos + y.start(), pos + y.end());
        let next = next_word(s, ye);
        let possessive = s.get(ye..).is_some_and(|t| t.starts_with("'s") || t.starts_with("’s"));
        if (possessive || next.is_some_and(|w| w.chars().all(|c| c.is_alphabetic() || c == '-')))
            && year_context_ok(s, ys, ye)
        {
            let y: i32 = y.as_str().parse().ok()?;
            return Some((ys, ye, Some(Period::point(fy(y)).bare())));
        }
    }

    // 5 March 2014, March 2014, mid-2015, the 1990s, last year ...
    if let Some((end, raw)) = parse_point(s, pos, p, false) {
        return Some((pos, end, resolve(raw, None, p).map(Period::bare)));
    }
    None
}

fn year_range(s: &str, pos: usize) -> Option<(usize, usize, Option<When>)> {
    let rest = s.get(pos..)?;
    let c = re(&YEAR_RANGE, YEAR_RANGE_SRC).captures(rest)?;
    let a: i32 = c[1].parse().ok()?;
    let braw = &c[2];
    let b: i32 = if braw.len() == 2 {
        (a / 100) * 100 + braw.parse::<i32>().ok()?
    } else {
        braw.parse().ok()?
    };
    let end = pos + c[0].len();
    let ys = pos + c.get(1)?.start();
    // not an ISO date ("2009-10-05") nor a count range ("1990-2000 fighters")
    let tail = s.get(end..).unwrap_or("");
    if tail.starts_with('-') && tail[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if b <= a || b - a > 60 || !year_context_ok(s, ys, end) {
        return None;
    }
    Some((pos, end, Some(When { start: Some(fy(a)), end: Some(fy(b)) })))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(start: Option<&str>, end: Option<&str>) -> Option<When> {
        Some(When {
            start: start.map(|d| d.parse().unwrap()),
            end: end.map(|d| d.parse().unwrap()),
        })
    }
    fn wo(s: &str, p: Option<&str>) -> Option<When> {
        when_of(s, p)
    }

    #[test]
    fn full_dates_in_all_spellings() {
        let want = w(Some("2014-03-05"), None);
        assert_eq!(wo("The convoy was ambushed on 5 March 2014 near the border.", None), want);
        assert_eq!(wo("The convoy was ambushed on March 5, 2014 near the border.", None), want);
        assert_eq!(wo("Militants struck the depot on 2014-03-05.", None), want);
        assert_eq!(wo("The statement, dated Mar. 5, 2014, named a new emir.", None), want);
        assert_eq!(wo("On the 5th of March 2014 the faction split.", None), want);
    }

    #[test]
    fn months_with_and_without_year() {
        assert_eq!(wo("The cell swore loyalty in May 2015.", None), w(Some("2015-05"), None));
        assert_eq!(
            wo("Its listing came in Sept. 2019 after a review.", None),
            w(Some("2019-09"), None)
        );
        // month after the publication month: previous year
        assert_eq!(
            wo("The cell swore loyalty in May.", Some("2016-03-10")),
            w(Some("2015-05"), None)
        );
        assert_eq!(
            wo("The cell swore loyalty in February.", Some("2016-03-10")),
            w(Some("2016-02"), None)
        );
        assert_eq!(
            wo("The cell swore loyalty in March.", Some("2016-03-10")),
            w(Some("2016-03"), None)
        );
        assert_eq!(wo("The cell swore loyalty in May.", None), None);
        // the modal verb is not a month
        assert_eq!(wo("The faction may split in the coming weeks.", Some("2016-03-10")), None);
    }

    #[test]
    fn years_and_anchored_bounds() {
        assert_eq!(wo("The brigade was formed in 2015.", None), w(Some("2015"), None));
        assert_eq!(wo("It has fought the army since 2011.", None), w(Some("2011"), None));
        assert_eq!(
            wo("As early as 2012, its scouts crossed into the valley.", None),
            w(Some("2012"), None)
        );
        assert_eq!(wo("The front had collapsed by 2001.", None), w(None, Some("2001")));
        assert_eq!(wo("It held the port until 2001.", None), w(None, Some("2001")));
        assert_eq!(wo("The network was dormant before 2001.", None), w(None, Some("2001")));
    }

    #[test]
    fn ranges() {
        let want = w(Some("2009"), Some("2014"));
        assert_eq!(wo("Between 2009 and 2014 the movement lost most of its leaders.", None), want);
        assert_eq!(wo("From 2009 to 2014 the movement lost most of its leaders.", None), want);
        assert_eq!(
            wo("During the 2009-2014 insurgency the movement lost its leaders.", None),
            want
        );
        assert_eq!(wo("In the 2009–14 period it grew.", None), want);
        assert_eq!(
            wo("It ruled the district between March and May 2015.", None),
            w(Some("2015-03"), Some("2015-05"))
        );
    }

    #[test]
    fn halves_parts_and_seasons() {
        assert_eq!(
            wo("Defections rose in the second half of 2014.", None),
            w(Some("2014-07"), Some("2014-12"))
        );
        assert_eq!(
            wo("Defections rose in the first half of 2014.", None),
            w(Some("2014-01"), Some("2014-06"))
        );
        assert_eq!(
            wo("The offensive began in early 2015.", None),
            w(Some("2015-01"), Some("2015-04"))
        );
        assert_eq!(
            wo("The offensive began in late 2015.", None),
            w(Some("2015-09"), Some("2015-12"))
        );
        assert_eq!(
            wo("The offensive began in mid-2015.", None),
            w(Some("2015-05"), Some("2015-08"))
        );
        assert_eq!(
            wo("They regrouped in the spring of 2015.", None),
            w(Some("2015-03"), Some("2015-05"))
        );
        assert_eq!(
            wo("They regrouped last summer.", Some("2016-03-01")),
            w(Some("2015-06"), Some("2015-08"))
        );
        assert_eq!(
            wo("They regrouped last summer.", Some("2016-10-01")),
            w(Some("2016-06"), Some("2016-08"))
        );
        assert_eq!(wo("They regrouped last summer.", None), None);
    }

    #[test]
    fn weeks_and_days_relative_to_publication() {
        // 2015-06-25 is a Thursday
        let p = Some("2015-06-25");
        assert_eq!(
            wo("The emir spoke earlier this week.", p),
            w(Some("2015-06-22"), Some("2015-06-25"))
        );
        assert_eq!(wo("The emir spoke last week.", p), w(Some("2015-06-15"), Some("2015-06-21")));
        assert_eq!(wo("The emir spoke yesterday.", p), w(Some("2015-06-24"), None));
        assert_eq!(wo("The emir spoke on Monday.", p), w(Some("2015-06-22"), None));
        assert_eq!(wo("The emir spoke on Friday.", p), w(Some("2015-06-19"), None));
        assert_eq!(wo("The emir spoke on Thursday.", p), w(Some("2015-06-25"), None));
        assert_eq!(wo("The emir spoke last Thursday.", p), w(Some("2015-06-18"), None));
        assert_eq!(
            wo("Published Sunday, April 28th, 2024 in Kabul.", p),
            w(Some("2024-04-28"), None)
        );
        // not enough precision, or none
        assert_eq!(wo("The emir spoke earlier this week.", Some("2015-06")), None);
        assert_eq!(wo("The emir spoke yesterday.", None), None);
    }

    #[test]
    fn relative_months_years_and_ago() {
        let p = Some("2015-01-20");
        assert_eq!(wo("The group was banned last year.", p), w(Some("2014"), None));
        assert_eq!(wo("The group was banned earlier this year.", p), w(Some("2015"), None));
        assert_eq!(wo("The group was banned last month.", p), w(Some("2014-12"), None));
        assert_eq!(wo("The group was banned last month.", Some("2015")), None);
        assert_eq!(
            wo("It was founded more than twenty years ago by a cleric.", p),
            w(None, Some("1995"))
        );
        assert_eq!(wo("It was founded more than twenty years ago by a cleric.", None), None);
        assert_eq!(wo("It was founded two decades ago.", p), w(Some("1995"), None));
        assert_eq!(wo("It was founded three years ago.", p), w(Some("2012"), None));
    }

    #[test]
    fn decades() {
        assert_eq!(wo("The movement grew in the 1990s.", None), w(Some("1990"), Some("1999")));
        assert_eq!(
            wo("The movement grew in the early 2000s.", None),
            w(Some("2000"), Some("2003"))
        );
        assert_eq!(wo("Since the 1980s it has recruited abroad.", None), w(Some("1980"), None));
    }

    #[test]
    fn figures_are_not_years() {
        assert_eq!(wo("The militia has some 2,000 fighters.", None), None);
        assert_eq!(wo("The militia has 1500 fighters in the north.", None), None);
        assert_eq!(wo("In 2000 villages the group collects taxes.", None), None);
        assert_eq!(wo("The force of 2000 men crossed the river.", None), None);
        assert_eq!(wo("Its ranks rose from 2000 to 3000 in a year.", None), None);
        assert_eq!(wo("Between 1990 and 2000 fighters were trained there.", None), None);
        assert_eq!(wo("Estimates run from 1950-2010 members.", None), None);
        assert_eq!(wo("The group paid $2015 per recruit.", None), None);
        assert_eq!(wo("Up to 2000 militants took part.", None), None);
        assert_eq!(wo("Its budget grew by 20%.", None), None);
        assert!(find_times("About 1,2015 figures and 3000 rifles were listed.", None).is_empty());
    }

    #[test]
    fn anchored_expression_preferred_and_spans() {
        let s = "In 2014 the group, active since 2011, pledged allegiance.";
        assert_eq!(wo(s, None), w(Some("2011"), None));
        let t = find_times(s, None);
        assert_eq!(t.len(), 2);
        assert_eq!(&s[t[0].start..t[0].end], "In 2014");
        assert_eq!(&s[t[1].start..t[1].end], "since 2011");
        // nearest to a region
        let r = s.find("pledged").unwrap();
        assert_eq!(when_near(s, None, (r, r + 7)), w(Some("2011"), None));
        let s2 = "The ministry listed it in 2016; the group has existed since 2009.";
        let r2 = s2.find("listed").unwrap();
        assert_eq!(when_near(s2, None, (r2, r2 + 6)), w(Some("2016"), None));
    }

    #[test]
    fn the_year_before_a_noun() {
        assert_eq!(wo("The 2014 kidnapping drew global attention.", None), w(Some("2014"), None));
        assert_eq!(wo("They blamed the 2000 fighters for the raid.", None), None);
    }

    #[test]
    fn no_time_and_odd_input_never_panics() {
        assert_eq!(wo("The group pledged allegiance to the caliph.", Some("2015-06-25")), None);
        for s in [
            "",
            " ",
            "é",
            "in",
            "since",
            "between 2009 and",
            "from",
            "2014-",
            "2014-13-45",
            "in Mayé",
            "à 2015 ‘ since ’ 2011 — 2014–",
            "May",
            "in 2099999",
            "mid-",
            "last",
            "the 1990",
            "Mar. 5,",
            "5 March",
            "on 31 February 2015",
            "😀 in 2015 😀",
            "since\u{00a0}2011",
        ] {
            for p in [
                None,
                Some("2015"),
                Some("2015-06"),
                Some("2015-06-25"),
                Some("garbage"),
                Some("2015-02-30"),
            ] {
                let _ = find_times(s, p);
                let _ = when_of(s, p);
                let _ = when_near(s, p, (0, s.len() + 10));
            }
        }
        assert_eq!(wo("😀 in 2015 😀", None), w(Some("2015"), None));
        // an impossible day falls back to the month
        assert_eq!(wo("on 31 February 2015", None), w(Some("2015-02"), None));
    }

    #[test]
    fn month_day_without_year_uses_publication() {
        assert_eq!(
            wo("The raid happened on December 5.", Some("2023-01-10")),
            w(Some("2022-12-05"), None)
        );
        assert_eq!(
            wo("The raid happened on 5 January.", Some("2023-01-10")),
            w(Some("2023-01-05"), None)
        );
        assert_eq!(
            wo("The raid happened in early March 2015.", None),
            w(Some("2015-03-01"), Some("2015-03-10"))
        );
    }
}
