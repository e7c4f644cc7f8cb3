//! `allegiance facts`: stored facts, filtered.

use std::io::{self, Write};
use std::process::ExitCode;

use allegiance_extract::FactType;
use allegiance_store::{FactFilter, Store};
use anyhow::{bail, Result};

use crate::cmd::open_store;
use crate::output::{colour_stdout, Format, Table};
use crate::Cli;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only facts of this type (pledge, branch_of, splinter_of, renamed, merged_into, ally_of,
    /// rival_of, leader_of, founder_of, member_of, designated, strength, presence, attack)
    #[arg(long = "type", value_name = "T", value_parser = parse_type)]
    pub fact_type: Option<FactType>,

    /// Only facts whose subject is this entity (any name or alias)
    #[arg(long, value_name = "X")]
    pub subject: Option<String>,

    /// Only facts whose object is this entity (any name or alias)
    #[arg(long, value_name = "Y")]
    pub object: Option<String>,

    /// Only facts in effect on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)
    #[arg(long, value_name = "D", value_parser = parse_date)]
    pub since: Option<String>,

    /// Only facts in effect on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)
    #[arg(long, value_name = "D", value_parser = parse_date)]
    pub until: Option<String>,

    /// At most this many facts
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,

    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

fn parse_type(s: &str) -> Result<FactType, String> {
    FactType::parse(s).ok_or_else(|| {
        let all: Vec<&str> = FactType::ALL.iter().map(|t| t.as_str()).collect();
        format!("unknown fact type `{s}`; one of: {}", all.join(", "))
    })
}

/// Accepts YYYY, YYYY-MM and YYYY-MM-DD.
pub fn parse_date(s: &str) -> Result<String, String> {
    let parts: Vec<&str> = s.split('-').collect();
    let ok = match parts.as_slice() {
        [y] => y.len() == 4,
        [y, m] => y.len() == 4 && m.len() == 2,
        [y, m, d] => y.len() == 4 && m.len() == 2 && d.len() == 2,
        _ => false,
    } && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()));
    let in_range = ok
        && parts.get(1).is_none_or(|m| (1..=12).contains(&m.parse::<u32>().unwrap_or(0)))
        && parts.get(2).is_none_or(|d| (1..=31).contains(&d.parse::<u32>().unwrap_or(0)));
    if in_range {
        Ok(s.to_string())
    } else {
        Err(format!("`{s}` is not a date; use YYYY, YYYY-MM or YYYY-MM-DD"))
    }
}

/// Columns shown first, in this order, when present.
pub const FACT_COLUMNS: &[&str] = &[
    "type",
    "subject",
    "object",
    "attrs",
    "when",
    "source",
    "polarity",
    "evidence.text",
    "evidence",
    "document",
    "doc",
    "title",
    "published",
];
/// Columns left out of tables and CSV (still in JSON): offsets and internal ids.
pub const FACT_HIDDEN: &[&str] =
    &["evidence.start", "evidence.end", "id", "subject_id", "object_id", "document_id"];

pub fn run(cli: &Cli, args: &Args) -> Result<ExitCode> {
    if let (Some(since), Some(until)) = (&args.since, &args.until) {
        if since > until {
            bail!("--since {since} is after --until {until}");
        }
    }
    let store = open_store(cli)?;
    let filter = FactFilter {
        fact_type: args.fact_type,
        subject: args.subject.clone(),
        object: args.object.clone(),
        since: args.since.clone(),
        until: args.until.clone(),
        limit: args.limit,
        ..Default::default()
    };
    let facts = store.facts(&filter)?;
    let value = serde_json::to_value(&facts)?;
    let rows = value.as_array().cloned().unwrap_or_default();
    let mut out = io::stdout().lock();
    match args.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &value)?;
            writeln!(out)?;
        }
        Format::Csv => {
            let mut table = Table::from_objects(&rows, FACT_COLUMNS, FACT_HIDDEN);
            if rows.is_empty() {
                table = Table::new(&FACT_COLUMNS[..8]);
            }
            table.write_csv(&mut out)?;
        }
        Format::Table => {
            if rows.is_empty() {
                if !cli.quiet {
                    eprintln!("no facts match");
                }
            } else {
                Table::from_objects(&rows, FACT_COLUMNS, FACT_HIDDEN)
                    .write_table(&mut out, colour_stdout())?;
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
