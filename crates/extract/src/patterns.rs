//! The gazetteer's matching tables: every knowledge-base name as a pattern, and the two automata
//! over them.
//!
//! Building the tables for the built-in KB (about 100,000 patterns with their transliteration
//! variants) takes a fifth of a second, which every start would pay. So `build.rs` builds them at
//! compile time from the same KB and stores them as bytes in the binary ([`Tables::to_bytes`]);
//! [`Tables::from_bytes`] only validates and copies them. A KB with a user's `--kb` files is built
//! at run time by the same [`Tables::build`]. This file is compiled into build.rs too, so it
//! depends only on the KB model, [`crate::normalize`], daachorse, serde and postcard.

use crate::normalize::key;
use allegiance_kb::{EntityKind, Entry};
use daachorse::{DoubleArrayAhoCorasick, DoubleArrayAhoCorasickBuilder, MatchKind};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// How a name names its entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum NameRole {
    Current,
    Former,
    /// "Iraqi", "Afghan": a place named by its adjective.
    Adjective,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub struct Candidate {
    pub entry: u32,
    pub role: NameRole,
    /// An acronym of a group not curated by hand ("MPC", "FACT"): such short names collide with
    /// ordinary acronyms, so they count only in texts about armed groups.
    pub weak: bool,
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

pub fn variants(folded: &str) -> Vec<String> {
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
    matches!(
        first,
        "al" | "el"
            | "ul"
            | "ar"
            | "as"
            | "ash"
            | "ad"
            | "an"
            | "at"
            | "az"
            | "the"
            | "de"
            | "da"
            | "bin"
            | "ibn"
    )
}

/// A list per value `0..n` (candidates per pattern, patterns per word form), stored flat: one
/// allocation, not one per value.
#[derive(Debug, Serialize, Deserialize)]
pub struct Lists<T> {
    items: Vec<T>,
    /// `ends[v]` is where the list of value `v` ends in `items`; it starts where `v - 1` ends.
    ends: Vec<u32>,
}

impl<T: Clone> Lists<T> {
    fn from_lists<'a>(lists: impl Iterator<Item = &'a [T]>) -> Lists<T>
    where
        T: 'a,
    {
        let mut out = Lists { items: Vec::new(), ends: Vec::new() };
        for l in lists {
            out.items.extend_from_slice(l);
            out.ends.push(out.items.len() as u32);
        }
        out
    }

    /// The list of value `v` (empty for a value out of range).
    pub fn get(&self, v: usize) -> &[T] {
        let start = if v == 0 { 0 } else { self.ends.get(v - 1).map_or(0, |&e| e as usize) };
        let end = self.ends.get(v).map_or(start, |&e| e as usize);
        self.items.get(start..end).unwrap_or(&[])
    }

    fn len(&self) -> usize {
        self.ends.len()
    }

    fn consistent(&self) -> bool {
        self.ends.windows(2).all(|w| w[0] <= w[1])
            && self.ends.last().is_none_or(|&e| e as usize == self.items.len())
    }
}

/// Appends `s` with every character that is not alphanumeric written as spaces, one per byte, so
/// that offsets stay those of `s`: the form the word automaton scans, where a space marks every
/// place a name may start or end.
pub fn push_separated(s: &str, out: &mut String) {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            out.push(if b.is_ascii_alphanumeric() { b as char } else { ' ' });
            i += 1;
            continue;
        }
        let c = s[i..].chars().next().expect("inside the string");
        let n = c.len_utf8();
        if c.is_alphanumeric() {
            out.push(c);
        } else {
            out.extend(std::iter::repeat_n(' ', n));
        }
        i += n;
    }
}

