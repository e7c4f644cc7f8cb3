//! Consistency checks a curator runs with `allegiance kb check`.

use crate::load::Location;
use crate::model::{EntityKind, Entry};
use std::collections::{HashMap, HashSet};
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
    /// Where the entry was written, for entries from a user's file (none for built-in ones).
    pub location: Option<Location>,
}

impl KbProblem {
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for KbProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = if self.is_error() { "error" } else { "warning" };
        match &self.location {
            Some(at) => write!(f, "{level}: {at}: {}: {}", self.id, self.message),
            None => write!(f, "{level}: {}: {}", self.id, self.message),
        }
    }
}

/// The ids from `entry` up its parents back to itself (`[x, x]` for its own parent), when its
/// parents lead back to it: such an entry would be a branch of itself.
fn parent_cycle(
    entry: &Entry,
    ids: &HashMap<&str, usize>,
    entries: &[Entry],
) -> Option<Vec<String>> {
    let mut chain = vec![entry.id.clone()];
    let mut seen = HashSet::new();
    let mut parent = entry.parent.as_deref();
    while let Some(p) = parent {
        chain.push(p.to_string());
        if p == entry.id {
            return Some(chain);
        }
        // A cycle above this entry, not through it: reported by the entries in it.
        if !seen.insert(p) {
            return None;
        }
        parent = ids.get(p).and_then(|&i| entries[i].parent.as_deref());
    }
    None
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

/// The problems of `entries`; those of an entry with a place in `locations` say where it is.
pub fn check(entries: &[Entry], locations: &HashMap<String, Location>) -> Vec<KbProblem> {
    let mut out = Vec::new();
    let mut ids: HashMap<&str, usize> = HashMap::new();
    let problem = |severity: Severity, id: &str, message: String| KbProblem {
        severity,
        id: id.to_string(),
        message,
        location: locations.get(id).cloned(),
    };
    let err = |id: &str, message: String| problem(Severity::Error, id, message);
    let warn = |id: &str, message: String| problem(Severity::Warning, id, message);
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
        if let Some(cycle) = parent_cycle(e, &ids, entries) {
            let message = if cycle.len() == 2 {
                "is its own parent".to_string()
            } else {
                format!("parent cycle: {}", cycle.join(" → "))
            };
            out.push(err(&e.id, message));
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

#[cfg(test)]
mod tests {
    use crate::{Kb, KbError};

    /// A KB of `toml` alone, loaded unchecked, and the errors found in it (file-level and
    /// [`Kb::check`]'s), as `line: id: message`.
    fn errors_of(toml: &str) -> Vec<String> {
        // Tests run in parallel: each file its own name.
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("kb-check-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(format!("{n}.toml"));
        std::fs::write(&path, toml).unwrap();
        let mut kb = Kb::empty();
        let mut problems = kb.load_file(&path).unwrap();
        problems.extend(kb.check());
        std::fs::remove_file(&path).unwrap();
        problems
            .iter()
            .filter(|p| p.is_error())
            .map(|p| format!("{}: {}: {}", p.location.as_ref().unwrap().line, p.id, p.message))
            .collect()
    }

    #[test]
    fn a_group_that_is_its_own_parent_is_an_error_on_its_line() {
        let errors = errors_of("[[group]]\nid = \"a\"\nname = \"A\"\nparent = \"a\"\n");
        assert_eq!(errors, ["2: a: is its own parent"]);
    }

    #[test]
    fn a_parent_cycle_is_an_error_for_each_entry_in_it_and_not_for_those_below() {
        let toml = "[[group]]\nid = \"a\"\nname = \"A\"\nparent = \"b\"\n\n\
                    [[group]]\nid = \"b\"\nname = \"B\"\nparent = \"a\"\n\n\
                    [[group]]\nid = \"c\"\nname = \"C\"\nparent = \"a\"\n";
        assert_eq!(
            errors_of(toml),
            ["2: a: parent cycle: a → b → a", "7: b: parent cycle: b → a → b"]
        );
    }

    #[test]
    fn an_id_given_twice_in_a_file_names_both_lines() {
        let toml = "[[group]]\nid = \"a\"\nname = \"A\"\n\n[[group]]\nid = \"a\"\nname = \"A2\"\n";
        assert_eq!(
            errors_of(toml),
            ["6: a: duplicate id: also on line 2 (this entry would replace that one)"]
        );
    }

    #[test]
    fn a_file_with_errors_is_refused_whole_and_the_kb_is_left_as_it_was() {
        let dir = std::env::temp_dir().join(format!("kb-refuse-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("bad.toml");
        std::fs::write(
            &path,
            "[[group]]\nid = \"fine\"\nname = \"Fine\"\n\n[[place]]\nid = \"far\"\nname = \"Far\"\nlat = 999.0\n\n[[group]]\nid = \"blank\"\nname = \"\"\n",
        )
        .unwrap();
        let mut kb = Kb::empty();
        let err = kb.add_file(&path).unwrap_err();
        std::fs::remove_file(&path).unwrap();
        let KbError::Invalid { origin, errors } = &err else { panic!("not refused: {err}") };
        assert_eq!(origin, &path.display().to_string());
        let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [6, 11], "{err}");
        let text = err.to_string();
        assert!(text.contains("latitude 999") && text.contains("empty name"), "{text}");
        assert_eq!(text.matches(origin.as_str()).count(), 1, "the file is named once: {text}");
        assert!(kb.entries().is_empty(), "nothing of the refused file was added");
    }

    #[test]
    fn a_good_file_loads_and_its_problems_carry_no_errors() {
        let mut kb = Kb::empty();
        kb.add_str("[[group]]\nid = \"a\"\nname = \"A\"\n", "inline").unwrap();
        assert!(kb.check().iter().all(|p| !p.is_error()));
        assert_eq!(kb.entries().len(), 1);
    }
}
