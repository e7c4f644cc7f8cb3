//! The extractor's stages one at a time, for benchmarks and profiling: each does what
//! [`Extractor::extract`] does at that point, on the previous stage's output, so a benchmark can
//! time one stage alone. [`Extractor::extract`] itself remains the reference for the whole.
//!
//! ```
//! # let kb = allegiance_kb::Kb::builtin().unwrap();
//! # let extractor = allegiance_extract::Extractor::new(&kb);
//! use allegiance_extract::{segment, stages, DocMeta};
//! let text = "Boko Haram pledged allegiance to the Islamic State in March 2015.";
//! let sentences = segment::sentences(text);
//! let mentions = stages::mentions(&extractor, text, sentences);
//! let relations = stages::relations(&extractor, text, mentions);
//! assert_eq!(relations.facts(), 1);
//! assert_eq!(stages::qualify(&relations, &DocMeta::default()), 1);
//! ```

use crate::mentions::{self, DocEntities};
use crate::relations::RawFact;
use crate::segment::Sentence;
use crate::sentence::Masked;
use crate::trace::NoTrace;
use crate::{source, DocMeta, Extractor, Work};

/// A document after segmentation and mention matching.
pub struct Mentions<'t> {
    text: &'t str,
    sentences: Vec<Sentence>,
    doc: DocEntities,
}

impl Mentions<'_> {
    /// How many names (KB and new, anaphors included) the document has.
    pub fn count(&self) -> usize {
        self.doc.mentions.len()
    }
}

/// A document after the relation rules: the sentences that state facts, masked, with their facts.
pub struct Relations<'t> {
    mentions: Mentions<'t>,
    found: Vec<(usize, Sentence, Masked, Vec<RawFact>)>,
    sentences_read: usize,
}

impl Relations<'_> {
    /// Facts found, before qualification and derivation.
    pub fn facts(&self) -> usize {
        self.found.iter().map(|(_, _, _, f)| f.len()).sum()
    }

    /// Sentences that passed the gate and were masked and read.
    pub fn sentences_read(&self) -> usize {
        self.sentences_read
    }
}

/// Mention matching (the KB automata, new names, anaphors) over segmented text.
pub fn mentions<'t>(
    extractor: &Extractor,
    text: &'t str,
    sentences: Vec<Sentence>,
) -> Mentions<'t> {
    let doc = mentions::find(&extractor.gaz, text, &sentences);
    Mentions { text, sentences, doc }
}

/// The sentence gate, masking and the relation rules.
pub fn relations<'t>(
    extractor: &Extractor,
    text: &'t str,
    mut mentions: Mentions<'t>,
) -> Relations<'t> {
    let mut found = Vec::new();
    let mut sentences_read = 0;
    let (mut work, mut warnings) = (Work::default(), Vec::new());
    for (si, s) in mentions.sentences.iter().enumerate() {
        if !extractor.gate(text, si, s, &mentions.doc, &mut NoTrace, &mut work, &mut warnings) {
            continue;
        }
        sentences_read += 1;
        let (m, raws) = extractor.read_sentence(text, s, &mut mentions.doc, si, &mut NoTrace);
        if !raws.is_empty() {
            found.push((si, *s, m, raws));
        }
    }
    Relations { mentions, found, sentences_read }
}

/// Qualification: source, polarity and time of every fact. Returns the number of facts qualified.
pub fn qualify(relations: &Relations, meta: &DocMeta) -> usize {
    let text = relations.mentions.text;
    let doc = &relations.mentions.doc;
    let author = source::report_author(text, doc);
    relations
        .found
        .iter()
        .map(|(si, s, m, raws)| {
            std::hint::black_box(crate::qualify(
                text,
                s,
                *si,
                m,
                doc,
                raws.clone(),
                meta,
                author.as_deref(),
            ))
            .len()
        })
        .sum()
}