/// The automata and what each pattern denotes.
///
/// Folded patterns (aliases folded as in [`crate::normalize`]) are numbered in byte order. They
/// are found with an automaton over their *word forms*: the pattern with punctuation as spaces
/// ([`push_separated`]) between two spaces. Scanning the folded text in that form finds names only
/// where they start and end at word boundaries, which is all the gazetteer keeps; a scan for every
/// occurrence would also report, and then discard, seven times as many hits inside words ("ran"
/// in "Iran"). A word form stands for the folded patterns that share it, told apart by comparing
/// the folded text with them ([`Tables::folded_at`]).
pub struct Tables {
    /// Word forms of the folded patterns, ` form `; the value is the word form's number.
    pub words: Option<DoubleArrayAhoCorasick<u32>>,
    /// Folded patterns per word form.
    pub word_patterns: Lists<u32>,
    /// Folded patterns whose word form differs from them (they hold punctuation), by number.
    pub punctuated: Vec<(u32, String)>,
    pub folded_values: Lists<Candidate>,
    /// Whether the pattern needs a capital letter at the start of its surface form.
    pub folded_capital: Vec<bool>,
    /// Acronyms, matched case-sensitively on the original text.
    pub exact: Option<DoubleArrayAhoCorasick<u32>>,
    pub exact_values: Lists<Candidate>,
    /// [`fingerprint`] of the entries the tables were built from.
    pub fingerprint: u64,
}

/// The serialised form of [`Tables`] (automata as daachorse's own bytes).
#[derive(Serialize, Deserialize)]
struct Stored {
    version: u32,
    fingerprint: u64,
    words: Option<Vec<u8>>,
    word_patterns: Lists<u32>,
    punctuated: Vec<(u32, String)>,
    folded_values: Lists<Candidate>,
    folded_capital: Vec<bool>,
    exact: Option<Vec<u8>>,
    exact_values: Lists<Candidate>,
}

/// Bumped whenever [`Stored`] or the meaning of its fields changes.
const FORMAT_VERSION: u32 = 2;

