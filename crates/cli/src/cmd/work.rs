//! `allegiance work`: a worker of the PostgreSQL work queue (see `allegiance_store::queue`).
//!
//! It claims a shard, keeps a heartbeat on it from a thread with a connection of its own, reads
//! and extracts the shard's documents with the same pipeline as `ingest` (documents stored
//! already are skipped before extraction), and stores them all together with the shard's done
//! mark in one transaction. A shard that cannot be read (a file vanished, a mount missing) goes
//! back to the queue with its error, and is set aside after `--max-attempts` claims; a single
//! unreadable document inside a shard is a warning, as in `ingest`. The worker ends when no
//! shard is pending or running (it waits while others run, to take over theirs if they die), or
//! never with `--wait`. Ctrl-C or SIGTERM gives the current shard back and ends the run.

use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Mutex};
use std::time::{Duration, Instant};

use allegiance_extract::{Extraction, Extractor};
use allegiance_read::{Document, ReadError};
use allegiance_store::queue::{finish, Claim, Queue, ShardCounts, ShardState};
use allegiance_store::{content_hash, PgStore, Store};
use anyhow::{anyhow, Result};
use indicatif::ProgressBar;

use crate::context::Context;
use crate::ingest::{place_countries, progress_bar};
use crate::pipeline::{self, Item, Pipeline};
use crate::signals::stop_flag;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Seconds without a heartbeat after which a running shard counts as lost and is claimed
    /// again (its worker killed or its machine gone); heartbeats come every quarter of it
    #[arg(long, default_value_t = 60.0, value_name = "SECONDS", value_parser = positive_seconds)]
    pub claim_timeout: f64,

    /// Claims of a shard after which its error sets it aside (failed) instead of queueing it again
    #[arg(long, default_value_t = 3, value_name = "N",
          value_parser = clap::builder::RangedU64ValueParser::<u32>::new().range(1..=1000))]
    pub max_attempts: u32,

    /// Keep polling for new shards when the queue is empty, instead of ending
    #[arg(long)]
    pub wait: bool,
}

fn positive_seconds(s: &str) -> std::result::Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if v.is_finite() && (0.1..=86_400.0).contains(&v) => Ok(v),
        _ => Err(format!("`{s}` is not a number of seconds from 0.1 to 86400")),
    }
}

/// Documents extracted between two looks at Ctrl-C and at the heartbeat's news: the pipeline
/// hands them over in chunks of this many (the shard is still stored in one transaction).
const STOP_CHECK_EVERY: usize = 32;

/// What this worker did.
#[derive(Debug, Default)]
struct Summary {
    shards: usize,
    /// Shards whose error this worker recorded (back in the queue, or set aside).
    errors: usize,
    /// Shards another worker took over before this one could store them.
    lost: usize,
    counts: ShardCounts,
}

/// How working one shard ended.
enum Outcome {
    Done(ShardCounts),
    /// The shard was taken over by another worker (this one's heartbeat lapsed).
    Lost,
    /// Asked to stop: the shard was given back.
    Stopped,
    Failed(anyhow::Error),
}

/// The worker's name in the queue: host and process id.
fn worker_name() -> String {
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
        .ok()
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .or_else(|| std::env::var("HOSTNAME").ok().filter(|h| !h.is_empty()))
        .unwrap_or_else(|| "unknown-host".into());
    format!("{host}:{}", std::process::id())
}

