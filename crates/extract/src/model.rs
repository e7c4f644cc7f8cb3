//! What the extractor takes besides the text, and the result types it returns (which live in
//! `allegiance-model`, the vocabulary every crate shares).

/// What the extractor knows about a document besides its text.
#[derive(Debug, Clone, Default)]
pub struct DocMeta {
    /// Publication date as `YYYY[-MM[-DD]]`, used to anchor relative times ("earlier this week").
    pub published: Option<String>,
    /// The outlet that published the article; facts the article asserts itself carry no source.
    pub publisher: Option<String>,
}

pub use allegiance_model::{
    AttackAttrs, Entity, EntityKind, Evidence, Extraction, Fact, FactAttrs, FactType, PartialDate,
    Polarity, RenamedAttrs, Span, StrengthAttrs, When,
};
