//! Sentences with byte offsets.
//!
//! News text puts headlines, datelines and paragraphs on lines of their own, so a line break ends
//! a sentence unless the next line continues in lower case (wrapped wire copy). Inside a line a
//! sentence ends at `.`, `!` or `?` (plus closing quotes or brackets) before white space and a
//! capital, digit or opening quote, unless the word before the period is an abbreviation.
//!
//! Wire copy in upper case ([`crate::truecase::is_upper_case`]) wraps its lines without any
//! lower-case clue, so there a line break ends a sentence only before a blank or indented line.
//! Wire markers ("[TEXT]", "[BEGIN RECORDING]") stand apart from the sentences around them, so
//! that a dateline ("GUATEMALA CITY, 4 FEB 90 (ACAN-EFE) -- [TEXT] ...") is a line of its own.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "rep",
    "sen", "gov", "pres", "st", "sr", "jr", "rev", "hon", "no", "vs", "etc", "inc", "ltd", "co",
    "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "a.k.a", "approx", "est", "dept", "fig", "mt",
    "ft",
];

fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    if w.chars().count() == 1 && w.chars().all(|c| c.is_uppercase()) {
        return true; // an initial: "John F. Kennedy"
    }
    let lower = w.to_ascii_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»')
}

/// Length of a bracketed reference mark such as `[5]` or `[12]` at the start of `s`.
fn footnote_len(s: &str) -> Option<usize> {
    let inner = s.strip_prefix('[')?;
    let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
    (digits > 0 && digits <= 3 && inner[digits..].starts_with(']')).then_some(digits + 2)
}

/// Words that open a wire service's bracketed marker: "[TEXT]", "[EXCERPT]", "[BEGIN
/// RECORDING]", "[END RECORDING]", "[PASSAGE OMITTED]". Names and expansions in brackets ("[FMLN]",
/// "[NATIONALIST REPUBLICAN ALLIANCE]") are part of their sentence.
const WIRE_MARKERS: &[&str] = &[
    "text",
    "excerpt",
    "report",
    "commentary",
    "begin recording",
    "end recording",
    "passage omitted",
    "editorial",
    "article",
    "interview",
    "communique",
    "continued",
];

/// Length of a wire marker at the start of `s` ("[TEXT]", "[BEGIN RECORDING]", "[INTERVIEW WITH
/// ...]"), up to and including its closing bracket.
fn wire_marker_len(s: &str) -> Option<usize> {
    let inner = s.strip_prefix('[')?;
    let close = inner.find(']').filter(|&c| c <= 120)?;
    let body = inner[..close].trim().to_ascii_lowercase();
    let opens = |m: &&str| {
        body.strip_prefix(*m).is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    };
    WIRE_MARKERS.iter().any(opens).then_some(close + 2)
}

