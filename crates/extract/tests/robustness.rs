//! No text makes extraction panic, and every fact's evidence is a verbatim span of the text.
//! Sentences are assembled from words that trigger each rule, names of every kind, and
//! multi-byte punctuation, by a fixed pseudo-random sequence so that failures reproduce.

mod common;

use common::extract;

const PIECES: &[&str] = &[
    "the Islamic State",
    "al-Qaeda",
    "Boko Haram",
    "Abu Bakr al-Baghdadi",
    "Hezbollah",
    "ISWAP",
    "the group",
    "its",
    "it",
    "they",
    "the militants",
    "Taliban",
    "Syria",
    "Iraqi",
    "Kabul",
    "the United States",
    "Kafr Deryan",
    "pledged allegiance to",
    "swore loyalty to",
    "to whom",
    "leader of",
    "founded by",
    "a member of",
    "broke away from",
    "renamed itself",
    "merged with",
    "allied with",
    "fought",
    "designated",
    "as many as 15,000 fighters",
    "between 7,000 and 8,500 members",
    "killed 20 people in",
    "claimed responsibility for the attack in",
    "based in",
    "under the control of",
    "where",
    "a village in",
    "the Afghan wing of",
    "'s",
    "several commanders of",
    "reportedly",
    "denied",
    "not",
    "said",
    "according to",
    "in June 2014",
    "since 2011",
    "earlier this week",
    ",",
    ";",
    ":",
    "—",
    "–",
    "“",
    "”",
    "‘",
    "’",
    "ʿ",
    "(",
    ")",
    "[5]",
    ".",
    "?",
    "\n",
    "é",
    "ā",
    "⟨G1⟩",
    "日本",
];

/// A small linear congruential generator: the same cases on every run and machine.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n
    }
}

#[test]
fn assembled_texts_never_panic_and_keep_evidence_verbatim() {
    let mut rng = Lcg(20261201);
    for _ in 0..400 {
        let words = 3 + rng.next(40);
        let mut text = String::new();
        for _ in 0..words {
            text.push_str(PIECES[rng.next(PIECES.len())]);
            text.push(if rng.next(5) == 0 { '\u{a0}' } else { ' ' });
        }
        let r = extract(&text);
        for f in &r.facts {
            assert_eq!(
                text.get(f.evidence.start..f.evidence.end),
                Some(f.evidence.text.as_str()),
                "in: {text:?}"
            );
        }
    }
}
