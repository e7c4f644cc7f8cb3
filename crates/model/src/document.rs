//! The header every layer carries for an article.

use serde::{Deserialize, Serialize};

/// Who published an article, when and where: read from the file by `read`, stored by `store`,
/// shown by `web` and written by `export`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DocumentHeader {
    /// What the output contract calls `doc`: the input path as given on the command line, or the
    /// record's `id` for JSONL input (WARC: the record's target URI).
    pub doc: String,
    /// The file the document came from, as given.
    pub path: String,
    pub url: Option<String>,
    pub title: Option<String>,
    pub publisher: Option<String>,
    /// `YYYY[-MM[-DD]]` when the source states it (see [`crate::PartialDate`]).
    pub published: Option<String>,
}
