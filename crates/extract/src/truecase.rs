//! Upper-case text (wire reports as they came off the teleprinter, shouted headlines) seen in
//! ordinary case, so that the name finders and rules that lean on capitals read it as they read
//! any article.
//!
//! The view keeps the original's byte offsets: a letter changes case only where both forms take
//! the same number of UTF-8 bytes, so every span found in the view is the same span of the
//! original, and evidence is quoted from the original. Ordinary words are lower-cased; a word
//! keeps a capital where it is part of a knowledge-base name, opens a sentence, or follows a
//! title ("PRESIDENT ALFREDO CRISTIANI"); a word stays in capitals where it is an acronym the
//! knowledge base knows or the report spells out in brackets ("THE FRONT (FMLN)").

use crate::gazetteer::Gazetteer;
use crate::segment::Sentence;
use std::collections::HashSet;

/// Whether `text` is written in upper case: enough letters to tell, and hardly any lower-case
/// ones (a stray "pm" or "km" in wire copy).
pub fn is_upper_case(text: &str) -> bool {
    let (mut letters, mut lower) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        lower += usize::from(c.is_lowercase());
    }
    letters >= 40 && lower * 50 <= letters
}

/// How a word of the view is written.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Case {
    Lower,
    /// A capital first letter: names, sentence openings.
    Title,
    /// As in the original: acronyms.
    Upper,
}

/// Small words that stay lower-case inside a name ("Army of National Liberation") and that are
/// never taken for acronyms or names after a title.
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "de", "del", "for", "in", "is", "it", "la", "las", "los",
    "of", "on", "or", "the", "to", "us", "y", "el", "da", "do", "he", "we", "no", "so", "up", "be",
    "me", "my", "am", "if", "go", "all", "are", "was", "has", "had", "not", "but", "its", "his",
    "her", "who", "one", "two", "may", "can", "new", "now", "out", "our", "off", "own", "six",
    "ten", "far", "war", "won", "yes", "yet", "arms", "said", "that", "this", "with", "from",
    "they", "were", "have", "will", "been", "than", "into", "also", "when",
];

/// Words after which a run of capitalised words is a person's name.
const TITLES: &[&str] = &[
    "president",
    "colonel",
    "col",
    "general",
    "gen",
    "major",
    "maj",
    "captain",
    "capt",
    "lieutenant",
    "lt",
    "sergeant",
    "sgt",
    "commander",
    "minister",
    "mr",
    "mrs",
    "ms",
    "dr",
    "father",
    "bishop",
    "archbishop",
    "monsignor",
    "msgr",
    "deputy",
    "senator",
    "judge",
    "ambassador",
    "mayor",
    "attorney",
    "governor",
    "candidate",
    "leader",
    "priest",
    "journalist",
    "businessman",
    "alias",
    "comandante",
    "comrade",
];

/// Words that end a name after a title: "PRESIDENT CEREZO MET WITH", "COLONEL RAMOS SAID".
const NOT_NAMES: &[&str] = &[
    "said",
    "met",
    "told",
    "says",
    "stated",
    "noted",
    "added",
    "also",
    "today",
    "yesterday",
    "tonight",
    "who",
    "which",
    "whom",
    "whose",
    "would",
    "will",
    "should",
    "could",
    "did",
    "does",
    "spoke",
    "went",
    "left",
    "took",
    "gave",
    "made",
    "held",
    "sent",
    "asked",
    "urged",
    "denied",
    "and",
    "himself",
    "herself",
    "there",
    "here",
    "again",
    "later",
    "before",
    "after",
    "holds",
    "states",
    "needs",
    "wants",
    "reports",
    "believes",
    "thinks",
    "insists",
    "warns",
    "notes",
    "adds",
    "explains",
    "denies",
    "confirms",
    "hopes",
    "considers",
    "announces",
    "charges",
    "knows",
    "feels",
    "calls",
    "has",
    "is",
    "was",
    "were",
    "are",
];

/// Words before which a title word is an ordinary adjective or noun.
const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "his", "her", "our", "this"];

/// The ordinary-case view of `text` when it is written in upper case, else `None`.
/// `sentences` are `text`'s own (see [`crate::segment`]); their first words take a capital.
pub(crate) fn view(gaz: &Gazetteer, text: &str, sentences: &[Sentence]) -> Option<String> {
    is_upper_case(text).then(|| build_view(gaz, text, sentences))
}

