//! Finding knowledge-base names in text with two multi-pattern automata.
//!
//! Most aliases are matched on folded text (see [`crate::normalize`]), so case, diacritics,
//! apostrophes and hyphens do not matter, and common transliteration variants are added as
//! extra patterns. Acronyms ("IS", "ISIS", "LeT") are matched case-sensitively on the original
//! text, because "IS" the group and "is" the verb differ only in case.

use crate::normalize::{fold, key};
use allegiance_kb::{Entry, EntryKind, Kb};
use daachorse::{DoubleArrayAhoCorasick, DoubleArrayAhoCorasickBuilder, MatchKind};
use std::collections::HashMap;

/// How a name names its entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameRole {
    Current,
    Former,
    /// "Iraqi", "Afghan": a place named by its adjective.
    Adjective,
}

#[derive(Debug, Clone, Copy)]
pub struct Candidate {
    pub entry: u32,
    pub role: NameRole,
    /// An acronym of a group not curated by hand ("MPC", "FACT"): such short names collide with
    /// ordinary acronyms, so they count only in texts about armed groups.
    pub weak: bool,
}

/// A KB name found in the text, with every entry it may denote.
#[derive(Debug, Clone)]
pub struct KbHit {
    pub start: usize,
    pub end: usize,
    pub candidates: Vec<Candidate>,
}

pub struct Gazetteer {
    pub entries: Vec<Entry>,
    pub index: HashMap<String, u32>,
    folded: Option<DoubleArrayAhoCorasick<u32>>,
    folded_values: Vec<Vec<Candidate>>,
    /// Whether the pattern needs a capital letter at the start of its surface form.
    folded_capital: Vec<bool>,
    exact: Option<DoubleArrayAhoCorasick<u32>>,
    exact_values: Vec<Vec<Candidate>>,
}

/// Spelling pairs that transliterations of Arabic, Pashto and Urdu names swap freely.
const VARIANTS: &[&[&str]] = &[
    &["khorasan", "khurasan", "khuarasan", "khorassan"],
    &["tehreek", "tehrik", "tahrik", "tahreek", "tehrek"],
    &["qaeda", "qaida", "qaidah", "qaedah"],
    &["daesh", "daish"],
    &["mohammed", "muhammad", "mohammad", "muhammed", "mohamed"],
    &["julani", "jolani", "jawlani", "golani"],
    &["taiba", "tayyiba", "tayyaba", "toiba", "tayiba"],
    &["hezbollah", "hizballah", "hizbullah", "hizbollah", "hezballah"],
    &["jaish", "jaysh", "jaishe"],
    &["jamaat", "jamaah", "jamaa", "jamat", "jammat"],
    &["shabaab", "shabab"],
    &["nusra", "nusrah"],
    &["sham", "shaam"],
    &["harakat", "harakah", "harkat"],
    &["ansar", "ansaar"],
    &["hizb", "hezb"],
    &["khilafat", "khilafah", "khilafa"],
    &["lashkar", "laskar"],
    &["mujahideen", "mujahidin", "mujahedeen", "mujahedin"],
    &["al", "el"],
];

fn variants(folded: &str) -> Vec<String> {
    let words: Vec<&str> = folded.split(' ').collect();
    let mut out = vec![String::new()];
    for w in &words {
        let alts: Vec<&str> = VARIANTS
            .iter()
            .find(|set| set.contains(w))
            .map(|set| set.to_vec())
            .unwrap_or_else(|| vec![w]);
        let mut next = Vec::new();
        for prefix in &out {
            for a in &alts {
                if next.len() >= 24 {
                    break;
                }
                let mut s = prefix.clone();
                if !s.is_empty() {
                    s.push(' ');
                }
                s.push_str(a);
                next.push(s);
            }
        }
        out = next;
    }
    out
}

/// An acronym is matched case-sensitively: short, no spaces, mostly capitals ("IS", "LeT", "ISIS-K").
pub fn is_acronym(name: &str) -> bool {
    let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.is_empty() || name.contains(' ') || name.chars().count() > 8 {
        return false;
    }
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    upper >= 2 && upper * 3 >= letters.len() * 2
}

/// Lower-case particles that may open a name without a capital ("al-Qaeda", "el-Sisi").
fn opens_with_particle(folded: &str) -> bool {
    let first = folded.split(' ').next().unwrap_or("");
    matches!(first, "al" | "el" | "ul" | "ar" | "as" | "ash" | "ad" | "an" | "at" | "az" | "the" | "de" | "da" | "bin" | "ibn")
}

