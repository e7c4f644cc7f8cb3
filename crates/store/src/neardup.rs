//! Near-duplicate articles (syndicated copies, lightly edited reprints): a MinHash signature of
//! each document's word shingles, and the locality-sensitive banding keys that find the stored
//! documents whose signature is close without comparing against all of them.
//!
//! A document's text is cut into lower-cased words (runs of letters and digits); every run of
//! [`SHINGLE_WORDS`] consecutive words is a shingle. The signature keeps, for each of [`HASHES`]
//! hash functions, the smallest hash over the shingles, so the share of positions two signatures
//! agree on estimates the Jaccard similarity of their shingle sets. Two documents are copies when
//! that estimate reaches [`COPY_SIMILARITY`] (a reprint with a new dateline, a few words changed
//! and its last paragraph cut is around 0.6; two agencies' reports of one event share almost no
//! four-word runs outside quotes). The signature is cut into [`BANDS`] bands of [`ROWS`] hashes;
//! documents sharing any whole band are the candidates checked: a pair of similarity 0.6 is a
//! candidate with probability 0.99, 0.5 with 0.94, and two unrelated articles (0.02) one in 6,000.
//!
//! Texts shorter than [`MIN_SHINGLES`] shingles get no signature: wire briefs ("Shr 12 cts vs 10
//! cts") are templated enough to look alike while reporting different things. Longer templated
//! stories ("X Corp is raising 75 mln dlrs via an offering of convertible debentures ...", a
//! daily market report) share most of their wording too, but not their names and figures: a
//! pair close by signature is a copy only when the sets of their [`key_tokens`] (capitalised
//! words and tokens with digits) also have a Jaccard similarity of at least [`KEY_SIMILARITY`].

/// Words per shingle.
pub const SHINGLE_WORDS: usize = 4;
/// Hash functions (signature length).
pub const HASHES: usize = 64;
/// Bands of the LSH index, [`ROWS`] hashes each (the first `BANDS * ROWS` hashes).
pub const BANDS: usize = 21;
pub const ROWS: usize = 3;
/// Estimated Jaccard similarity from which two documents count as copies of one story.
pub const COPY_SIMILARITY: f64 = 0.5;
/// Share of names and figures two copies have in common, at least.
pub const KEY_SIMILARITY: f64 = 0.5;
/// Documents with fewer shingles than this are never near-duplicates (only exact copies are).
pub const MIN_SHINGLES: usize = 25;

/// A document's MinHash signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature(pub [u32; HASHES]);

/// Multipliers and offsets of the hash family `h_i(x) = (a_i * x + b_i) >> 32` over 64-bit
/// shingle hashes; fixed so signatures stored by one run compare with those of the next.
const fn family() -> ([u64; HASHES], [u64; HASHES]) {
    let mut a = [0u64; HASHES];
    let mut b = [0u64; HASHES];
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut i = 0;
    while i < HASHES {
        state = splitmix(state);
        a[i] = state | 1;
        state = splitmix(state);
        b[i] = state;
        i += 1;
    }
    (a, b)
}
const FAMILY: ([u64; HASHES], [u64; HASHES]) = family();

const fn splitmix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// FNV-1a over a word's lower-cased bytes.
fn word_hash(word: &str) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for b in word.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Hashes of the text's words, lower-cased, in order.
fn words(text: &str) -> Vec<u64> {
    let mut out = Vec::with_capacity(text.len() / 6);
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut Vec<u64>| {
        if !word.is_empty() {
            out.push(word_hash(word));
            word.clear();
        }
    };
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            word.push(c.to_ascii_lowercase());
        } else if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        } else if c == '\'' || c == '\u{2019}' {
            // "group's" and "group’s" are one word either way
        } else {
            flush(&mut word, &mut out);
        }
    }
    flush(&mut word, &mut out);
    out
}

impl Signature {
    /// The signature of a cleaned text, or `None` when it is too short to judge.
    pub fn of(text: &str) -> Option<Signature> {
        let w = words(text);
        if w.len() < SHINGLE_WORDS || w.len() + 1 - SHINGLE_WORDS < MIN_SHINGLES {
            return None;
        }
        let (a, b) = &FAMILY;
        let mut mins = [u32::MAX; HASHES];
        for win in w.windows(SHINGLE_WORDS) {
            let mut s = 0u64;
            for &h in win {
                s = splitmix(s ^ h);
            }
            for i in 0..HASHES {
                let v = (a[i].wrapping_mul(s).wrapping_add(b[i]) >> 32) as u32;
                mins[i] = mins[i].min(v);
            }
        }
        Some(Signature(mins))
    }

    /// The estimated Jaccard similarity of the two texts' shingle sets.
    pub fn similarity(&self, other: &Signature) -> f64 {
        let same = self.0.iter().zip(other.0.iter()).filter(|(a, b)| a == b).count();
        same as f64 / HASHES as f64
    }

    pub fn is_copy_of(&self, other: &Signature) -> bool {
        self.similarity(other) >= COPY_SIMILARITY
    }

    /// One key per band: the band's number in the top five bits, a hash of its rows below.
    pub fn band_keys(&self) -> [i64; BANDS] {
        let mut keys = [0i64; BANDS];
        for (band, key) in keys.iter_mut().enumerate() {
            let mut h = band as u64;
            for &v in &self.0[band * ROWS..(band + 1) * ROWS] {
                h = splitmix(h ^ v as u64);
            }
            *key = (((band as u64) << 59) | (h >> 5)) as i64;
        }
        keys
    }