/// Identifies a list of entries by their ids and order (pattern values are entry indices).
pub fn fingerprint(entries: &[Entry]) -> u64 {
    // FNV-1a: stable across builds and platforms, unlike std's hasher.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for e in entries {
        for b in e.id.bytes().chain([0u8]) {
            h ^= b as u64;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    h ^ entries.len() as u64
}

impl Tables {
    /// Builds the tables for every name of every entry.
    pub fn build(entries: &[Entry]) -> Tables {
        let mut folded_map: HashMap<String, (Vec<Candidate>, bool)> = HashMap::new();
        let mut exact_map: HashMap<String, Vec<Candidate>> = HashMap::new();
        for (i, e) in entries.iter().enumerate() {
            let mut names: Vec<(&str, NameRole)> = vec![(e.name.as_str(), NameRole::Current)];
            names.extend(e.aliases.iter().map(|a| (a.as_str(), NameRole::Current)));
            names.extend(e.former_names.iter().map(|f| (f.name.as_str(), NameRole::Former)));
            names.extend(e.adjectives.iter().map(|a| (a.as_str(), NameRole::Adjective)));
            for (name, role) in names {
                let name = name.trim();
                if name.chars().filter(|c| c.is_alphanumeric()).count() < 2 {
                    continue;
                }
                let curated =
                    e.sources.iter().any(|s| s == "curated") || e.kind != EntityKind::Group;
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
                let capital = name.chars().next().is_some_and(|c| c.is_uppercase())
                    && !opens_with_particle(&k);
                for variant in variants(&k) {
                    let slot = folded_map.entry(variant).or_insert_with(|| (Vec::new(), capital));
                    slot.1 &= capital;
                    if !slot.0.iter().any(|c| c.entry == cand.entry) {
                        slot.0.push(cand);
                    }
                }
            }
        }
        let mut folded_patterns: Vec<(String, (Vec<Candidate>, bool))> =
            folded_map.into_iter().collect();
        folded_patterns.sort_by(|a, b| a.0.cmp(&b.0));
        let mut exact_patterns: Vec<(String, Vec<Candidate>)> = exact_map.into_iter().collect();
        exact_patterns.sort_by(|a, b| a.0.cmp(&b.0));
        let mut forms: HashMap<String, Vec<u32>> = HashMap::new();
        let mut punctuated = Vec::new();
        for (i, (pattern, _)) in folded_patterns.iter().enumerate() {
            let mut form = String::with_capacity(pattern.len() + 2);
            form.push(' ');
            push_separated(pattern, &mut form);
            form.push(' ');
            if form[1..form.len() - 1] != *pattern {
                punctuated.push((i as u32, pattern.clone()));
            }
            forms.entry(form).or_default().push(i as u32);
        }
        let mut forms: Vec<(String, Vec<u32>)> = forms.into_iter().collect();
        forms.sort_by(|a, b| a.0.cmp(&b.0));
        Tables {
            words: automaton(forms.iter().map(|f| f.0.as_str())),
            word_patterns: Lists::from_lists(forms.iter().map(|f| f.1.as_slice())),
            punctuated,
            folded_values: Lists::from_lists(folded_patterns.iter().map(|p| p.1 .0.as_slice())),
            folded_capital: folded_patterns.iter().map(|p| p.1 .1).collect(),
            exact: automaton(exact_patterns.iter().map(|p| p.0.as_str())),
            exact_values: Lists::from_lists(exact_patterns.iter().map(|p| p.1.as_slice())),
            fingerprint: fingerprint(entries),
        }
    }

    #[allow(dead_code)] // the library only reads tables; build.rs writes them
    pub fn to_bytes(&self) -> Vec<u8> {
        let stored = Stored {
            version: FORMAT_VERSION,
            fingerprint: self.fingerprint,
            words: self.words.as_ref().map(|a| a.serialize()),
            word_patterns: Lists {
                items: self.word_patterns.items.clone(),
                ends: self.word_patterns.ends.clone(),
            },
            punctuated: self.punctuated.clone(),
            folded_values: Lists {
                items: self.folded_values.items.clone(),
                ends: self.folded_values.ends.clone(),
            },
            folded_capital: self.folded_capital.clone(),
            exact: self.exact.as_ref().map(|a| a.serialize()),
            exact_values: Lists {
                items: self.exact_values.items.clone(),
                ends: self.exact_values.ends.clone(),
            },
        };
        postcard::to_allocvec(&stored).expect("gazetteer tables serialise")
    }

    /// Tables stored by [`Tables::to_bytes`]; `None` when the bytes are not a valid current form.
    pub fn from_bytes(bytes: &[u8]) -> Option<Tables> {
        let stored: Stored = postcard::from_bytes(bytes).ok()?;
        if stored.version != FORMAT_VERSION {
            return None;
        }
        // daachorse checks the automaton's structure, so bad bytes cannot cause undefined behaviour.
        let load = |b: Option<Vec<u8>>| -> Option<Option<DoubleArrayAhoCorasick<u32>>> {
            match b {
                None => Some(None),
                Some(b) => DoubleArrayAhoCorasick::deserialize(&b).ok().map(|(a, _)| Some(a)),
            }
        };
        let words = load(stored.words)?;
        let exact = load(stored.exact)?;
        let tables = Tables {
            words,
            word_patterns: stored.word_patterns,
            punctuated: stored.punctuated,
            folded_values: stored.folded_values,
            folded_capital: stored.folded_capital,
            exact,
            exact_values: stored.exact_values,
            fingerprint: stored.fingerprint,
        };
        tables.consistent().then_some(tables)
    }

    /// Every list lies inside its `items`, and every folded pattern has its flag.
    fn consistent(&self) -> bool {
        self.word_patterns.consistent()
            && self.folded_values.consistent()
            && self.exact_values.consistent()
            && self.folded_capital.len() == self.folded_values.len()
            && self.punctuated.windows(2).all(|w| w[0].0 < w[1].0)
    }

    /// The folded pattern of word form `form` that `folded[start..end]` is, if any; `separated` is
    /// `folded` in its [`push_separated`] form.
    pub fn folded_at(
        &self,
        form: u32,
        folded: &[u8],
        separated: &[u8],
        start: usize,
        end: usize,
    ) -> Option<usize> {
        let text = folded.get(start..end)?;
        self.word_patterns.get(form as usize).iter().find_map(|&p| {
            let same = match self.punctuated.binary_search_by_key(&p, |x| x.0) {
                Ok(k) => text == self.punctuated[k].1.as_bytes(),
                // The word form is the pattern itself: the text must hold no punctuation there.
                Err(_) => separated.get(start..end) == Some(text),
            };
            same.then_some(p as usize)
        })
    }
}

fn automaton<'a>(patterns: impl Iterator<Item = &'a str>) -> Option<DoubleArrayAhoCorasick<u32>> {
    let pv: Vec<(&str, u32)> = patterns.enumerate().map(|(i, p)| (p, i as u32)).collect();
    if pv.is_empty() {
        return None;
    }
    DoubleArrayAhoCorasickBuilder::new().match_kind(MatchKind::Standard).build_with_values(pv).ok()
}
