//! `allegiance conflicts`: claims that contradict each other (strength estimates far apart,
//! presence asserted and denied, two leaders at once), each side with its sources and evidence.

use std::io::{self, Write};
use std::process::ExitCode;

use allegiance_store::{judged, AnyStore, ConflictFilter, ConflictKind, Judged, Store};
use anyhow::Result;

use crate::args::OneOf;
use crate::context::Context;
use crate::groups::{find_by_any_name, find_group, report_no_group};
use crate::output::conflicts::{conflict_table, write_blocks};
use crate::output::{colour_stdout, Format};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only conflicts about this group (any name, alias or former name)
    #[arg(long, value_name = "NAME")]
    pub group: Option<String>,

    /// Only conflicts of this kind; repeatable
    #[arg(long = "type", value_name = "KIND", value_parser = OneOf::<ConflictKind>::new())]
    pub kinds: Vec<ConflictKind>,

    /// Also count facts an analyst rejected
    #[arg(long)]
    pub all: bool,

    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

pub fn run(ctx: &Context, args: &Args) -> Result<ExitCode> {
    let store = ctx.open_store()?;
    let judgements = Judged::load(&store)?;
    if !judgements.is_empty() {
        // Judgements merge, split and rename groups and take facts out: conflicts are read from
        // the judged facts.
        let group = match &args.group {
            Some(name) => {
                let found = find_by_any_name(ctx, name, |n| {
                    Ok(judged::find_group(&store, &judgements, n)?)
                })?;
                match found {
                    Some(id) => Some(id),
                    None => {
                        report_no_group(ctx, name);
                        return Ok(ExitCode::FAILURE);
                    }
                }
            }
            None => None,
        };
        let conflicts = judged::conflicts(&store, &judgements, group, &args.kinds, args.all)?;
        return print(ctx, args, &conflicts);
    }
    let group = match &args.group {
        Some(name) => match find_group(ctx, &store, name)? {
            Some(g) => Some(g),
            None => {
                report_no_group(ctx, name);
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
    print(ctx, args, &conflicts)
}

fn print(ctx: &Context, args: &Args, conflicts: &[allegiance_store::Conflict]) -> Result<ExitCode> {
    let mut out = io::stdout().lock();
    match args.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &conflicts)?;
            writeln!(out)?;
        }
        Format::Csv => conflict_table(conflicts).write_csv(&mut out)?,
        Format::Table => {
            if conflicts.is_empty() {
                if !ctx.quiet {
                    eprintln!("no conflicting claims found");
                }
            } else {
                write_blocks(&mut out, conflicts, colour_stdout())?;
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn entity_key(store: &AnyStore, id: i64) -> Result<String> {
    store.entity_key(id)?.ok_or_else(|| anyhow::anyhow!("no entity {id} in {}", store.path()))
}
