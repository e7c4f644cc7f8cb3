//! How stored facts read as table and CSV columns (`facts`, and the fact lists of `group`).

/// Columns shown first, in this order, when present.
pub const FACT_COLUMNS: &[&str] = &[
    "type",
    "subject",
    "object",
    "attrs",
    "when",
    "source",
    "polarity",
    "evidence.text",
    "evidence",
    "document",
    "doc",
    "title",
    "published",
];

/// The header of a fact CSV without rows: the leading columns of [`FACT_COLUMNS`], up to the quote.
pub const FACT_CSV_HEADER: &[&str] = FACT_COLUMNS.split_at(8).0;

/// Columns left out of tables and CSV (still in JSON): offsets and internal ids.
pub const FACT_HIDDEN: &[&str] =
    &["evidence.start", "evidence.end", "id", "subject_id", "object_id", "document_id"];
