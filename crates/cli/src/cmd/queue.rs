//! `allegiance queue`: the work queue in PostgreSQL that `allegiance work` processes take
//! shards from (see `allegiance_store::queue`): `add` inputs, show the `status`, `retry` the
//! shards set aside.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use allegiance_read::input_files;
use allegiance_store::queue::{Queue, QueueStatus, ShardState};
use anyhow::{Context as _, Result};

use crate::context::Context;
use crate::output::table::Table;
use crate::output::{colour_stdout, Format};
use crate::pipeline::report_failure;

#[derive(Debug, clap::Subcommand)]
pub enum QueueCommand {
    /// Queue files and folders as shards for `allegiance work`: a JSONL or WARC file is one
    /// shard, article files are grouped per folder. Paths already queued are not added again.
    #[command(
        after_help = "Examples:\n  allegiance --db postgres://analyst@dbhost/map queue add /mnt/feeds/ /mnt/archive/2024.warc.gz\n\n\
Paths are stored absolute: workers on other machines must see the inputs at the same paths (a shared mount)."
    )]
    Add(AddArgs),
    /// Shards pending, running, done and failed; documents and facts stored; documents per
    /// second; the running shards with their workers and the failed ones with their errors.
    Status(StatusArgs),
    /// Put the failed shards back in the queue, their attempts reset.
    Retry,
}

#[derive(Debug, clap::Args)]
pub struct AddArgs {
    /// Files or folders to queue (.txt, .html, .jsonl[.gz], .warc[.gz]); folders recurse
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Article files per shard (a JSONL or WARC file is always a shard of its own)
    #[arg(long, default_value_t = 100, value_name = "N",
          value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..))]
    pub files_per_shard: usize,
}

#[derive(Debug, clap::Args)]
pub struct StatusArgs {
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

pub fn run(ctx: &Context, command: &QueueCommand) -> Result<ExitCode> {
    let url = match ctx.queue_url() {
        Ok(url) => url,
        Err(usage) => {
            eprintln!("allegiance: error: {usage}");
            return Ok(ExitCode::from(2));
        }
    };
    let queue = Queue::open(&url)?;
    match command {
        QueueCommand::Add(args) => add(ctx, &queue, args),
        QueueCommand::Status(args) => {
            let status = queue.status()?;
            print_status(&status, args.format)?;
            Ok(ExitCode::SUCCESS)
        }
        QueueCommand::Retry => {
            let n = queue.retry_failed()?;
            if !ctx.quiet {
                eprintln!("{n} failed shards put back in the queue");
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn add(ctx: &Context, queue: &Queue, args: &AddArgs) -> Result<ExitCode> {
    // Absolute, so that a worker started in another folder or on another machine finds them.
    let paths = args
        .paths
        .iter()
        .map(|p| {
            std::path::absolute(p)
                .with_context(|| format!("{}: making the path absolute", p.display()))
        })
        .collect::<Result<Vec<_>>>()?;
    let mut files = Vec::new();
    let mut unreadable = 0usize;
    for found in input_files(&paths) {
        match found {
            Ok(file) => files.push(file),
            Err(err) => {
                report_failure(&err);
                unreadable += 1;
            }
        }
    }
    let added = queue.add(&files, args.files_per_shard)?;
    if !ctx.quiet {
        eprintln!(
            "queued {} new files in {} shards ({} already queued)",
            added.files, added.shards, added.already_queued
        );
    }
    Ok(if unreadable > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

fn print_status(status: &QueueStatus, format: Format) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, status)?;
            writeln!(out)?;
        }
        Format::Csv => states_table(status).write_csv(&mut out)?,
        Format::Table => {
            let colour = colour_stdout();
            states_table(status).write_table(&mut out, colour)?;
            let done = status.count(ShardState::Done);
            match (status.documents_per_second, status.span_s) {
                (Some(rate), Some(span)) => writeln!(
                    out,
                    "\n{} documents and {} facts stored by done shards in {span:.1} s: {rate:.1} documents per second",
                    done.documents, done.facts
                )?,
                _ => writeln!(out, "\nno shard done yet")?,
            }
            if !status.running.is_empty() {
                writeln!(out, "\nrunning:")?;
                let mut t = Table::new(&[
                    "shard",
                    "worker",
                    "claim",
                    "running",
                    "heartbeat",
                    "files",
                    "first file",
                ]);
                for r in &status.running {
                    t.rows.push(vec![
                        r.shard.to_string(),
                        r.worker.clone(),
                        r.attempts.to_string(),
                        format!("{:.0} s", r.running_s),
                        format!("{:.0} s ago", r.heartbeat_age_s),
                        r.files.to_string(),
                        r.first_path.clone(),
                    ]);
                }
                t.write_table(&mut out, colour)?;
            }
            if !status.failed.is_empty() {
                writeln!(out, "\nfailed (set aside; `allegiance queue retry` puts them back):")?;
                let mut t = Table::new(&["shard", "claims", "files", "first file", "error"]);
                for f in &status.failed {
                    t.rows.push(vec![
                        f.shard.to_string(),
                        f.attempts.to_string(),
                        f.files.to_string(),
                        f.first_path.clone(),
                        f.error.clone(),
                    ]);
                }
                t.write_table(&mut out, colour)?;
            }
        }
    }
    Ok(())
}

/// One row per state: shards, files, and what the done ones stored.
fn states_table(status: &QueueStatus) -> Table {
    let mut t =
        Table::new(&["state", "shards", "files", "documents", "skipped", "unreadable", "facts"]);
    for s in &status.states {
        t.rows.push(vec![
            s.state.to_string(),
            s.shards.to_string(),
            s.files.to_string(),
            s.documents.to_string(),
            s.skipped.to_string(),
            s.unreadable.to_string(),
            s.facts.to_string(),
        ]);
    }
    t
}