pub fn run(ctx: &Context, args: &Args) -> Result<ExitCode> {
    let url = match ctx.queue_url() {
        Ok(url) => url,
        Err(usage) => {
            eprintln!("allegiance: error: {usage}");
            return Ok(ExitCode::from(2));
        }
    };
    let stop = stop_flag();
    let start = Instant::now();
    let workers = ctx.workers();
    pipeline::warm_up_rules(workers);
    let kb = ctx.load_kb()?;
    let extractor = Extractor::new(&kb);
    let mut store = PgStore::open(&url)?;
    store.set_place_countries(place_countries(&kb));
    drop(kb);
    let queue = Queue::open(&url)?;
    // The heartbeat's own connection: a beat never waits for a transaction of the worker's.
    let heartbeat = Mutex::new(Queue::open(&url)?);
    let me = worker_name();
    let timeout = Duration::from_secs_f64(args.claim_timeout);
    let poll = (timeout / 4).clamp(Duration::from_millis(100), Duration::from_secs(2));
    let progress = progress_bar(ctx.quiet);
    let pipeline = Pipeline {
        extractor: &extractor,
        read: ctx.read.clone(),
        workers,
        chunk_size: STOP_CHECK_EVERY,
    };
    let mut summary = Summary::default();

    while !stop.load(Ordering::SeqCst) {
        let Some(claim) = queue.claim(&me, timeout, args.max_attempts)? else {
            if !args.wait && !queue.has_work()? {
                break;
            }
            sleep_unless(poll, &stop);
            continue;
        };
        if let Some(bar) = &progress {
            bar.set_message(format!("shard {} ({} files)", claim.shard, claim.paths.len()));
        }
        let outcome = with_heartbeat(&heartbeat, &claim, timeout / 4, |lost| {
            work_shard(ctx, &pipeline, &mut store, &claim, lost, &stop, progress.as_ref())
        });
        match outcome {
            Outcome::Done(counts) => {
                summary.shards += 1;
                summary.counts.documents += counts.documents;
                summary.counts.skipped += counts.skipped;
                summary.counts.unreadable += counts.unreadable;
                summary.counts.facts += counts.facts;
            }
            Outcome::Lost => {
                summary.lost += 1;
                say(&progress, &format!(
                    "allegiance: warning: shard {} was taken over by another worker before it was stored (heartbeats lapsed); its documents are left to that worker",
                    claim.shard
                ));
            }
            Outcome::Stopped => {
                queue.abandon(&claim)?;
            }
            Outcome::Failed(err) => {
                summary.errors += 1;
                let message = crate::error_message(&err);
                let state = queue.fail(&claim, &message, args.max_attempts)?;
                let what = match state {
                    Some(ShardState::Failed) => "set aside",
                    Some(_) => "back in the queue",
                    None => "already taken over",
                };
                say(
                    &progress,
                    &format!("allegiance: error: shard {} ({what}): {message}", claim.shard),
                );
            }
        }
    }
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    if !ctx.quiet {
        let secs = start.elapsed().as_secs_f64();
        let c = summary.counts;
        let rate = if secs > 0.0 { c.documents as f64 / secs } else { 0.0 };
        eprintln!(
            "worked {} shards ({} errors, {} taken over): stored {} documents ({} skipped as already stored, {} unreadable), {} facts in {secs:.2} s ({rate:.0} docs/s)",
            summary.shards, summary.errors, summary.lost, c.documents, c.skipped, c.unreadable, c.facts
        );
    }
    let clean = summary.errors == 0 && summary.counts.unreadable == 0;
    Ok(if clean { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

/// Prints a line on stderr, above the progress bar if there is one.
fn say(progress: &Option<ProgressBar>, line: &str) {
    match progress {
        Some(bar) => bar.suspend(|| eprintln!("{line}")),
        None => eprintln!("{line}"),
    }
}

fn sleep_unless(pause: Duration, stop: &AtomicBool) {
    let until = Instant::now() + pause;
    while Instant::now() < until && !stop.load(Ordering::SeqCst) {
        std::thread::sleep(Duration::from_millis(50).min(pause));
    }
}

/// Runs `work` while a thread beats `claim`'s heartbeat every `interval`; `work` is told through
/// its flag when a beat finds the shard taken over.
fn with_heartbeat<T>(
    heartbeat: &Mutex<Queue>,
    claim: &Claim,
    interval: Duration,
    work: impl FnOnce(&AtomicBool) -> T,
) -> T {
    let lost = AtomicBool::new(false);
    let (done, ended) = mpsc::channel::<()>();
    std::thread::scope(|scope| {
        let lost = &lost;
        scope.spawn(move || {
            while let Err(mpsc::RecvTimeoutError::Timeout) = ended.recv_timeout(interval) {
                let Ok(queue) = heartbeat.lock() else { return };
                // A failed beat (the database briefly away) is tried again at the next one; the
                // shard is lost only when a beat finds it another worker's.
                if let Ok(false) = queue.beat(claim) {
                    lost.store(true, Ordering::SeqCst);
                    return;
                }
            }
        });
        let out = work(lost);
        drop(done);
        out
    })
}

/// An input of the shard could not be read at all: the shard's error, not a document's.
fn shard_error(err: &ReadError) -> bool {
    matches!(err, ReadError::NotFound { .. } | ReadError::Io { .. } | ReadError::NotAFile { .. })
}

fn work_shard(
    ctx: &Context,
    pipeline: &Pipeline,
    store: &mut PgStore,
    claim: &Claim,
    lost: &AtomicBool,
    stop: &AtomicBool,
    progress: Option<&ProgressBar>,
) -> Outcome {
    let paths: Vec<std::path::PathBuf> = claim.paths.iter().map(Into::into).collect();
    let mut pairs: Vec<(Document, Extraction)> = Vec::new();
    let mut counts = ShardCounts::default();
    let mut interrupted: Option<Outcome> = None;
    let read = {
        let store = &*store;
        let mut known =
            |doc: &Document| -> Result<bool> { Ok(store.has_document(&content_hash(doc))?) };
        pipeline.run(&paths, &mut known, &mut |items| {
            // The spinner counts documents across shards: read here, stored or not.
            if let Some(bar) = progress {
                bar.inc(items.len() as u64);
            }
            for item in items {
                match item {
                    Item::Extracted(doc, ex) => {
                        pipeline::report_warnings(&doc, ctx.quiet || progress.is_some());
                        pairs.push((doc, ex));
                    }
                    Item::Skipped => counts.skipped += 1,
                    Item::Failed(err) if shard_error(&err) => return Err(anyhow!(err)),
                    Item::Failed(err) => {
                        match progress {
                            Some(bar) => bar.suspend(|| pipeline::report_failure(&err)),
                            None => pipeline::report_failure(&err),
                        }
                        counts.unreadable += 1;
                    }
                }
            }
            if stop.load(Ordering::SeqCst) {
                interrupted = Some(Outcome::Stopped);
                return Err(anyhow!("stopped"));
            }
            if lost.load(Ordering::SeqCst) {
                interrupted = Some(Outcome::Lost);
                return Err(anyhow!("taken over"));
            }
            Ok(())
        })
    };
    if let Some(outcome) = interrupted {
        return outcome;
    }
    if let Err(err) = read {
        return Outcome::Failed(err);
    }
    if stop.load(Ordering::SeqCst) {
        return Outcome::Stopped;
    }
    if lost.load(Ordering::SeqCst) {
        return Outcome::Lost;
    }
    let skipped_before = counts.skipped;
    let stored = store.ingest_batch_then(&pairs, |conn, report| {
        let counts = ShardCounts {
            documents: report.documents,
            // Documents another shard stored meanwhile are skipped by the store.
            skipped: skipped_before + pairs.len() - report.documents,
            unreadable: counts.unreadable,
            facts: report.facts,
        };
        finish(conn, claim, counts)
    });
    match stored {
        Ok(Some(report)) => Outcome::Done(ShardCounts {
            documents: report.documents,
            skipped: skipped_before + pairs.len() - report.documents,
            unreadable: counts.unreadable,
            facts: report.facts,
        }),
        Ok(None) => Outcome::Lost,
        Err(err) => Outcome::Failed(err.into()),
    }
}
