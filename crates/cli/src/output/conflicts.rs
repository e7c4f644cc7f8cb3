//! Conflicting claims for reading (a block per conflict) and as flat rows (CSV, and the
//! conflicts section of a group's CSV profile).

use std::io::{self, Write};

use allegiance_store::Conflict;
use serde_json::{json, Value};

use super::table::{one_line, shorten, Table};
use super::terminal::printable;
use super::{bold, dim};

/// Columns of the CSV form: one row per fact of each side.
pub const CONFLICT_COLUMNS: &[&str] = &[
    "conflict",
    "type",
    "group",
    "place",
    "period",
    "side",
    "statement",
    "source",
    "polarity",
    "evidence",
    "doc",
    "title",
    "publisher",
    "published",
    "url",
    "reason",
];

fn period(c: &Conflict) -> String {
    match (c.period.start, c.period.end) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) => format!("{a}–{b}"),
        (Some(a), None) | (None, Some(a)) => a.to_string(),
        (None, None) => String::new(),
    }
}

/// One JSON object per fact of each side, flat, for CSV and for `group`'s tables.
pub fn conflict_rows(conflicts: &[Conflict]) -> Vec<Value> {
    let mut rows = Vec::new();
    for (n, c) in conflicts.iter().enumerate() {
        for (name, side) in [("a", &c.a), ("b", &c.b)] {
            for f in &side.facts {
                rows.push(json!({
                    "conflict": n + 1,
                    "type": c.kind.as_str(),
                    "group": c.group,
                    "place": c.place,
                    "period": period(c),
                    "side": name,
                    "statement": side.statement,
                    "source": f.source,
                    "polarity": f.polarity,
                    "evidence": f.evidence.text,
                    "doc": f.doc,
                    "title": f.title,
                    "publisher": f.publisher,
                    "published": f.published,
                    "url": f.url,
                    "reason": c.reason,
                }));
            }
        }
    }
    rows
}

pub fn conflict_table(conflicts: &[Conflict]) -> Table {
    let rows = conflict_rows(conflicts);
    let mut table = Table::from_objects(&rows, CONFLICT_COLUMNS, &[]);
    if rows.is_empty() {
        table = Table::new(CONFLICT_COLUMNS);
    }
    table
}

/// For reading: a heading per conflict, then each side with who says it, where and when, and
/// the quote. The article text in them is stripped of control characters (see [`printable`]).
pub fn write_blocks(out: &mut dyn Write, conflicts: &[Conflict], colour: bool) -> io::Result<()> {
    for (n, c) in conflicts.iter().enumerate() {
        if n > 0 {
            writeln!(out)?;
        }
        let mut head = format!("{}  {}", c.kind.as_str(), c.group);
        if let Some(p) = &c.place {
            head.push_str(&format!("  in {p}"));
        }
        let when = period(c);
        if !when.is_empty() {
            head.push_str(&format!("  ({when})"));
        }
        writeln!(out, "{}", bold(&printable(&head), colour))?;
        for (name, side) in [("A", &c.a), ("B", &c.b)] {
            let reports = if side.reports == 1 {
                "1 report".to_string()
            } else {
                format!("{} reports", side.reports)
            };
            writeln!(
                out,
                "  {name}: {}  {}",
                bold(&printable(&side.statement), colour),
                dim(&format!("({reports})"), colour)
            )?;
            for f in &side.facts {
                let who = f
                    .source
                    .clone()
                    .or_else(|| f.publisher.clone())
                    .unwrap_or_else(|| "the article".into());
                let mut at = f.doc.clone();
                if let Some(p) = &f.published {
                    at.push_str(&format!(", {p}"));
                }
                let quote = shorten(&one_line(&f.evidence.text), 120);
                let line = format!("     {who} ({at}, {}): \"{quote}\"", f.polarity);
                writeln!(out, "{}", printable(&line))?;
            }
        }
        writeln!(out, "  {}", dim(&printable(&format!("why: {}", c.reason)), colour))?;
    }
    Ok(())
}
