//! `allegiance ingest`: read, extract and store, a batch per transaction.
//!
//! Each batch of documents is written in one transaction, so a run that is interrupted (Ctrl-C, kill,
//! power loss) leaves the database as it was after the last whole batch; running the same command
//! again stores the rest, because documents already stored (by content hash) are skipped before
//! extraction.

use std::cell::RefCell;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use allegiance_extract::Extraction;
use allegiance_read::Document;
use allegiance_store::{SqliteStore, Store};
use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressStyle};

use crate::pipeline::{self, Item};
use crate::Cli;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or folders to read (.txt, .html, .jsonl[.gz], .warc[.gz]); folders recurse
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Documents per transaction
    #[arg(long, default_value_t = 256, value_name = "N")]
    pub batch: usize,
}

/// What one ingest run did.
#[derive(Debug, Default, Clone, Copy)]
pub struct Summary {
    pub stored: usize,
    pub skipped: usize,
    pub failed: usize,
    pub facts: usize,
    /// Stored documents that are near-duplicate copies of stored ones.
    pub copies: usize,
    pub elapsed: Duration,
}

impl Summary {
    pub fn line(&self) -> String {
        let secs = self.elapsed.as_secs_f64();
        let rate = if secs > 0.0 { self.stored as f64 / secs } else { 0.0 };
        format!(
            "ingested {} documents ({} skipped as already stored, {} near-duplicate copies), {} facts in {:.2} s ({:.0} docs/s)",
            self.stored, self.skipped, self.copies, self.facts, secs, rate
        )
    }
}

pub fn run(cli: &Cli, args: &Args) -> Result<ExitCode> {
    let db = cli.db_path("allegiance.db");
    let summary = ingest(cli, &db, &args.paths, args.batch)?;
    if !cli.quiet {
        eprintln!("{}", summary.line());
    }
    Ok(if summary.failed > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

/// Ingests `paths` into the SQLite store at `db` (created when missing).
pub fn ingest(cli: &Cli, db: &Path, paths: &[PathBuf], batch: usize) -> Result<Summary> {
    let start = Instant::now();
    pipeline::warm_up_rules();
    let kb = pipeline::load_kb(cli)?;
    let extractor = allegiance_extract::Extractor::new(&kb);
    let mut opened =
        SqliteStore::open(db).with_context(|| format!("opening the database {}", db.display()))?;
    // Places' countries let the store tell apart same-named groups the KB lacks.
    opened.set_place_countries(
        kb.by_kind(allegiance_kb::EntityKind::Place)
            .filter_map(|e| e.country.clone().map(|c| (e.id.clone(), c)))
            .collect(),
    );
    drop(kb);
    let store = RefCell::new(opened);
    let progress = progress_bar(cli.quiet);
    let mut summary = Summary::default();

    // Documents already stored are recognised by content hash before extraction, so a rerun after
    // an interruption only pays for what is new. (Within one batch, duplicates are the store's to
    // drop: `ingest_batch` reports how many documents it really added.)
    let mut known = |doc: &Document| -> Result<bool> {
        Ok(store.borrow().has_document(&allegiance_store::content_hash(doc))?)
    };
    pipeline::run_chunks(
        pipeline::read_options(cli),
        paths,
        batch,
        &extractor,
        &mut known,
        &mut |items| {
            let mut pairs: Vec<(Document, Extraction)> = Vec::with_capacity(items.len());
            for item in items {
                match item {
                    Item::Extracted(doc, ex) => {
                        pipeline::report_warnings(&doc, cli.quiet || progress.is_some());
                        pairs.push((doc, ex));
                    }
                    Item::Skipped => summary.skipped += 1,
                    Item::Failed(err) => {
                        match &progress {
                            Some(bar) => bar.suspend(|| pipeline::report_failure(&err)),
                            None => pipeline::report_failure(&err),
                        }
                        summary.failed += 1;
                    }
                }
            }
            if !pairs.is_empty() {
                let report = store.borrow_mut().ingest_batch(&pairs).context("storing a batch")?;
                summary.stored += report.documents;
                summary.skipped += pairs.len() - report.documents;
                summary.facts += report.facts;
                summary.copies += report.copies;
            }
            if let Some(bar) = &progress {
                bar.set_position((summary.stored + summary.skipped) as u64);
                bar.set_message(format!("{} facts", summary.facts));
            }
            Ok(())
        },
    )?;
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    summary.elapsed = start.elapsed();
    Ok(summary)
}

/// A spinner with counts and rate, only when stderr is a terminal and not `--quiet`.
fn progress_bar(quiet: bool) -> Option<ProgressBar> {
    if quiet || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = ProgressBar::new_spinner();
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} {elapsed_precise} {pos} documents ({per_sec}), {msg}",
        )
        .expect("valid template"),
    );
    bar.enable_steady_tick(Duration::from_millis(120));
    Some(bar)
}
