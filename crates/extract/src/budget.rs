//! What one document may cost: bounds that keep extraction linear in the text's size.
//!
//! The relation rules and the qualifiers read a sentence once per fact they find, and the pair
//! rules find a fact per pair of names. A "sentence" of ten thousand group names joined by commas
//! (a scraped list, a broken page) therefore cost the square of its names: 17 s for 100 KB. No
//! sentence of news is that long, so sentences over [`MAX_RULE_SENTENCE_BYTES`] or naming more
//! than [`MAX_RULE_SENTENCE_MENTIONS`] entities are not read by the rules, and the extraction
//! says so in a warning naming the sentence's offset. The mentions of a sentence are found by
//! binary search over the document's sorted mentions, so no step scans every mention per
//! sentence.

use crate::mentions::{DocEntities, Mention};
use crate::segment::Sentence;

/// Longest sentence, in bytes, the relation rules read. The longest sentence of the bench, gold
/// and MUC-4 corpora that names a group is well under half of it.
pub const MAX_RULE_SENTENCE_BYTES: usize = 4_000;

/// Most mentions (names and anaphors) a sentence read by the relation rules may hold.
pub const MAX_RULE_SENTENCE_MENTIONS: usize = 80;

/// The work an extraction did, counted in units that grow with its cost. Exposed for tests that
/// hold extraction to a linear bound without timing it.
#[doc(hidden)]
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Work {
    /// Sentences the relation rules read.
    pub sentences_read: usize,
    /// Bytes of those sentences (each rule family scans them a bounded number of times).
    pub rule_bytes: usize,
    /// Mentions looked at to gate, mask and relate sentences.
    pub mentions_scanned: usize,
    /// Facts qualified (source, polarity, time).
    pub facts_qualified: usize,
    /// For each fact qualified, the bytes of its sentence: the qualifiers scan it per fact.
    pub qualify_bytes: usize,
}

impl Work {
    /// All units together, for a single bound.
    pub fn total(&self) -> usize {
        self.sentences_read
            + self.rule_bytes
            + self.mentions_scanned
            + self.facts_qualified
            + self.qualify_bytes
    }
}

/// The index range of the mentions that lie inside `s`, from the document's mentions sorted by
/// start: those with `s.start <= start` and `end <= s.end`.
pub(crate) fn mentions_in(doc: &DocEntities, s: &Sentence) -> std::ops::Range<usize> {
    mention_range(&doc.mentions, s.start, s.end)
}

/// The index range of the mentions starting in `start..=end`; every mention inside the span is
/// in it (callers still check each mention's end).
pub(crate) fn mention_range(
    mentions: &[Mention],
    start: usize,
    end: usize,
) -> std::ops::Range<usize> {
    let first = mentions.partition_point(|m| m.start < start);
    let last = first + mentions[first..].partition_point(|m| m.start <= end);
    first..last
}

/// Why the rules skip a sentence, as the extraction's warning says it; `None` when they read it.
pub(crate) fn skip_reason(s: &Sentence, mentions: usize) -> Option<String> {
    let len = s.end - s.start;
    if len > MAX_RULE_SENTENCE_BYTES {
        Some(format!(
            "sentence at byte {} is {len} bytes long (over {MAX_RULE_SENTENCE_BYTES}): \
             relation rules skipped it",
            s.start
        ))
    } else if mentions > MAX_RULE_SENTENCE_MENTIONS {
        Some(format!(
            "sentence at byte {} names {mentions} entities (over {MAX_RULE_SENTENCE_MENTIONS}): \
             relation rules skipped it",
            s.start
        ))
    } else {
        None
    }
}

/// What one extraction counted and warned of on its way.
#[derive(Debug, Default)]
pub(crate) struct Budget {
    pub(crate) work: Work,
    pub(crate) warnings: Vec<String>,
}
