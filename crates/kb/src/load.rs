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
}

/// An entry as written in a file: the kind comes from the table name.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    id: String,
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

pub fn parse(text: &str, origin: &str) -> Result<Vec<Entry>, KbError> {
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
            out.push(Entry {
                id: r.id,
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
            });
        }
    }
    Ok(out)
}
