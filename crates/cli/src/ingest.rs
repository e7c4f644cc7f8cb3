//! Storing articles: read, extract and store, a batch per transaction (`ingest`, and `demo`'s
//! database).
//!
//! Each batch of documents is written in one transaction, so a run that is interrupted (Ctrl-C, kill,
//! power loss) leaves the database as it was after the last whole batch; running the same command
//! again stores the rest, because documents already stored (by content hash) are skipped before
//! extraction.

use std::cell::RefCell;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use allegiance_extract::Extraction;
use allegiance_read::Document;
use allegiance_store::{DbLocation, Store};
use anyhow::{Context as _, Result};
use indicatif::{ProgressBar, ProgressStyle};

use crate::context::{open_store_at, Context};
use crate::pipeline::{self, Item, Pipeline};

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

/// Ingests `paths` into the store at `db` (a SQLite file, created when missing, or a PostgreSQL
/// database).
pub fn ingest(ctx: &Context, db: &DbLocation, paths: &[PathBuf], batch: usize) -> Result<Summary> {
    let start = Instant::now();
    let workers = ctx.workers();
    pipeline::warm_up_rules(workers);
    let kb = ctx.load_kb()?;
    let extractor = allegiance_extract::Extractor::new(&kb);
    let mut opened = open_store_at(db)?;
    opened.set_place_countries(place_countries(&kb));
    drop(kb);
    let store = RefCell::new(opened);
    let progress = progress_bar(ctx.quiet);
    let mut summary = Summary::default();

    // Documents already stored are recognised by content hash before extraction, so a rerun after
    // an interruption only pays for what is new. (Within one batch, duplicates are the store's to
    // drop: `ingest_batch` reports how many documents it really added.)
    let mut known = |doc: &Document| -> Result<bool> {
        Ok(store.borrow().has_document(&allegiance_store::content_hash(doc))?)
    };
    let pipeline =
        Pipeline { extractor: &extractor, read: ctx.read.clone(), workers, chunk_size: batch };
    pipeline.run(paths, &mut known, &mut |items| {
        let mut pairs: Vec<(Document, Extraction)> = Vec::with_capacity(items.len());
        for item in items {
            match item {
                Item::Extracted(doc, ex) => {
                    pipeline::report_warnings(&doc, ctx.quiet || progress.is_some());
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
    })?;
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    summary.elapsed = start.elapsed();
    Ok(summary)
}

/// The countries of the knowledge base's places, which let the store tell apart same-named
/// groups the KB lacks (`ingest` and `work` give them to the store).
pub fn place_countries(kb: &allegiance_kb::Kb) -> allegiance_store::PlaceCountries {
    kb.by_kind(allegiance_kb::EntityKind::Place)
        .filter_map(|e| e.country.clone().map(|c| (e.id.clone(), c)))
        .collect()
}

/// A spinner with counts and rate, only when stderr is a terminal and not `--quiet`.
pub fn progress_bar(quiet: bool) -> Option<ProgressBar> {
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