fn build_view(gaz: &Gazetteer, text: &str, sentences: &[Sentence]) -> String {
    let lowered = map_case(text, |c| c.to_lowercase());
    let words = word_spans(text);
    let mut case = vec![Case::Lower; words.len()];
    let word_at = |pos: usize| words.partition_point(|&(_, e)| e <= pos);
    let lower_word = |i: usize| &lowered[words[i].0..words[i].1];
    let is_function_word = |i: usize| FUNCTION_WORDS.contains(&lower_word(i));
    // Names the knowledge base knows take capitals (the gazetteer finds them in the original's
    // capitals as it would in a headline), and its acronyms stay as they are.
    let mut acronyms: HashSet<&str> = HashSet::new();
    let hits = gaz.find(text);
    // Entries the document names by a name other than an acronym.
    let named: HashSet<u32> = hits
        .iter()
        .filter(|h| !looks_like_acronym(&text[h.start..h.end]))
        .flat_map(|h| h.candidates.iter().map(|c| c.entry))
        .collect();
    for h in &hits {
        let surface = &text[h.start..h.end];
        let acronym = looks_like_acronym(surface)
            && h.candidates.iter().any(|c| {
                gaz.entry(c.entry).aliases.iter().any(|a| a == surface)
                    && (!c.weak || named.contains(&c.entry) || unlike_a_word(surface))
            });
        if acronym {
            acronyms.insert(surface);
            continue;
        }
        let mut i = word_at(h.start);
        let mut first = true;
        while i < words.len() && words[i].0 < h.end {
            if first || !is_function_word(i) {
                case[i] = Case::Title;
            }
            first = false;
            i += 1;
        }
    }
    // Acronyms the report spells out in brackets: "THE FRONT (FMLN)", "ERP [PEOPLE'S
    // REVOLUTIONARY ARMY]".
    for (i, &(s, e)) in words.iter().enumerate() {
        let opened = text[..s].ends_with(['(', '[']);
        let closed = text[e..].starts_with([')', ']']);
        let expanded = text[e..].starts_with(" [") || text[e..].starts_with(" (");
        if (opened && closed || expanded) && looks_like_acronym(&text[s..e]) && !is_function_word(i)
        {
            acronyms.insert(&text[s..e]);
        }
    }
    for (i, &(s, e)) in words.iter().enumerate() {
        if acronyms.contains(&text[s..e]) && !is_function_word(i) {
            case[i] = Case::Upper;
        }
    }
    // "FMLN [FARABUNDO MARTI NATIONAL LIBERATION FRONT]": a bracketed expansion after an acronym
    // is a name; so is the run of words before a bracketed acronym the KB lacks ("THE WORKERS
    // JUSTICE COMMAND (WJC)").
    for i in 0..words.len() {
        if case[i] != Case::Upper {
            continue;
        }
        let after = &text[words[i].1..];
        let open = after.len() - after.trim_start().len();
        if after[open..].starts_with(['[', '(']) {
            let from = words[i].1 + open + 1;
            if let Some(close) = text[from..].find([']', ')']).filter(|&c| c < 100) {
                title_case_run(&mut case, &words, from, from + close, &is_function_word);
            }
        }
        let opened = text[..words[i].0].ends_with(['(', '[']);
        let known = gaz.find(&text[words[i].0..words[i].1]).into_iter().next().is_some();
        if opened && !known && i > 0 {
            // Back over name words to a function word or punctuation, at most six.
            let mut j = i;
            while j > 0 && i - j < 6 {
                let gap = &text[words[j - 1].1..words[j].0];
                let to_bracket = j == i;
                let joined = if to_bracket {
                    gap.trim_end_matches(['(', '[']).chars().all(|c| c == ' ')
                } else {
                    gap.chars().all(|c| c == ' ' || c == '-')
                };
                if !joined || is_function_word(j - 1) {
                    break;
                }
                j -= 1;
            }
            if j < i {
                title_case_run(&mut case, &words, words[j].0, words[i - 1].1, &is_function_word);
            }
        }
    }
    // "PRESIDENT ALFREDO CRISTIANI", "COL LUIS ARTURO ISAACS": up to three name words.
    for i in 0..words.len() {
        // "THE GENERAL COMMAND", "A MAJOR OFFENSIVE": after a determiner the word is no title.
        let determined = i > 0 && DETERMINERS.contains(&lower_word(i - 1));
        if !TITLES.contains(&lower_word(i)) || determined {
            continue;
        }
        let mut j = i + 1;
        while j < words.len() && j <= i + 3 {
            let gap = &text[words[j - 1].1..words[j].0];
            let joined = gap.chars().all(|c| c == ' ' || c == '.') && !gap.is_empty();
            let w = lower_word(j);
            let verb_like =
                NOT_NAMES.contains(&w) || w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing"));
            if !joined
                || verb_like
                || is_function_word(j)
                || !text[words[j].0..].starts_with(char::is_alphabetic)
            {
                break;
            }
            if case[j] == Case::Lower {
                case[j] = Case::Title;
            }
            j += 1;
        }
    }
    for s in sentences {
        let i = word_at(s.start);
        if i < words.len() && words[i].0 < s.end && case[i] == Case::Lower {
            case[i] = Case::Title;
        }
    }
    let mut out = lowered.into_bytes();
    for (i, &(s, e)) in words.iter().enumerate() {
        match case[i] {
            Case::Lower => {}
            Case::Upper => out[s..e].copy_from_slice(&text.as_bytes()[s..e]),
            Case::Title => {
                // The first letter as the original writes it (a capital).
                let first = text[s..].chars().next().map_or(0, char::len_utf8);
                out[s..s + first].copy_from_slice(&text.as_bytes()[s..s + first]);
            }
        }
    }
    // Only whole characters of the original were copied over lower-cased ones of the same
    // length, so the bytes are valid UTF-8.
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

/// Whether an acronym cannot be read as an English word: no vowel ("FMLN") or three consonants
/// in a row ("URNG", "MRTA"). A generated group's acronym that reads as a word ("FACT") stays a
/// word unless the report also names the group or spells the acronym out.
fn unlike_a_word(acronym: &str) -> bool {
    let vowel = |c: char| matches!(c, 'A' | 'E' | 'I' | 'O' | 'U' | 'Y');
    let letters: Vec<char> = acronym.chars().filter(|c| c.is_alphabetic()).collect();
    !letters.iter().any(|&c| vowel(c)) || letters.windows(3).any(|w| w.iter().all(|&c| !vowel(c)))
}

/// Gives every word inside `from..to` a capital, but function words after the first.
fn title_case_run(
    case: &mut [Case],
    words: &[(usize, usize)],
    from: usize,
    to: usize,
    is_function_word: &dyn Fn(usize) -> bool,
) {
    let first = words.partition_point(|&(_, e)| e <= from);
    for i in first..words.len() {
        if words[i].0 >= to {
            break;
        }
        if case[i] == Case::Lower && (i == first || !is_function_word(i)) {
            case[i] = Case::Title;
        }
    }
}

/// Two to six letters or digits, a capital first, hyphens between, no lower case: "FMLN", "M-19".
fn looks_like_acronym(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphanumeric()).count();
    (2..=6).contains(&letters)
        && s.len() <= 8
        && s.starts_with(char::is_alphabetic)
        && s.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-')
}