/// A proper name as written: a capital first letter, or a capital on its last word when the
/// first is a lower-case direction or article ("central Asia", "al-Qaeda").
fn capitalised_name(surface: &str) -> bool {
    if surface.chars().next().is_some_and(|c| c.is_uppercase()) {
        return true;
    }
    // "islamic State", "central Asia": a multi-word name whose last word keeps its capital.
    let words: Vec<&str> = surface.split_whitespace().collect();
    words.len() >= 2 && words.last().is_some_and(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
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
        let entries: Vec<Entry> = kb.entries().iter().cloned().collect();
        let mut index = HashMap::new();
        let mut folded_map: HashMap<String, (Vec<Candidate>, bool)> = HashMap::new();
        let mut exact_map: HashMap<String, Vec<Candidate>> = HashMap::new();
        for (i, e) in entries.iter().enumerate() {
            index.insert(e.id.clone(), i as u32);
            if !matchable(e) {
                continue;
            }
            let mut names: Vec<(&str, NameRole)> = vec![(e.name.as_str(), NameRole::Current)];
            names.extend(e.aliases.iter().map(|a| (a.as_str(), NameRole::Current)));
            names.extend(e.former_names.iter().map(|f| (f.name.as_str(), NameRole::Former)));
            names.extend(e.adjectives.iter().map(|a| (a.as_str(), NameRole::Adjective)));
            for (name, role) in names {
                let name = name.trim();
                if name.chars().filter(|c| c.is_alphanumeric()).count() < 2 {
                    continue;
                }
                let curated = e.sources.iter().any(|s| s == "curated") || e.kind != EntryKind::Group;
                let cand = Candidate { entry: i as u32, role, weak: !curated && is_acronym(name) };
                if is_acronym(name) {
                    let v = exact_map.entry(name.to_string()).or_default();
                    if !v.iter().any(|c| c.entry == cand.entry) {
                        v.push(cand);
                    }
                    continue;
                }
                let k = key(name);
                if k.len() < 3 {
                    continue;
                }
                let capital = name.chars().next().is_some_and(|c| c.is_uppercase()) && !opens_with_particle(&k);
                for variant in variants(&k) {
                    let slot = folded_map.entry(variant).or_insert_with(|| (Vec::new(), capital));
                    slot.1 &= capital;
                    if !slot.0.iter().any(|c| c.entry == cand.entry) {
                        slot.0.push(cand);
                    }
                }
            }
        }
        let mut folded_patterns: Vec<(String, Vec<Candidate>, bool)> =
            folded_map.into_iter().map(|(k, (v, c))| (k, v, c)).collect();
        folded_patterns.sort_by(|a, b| a.0.cmp(&b.0));
        let folded_values: Vec<Vec<Candidate>> = folded_patterns.iter().map(|p| p.1.clone()).collect();
        let folded_capital: Vec<bool> = folded_patterns.iter().map(|p| p.2).collect();
        let folded = build(folded_patterns.iter().map(|p| p.0.as_str()));
        let mut exact_patterns: Vec<(String, Vec<Candidate>)> = exact_map.into_iter().collect();
        exact_patterns.sort_by(|a, b| a.0.cmp(&b.0));
        let exact_values = exact_patterns.iter().map(|p| p.1.clone()).collect();
        let exact = build(exact_patterns.iter().map(|p| p.0.as_str()));
        Gazetteer { entries, index, folded, folded_values, folded_capital, exact, exact_values }
    }

    pub fn entry(&self, i: u32) -> &Entry {
        &self.entries[i as usize]
    }

    pub fn by_id(&self, id: &str) -> Option<u32> {
        self.index.get(id).copied()
    }

    /// Every KB name in `text`, longest first where they overlap, in text order.
    pub fn find(&self, text: &str) -> Vec<KbHit> {
        let mut raw: Vec<KbHit> = Vec::new();
        if let Some(pma) = &self.folded {
            let f = fold(text);
            for m in pma.find_overlapping_iter(&f.text) {
                let (fs, fe) = (m.start(), m.end());
                if !boundary_ok(&f.text, fs, fe) {
                    continue;
                }
                let v = m.value() as usize;
                let (s, e) = f.original_span(fs, fe, text);
                if self.folded_capital[v] && !capitalised_name(&text[s..e]) {
                    continue;
                }
                let mut candidates = self.folded_values[v].clone();
                if !after_place_preposition(text, s) {
                    candidates.retain(|c| {
                        let entry = &self.entries[c.entry as usize];
                        !(entry.subkind.as_deref() == Some("city") && entry.population.unwrap_or(0) < SMALL_TOWN)
                    });
                }
                if candidates.is_empty() {
                    continue;
                }
                raw.push(KbHit { start: s, end: e, candidates });
            }
        }
        if let Some(pma) = &self.exact {
            for m in pma.find_overlapping_iter(text) {
                if !boundary_ok(text, m.start(), m.end()) {
                    continue;
                }
                raw.push(KbHit { start: m.start(), end: m.end(), candidates: self.exact_values[m.value() as usize].clone() });
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

/// Every KB entry is matched; small towns only where a preposition of place introduces them
/// (see [`Gazetteer::find`]), since many are named like English words ("Mobile", "Police").
fn matchable(_e: &Entry) -> bool {
    true
}

/// Cities under this population need "in", "near", "of"... before them to count.
const SMALL_TOWN: u64 = 100_000;

fn after_place_preposition(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    let word = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    matches!(word.to_ascii_lowercase().as_str(), "in" | "near" | "of" | "from" | "at" | "outside" | "around" | "to" | "into" | "town" | "village" | "city")
}

fn build<'a>(patterns: impl Iterator<Item = &'a str>) -> Option<DoubleArrayAhoCorasick<u32>> {
    let pv: Vec<(&str, u32)> = patterns.enumerate().map(|(i, p)| (p, i as u32)).collect();
    if pv.is_empty() {
        return None;
    }
    DoubleArrayAhoCorasickBuilder::new()
        .match_kind(MatchKind::Standard)
        .build_with_values(pv)
        .ok()
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
}
