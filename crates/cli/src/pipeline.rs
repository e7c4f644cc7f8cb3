//! The read → extract pipeline shared by `extract`, `ingest` and `demo`.
//!
//! One thread reads the inputs in order; the calling thread decides which documents to extract
//! (`skip`) and hands them to [`Pipeline::workers`] workers, which extract and then `work` on them
//! (`extract` serialises its output line there, so that the calling thread only writes). The
//! calling thread puts the results back in input order and passes them on in chunks, so output is
//! the same with one thread or many. There is no barrier between chunks: workers go on with the
//! next documents while a chunk is written or stored. At most `window` documents are between the
//! reader and the sink at any time, so memory stays flat however large the input.

use std::collections::BTreeMap;
use std::panic::{self, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Condvar, Mutex};

use allegiance_extract::{DocMeta, Extraction, Extractor};
use allegiance_read::{read_paths, Document, ReadError, ReadOptions};
use anyhow::{anyhow, Result};

/// One read → extract run: what extracts, how inputs are limited, how many workers, and how many
/// items the sink receives at a time.
pub struct Pipeline<'a> {
    pub extractor: &'a Extractor,
    pub read: ReadOptions,
    /// Extraction worker threads (at least one is used).
    pub workers: usize,
    /// Items per chunk handed to the sink (the last chunk may be shorter).
    pub chunk_size: usize,
}

/// What became of one input document (or of one input that could not be read). `T` is what the
/// workers made of its extraction (the extraction itself unless the caller says otherwise).
#[allow(clippy::large_enum_variant)] // short-lived, one chunk at a time
pub enum Item<T = Extraction> {
    Extracted(Document, T),
    /// Passed over on request (already stored); not extracted.
    Skipped,
    Failed(ReadError),
}

/// Extracts one document; what the extractor skipped (an over-long sentence) joins the
/// document's warnings, so it is reported like the reader's.
pub fn extract_doc(extractor: &Extractor, doc: &mut Document) -> Extraction {
    let meta = DocMeta {
        published: doc.header.published.clone(),
        publisher: doc.header.publisher.clone(),
    };
    let (extraction, warnings) = extractor.extract_with_warnings(&doc.text, &meta);
    doc.warnings.extend(warnings);
    extraction
}

impl Pipeline<'_> {
    /// Reads `paths` in order and calls `sink` with chunks of at most `chunk_size` items, in input
    /// order. Documents for which `skip` (called on this thread, in order) says true are not
    /// extracted. Stops at the first error `skip` or `sink` returns.
    pub fn run(
        &self,
        paths: &[PathBuf],
        skip: &mut dyn FnMut(&Document) -> Result<bool>,
        sink: &mut dyn FnMut(Vec<Item>) -> Result<()>,
    ) -> Result<()> {
        self.run_with(paths, skip, &|_: &mut Document, extraction| extraction, sink)
    }
}

/// Starts compiling the extraction rules (about 0.15 s of CPU) on one background thread per
/// worker, each taking its share, so that this overlaps loading the knowledge base and no worker
/// waits while another compiles the rules they all need. With a single worker the rules compile
/// on first use instead: a short run may need few of them.
pub fn warm_up_rules(workers: usize) {
    let shares = workers;
    if shares < 2 {
        return;
    }
    for share in 0..shares {
        // Detached: a process that ends first loses nothing, and a worker needing a rule that
        // is still compiling waits for that rule alone.
        std::thread::spawn(move || allegiance_extract::warm_up(share, shares));
    }
}

/// Documents travel between threads in batches of this many: one wake-up per batch, not per
/// document (per-document hand-offs cost a quarter of the single-thread run in context switches).
const BATCH: usize = 64;

/// What the calling thread hears from the reader and the workers.
enum Event<T> {
    /// Inputs read, numbered from the first.
    Read(usize, Vec<Result<Document, ReadError>>),
    Done(Vec<(usize, Document, T)>),
    /// The reader or a worker panicked (a bug; the panic message is already on stderr).
    Panicked(String),
    /// The reader is done: this many inputs in all.
    End(usize),
}

/// Documents read but not yet handed to the sink; the reader waits while there are too many.
struct InFlight {
    count: Mutex<usize>,
    changed: Condvar,
    /// Set when the calling thread stops early, so that a waiting reader gives up.
    stopped: AtomicBool,
}

impl InFlight {
    /// Waits until `n` more documents fit under `limit`; false once the consumer has stopped.
    fn acquire(&self, n: usize, limit: usize) -> bool {
        let Ok(mut count) = self.count.lock() else { return false };
        while *count + n > limit && !self.stopped.load(Ordering::Relaxed) {
            count = match self.changed.wait(count) {
                Ok(c) => c,
                Err(_) => return false,
            };
        }
        *count += n;
        !self.stopped.load(Ordering::Relaxed)
    }

    fn release(&self, n: usize) {
        if let Ok(mut count) = self.count.lock() {
            *count = count.saturating_sub(n);
        }
        self.changed.notify_one();
    }
}

/// Stops the reader however the calling thread leaves (a returned error included).
struct StopOnDrop<'a>(&'a InFlight);

impl Drop for StopOnDrop<'_> {
    fn drop(&mut self) {
        self.0.stopped.store(true, Ordering::Relaxed);
        self.0.changed.notify_all();
    }
}

