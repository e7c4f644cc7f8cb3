//! Reading and cleaning: files and folders in, clean article text with metadata out.

/// One article, cleaned, with what the reader could learn about it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Document {
    /// What the output contract calls `doc`: the input path as given on the command line,
    /// or the record's `id` for JSONL input (WARC: the record's target URI).
    pub doc: String,
    /// The file the document came from, as given.
    pub path: String,
    pub url: Option<String>,
    pub title: Option<String>,
    pub publisher: Option<String>,
    /// `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`) when the source states it.
    pub published: Option<String>,
    /// Cleaned text; every byte offset the extractor reports points into this string.
    pub text: String,
    /// Things repaired on the way (invalid UTF-8 replaced, ...), each naming the file and place.
    pub warnings: Vec<String>,
}