    /// Little-endian bytes, as stored in `signatures.minhash`.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.0.iter().flat_map(|v| v.to_le_bytes()).collect()
    }

    /// The stored form back; `None` for a blob of the wrong length.
    pub fn from_bytes(bytes: &[u8]) -> Option<Signature> {
        if bytes.len() != HASHES * 4 {
            return None;
        }
        let mut out = [0u32; HASHES];
        for (v, chunk) in out.iter_mut().zip(bytes.chunks_exact(4)) {
            *v = u32::from_le_bytes(chunk.try_into().ok()?);
        }
        Some(Signature(out))
    }
}

/// The names and figures of a text: words starting with a capital letter and tokens holding a
/// digit, without surrounding punctuation.
pub fn key_tokens(text: &str) -> std::collections::HashSet<&str> {
    text.split_whitespace()
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|t| {
            t.chars().next().is_some_and(char::is_uppercase)
                || t.chars().any(|c| c.is_ascii_digit())
        })
        .collect()
}

/// Jaccard similarity of two texts' [`key_tokens`] (1 when neither has any).
pub fn key_similarity(
    a: &std::collections::HashSet<&str>,
    b: &std::collections::HashSet<&str>,
) -> f64 {
    let union = a.union(b).count();
    if union == 0 {
        return 1.0;
    }
    a.intersection(b).count() as f64 / union as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "Militants loyal to the Islamic State attacked an army checkpoint near the town of \
        Baidoa early on Tuesday, killing four soldiers and wounding several others, local officials said. \
        The attack was the third in the region this month. A spokesman for the regional administration said \
        security forces had pursued the attackers into the surrounding countryside and that reinforcements \
        had been sent from the capital. Residents said the fighting lasted for more than two hours and that \
        many families had fled towards the coast. The group has expanded its operations in the south since \
        last year, according to a United Nations report published in February.";

    #[test]
    fn a_reprint_with_a_new_opening_and_a_changed_figure_is_a_copy() {
        let original = Signature::of(STORY).unwrap();
        let edited = STORY
            .replace(
                "Militants loyal to the Islamic State",
                "MOGADISHU (Wire) - Fighters loyal to the Islamic State",
            )
            .replace("killing four soldiers", "killing five soldiers")
            .replace("towards the coast", "toward the coast");
        let copy = Signature::of(&edited).unwrap();
        assert!(copy.is_copy_of(&original), "similarity {}", copy.similarity(&original));
        // Case and punctuation do not matter.
        let shouted = Signature::of(&STORY.to_uppercase().replace(',', " ,")).unwrap();
        assert_eq!(shouted, original);
        // A copy shares at least one band key with the original, so the index finds it.
        let (a, b) = (original.band_keys(), copy.band_keys());
        assert!(a.iter().any(|k| b.contains(k)));
    }

    #[test]
    fn a_different_story_on_the_same_subject_is_not_a_copy() {
        let original = Signature::of(STORY).unwrap();
        let other = "The Islamic State claimed an attack on a police station near Baidoa on Wednesday, \
            its second claim in the region this week. Officials said two policemen were killed and that the \
            attackers escaped before reinforcements arrived. Aid agencies warned that the violence was \
            displacing thousands of families who had already fled drought in the interior, and called on \
            both sides to allow access to the camps outside the town.";
        let s = Signature::of(other).unwrap();
        assert!(!s.is_copy_of(&original), "similarity {}", s.similarity(&original));
        assert!(s.similarity(&original) < 0.2);
    }

    #[test]
    fn templated_stories_about_different_companies_share_wording_but_not_names_and_figures() {
        let a = "Micropolis Corp is raising 75 mln dlrs via an offering of convertible subordinated debentures due 2012 \
            with a six pct coupon and par pricing, said lead manager Morgan Stanley and Co Inc. The debentures are \
            convertible into the company's common stock at 40 dlrs per share, representing a premium of 25 pct over \
            the stock price when terms on the debt were set. Non-callable for two years, the issue is rated B-1 by Moody's.";
        let b = "Essex Chemical Corp is raising 60 mln dlrs via an offering of convertible subordinated debentures due 2012 \
            with a six pct coupon and par pricing, said lead manager Salomon Brothers Inc. The debentures are \
            convertible into the company's common stock at 32 dlrs per share, representing a premium of 22 pct over \
            the stock price when terms on the debt were set. Non-callable for three years, the issue is rated B-2 by Moody's.";
        let (sa, sb) = (Signature::of(a).unwrap(), Signature::of(b).unwrap());
        assert!(sa.similarity(&sb) > 0.3, "the wording is shared: {}", sa.similarity(&sb));
        assert!(key_similarity(&key_tokens(a), &key_tokens(b)) < KEY_SIMILARITY);
        let reprint = format!("NEW YORK, March 3 - {a}");
        assert!(
            key_similarity(&key_tokens(a), &key_tokens(&reprint)) > 0.7,
            "a dateline adds a few names"
        );
    }

    #[test]
    fn short_texts_have_no_signature_and_stored_bytes_round_trip() {
        assert!(Signature::of("Shr 12 cts vs 10 cts Net 1.2 mln vs 900,000").is_none());
        assert!(Signature::of("").is_none());
        let s = Signature::of(STORY).unwrap();
        assert_eq!(Signature::from_bytes(&s.to_bytes()), Some(s.clone()));
        assert!(Signature::from_bytes(&[1, 2, 3]).is_none());
        // Band keys carry their band number, so equal rows in different bands never meet.
        let keys = s.band_keys();
        for (band, k) in keys.iter().enumerate() {
            assert_eq!((*k as u64) >> 59, band as u64);
        }
    }
}
