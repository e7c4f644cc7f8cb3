//! The knowledge base (KB): known armed groups, people, places and bodies, with aliases.
//!
//! The built-in KB lives in the repository's `kb/**/*.toml` files and is compiled into the
//! binary; a user's own file in the same format adds entries or overrides built-in ones by id.
//! The format is documented in `kb/README.md`.

mod check;
mod load;
mod model;

pub use check::{KbProblem, Severity};
pub use load::{EntryError, KbError, Location};
pub use model::*;

use serde::Serialize;
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

/// A name reduced to lower-case letters and digits, for lookups by any spelling of punctuation.
fn loose(name: &str) -> String {
    let s: String =
        name.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
    s.strip_prefix("the")
        .filter(|_| name.trim_start().to_lowercase().starts_with("the "))
        .map(str::to_string)
        .unwrap_or(s)
}

/// The repository's `kb/**/*.toml`, parsed at build time (see build.rs).
static BUILTIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin.postcard"));

/// All entries, with an index by id. Cloning is cheap (the entries are shared until changed), so
/// the extractor keeps a clone rather than a copy of 40,000 entries.
#[derive(Debug, Clone, Default)]
pub struct Kb {
    data: Arc<KbData>,
    /// Exactly the built-in KB, unchanged: what is derived from it at compile time (the
    /// extractor's name automata) may be used instead of being rebuilt.
    builtin: bool,
}

#[derive(Debug, Clone, Default)]
struct KbData {
    entries: Vec<Entry>,
    by_id: HashMap<String, usize>,
    /// Where the entries read from files were written, by id (built-in entries have none).
    locations: HashMap<String, Location>,
}

/// How many entries of each kind, and how many names they carry.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct KbCounts {
    pub groups: usize,
    pub branches: usize,
    pub people: usize,
    pub places: usize,
    pub countries: usize,
    pub regions: usize,
    pub cities: usize,
    pub bodies: usize,
    /// Aliases, former names and adjectives over all entries.
    pub aliases: usize,
    pub group_aliases: usize,
}

impl Kb {
    /// The KB compiled into the binary from the repository's `kb/` folder.
    pub fn builtin() -> Result<Kb, KbError> {
        let entries: Vec<Entry> = postcard::from_bytes(BUILTIN)
            .map_err(|e| KbError::Builtin { message: e.to_string() })?;
        let data = KbData {
            by_id: HashMap::with_capacity(entries.len()),
            entries: Vec::with_capacity(entries.len()),
            locations: HashMap::new(),
        };
        let mut kb = Kb { data: Arc::new(data), builtin: false };
        for e in entries {
            kb.insert(e);
        }
        kb.builtin = true;
        Ok(kb)
    }

    /// An empty KB (for tests and tools that build one from files only).
    pub fn empty() -> Kb {
        Kb::default()
    }

    /// Adds a user's file; entries whose id already exists replace the earlier entry. A file with
    /// errors (those [`Kb::check`] reports, and an id given twice in it) is refused whole, with
    /// every error and its line, and the KB is left as it was.
    pub fn add_file(&mut self, path: &Path) -> Result<(), KbError> {
        let origin = path.display().to_string();
        let text = read_file(path)?;
        let mut candidate = self.clone();
        let mut problems = candidate.load_str(&text, &origin)?;
        problems.extend(
            candidate
                .check()
                .into_iter()
                .filter(|p| p.location.as_ref().is_some_and(|at| at.origin == origin)),
        );
        let mut errors: Vec<EntryError> = problems
            .into_iter()
            .filter(KbProblem::is_error)
            .map(|p| EntryError {
                line: p.location.map_or(0, |at| at.line),
                id: p.id,
                message: p.message,
            })
            .collect();
        if errors.is_empty() {
            *self = candidate;
            return Ok(());
        }
        errors.sort_by_key(|e| e.line);
        Err(KbError::Invalid { origin, errors })
    }

    /// Adds a user's file whatever its problems, for `kb check` to list them all. Returns the ids
    /// the file gives twice (errors that [`Kb::check`] cannot see afterwards, as the later entry
    /// replaced the earlier); [`Kb::check`] finds the rest, with their lines.
    pub fn load_file(&mut self, path: &Path) -> Result<Vec<KbProblem>, KbError> {
        let text = read_file(path)?;
        self.load_str(&text, &path.display().to_string())
    }

