//! The knowledge base (KB): known armed groups, people, places and bodies, with aliases.
//!
//! The built-in KB lives in the repository's `kb/**/*.toml` files and is compiled into the
//! binary; a user's own file in the same format adds entries or overrides built-in ones by id.
//! The format is documented in `kb/README.md`.

mod check;
mod load;
mod model;

pub use check::{KbProblem, Severity};
pub use load::KbError;
pub use model::*;

use serde::Serialize;
use std::collections::HashMap;
use std::path::Path;

mod builtin {
    include!(concat!(env!("OUT_DIR"), "/builtin_files.rs"));
}

/// All entries, with an index by id.
#[derive(Debug, Clone, Default)]
pub struct Kb {
    entries: Vec<Entry>,
    by_id: HashMap<String, usize>,
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
        let mut kb = Kb::default();
        for (name, text) in builtin::BUILTIN {
            kb.add_str(text, &format!("kb/{name}"))?;
        }
        Ok(kb)
    }

    /// An empty KB (for tests and tools that build one from files only).
    pub fn empty() -> Kb {
        Kb::default()
    }

    /// Adds a user's file; entries whose id already exists replace the earlier entry.
    pub fn add_file(&mut self, path: &Path) -> Result<(), KbError> {
        let text = std::fs::read_to_string(path).map_err(|source| KbError::Io { path: path.display().to_string(), source })?;
        self.add_str(&text, &path.display().to_string())
    }

    /// Adds entries from TOML text; `origin` names the text in errors.
    pub fn add_str(&mut self, text: &str, origin: &str) -> Result<(), KbError> {
        for entry in load::parse(text, origin)? {
            self.insert(entry);
        }
        Ok(())
    }

    pub fn insert(&mut self, entry: Entry) {
        match self.by_id.get(&entry.id) {
            Some(&i) => self.entries[i] = entry,
            None => {
                self.by_id.insert(entry.id.clone(), self.entries.len());
                self.entries.push(entry);
            }
        }
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.by_id.get(id).map(|&i| &self.entries[i])
    }

    pub fn by_kind(&self, kind: EntryKind) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(move |e| e.kind == kind)
    }

    pub fn counts(&self) -> KbCounts {
        let mut c = KbCounts::default();
        for e in &self.entries {
            let names = e.aliases.len() + e.former_names.len() + e.adjectives.len();
            c.aliases += names;
            match e.kind {
                EntryKind::Group => {
                    c.groups += 1;
                    c.group_aliases += names;
                    if e.subkind.as_deref() == Some("branch") {
                        c.branches += 1;
                    }
                }
                EntryKind::Person => c.people += 1,
                EntryKind::Body => c.bodies += 1,
                EntryKind::Place => {
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

    /// Problems a curator should fix: errors (broken references, duplicate ids) and warnings.
    pub fn check(&self) -> Vec<KbProblem> {
        check::check(&self.entries)
    }
}
