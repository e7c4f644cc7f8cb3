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

/// The columns of a CSV that has no facts: the ones every fact has.
pub const FACT_CSV_HEADER: &[&str] = FACT_COLUMNS.split_at(8).0;

/// Columns left out of tables and CSV (still in JSON): offsets and internal ids.
pub const FACT_HIDDEN: &[&str] =
    &["evidence.start", "evidence.end", "id", "subject_id", "object_id", "document_id"];
