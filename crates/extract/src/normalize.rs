//! Folding text for name matching: case, diacritics, apostrophes and hyphens.
//!
//! Both the knowledge base's aliases and the article text pass through [`fold`], so that
//! "Da'esh", "Daesh" and "DAESH", or "Tehreek-e-Khilafat" and "Tehreek e Khilafat", meet.
//! The folded text keeps a map back to byte offsets of the original, because every span the
//! extractor reports points into the original text.

use allegiance_model::name::{is_apostrophe, is_dash, push_folded};
#[allow(unused_imports)] // build.rs compiles this file without using it
pub use allegiance_model::norm_name;

/// Folded text plus, for each folded byte, the byte offset of the original character it came from.
pub struct Folded {
    pub text: String,
    /// `origin[i]` is the original byte offset of folded byte `i`; one extra entry maps the end.
    pub origin: Vec<u32>,
}

impl Folded {
    /// Original byte span of the folded span `start..end`.
    pub fn original_span(&self, start: usize, end: usize, original: &str) -> (usize, usize) {
        let s = self.origin[start] as usize;
        // The end maps to the end of the last original character that contributed.
        let last = self.origin[end.saturating_sub(1).max(start)] as usize;
        let e =
            original[last..].chars().next().map(|c| last + c.len_utf8()).unwrap_or(original.len());
        (s, e.max(s))
    }
}

/// Folds `text` for matching. Apostrophes and ayn/hamza marks vanish, dashes and whitespace runs
/// become one space, letters lose case and diacritics. Sentence punctuation is kept so that
/// word boundaries stay where they were.
pub fn fold(text: &str) -> Folded {
    let mut out = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len() + 1);
    let mut last_space = true;
    for (i, c) in text.char_indices() {
        if is_apostrophe(c) {
            // "Da'esh" -> "daesh", but keep a possessive "'s" separable: "ISIS's" -> "isiss" would
            // hide the name, so an apostrophe followed by "s" and a boundary becomes a space.
            let rest = &text[i + c.len_utf8()..];
            let mut it = rest.chars();
            if matches!(it.next(), Some('s') | Some('S'))
                && it.next().is_none_or(|n| !n.is_alphanumeric())
                && !last_space
            {
                out.push(' ');
                origin.push(i as u32);
                last_space = true;
            }
            continue;
        }
        if c.is_whitespace() || is_dash(c) {
            if !last_space {
                out.push(' ');
                origin.push(i as u32);
                last_space = true;
            }
            continue;
        }
        let before = out.len();
        push_folded(c, &mut out);
        for _ in before..out.len() {
            origin.push(i as u32);
        }
        if out.len() > before {
            last_space = false;
        }
    }
    origin.push(text.len() as u32);
    Folded { text: out, origin }
}

/// Folds a name into its matching key (no offset map).
pub fn key(name: &str) -> String {
    let mut s = fold(name).text;
    while s.ends_with(' ') {
        s.pop();
    }
    if s.starts_with(' ') {
        s = s.trim_start().to_string();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apostrophes_and_hyphens_meet() {
        assert_eq!(key("Da'esh"), key("Daesh"));
        assert_eq!(key("Tehreek-e-Khilafat"), key("Tehreek e Khilafat"));
        assert_eq!(key("Kata’ib Hezbollah"), key("Kataib Hezbollah"));
        assert_eq!(key("al‑Qaeda"), "al qaeda");
    }

    #[test]
    fn diacritics_fold() {
        assert_eq!(key("Forces Démocratiques"), "forces democratiques");
        assert_eq!(key("Abu ‘Umar"), "abu umar");
    }

    #[test]
    fn possessive_stays_separable() {
        assert_eq!(key("ISIS's fighters"), "isis s fighters");
        assert_eq!(key("Isis’s leader"), "isis s leader");
    }

    #[test]
    fn spans_map_back_to_the_original() {
        let text = "The Kata’ib  Hezbollah militia";
        let f = fold(text);
        let start = f.text.find("kataib hezbollah").unwrap();
        let (s, e) = f.original_span(start, start + "kataib hezbollah".len(), text);
        assert_eq!(&text[s..e], "Kata’ib  Hezbollah");
    }

    #[test]
    fn norm_name_drops_the_and_punctuation() {
        assert_eq!(norm_name("The Khorasan group"), "khorasan group");
        assert_eq!(norm_name("Lord’s Resistance Army"), "lords resistance army");
    }
}
