//! `allegiance conflicts`: claims that contradict each other (strength estimates far apart,
//! presence asserted and denied, two leaders at once), each side with its sources and evidence.

use std::io::{self, Write};
use std::process::ExitCode;

use allegiance_store::{Conflict, ConflictFilter, ConflictKind, EntityRow, SqliteStore, Store};
use anyhow::Result;
use serde_json::{json, Value};

use crate::cmd::open_store;
use crate::output::{bold, colour_stdout, dim, one_line, shorten, Format, Table};
use crate::Cli;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only conflicts about this group (any name, alias or former name)
    #[arg(long, value_name = "NAME")]
    pub group: Option<String>,

    /// Only conflicts of this kind; repeatable
    #[arg(long = "type", value_name = "KIND", value_parser = parse_kind)]
    pub kinds: Vec<ConflictKind>,

    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

fn parse_kind(s: &str) -> Result<ConflictKind, String> {
    ConflictKind::parse(s)
        .ok_or_else(|| format!("unknown conflict kind `{s}`; one of: strength, presence, leader"))
}

/// The stored group a name stands for: by the names articles used, else by any knowledge-base
/// alias of a group ("Daesh" names the Islamic State even if no article said it).
pub fn find_group(cli: &Cli, store: &SqliteStore, name: &str) -> Result<Option<EntityRow>> {
    if let Some(g) = store.find_group(name)? {
        return Ok(Some(g));
    }
    let kb = crate::pipeline::load_kb(cli)?;
    for entry in kb.lookup(name) {
        if entry.kind == allegiance_kb::EntityKind::Group {
            if let Some(g) = store.find_group(&entry.id)? {
                return Ok(Some(g));
            }
        }
    }
    Ok(None)
}

pub fn run(cli: &Cli, args: &Args) -> Result<ExitCode> {
    let store = open_store(cli)?;
    let group = match &args.group {
        Some(name) => match find_group(cli, &store, name)? {
            Some(g) => Some(g),
            None => {
                eprintln!(
                    "allegiance: no group called `{name}` in {}",
                    cli.db_path("allegiance.db").display()
                );
                return Ok(ExitCode::FAILURE);
            }
        },
        None => None,
    };
    // The chosen entity's key names exactly it, even among same-named groups.
    let key = match &group {
        Some(g) => Some(entity_key(&store, g.id)?),
        None => None,
    };
    let conflicts = store.conflicts(&ConflictFilter { group: key, kinds: args.kinds.clone() })?;
    let mut out = io::stdout().lock();
    match args.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &conflicts)?;
            writeln!(out)?;
        }
        Format::Csv => conflict_table(&conflicts).write_csv(&mut out)?,
        Format::Table => {
            if conflicts.is_empty() {
                if !cli.quiet {
                    eprintln!("no conflicting claims found");
                }
            } else {
                write_blocks(&mut out, &conflicts, colour_stdout())?;
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn entity_key(store: &SqliteStore, id: i64) -> Result<String> {
    Ok(store
        .connection()
        .query_row("SELECT key FROM entities WHERE id = ?1", [id], |r| r.get(0))?)
}

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
/// the quote.
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
        writeln!(out, "{}", bold(&head, colour))?;
        for (name, side) in [("A", &c.a), ("B", &c.b)] {
            let reports = if side.reports == 1 {
                "1 report".to_string()
            } else {
                format!("{} reports", side.reports)
            };
            writeln!(
                out,
                "  {name}: {}  {}",
                bold(&side.statement, colour),
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
                writeln!(
                    out,
                    "     {who} ({at}, {}): \"{}\"",
                    f.polarity,
                    shorten(&one_line(&f.evidence.text), 120)
                )?;
            }
        }
        writeln!(out, "  {}", dim(&format!("why: {}", c.reason), colour))?;
    }
    Ok(())
}
