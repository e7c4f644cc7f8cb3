//! Consistency checks a curator runs with `allegiance kb check`.

use crate::model::{EntityKind, Entry};
use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KbProblem {
    pub severity: Severity,
    pub id: String,
    pub message: String,
}

impl KbProblem {
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for KbProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = if self.is_error() { "error" } else { "warning" };
        write!(f, "{level}: {}: {}", self.id, self.message)
    }
}

/// English words that must not be aliases: they would match ordinary prose.
const COMMON_WORDS: &[&str] = &[
    "the",
    "army",
    "front",
    "group",
    "movement",
    "party",
    "state",
    "base",
    "network",
    "forces",
    "is",
    "it",
    "us",
    "an",
    "as",
    "at",
    "in",
    "on",
    "or",
    "by",
    "to",
    "of",
    "and",
    "we",
    "he",
    "she",
    "his",
    "her",
    "one",
    "all",
    "new",
    "now",
    "may",
    "can",
    "will",
    "said",
    "says",
    "police",
    "people",
    "government",
];

pub fn check(entries: &[Entry]) -> Vec<KbProblem> {
    let mut out = Vec::new();
    let mut ids: HashMap<&str, usize> = HashMap::new();
    let err = |id: &str, message: String| KbProblem {
        severity: Severity::Error,
        id: id.to_string(),
        message,
    };
    let warn = |id: &str, message: String| KbProblem {
        severity: Severity::Warning,
        id: id.to_string(),
        message,
    };
    for (i, e) in entries.iter().enumerate() {
        if let Some(&j) = ids.get(e.id.as_str()) {
            if j != i {
                out.push(err(&e.id, "duplicate id".into()));
            }
        }
        ids.insert(&e.id, i);
    }
    let kind_of = |id: &str| ids.get(id).map(|&i| entries[i].kind);
    let mut group_alias: HashMap<String, &str> = HashMap::new();
    for e in entries {
        if e.name.trim().is_empty() {
            out.push(err(&e.id, "empty name".into()));
        }
        if e.id.is_empty()
            || e.id.chars().any(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'))
        {
            out.push(err(&e.id, "id must be a slug of a-z, 0-9 and '-'".into()));
        }
        if let Some(p) = &e.parent {
            match kind_of(p) {
                None => out.push(err(&e.id, format!("parent {p:?} does not exist"))),
                Some(k) if e.kind == EntityKind::Group && k != EntityKind::Group => {
                    out.push(err(&e.id, format!("parent {p:?} of a group is not a group")))
                }
                _ => {}
            }
        }
        for g in &e.groups {
            if kind_of(g) != Some(EntityKind::Group) {
                out.push(err(&e.id, format!("group {g:?} does not exist")));
            }
        }
        if let Some(lat) = e.lat {
            if !(-90.0..=90.0).contains(&lat) {
                out.push(err(&e.id, format!("latitude {lat} out of range")));
            }
        }
        if let Some(lon) = e.lon {
            if !(-180.0..=180.0).contains(&lon) {
                out.push(err(&e.id, format!("longitude {lon} out of range")));
            }
        }
        for a in e.aliases.iter().chain(std::iter::once(&e.name)) {
            let lower = a.trim().to_lowercase();
            if COMMON_WORDS.contains(&lower.as_str()) && a.chars().any(|c| c.is_lowercase()) {
                out.push(warn(&e.id, format!("alias {a:?} is a common English word")));
            }
            if e.kind == EntityKind::Group {
                if let Some(other) = group_alias.insert(lower.clone(), &e.id) {
                    if other != e.id {
                        out.push(warn(
                            &e.id,
                            format!("name {a:?} is also a name of group {other:?}"),
                        ));
                    }
                }
            }
        }
    }
    out
}
