//! A group's profile (`group`, and the `demo` tour): scalars, then a table per list of facts,
//! then its conflicts; or one CSV table for the whole profile; or the JSON as the store gives it.

use std::collections::BTreeMap;
use std::io::{self, Write};

use allegiance_store::{Conflict, GroupProfile};
use anyhow::Result;
use serde_json::Value;

use super::conflicts::{conflict_rows, write_blocks, CONFLICT_COLUMNS};
use super::facts::{FACT_COLUMNS, FACT_HIDDEN};
use super::rows::scalar;
use super::table::Table;
use super::terminal::printable;
use super::{bold, colour_stdout, dim, Format};

/// Prints a group's profile on stdout.
pub fn print(profile: &GroupProfile, format: Format) -> Result<()> {
    let value = serde_json::to_value(profile)?;
    let mut out = io::stdout().lock();
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &value)?;
            writeln!(out)?;
        }
        Format::Csv => write_csv(&mut out, &for_reading(&value, &profile.conflicts, true))?,
        Format::Table => {
            let colour = colour_stdout();
            let shown = Shown { limit: profile.limit, totals: &profile.totals };
            write_table(&mut out, &for_reading(&value, &profile.conflicts, false), &shown, colour)?;
            writeln!(out)?;
            if profile.conflicts.is_empty() {
                writeln!(out, "{} {}", bold("Conflicts", colour), dim("(none found)", colour))?;
            } else {
                writeln!(out, "{} ({})", bold("Conflicts", colour), profile.conflicts.len())?;
                let mut buf = Vec::new();
                write_blocks(&mut buf, &profile.conflicts, false)?;
                for line in String::from_utf8_lossy(&buf).lines() {
                    writeln!(out, "  {line}")?;
                }
            }
        }
    }
    out.flush()?;
    Ok(())
}

/// Columns of a strength series point, as tables and CSV show it.
const SERIES_COLUMNS: &[&str] = &[
    "date",
    "dated_by",
    "min",
    "max",
    "unit",
    "qualifier",
    "place",
    "sources",
    "reports",
    "documents",
    "evidence",
    "docs",
];
const LOOK_ALIKE_COLUMNS: &[&str] = &["key", "name", "documents", "parents", "countries"];

/// The profile as tables and CSV show it: the strength series stands for the raw strength facts
/// (one flat row per estimate, its first quote and its articles), and conflicts are flat rows
/// (CSV) or printed apart as blocks (tables).
fn for_reading(profile: &Value, conflicts: &[Conflict], flat_conflicts: bool) -> Value {
    let mut v = profile.clone();
    let Some(map) = v.as_object_mut() else { return v };
    map.remove("strength");
    // Said in each list's heading instead.
    map.remove("limit");
    map.remove("totals");
    if let Some(Value::Array(points)) = map.get_mut("strength_series") {
        for p in points.iter_mut() {
            let facts = p.get("facts").and_then(Value::as_array).cloned().unwrap_or_default();
            let docs: Vec<Value> = facts.iter().filter_map(|f| f.get("doc").cloned()).collect();
            let evidence = facts
                .first()
                .and_then(|f| f.pointer("/evidence/text"))
                .cloned()
                .unwrap_or(Value::Null);
            if let Some(obj) = p.as_object_mut() {
                obj.remove("facts");
                obj.remove("polarities");
                obj.insert("evidence".into(), evidence);
                obj.insert("docs".into(), Value::Array(docs));
            }
        }
    }
    if flat_conflicts {
        map.insert("conflicts".into(), Value::Array(conflict_rows(conflicts)));
    } else {
        map.remove("conflicts");
    }
    v
}

/// Preferred columns of a section.
fn columns_of(section: &str) -> &'static [&'static str] {
    match section {
        "strength_series" => SERIES_COLUMNS,
        "look_alikes" => LOOK_ALIKE_COLUMNS,
        "conflicts" => CONFLICT_COLUMNS,
        _ => FACT_COLUMNS,
    }
}

/// The profile's lists (sections) of a JSON object, in their order.
fn sections(profile: &Value) -> Vec<(&str, &Vec<Value>)> {
    profile
        .as_object()
        .map(|m| m.iter().filter_map(|(k, v)| v.as_array().map(|a| (k.as_str(), a))).collect())
        .unwrap_or_default()
}

/// A heading: `leaders` → `Leaders`, `pledges_in` → `Pledges in`.
fn heading(key: &str) -> String {
    let text = key.replace('_', " ");
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// How much of each list a profile shows.
struct Shown<'a> {
    limit: Option<usize>,
    totals: &'a BTreeMap<String, usize>,
}

impl Shown<'_> {
    /// "(12)", or "(latest 20 of 850)" when the list shows only part of what is stored.
    fn count(&self, key: &str, rows: usize) -> String {
        match (self.limit, self.totals.get(key)) {
            (Some(_), Some(&total)) if total > rows => format!("(latest {rows} of {total})"),
            _ => format!("({rows})"),
        }
    }

    fn cut(&self) -> bool {
        self.limit.is_some_and(|n| self.totals.values().any(|&t| t > n))
    }
}

fn write_table(out: &mut dyn Write, profile: &Value, shown: &Shown, colour: bool) -> Result<()> {
    // Scalars first (name, kind, kb id, ...), then one table per non-empty list.
    if let Some(map) = profile.as_object() {
        for (k, v) in map {
            if !v.is_array() && !v.is_null() {
                writeln!(out, "{}: {}", bold(&heading(k), colour), printable(&scalar(v)))?;
            }
        }
    }
    for (key, rows) in sections(profile) {
        writeln!(out)?;
        if rows.is_empty() {
            writeln!(out, "{} {}", bold(&heading(key), colour), dim("(none found)", colour))?;
            continue;
        }
        writeln!(out, "{} {}", bold(&heading(key), colour), shown.count(key, rows.len()))?;
        if rows.iter().all(|r| !r.is_object()) {
            let list = rows.iter().map(scalar).collect::<Vec<_>>().join(", ");
            writeln!(out, "  {}", printable(&list))?;
            continue;
        }
        let mut buf = Vec::new();
        Table::from_objects(rows, columns_of(key), FACT_HIDDEN).write_table(&mut buf, false)?;
        for line in String::from_utf8_lossy(&buf).lines() {
            writeln!(out, "  {line}")?;
        }
    }
    if shown.cut() {
        writeln!(out)?;
        let note =
            "Longer lists show their latest facts: --limit N shows more, --limit 0 every one.";
        writeln!(out, "{}", dim(note, colour))?;
    }
    Ok(())
}

/// One CSV table for the whole profile: a `section` column, then the union of the sections' columns.
fn write_csv(out: &mut dyn Write, profile: &Value) -> Result<()> {
    let mut rows = Vec::new();
    for (key, items) in sections(profile) {
        for item in items {
            let mut obj = match item {
                Value::Object(m) => m.clone(),
                other => {
                    let mut m = serde_json::Map::new();
                    m.insert("value".into(), other.clone());
                    m
                }
            };
            obj.insert("section".into(), Value::String(key.to_string()));
            rows.push(Value::Object(obj));
        }
    }
    let mut preferred = vec!["section"];
    preferred.extend_from_slice(FACT_COLUMNS);
    for extra in [SERIES_COLUMNS, LOOK_ALIKE_COLUMNS, CONFLICT_COLUMNS] {
        for c in extra {
            if !preferred.contains(c) {
                preferred.push(c);
            }
        }
    }
    preferred.push("value");
    Table::from_objects(&rows, &preferred, FACT_HIDDEN).write_csv(out)?;
    Ok(())
}
