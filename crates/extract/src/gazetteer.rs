//! Finding knowledge-base names in text with two multi-pattern automata.
//!
//! Most aliases are matched on folded text (see [`crate::normalize`]), so case, diacritics,
//! apostrophes and hyphens do not matter, and common transliteration variants are added as
//! extra patterns. Acronyms ("IS", "ISIS", "LeT") are matched case-sensitively on the original
//! text, because "IS" the group and "is" the verb differ only in case.

use crate::normalize::fold;
#[cfg(test)]
use crate::patterns::{is_acronym, variants};
use crate::patterns::{push_separated, Tables};
pub use crate::patterns::{Candidate, NameRole};
use allegiance_kb::{Entry, Kb};

/// [`Tables`] for the built-in KB, built by build.rs at compile time.
static BUILTIN_TABLES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/gazetteer.tables"));

/// A KB name found in the text, with every entry it may denote.
#[derive(Debug, Clone)]
pub struct KbHit {
    pub start: usize,
    pub end: usize,
    pub candidates: Vec<Candidate>,
}

pub struct Gazetteer {
    /// A clone of the KB (shared, not copied): candidates are indices into its entries.
    kb: Kb,
    tables: Tables,
}

/// A proper name as written: a capital first letter, or a capital on its last word when the
/// first is a lower-case direction or article ("central Asia", "al-Qaeda").
fn capitalised_name(surface: &str) -> bool {
    if surface.chars().next().is_some_and(|c| c.is_uppercase()) {
        return true;
    }
    // "islamic State", "central Asia": a multi-word name whose last word keeps its capital.
    let words: Vec<&str> = surface.split_whitespace().collect();
    words.len() >= 2
        && words.last().is_some_and(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn boundary_ok(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
}

impl Gazetteer {
    pub fn new(kb: &Kb) -> Gazetteer {
        // The built-in KB's tables come compiled in; any other KB (a user's --kb files) is built
        // here. The fingerprint guards against tables built from another version of the KB.
        let tables = kb
            .is_builtin()
            .then(|| Tables::from_bytes(BUILTIN_TABLES))
            .flatten()
            .filter(|t| t.fingerprint == crate::patterns::fingerprint(kb.entries()))
            .unwrap_or_else(|| Tables::build(kb.entries()));
        Gazetteer { kb: kb.clone(), tables }
    }

    /// Number of KB entries; entry indices run `0..entry_count()`.
    pub fn entry_count(&self) -> u32 {
        self.kb.entries().len() as u32
    }

    pub fn entry(&self, i: u32) -> &Entry {
        &self.kb.entries()[i as usize]
    }

    pub fn by_id(&self, id: &str) -> Option<u32> {
        self.kb.position(id).map(|i| i as u32)
    }

    /// Every KB name in `text`, longest first where they overlap, in text order.
    pub fn find(&self, text: &str) -> Vec<KbHit> {
        let mut raw: Vec<KbHit> = Vec::new();
        let t = &self.tables;
        if let Some(pma) = &t.words {
            let f = fold(text);
            // The folded text with punctuation as spaces, between two spaces (see `Tables`).
            let mut scan = String::with_capacity(f.text.len() + 2);
            scan.push(' ');
            push_separated(&f.text, &mut scan);
            scan.push(' ');
            let separated = &scan.as_bytes()[1..scan.len() - 1];
            for m in pma.find_overlapping_iter(&scan) {
                // ` form ` at `start..end` of `scan` is the name at `start..end - 2` of `f.text`.
                let (fs, fe) = (m.start(), m.end() - 2);
                let Some(v) = t.folded_at(m.value(), f.text.as_bytes(), separated, fs, fe) else {
                    continue;
                };
                let (s, e) = f.original_span(fs, fe, text);
                if t.folded_capital.get(v).copied().unwrap_or(false)
                    && !capitalised_name(&text[s..e])
                {
                    continue;
                }
                let mut candidates = t.folded_values.get(v).to_vec();
                if !after_place_preposition(text, s) {
                    candidates.retain(|c| {
                        let entry = self.entry(c.entry);
                        !(entry.subkind.as_deref() == Some("city")
                            && entry.population.unwrap_or(0) < SMALL_TOWN)
                    });
                }
                if candidates.is_empty() {
                    continue;
                }
                raw.push(KbHit { start: s, end: e, candidates });
            }
        }
        if let Some(pma) = &t.exact {
            for m in pma.find_overlapping_iter(text) {
                if !boundary_ok(text, m.start(), m.end()) {
                    continue;
                }
                raw.push(KbHit {
                    start: m.start(),
                    end: m.end(),
                    candidates: t.exact_values.get(m.value() as usize).to_vec(),
                });
            }
        }
        // Longest match wins; ties keep the earlier.
        raw.sort_by(|a, b| a.start.cmp(&b.start).then((b.end - b.start).cmp(&(a.end - a.start))));
        let mut out: Vec<KbHit> = Vec::with_capacity(raw.len());
        for h in raw {
            if let Some(last) = out.last() {
                if h.start < last.end {
                    continue;
                }
            }
            // A longer hit starting later but overlapping an accepted one is rare; keep it simple.
            out.push(h);
        }
        out
    }
}

/// Cities under this population need "in", "near", "of"... before them to count, since many are
/// named like English words ("Mobile", "Police").
const SMALL_TOWN: u64 = 100_000;

fn after_place_preposition(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    let word = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    matches!(
        word.to_ascii_lowercase().as_str(),
        "in" | "near"
            | "of"
            | "from"
            | "at"
            | "outside"
            | "around"
            | "to"
            | "into"
            | "town"
            | "village"
            | "city"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_are_short_and_capital() {
        assert!(is_acronym("IS"));
        assert!(is_acronym("ISIS-K"));
        assert!(is_acronym("LeT"));
        assert!(!is_acronym("Isis"));
        assert!(!is_acronym("Daesh"));
        assert!(!is_acronym("Islamic State"));
    }

    #[test]
    fn transliteration_variants_expand() {
        let v = variants("islamic state khorasan province");
        assert!(v.contains(&"islamic state khurasan province".to_string()));
        let v = variants("tehreek e taliban");
        assert!(v.contains(&"tehrik e taliban".to_string()));
    }

    fn hits(gaz: &Gazetteer, text: &str) -> Vec<(String, Vec<String>)> {
        gaz.find(text)
            .into_iter()
            .map(|h| {
                (
                    text[h.start..h.end].to_string(),
                    h.candidates.iter().map(|c| gaz.entry(c.entry).id.clone()).collect(),
                )
            })
            .collect()
    }

    const TEXT: &str =
        "Boko Haram, now ISWAP, pledged allegiance to the Islamic State (IS, Daesh) \
        in Maiduguri; Tehrik-e-Taliban Pakistan and al-Qaida in the Islamic Maghreb were named by \
        the U.N. in Geneva.";

    #[test]
    fn compiled_in_tables_match_tables_built_at_run_time() {
        let builtin = Kb::builtin().unwrap();
        assert!(builtin.is_builtin());
        let loaded = Tables::from_bytes(BUILTIN_TABLES).expect("the compiled-in tables load");
        assert_eq!(loaded.fingerprint, crate::patterns::fingerprint(builtin.entries()));
        // Re-inserting an entry leaves the same entries but makes the KB a user's: built here.
        let mut same = builtin.clone();
        same.insert(builtin.entries()[0].clone());
        assert!(!same.is_builtin());
        let from_bytes = Gazetteer::new(&builtin);
        let built = Gazetteer::new(&same);
        let found = hits(&from_bytes, TEXT);
        assert!(
            found.iter().any(|(s, ids)| s == "Boko Haram" && ids.iter().any(|i| i == "boko-haram")),
            "{found:?}"
        );
        assert!(found.iter().any(|(s, _)| s == "Tehrik-e-Taliban Pakistan"), "{found:?}");
        assert_eq!(found, hits(&built, TEXT));
    }

    #[test]
    fn a_users_entries_are_matched() {
        let mut kb = Kb::builtin().unwrap();
        kb.add_str(
            "[[group]]\nid = \"sons-of-the-delta\"\n\
             name = \"Sons of the Delta\"\naliases = [\"SotD\"]\n",
            "test.toml",
        )
        .unwrap();
        let gaz = Gazetteer::new(&kb);
        let found = hits(&gaz, "The Sons of the Delta (SotD) attacked a pipeline.");
        let ids: Vec<&str> =
            found.iter().flat_map(|(_, ids)| ids.iter().map(String::as_str)).collect();
        assert_eq!(ids.iter().filter(|&&i| i == "sons-of-the-delta").count(), 2, "{found:?}");
    }

    #[test]
    fn names_match_whole_words_and_their_punctuation() {
        let mut kb = Kb::builtin().unwrap();
        kb.add_str(
            "[[group]]\nid = \"fpj\"\nname = \"Front for Peace & Justice\"\n\n\
             [[group]]\nid = \"delta-sons\"\nname = \"Sons of the Delta\"\n",
            "test.toml",
        )
        .unwrap();
        let gaz = Gazetteer::new(&kb);
        let ids = |text: &str| -> Vec<String> {
            hits(&gaz, text).into_iter().flat_map(|(_, ids)| ids).collect()
        };
        assert!(ids("The Front for Peace & Justice said so.").contains(&"fpj".to_string()));
        assert!(!ids("The Front for Peace, Justice said so.").contains(&"fpj".to_string()));
        assert!(
            ids("The Sons of the Delta's men, the Sons-of-the-Delta.")
                .iter()
                .filter(|i| *i == "delta-sons")
                .count()
                == 2
        );
        assert!(!ids("Grandsons of the Delta").contains(&"delta-sons".to_string()));
        assert!(!ids("Sons of the Deltas").contains(&"delta-sons".to_string()));
        assert!(!ids("Sons of the.Delta").contains(&"delta-sons".to_string()));
    }
}