impl Pipeline<'_> {
    /// [`Pipeline::run`], with `work` run on each document and its extraction on the worker
    /// threads.
    pub fn run_with<T: Send>(
        &self,
        paths: &[PathBuf],
        skip: &mut dyn FnMut(&Document) -> Result<bool>,
        work: &(dyn Fn(&mut Document, Extraction) -> T + Sync),
        sink: &mut dyn FnMut(Vec<Item<T>>) -> Result<()>,
    ) -> Result<()> {
        let extractor = self.extractor;
        let options = self.read.clone();
        let chunk_size = self.chunk_size.max(1);
        let workers = self.workers.max(1);
        let window = (2 * chunk_size).max(8 * BATCH * workers);
        let in_flight = InFlight {
            count: Mutex::new(0),
            changed: Condvar::new(),
            stopped: AtomicBool::new(false),
        };
        let (jobs, job_box) = mpsc::channel::<Vec<(usize, Document)>>();
        let job_box = Mutex::new(job_box);
        let stopped = || anyhow!("the extraction workers stopped unexpectedly");
        std::thread::scope(|scope| {
            // Moved in, so that any return from here drops it and the idle workers stop.
            let jobs = jobs;
            let _stop = StopOnDrop(&in_flight);
            let (events, inbox) = mpsc::channel::<Event<T>>();

            let reader_events = events.clone();
            let in_flight = &in_flight;
            scope.spawn(move || {
                let read_all = || {
                    let mut inputs = read_paths(paths, &options);
                    let mut first = 0usize;
                    loop {
                        let batch: Vec<_> = inputs.by_ref().take(BATCH).collect();
                        if batch.is_empty() || !in_flight.acquire(batch.len(), window) {
                            break;
                        }
                        let n = batch.len();
                        if reader_events.send(Event::Read(first, batch)).is_err() {
                            break;
                        }
                        first += n;
                    }
                    first
                };
                // Whatever happens here, the calling thread must hear of it, or it would wait forever.
                let end = match panic::catch_unwind(AssertUnwindSafe(read_all)) {
                    Ok(n) => Event::End(n),
                    Err(_) => Event::Panicked("internal error while reading the inputs".into()),
                };
                let _ = reader_events.send(end);
            });
            for _ in 0..workers {
                let events = events.clone();
                let job_box = &job_box;
                scope.spawn(move || loop {
                    let job =
                        job_box.lock().map_err(|_| ()).and_then(|rx| rx.recv().map_err(|_| ()));
                    let Ok(batch) = job else { break };
                    let mut done = Vec::with_capacity(batch.len());
                    for (seq, mut doc) in batch {
                        let result = panic::catch_unwind(AssertUnwindSafe(|| {
                            let extraction = extract_doc(extractor, &mut doc);
                            work(&mut doc, extraction)
                        }));
                        match result {
                            Ok(out) => done.push((seq, doc, out)),
                            Err(_) => {
                                let _ = events.send(Event::Panicked(format!(
                                    "internal error while extracting {}",
                                    doc.header.doc
                                )));
                                return;
                            }
                        }
                    }
                    if events.send(Event::Done(done)).is_err() {
                        break;
                    }
                });
            }
            drop(events);

            let mut waiting: BTreeMap<usize, Item<T>> = BTreeMap::new();
            let mut next = 0usize;
            let mut total: Option<usize> = None;
            let mut chunk: Vec<Item<T>> = Vec::with_capacity(chunk_size);
            while total != Some(next) {
                match inbox.recv().map_err(|_| stopped())? {
                    Event::Read(first, batch) => {
                        let mut job = Vec::with_capacity(batch.len());
                        for (seq, read) in (first..).zip(batch) {
                            match read {
                                Err(err) => drop(waiting.insert(seq, Item::Failed(err))),
                                Ok(doc) if skip(&doc)? => drop(waiting.insert(seq, Item::Skipped)),
                                Ok(doc) => job.push((seq, doc)),
                            }
                        }
                        if !job.is_empty() {
                            jobs.send(job).map_err(|_| stopped())?;
                        }
                    }
                    Event::Done(done) => {
                        for (seq, doc, out) in done {
                            waiting.insert(seq, Item::Extracted(doc, out));
                        }
                    }
                    Event::Panicked(what) => return Err(anyhow!(what)),
                    Event::End(n) => total = Some(n),
                }
                let before = next;
                while let Some(item) = waiting.remove(&next) {
                    next += 1;
                    chunk.push(item);
                    if chunk.len() == chunk_size {
                        sink(std::mem::replace(&mut chunk, Vec::with_capacity(chunk_size)))?;
                    }
                }
                if next > before {
                    in_flight.release(next - before);
                }
            }
            if !chunk.is_empty() {
                sink(chunk)?;
            }
            Ok(())
        })
    }
}

/// Prints a document's reader warnings (repaired encoding, ...) to stderr.
pub fn report_warnings(doc: &Document, quiet: bool) {
    if quiet {
        return;
    }
    for warning in &doc.warnings {
        if warning.contains(&doc.header.path) || doc.header.path.is_empty() {
            eprintln!("allegiance: warning: {warning}");
        } else {
            eprintln!("allegiance: warning: {}: {warning}", doc.header.path);
        }
    }
}

/// Prints why an input could not be read; the batch goes on.
pub fn report_failure(err: &ReadError) {
    eprintln!("allegiance: error: {err}");
}