fn starts_sentence(c: char) -> bool {
    c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[' | '«')
}

/// Splits `text` into sentences, trimmed of surrounding white space; empty ones are dropped.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let upper = crate::truecase::is_upper_case(text);
    let bytes = text.as_bytes();
    let mut start = 0usize;
    let mut i = 0usize;
    let push = |out: &mut Vec<Sentence>, s: usize, e: usize| {
        let seg = &text[s..e];
        let lead = seg.len() - seg.trim_start().len();
        let trail = seg.len() - seg.trim_end().len();
        if s + lead < e - trail {
            out.push(Sentence { start: s + lead, end: e - trail });
        }
    };
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' {
            // Look at what follows the line break.
            let rest = &text[i + 1..];
            let blank = rest.trim_start_matches([' ', '\t', '\r']).starts_with('\n');
            let next = rest.trim_start().chars().next();
            // Upper-case wire copy: a line that starts flush continues the sentence; a
            // paragraph starts indented or after a blank line.
            let indented = rest.starts_with([' ', '\t']);
            let continues = !blank
                && if upper {
                    !indented && next.is_some()
                } else {
                    next.is_some_and(|c| c.is_lowercase())
                };
            if !continues {
                push(&mut out, start, i);
                start = i + 1;
            }
            i += 1;
            continue;
        }
        if b == b'[' {
            if let Some(n) = wire_marker_len(&text[i..]) {
                push(&mut out, start, i);
                push(&mut out, i, i + n);
                start = i + n;
                i += n;
                continue;
            }
        }
        if matches!(b, b'.' | b'!' | b'?') {
            let mut j = i + 1;
            while j < bytes.len() {
                let c = text[j..].chars().next().unwrap();
                if is_closer(c) || matches!(c, '.' | '!' | '?') {
                    j += c.len_utf8();
                } else if let Some(n) = footnote_len(&text[j..]) {
                    // "... (ISCAP).[5] ISWAP released": a reference mark belongs to the sentence
                    // it ends.
                    j += n;
                } else {
                    break;
                }
            }
            let after = &text[j..];
            let ws = after.len() - after.trim_start_matches([' ', '\t']).len();
            let next = after[ws..].chars().next();
            if ws > 0 && next.is_some_and(starts_sentence) {
                let word_start = text[..i]
                    .char_indices()
                    .rev()
                    .find(|(_, c)| c.is_whitespace())
                    .map_or(start, |(p, c)| p + c.len_utf8());
                let word = &text[word_start.max(start)..i];
                if b != b'.' || !is_abbreviation(word) {
                    push(&mut out, start, j);
                    start = j;
                }
            }
            i = j;
            continue;
        }
        i += 1;
    }
    push(&mut out, start, text.len());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<&str> {
        sentences(t).iter().map(|s| &t[s.start..s.end]).collect()
    }

    #[test]
    fn splits_on_periods_and_lines() {
        let t = "Headline here\n\nThe group attacked. It said so! Did it?\nNext line.";
        assert_eq!(
            texts(t),
            vec!["Headline here", "The group attacked.", "It said so!", "Did it?", "Next line."]
        );
    }

    #[test]
    fn keeps_abbreviations_and_initials() {
        let t = "U.S. officials met Gen. Petraeus in Jan. 2010. John F. Kennedy spoke.";
        assert_eq!(
            texts(t),
            vec!["U.S. officials met Gen. Petraeus in Jan. 2010.", "John F. Kennedy spoke."]
        );
    }

    #[test]
    fn an_alias_marker_does_not_end_a_sentence() {
        let t = "They named its chief Juan Perez, a.k.a. El Toro, in May. He fled.";
        assert_eq!(
            texts(t),
            vec!["They named its chief Juan Perez, a.k.a. El Toro, in May.", "He fled."]
        );
    }

    #[test]
    fn quotes_close_sentences() {
        let t = "\"We will fight,\" he said. \"They fled.\" Then silence.";
        assert_eq!(
            texts(t),
            vec!["\"We will fight,\" he said.", "\"They fled.\"", "Then silence."]
        );
    }

    #[test]
    fn reference_marks_end_with_their_sentence() {
        let t =
            "The group has branches in Iraq and Syria.[4] Its leader spoke.[12][13] Then it ended.";
        assert_eq!(
            texts(t),
            vec![
                "The group has branches in Iraq and Syria.[4]",
                "Its leader spoke.[12][13]",
                "Then it ended."
            ]
        );
    }

    #[test]
    fn upper_case_wire_copy_wraps_lines_and_sets_markers_apart() {
        let t = "   LIMA, 3 MAR 90 (EFE) -- [TEXT] POLICE SAID THAT GEN. RAMOS MET U.S.\n\
                 OFFICIALS IN THE CAPITAL.  THE REBELS FLED TO THE HILLS\n\
                 NEAR THE BORDER.\n\n   [BEGIN RECORDING] WE WILL WIN. [END RECORDING]";
        assert_eq!(
            texts(t),
            vec![
                "LIMA, 3 MAR 90 (EFE) --",
                "[TEXT]",
                "POLICE SAID THAT GEN. RAMOS MET U.S.\nOFFICIALS IN THE CAPITAL.",
                "THE REBELS FLED TO THE HILLS\nNEAR THE BORDER.",
                "[BEGIN RECORDING]",
                "WE WILL WIN.",
                "[END RECORDING]",
            ]
        );
    }

    #[test]
    fn bracketed_names_stay_in_their_sentence() {
        let t = "THE FRONT [FMLN] AND ARENA [NATIONALIST REPUBLICAN ALLIANCE] MET IN THE CITY.";
        assert_eq!(texts(t), vec![t]);
    }

    #[test]
    fn wrapped_lines_continue() {
        let t = "The militants attacked the town\nof Kunduz on Monday.\nOfficials said.";
        assert_eq!(
            texts(t),
            vec!["The militants attacked the town\nof Kunduz on Monday.", "Officials said."]
        );
    }
}
