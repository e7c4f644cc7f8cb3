//! Words of time expressions: month, weekday and number names, word boundaries, and whether a
//! four-digit number is a year.

use chrono::Weekday;

/// The number of a month name or its abbreviation ("Sept." 9).
pub(super) fn month_num(m: &str) -> Option<u32> {
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

/// A name as a name ("May", not the verb "may").
pub(super) fn capitalised(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_uppercase())
}

/// A count written in digits or as a word ("a", "twenty").
pub(super) fn num_word(w: &str) -> Option<i64> {
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

/// The weekday a name (or its first three letters) names.
pub(super) fn weekday(s: &str) -> Option<Weekday> {
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

/// An expression can start at `pos`: a letter or digit that starts a word.
pub(super) fn is_word_start(s: &str, pos: usize) -> bool {
    let Some(c) = s.get(pos..).and_then(|r| r.chars().next()) else { return false };
    if !c.is_alphanumeric() {
        return false;
    }
    match s.get(..pos).and_then(|r| r.chars().next_back()) {
        None => true,
        Some(p) => !p.is_alphanumeric(),
    }
}

/// The next character boundary after `pos`.
pub(super) fn next_boundary(s: &str, pos: usize) -> usize {
    let mut n = pos + 1;
    while n < s.len() && !s.is_char_boundary(n) {
        n += 1;
    }
    n
}

/// Words after which "of YEAR" is a time ("the end of 2014", "the summer of 2015").
pub(super) const OF_HEADS: &[&str] = &[
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

/// The lower-cased word that ends before `pos`.
pub(super) fn word_before(s: &str, pos: usize) -> Option<String> {
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

/// The word (letters, digits, hyphens) or `%` that follows `from`.
pub(super) fn next_word(s: &str, from: usize) -> Option<&str> {
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
pub(super) fn year_context_ok(s: &str, start: usize, end: usize) -> bool {
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