/// `text` with each character mapped by `f` where the result is one character of the same
/// UTF-8 length; other characters are kept, so byte offsets do not move.
fn map_case<I: Iterator<Item = char>>(text: &str, f: impl Fn(char) -> I) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let mut mapped = f(c);
        match (mapped.next(), mapped.next()) {
            (Some(m), None) if m.len_utf8() == c.len_utf8() => out.push(m),
            _ => out.push(c),
        }
    }
    out
}

/// Byte spans of the words of `text`: letters and digits, with inner apostrophes
/// ("D'AUBUISSON").
fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut prev_alnum = false;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let inner_apostrophe =
            c == '\'' && prev_alnum && it.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || inner_apostrophe {
            start.get_or_insert(i);
            prev_alnum = c.is_alphanumeric();
        } else {
            if let Some(s) = start.take() {
                out.push((s, i));
            }
            prev_alnum = false;
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upper_case_needs_enough_letters_and_almost_no_lower_case() {
        assert!(is_upper_case(
            "THE REBELS ATTACKED THE TOWN OF SAN MIGUEL AT 0300 ON SUNDAY, 5 KM"
        ));
        assert!(!is_upper_case("ISIS ATTACKS"));
        assert!(!is_upper_case("The rebels attacked the town of San Miguel at dawn on Sunday."));
    }

    #[test]
    fn case_changes_keep_byte_lengths() {
        let t = "İSTANBUL ÅLAND ẞTRASSE";
        let l = map_case(t, |c| c.to_lowercase());
        assert_eq!(l.len(), t.len());
        assert!(l.starts_with('İ'), "a capital whose lower case is longer stays: {l}");
        assert!(l.contains("åland"));
    }

    #[test]
    fn words_keep_inner_apostrophes() {
        let t = "D'AUBUISSON, THE 'REBELS'";
        let w: Vec<&str> = word_spans(t).into_iter().map(|(s, e)| &t[s..e]).collect();
        assert_eq!(w, vec!["D'AUBUISSON", "THE", "REBELS"]);
    }

    #[test]
    fn acronyms_that_read_as_words_are_told_apart() {
        assert!(unlike_a_word("FMLN"));
        assert!(unlike_a_word("URNG"));
        assert!(unlike_a_word("MRTA"));
        assert!(!unlike_a_word("FACT"));
        assert!(!unlike_a_word("ARENA"));
    }

    #[test]
    fn acronyms_are_short_capitals() {
        assert!(looks_like_acronym("FMLN"));
        assert!(looks_like_acronym("M-19"));
        assert!(!looks_like_acronym("Fmln"));
        assert!(!looks_like_acronym("GUERRILLAS"));
        assert!(!looks_like_acronym("19"));
    }
}