    /// Adds entries from TOML text, unchecked (tests build small KBs whose references point
    /// outside them); `origin` names the text in errors and in [`Kb::check`]'s problems.
    pub fn add_str(&mut self, text: &str, origin: &str) -> Result<(), KbError> {
        self.load_str(text, origin).map(drop)
    }

    /// Adds the entries of TOML text with their locations; the ids it gives twice, as errors.
    fn load_str(&mut self, text: &str, origin: &str) -> Result<Vec<KbProblem>, KbError> {
        let mut first_line: HashMap<String, usize> = HashMap::new();
        let mut twice = Vec::new();
        for load::Located { entry, location } in load::parse_located(text, origin)? {
            if let Some(first) = first_line.insert(entry.id.clone(), location.line) {
                twice.push(KbProblem {
                    severity: Severity::Error,
                    id: entry.id.clone(),
                    message: format!(
                        "duplicate id: also on line {first} (this entry would replace that one)"
                    ),
                    location: Some(location.clone()),
                });
            }
            let id = entry.id.clone();
            self.insert(entry);
            Arc::make_mut(&mut self.data).locations.insert(id, location);
        }
        Ok(twice)
    }

    /// Adds an entry, or replaces the one with its id (and forgets where that one was written).
    pub fn insert(&mut self, entry: Entry) {
        self.builtin = false;
        let data = Arc::make_mut(&mut self.data);
        data.locations.remove(&entry.id);
        match data.by_id.get(&entry.id) {
            Some(&i) => data.entries[i] = entry,
            None => {
                data.by_id.insert(entry.id.clone(), data.entries.len());
                data.entries.push(entry);
            }
        }
    }

    /// Whether this is the built-in KB with nothing added or replaced.
    pub fn is_builtin(&self) -> bool {
        self.builtin
    }

    pub fn entries(&self) -> &[Entry] {
        &self.data.entries
    }

    /// The index of the entry with this id in [`Kb::entries`].
    pub fn position(&self, id: &str) -> Option<usize> {
        self.data.by_id.get(id).copied()
    }

    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.position(id).map(|i| &self.data.entries[i])
    }

    /// Entries with this name or alias, compared case- and punctuation-insensitively.
    pub fn lookup(&self, name: &str) -> Vec<&Entry> {
        let key = loose(name);
        self.data
            .entries
            .iter()
            .filter(|e| {
                std::iter::once(&e.name)
                    .chain(e.aliases.iter())
                    .chain(e.former_names.iter().map(|f| &f.name))
                    .any(|n| loose(n) == key)
            })
            .collect()
    }

    pub fn by_kind(&self, kind: EntityKind) -> impl Iterator<Item = &Entry> {
        self.data.entries.iter().filter(move |e| e.kind == kind)
    }

    pub fn counts(&self) -> KbCounts {
        let mut c = KbCounts::default();
        for e in &self.data.entries {
            let names = e.aliases.len() + e.former_names.len() + e.adjectives.len();
            c.aliases += names;
            match e.kind {
                EntityKind::Group => {
                    c.groups += 1;
                    c.group_aliases += names;
                    if e.subkind.as_deref() == Some("branch") {
                        c.branches += 1;
                    }
                }
                EntityKind::Person => c.people += 1,
                EntityKind::Body => c.bodies += 1,
                EntityKind::Place => {
                    c.places += 1;
                    match e.subkind.as_deref() {
                        Some("country") => c.countries += 1,
                        Some("region") => c.regions += 1,
                        Some("city") => c.cities += 1,
                        _ => {}
                    }
                }
            }
        }
        c
    }

    /// Problems a curator should fix: errors (broken references, parent cycles, bad coordinates)
    /// and warnings; those of entries read from files name the file and line.
    pub fn check(&self) -> Vec<KbProblem> {
        check::check(&self.data.entries, &self.data.locations)
    }
}

fn read_file(path: &Path) -> Result<String, KbError> {
    std::fs::read_to_string(path)
        .map_err(|source| KbError::Io { path: path.display().to_string(), source })
}
