//! The name key: how two names are judged the same ("Da'esh" and "DAESH", "Lord’s" and "Lords").
//!
//! The extractor's matching folds text with the same character rules ([`push_folded`],
//! [`is_apostrophe`], [`is_dash`]), so a name the store keys and a name the gazetteer finds agree.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Apostrophes and the ayn and hamza marks of transliteration, which vanish in a key.
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | '`' | 'ʼ' | 'ʿ' | 'ʾ' | '´' | 'ʻ')
}

/// Hyphens and dashes, which fold to a space.
pub fn is_dash(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑' | '–' | '—' | '_')
}

/// Folds one character into `out`: lower case, canonical decomposition with combining marks
/// dropped (a lone combining mark contributes nothing).
pub fn push_folded(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    decompose_canonical(c, |d| {
        if !is_combining_mark(d) {
            out.extend(d.to_lowercase());
        }
    });
}

/// The normalised name used to decide whether two names denote the same thing (as the gold
/// scorer does): case and diacritics folded, apostrophes dropped ("Lord’s" -> "lords"), other
/// punctuation as spaces, a leading "the" dropped.
pub fn norm_name(name: &str) -> String {
    let mut flat = String::with_capacity(name.len());
    for c in name.chars() {
        if is_apostrophe(c) {
            continue;
        }
        if c.is_alphanumeric() {
            push_folded(c, &mut flat);
        } else {
            flat.push(' ');
        }
    }
    let joined = flat.split_whitespace().collect::<Vec<_>>().join(" ");
    joined.strip_prefix("the ").map(str::to_string).unwrap_or(joined)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_meet_across_spellings() {
        assert_eq!(norm_name("Da'esh"), norm_name("DAESH"));
        assert_eq!(norm_name("The Lord’s Resistance Army"), "lords resistance army");
        assert_eq!(norm_name("Forces Démocratiques"), "forces democratiques");
        assert_eq!(norm_name("al-Shabaab"), "al shabaab");
        assert_eq!(norm_name("  "), "");
    }
}
