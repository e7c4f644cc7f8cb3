//! Parsing the TOML format: top-level arrays `[[group]]`, `[[person]]`, `[[place]]`, `[[body]]`.

use crate::model::{EntityKind, Entry};
use serde::Deserialize;

#[derive(Debug, thiserror::Error)]
pub enum KbError {
    #[error("{path}: cannot read: {source}")]
    Io { path: String, source: std::io::Error },
    #[error("{origin}: line {line}, column {column}: {message}")]
    Parse { origin: String, line: usize, column: usize, message: String },
    #[error("the built-in knowledge base is corrupt: {message}")]
    Builtin { message: String },
    /// A file whose entries have errors (`allegiance kb check` lists them with the warnings).
    #[error("{origin}: not loaded, {}", errors_in_file(errors))]
    Invalid { origin: String, errors: Vec<EntryError> },
}

/// An error in one entry of a file (what `kb check` reports as an error).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryError {
    /// The line of the entry's id.
    pub line: usize,
    pub id: String,
    pub message: String,
}

/// The errors of one file, by line: the file is named once, before them.
fn errors_in_file(errors: &[EntryError]) -> String {
    let listed: Vec<String> =
        errors.iter().map(|e| format!("line {}: {}: {}", e.line, e.id, e.message)).collect();
    let count =
        if errors.len() == 1 { "1 error".to_string() } else { format!("{} errors", errors.len()) };
    format!("{count}: {}", listed.join("; "))
}

/// Where an entry was written: the file (or other origin) and the line of its `id`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub origin: String,
    pub line: usize,
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.origin, self.line)
    }
}

/// An entry and where it was written.
pub struct Located {
    pub entry: Entry,
    pub location: Location,
}

/// An entry as written in a file: the kind comes from the table name.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    /// Spanned: the line of the id is where problems with the entry are reported.
    id: toml::Spanned<String>,
    name: String,
    #[serde(default)]
    subkind: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    former_names: Vec<crate::model::FormerName>,
    #[serde(default)]
    adjectives: Vec<String>,
    #[serde(default)]
    parent: Option<String>,
    #[serde(default)]
    groups: Vec<String>,
    #[serde(default)]
    country: Option<String>,
    #[serde(default)]
    lat: Option<f64>,
    #[serde(default)]
    lon: Option<f64>,
    #[serde(default)]
    population: Option<u64>,
    #[serde(default)]
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    group: Vec<RawEntry>,
    #[serde(default)]
    person: Vec<RawEntry>,
    #[serde(default)]
    place: Vec<RawEntry>,
    #[serde(default)]
    body: Vec<RawEntry>,
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rfind('\n').map_or(before.len(), |p| before.len() - p - 1) + 1;
    (line, column)
}

/// The entries of a TOML text, in the order of the kinds' tables (groups, people, places, bodies).
// The build script's entry (build.rs compiles this module alone); the library reads with
// [`parse_located`].
#[allow(dead_code)]
pub fn parse(text: &str, origin: &str) -> Result<Vec<Entry>, KbError> {
    Ok(parse_located(text, origin)?.into_iter().map(|l| l.entry).collect())
}

/// As [`parse`], each entry with the line its `id` is on.
pub fn parse_located(text: &str, origin: &str) -> Result<Vec<Located>, KbError> {
    // Where each line starts, to turn the ids' byte offsets into lines in one pass over the text.
    let line_starts: Vec<usize> =
        std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
    let file: File = toml::from_str(text).map_err(|e| {
        let (line, column) = e.span().map(|s| line_col(text, s.start)).unwrap_or((0, 0));
        KbError::Parse {
            origin: origin.to_string(),
            line,
            column,
            message: e.message().to_string(),
        }
    })?;
    let mut out = Vec::with_capacity(
        file.group.len() + file.person.len() + file.place.len() + file.body.len(),
    );
    for (kind, list) in [
        (EntityKind::Group, file.group),
        (EntityKind::Person, file.person),
        (EntityKind::Place, file.place),
        (EntityKind::Body, file.body),
    ] {
        for r in list {
            let line = line_starts.partition_point(|&start| start <= r.id.span().start);
            let location = Location { origin: origin.to_string(), line };
            let entry = Entry {
                id: r.id.into_inner(),
                kind,
                subkind: r.subkind,
                name: r.name,
                aliases: r.aliases,
                former_names: r.former_names,
                adjectives: r.adjectives,
                parent: r.parent,
                groups: r.groups,
                country: r.country,
                lat: r.lat,
                lon: r.lon,
                population: r.population,
                sources: r.sources,
            };
            out.push(Located { entry, location });
        }
    }
    Ok(out)
}
