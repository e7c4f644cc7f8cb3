//! Exceptions to the cues: matches that are no hedge or denial ("not only", "no fewer than",
//! the month "May").

pub(super) fn words_after(s: &str, end: usize, n: usize) -> Vec<String> {
    s.get(end..)
        .unwrap_or("")
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .take(n)
        .map(|w| w.to_lowercase())
        .collect()
}

pub(super) fn words_before(s: &str, start: usize, n: usize) -> Vec<String> {
    let mut v: Vec<String> = s
        .get(..start)
        .unwrap_or("")
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .take(n)
        .map(|w| w.to_lowercase())
        .collect();
    v.reverse();
    v
}

/// "not only", "not least", "if not", "whether or not", "not until" ... are no denials.
pub(super) fn not_ok(s: &str, start: usize, end: usize) -> bool {
    let after = words_after(s, end, 2);
    let a0 = after.first().map(String::as_str).unwrap_or("");
    let a1 = after.get(1).map(String::as_str).unwrap_or("");
    if matches!(
        a0,
        "only"
            | "just"
            | "least"
            | "merely"
            | "simply"
            | "long"
            | "far"
            | "until"
            | "till"
            | "unlike"
            | "uncommon"
            | "unusual"
            | "surprisingly"
            | "surprising"
            | "necessarily"
            | "all"
            | "even"
    ) || (a0 == "to" && a1 == "mention")
        || (a0 == "a" && a1 == "few")
    {
        return false;
    }
    let before = words_before(s, start, 2);
    let b1 = before.last().map(String::as_str).unwrap_or("");
    let b0 = if before.len() == 2 { before[0].as_str() } else { "" };
    !(b1 == "if" || (b0 == "whether" && b1 == "or") || b1 == "or" && a0.is_empty())
}

/// "no fewer than 500", "no doubt", "No. 2" are no denials.
pub(super) fn no_ok(s: &str, start: usize, end: usize) -> bool {
    let tail = s.get(end..).unwrap_or("");
    if tail.starts_with('.')
        || tail.starts_with('-')
        || tail.trim_start().starts_with(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    let after = words_after(s, end, 1);
    let a0 = after.first().map(String::as_str).unwrap_or("");
    if matches!(
        a0,
        "fewer"
            | "less"
            | "more"
            | "later"
            | "sooner"
            | "doubt"
            | "matter"
            | "exception"
            | "stranger"
            | "small"
            | "mean"
            | "surprise"
            | "secret"
            | "coincidence"
    ) || a0.is_empty()
    {
        return false;
    }
    let _ = start;
    true
}

/// "there is no doubt" is no denial either.
pub(super) fn there_no_ok(s: &str, start: usize, end: usize) -> bool {
    no_ok(s, end.saturating_sub(2).max(start), end)
}

/// "never before seen" stays a denial of nothing much, but "nor" after "neither confirm" is
/// handled by the hedge rule; here only bare sentence-initial "None" of a list is excluded.
pub(super) fn never_ok(s: &str, start: usize, end: usize) -> bool {
    let w = s.get(start..end).unwrap_or("").to_lowercase();
    if w == "none" {
        return words_after(s, end, 1).first().is_some_and(|a| a == "of");
    }
    true
}

/// The modal "may", not the month: "in May", "May 2015", "on 5 May".
pub(super) fn may_ok(s: &str, start: usize, end: usize) -> bool {
    let w = s.get(start..end).unwrap_or("");
    if w != "May" && w != "MAY" {
        return true;
    }
    let tail = s.get(end..).unwrap_or("").trim_start_matches([' ', ',']);
    if tail.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let before = words_before(s, start, 1);
    let b = before.last().map(String::as_str).unwrap_or("");
    if b.chars().all(|c| c.is_ascii_digit()) && !b.is_empty() {
        return false;
    }
    if matches!(
        b,
        "in" | "since"
            | "until"
            | "by"
            | "of"
            | "from"
            | "early"
            | "late"
            | "mid"
            | "last"
            | "this"
            | "next"
            | "during"
            | "through"
            | "before"
            | "after"
            | "between"
            | "and"
            | "to"
            | "till"
    ) {
        return false;
    }
    // sentence-initial "May" followed by a verb-like word is the modal; mid-sentence capital
    // "May" is the month (or a name)
    s.get(..start).unwrap_or("").trim().is_empty()
}
