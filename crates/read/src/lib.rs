//! Reading and cleaning: files and folders in, clean article text with metadata out.
//!
//! [`read_paths`] streams [`Document`]s from `.txt`, `.html`/`.htm`, `.jsonl`/`.jsonl.gz`,
//! `.warc`/`.warc.gz` and gzipped text or HTML, recursing into folders in name order. A bad file
//! yields one [`ReadError`] naming it and the stream goes on with the next.

mod decode;
mod html;
mod jsonl;
mod meta;
mod walk;
mod warc;

pub use walk::{input_files, read_paths, Documents, InputFile, InputFiles};

pub use allegiance_model::DocumentHeader;
use std::path::PathBuf;

/// One article, cleaned, with what the reader could learn about it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Document {
    /// Where it came from, who published it and when (`published` is `YYYY[-MM[-DD]]`, a real
    /// date, when the source states one).
    pub header: DocumentHeader,
    /// Cleaned text; every byte offset the extractor reports points into this string.
    pub text: String,
    /// Things repaired on the way (invalid UTF-8 replaced, ...), each naming the file and place.
    pub warnings: Vec<String>,
}

/// Limits that keep one huge or hostile input from exhausting memory.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Files larger than this are refused (default 64 MiB).
    pub max_file_bytes: u64,
    /// One JSONL line or WARC record larger than this is refused (default 8 MiB).
    pub max_record_bytes: u64,
    /// An HTML page with more elements open at once than this (nested, or never closed) is
    /// read as plain text, with a warning (default 1,000): the HTML tree builder's work per
    /// tag grows with that depth.
    pub max_html_depth: usize,
    /// An HTML page with a tag carrying more attributes than this is read as plain text, with
    /// a warning (default 256): the tree builder's work per attribute grows with their number.
    pub max_html_attributes: usize,
}

impl ReadOptions {
    fn html_limits(&self) -> html::Limits {
        html::Limits { max_depth: self.max_html_depth, max_attributes: self.max_html_attributes }
    }
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            max_file_bytes: 64 << 20,
            max_record_bytes: 8 << 20,
            max_html_depth: 1_000,
            max_html_attributes: 256,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{path}: cannot read: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path}: no such file or folder")]
    NotFound { path: PathBuf },
    #[error("{path}: unsupported file type (expected .txt, .html, .htm, .jsonl, .jsonl.gz, .warc, .warc.gz or .gz)")]
    Unsupported { path: PathBuf },
    #[error("{path}: binary file, not text")]
    Binary { path: PathBuf },
    #[error("{path}: empty file")]
    Empty { path: PathBuf },
    #[error("{path}: {size} bytes is over the {limit}-byte limit (raise it with --max-file-size)")]
    TooLarge { path: PathBuf, size: u64, limit: u64 },
    #[error("{path}: truncated or corrupt gzip: {message}")]
    Gzip { path: PathBuf, message: String },
    #[error("{path}:{line}: {message}")]
    Record { path: PathBuf, line: usize, message: String },
    #[error("{path}: WARC record at byte {offset}: {message}")]
    Warc { path: PathBuf, offset: u64, message: String },
    #[error("{path}: {what}, not a regular file: not read")]
    NotAFile { path: PathBuf, what: &'static str },
    /// `what` is "folder" or "file".
    #[error("{path}: the same {what} as {first}, already read (a symlink loop or a second link): not read again")]
    AlreadyRead { path: PathBuf, what: &'static str, first: PathBuf },
}
