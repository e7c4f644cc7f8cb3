//! `allegiance facts`: stored facts, filtered.

use std::io::{self, Write};
use std::process::ExitCode;

use allegiance_model::{FactType, PartialDate};
use allegiance_store::judged::judged_facts;
use allegiance_store::{FactFilter, Judged};
use anyhow::Result;

use crate::args::{at_least_one, check_order, OneOf};
use crate::context::Context;
use crate::output::facts::{FACT_COLUMNS, FACT_CSV_HEADER, FACT_HIDDEN};
use crate::output::table::Table;
use crate::output::{colour_stdout, Format};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only facts of this type
    #[arg(long = "type", value_name = "T", value_parser = OneOf::<FactType>::new())]
    pub fact_type: Option<FactType>,

    /// Only facts whose subject is this entity (any name or alias)
    #[arg(long, value_name = "X")]
    pub subject: Option<String>,

    /// Only facts whose object is this entity (any name or alias)
    #[arg(long, value_name = "Y")]
    pub object: Option<String>,

    /// Only facts in effect on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)
    #[arg(long, value_name = "D")]
    pub since: Option<PartialDate>,

    /// Only facts in effect on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)
    #[arg(long, value_name = "D")]
    pub until: Option<PartialDate>,

    /// At most this many facts (at least 1)
    #[arg(long, value_name = "N", value_parser = at_least_one)]
    pub limit: Option<usize>,

    /// Also show facts an analyst rejected (marked in the `review` column)
    #[arg(long)]
    pub all: bool,

    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

pub fn run(ctx: &Context, args: &Args) -> Result<ExitCode> {
    check_order(args.since, args.until)?;
    let store = ctx.open_store()?;
    let filter = FactFilter {
        fact_type: args.fact_type,
        subject: args.subject.clone(),
        object: args.object.clone(),
        since: args.since.map(|d| d.to_string()),
        until: args.until.map(|d| d.to_string()),
        limit: args.limit,
    };
    let judged = Judged::load(&store)?;
    let facts = judged_facts(&store, &judged, &filter, args.all)?;
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
                table = Table::new(FACT_CSV_HEADER);
            }
            table.write_csv(&mut out)?;
        }
        Format::Table => {
            if rows.is_empty() {
                if !ctx.quiet {
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
