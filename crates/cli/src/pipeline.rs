//! The read → extract pipeline shared by `extract`, `ingest` and `demo`.
//!
//! One thread reads the inputs in order and hands documents over a bounded channel (so memory stays
//! flat however large the input); the calling thread gathers them into chunks and extracts each chunk
//! in parallel on the rayon pool. Chunks come back in input order, so output is the same with one
//! thread or many.

use std::path::PathBuf;
use std::sync::mpsc;

use allegiance_extract::{DocMeta, Extraction, Extractor};
use allegiance_kb::Kb;
use allegiance_read::{read_paths, Document, ReadError, ReadOptions};
use anyhow::{Context, Result};
use rayon::prelude::*;

use crate::Cli;

/// The built-in knowledge base plus every `--kb` file, in order.
pub fn load_kb(cli: &Cli) -> Result<Kb> {
    let mut kb = Kb::builtin().context("loading the built-in knowledge base")?;
    for file in &cli.kb {
        kb.add_file(file)
            .with_context(|| format!("loading knowledge-base file {}", file.display()))?;
    }
    Ok(kb)
}

pub fn extractor(cli: &Cli) -> Result<Extractor> {
    Ok(Extractor::new(&load_kb(cli)?))
}

/// What became of one input document (or of one input that could not be read).
#[allow(clippy::large_enum_variant)] // short-lived, one chunk at a time
pub enum Item {
    Extracted(Document, Extraction),
    /// Passed over on request (already stored); not extracted.
    Skipped,
    Failed(ReadError),
}

pub fn extract_doc(extractor: &Extractor, doc: &Document) -> Extraction {
    let meta = DocMeta {
        published: doc.published.clone(),
        publisher: doc.publisher.clone(),
    };
    extractor.extract(&doc.text, &meta)
}

/// Reads `paths` in order and calls `sink` with chunks of at most `chunk_size` items, in input
/// order. Documents for which `skip` (called on this thread, in order) says true are not extracted.
/// Stops at the first error `skip` or `sink` returns.
/// Input limits from the command line.
pub fn read_options(cli: &Cli) -> ReadOptions {
    let bytes = cli.max_file_size.max(1) << 20;
    ReadOptions { max_file_bytes: bytes, max_record_bytes: (bytes / 8).max(1 << 20) }
}

pub fn run_chunks(
    options: ReadOptions,
    paths: &[PathBuf],
    chunk_size: usize,
    extractor: &Extractor,
    skip: &mut dyn FnMut(&Document) -> Result<bool>,
    sink: &mut dyn FnMut(Vec<Item>) -> Result<()>,
) -> Result<()> {
    let chunk_size = chunk_size.max(1);
    std::thread::scope(|scope| {
        let (tx, rx) = mpsc::sync_channel::<Result<Document, ReadError>>(chunk_size * 2);
        scope.spawn(move || {
            for item in read_paths(paths, &options) {
                if tx.send(item).is_err() {
                    break; // the consumer stopped early (an error downstream)
                }
            }
        });
        let mut rx = rx.into_iter().peekable();
        while rx.peek().is_some() {
            let mut chunk: Vec<(Result<Document, ReadError>, bool)> = Vec::with_capacity(chunk_size);
            for read in rx.by_ref().take(chunk_size) {
                let skipped = match &read {
                    Ok(doc) => skip(doc)?,
                    Err(_) => false,
                };
                chunk.push((read, skipped));
            }
            let items: Vec<Item> = chunk
                .into_par_iter()
                .map(|(read, skipped)| match read {
                    Err(err) => Item::Failed(err),
                    Ok(_) if skipped => Item::Skipped,
                    Ok(doc) => {
                        let extraction = extract_doc(extractor, &doc);
                        Item::Extracted(doc, extraction)
                    }
                })
                .collect();
            sink(items)?;
        }
        Ok(())
    })
}

/// Prints a document's reader warnings (repaired encoding, ...) to stderr.
pub fn report_warnings(doc: &Document, quiet: bool) {
    if quiet {
        return;
    }
    for warning in &doc.warnings {
        if warning.contains(&doc.path) || doc.path.is_empty() {
            eprintln!("allegiance: warning: {warning}");
        } else {
            eprintln!("allegiance: warning: {}: {warning}", doc.path);
        }
    }
}

/// Prints why an input could not be read; the batch goes on.
pub fn report_failure(err: &ReadError) {
    eprintln!("allegiance: error: {err}");
}
