//! `allegiance extract`: stateless extraction to stdout, the output contract
//! (`docs/output-contract.md`): one JSON object per document, in input order.

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use allegiance_extract::{Entity, Extraction, Fact};
use allegiance_read::Document;
use anyhow::Result;
use clap::ValueEnum;
use serde::Serialize;

use crate::context::Context;
use crate::pipeline::{self, Item, Pipeline};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    /// One JSON object per line, per document (the output contract)
    Jsonl,
    /// One JSON array holding every document's object
    Json,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Output format
    #[arg(long, value_enum, default_value_t = ExtractFormat::Jsonl)]
    pub format: ExtractFormat,

    /// Files or folders to read (.txt, .html, .jsonl[.gz], .warc[.gz]); folders recurse
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

/// Documents extracted per parallel chunk: big enough to keep every core busy, small enough that
/// output starts at once and memory stays flat.
const CHUNK: usize = 64;

/// One output line. Field names are the contract's; `publisher`, `url` and `warnings` are extras.
#[derive(Serialize)]
pub struct DocLine<'a> {
    pub doc: &'a str,
    pub title: Option<&'a str>,
    pub published: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<&'a str>,
    pub entities: &'a [Entity],
    pub facts: &'a [Fact],
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    pub warnings: &'a [String],
}

impl<'a> DocLine<'a> {
    pub fn new(doc: &'a Document, ex: &'a Extraction) -> DocLine<'a> {
        DocLine {
            doc: &doc.header.doc,
            title: doc.header.title.as_deref(),
            published: doc.header.published.as_deref(),
            publisher: doc.header.publisher.as_deref(),
            url: doc.header.url.as_deref(),
            entities: &ex.entities,
            facts: &ex.facts,
            warnings: &doc.warnings,
        }
    }
}

pub fn run(ctx: &Context, args: &Args) -> Result<ExitCode> {
    let workers = ctx.workers();
    pipeline::warm_up_rules(workers);
    // Never dropped: freeing the knowledge base's tables one by one at exit is work the OS does
    // at once.
    let extractor = std::mem::ManuallyDrop::new(ctx.extractor()?);
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut failed = 0usize;
    let mut written = 0usize;
    if args.format == ExtractFormat::Json {
        out.write_all(b"[")?;
    }
    // Each worker serialises its document's line and lets go of the text, so that this thread
    // only writes lines in order (and frees no article).
    let line = |doc: &mut Document, ex: Extraction| -> serde_json::Result<Vec<u8>> {
        let json = serde_json::to_vec(&DocLine::new(doc, &ex));
        doc.text = String::new();
        json
    };
    let pipeline =
        Pipeline { extractor: &extractor, read: ctx.read.clone(), workers, chunk_size: CHUNK };
    pipeline.run_with(&args.paths, &mut |_| Ok(false), &line, &mut |items| {
        for item in items {
            match item {
                Item::Extracted(doc, json) => {
                    pipeline::report_warnings(&doc, ctx.quiet);
                    if args.format == ExtractFormat::Json {
                        out.write_all(if written == 0 { b"\n" } else { b",\n" })?;
                    }
                    out.write_all(&json?)?;
                    if args.format == ExtractFormat::Jsonl {
                        out.write_all(b"\n")?;
                    }
                    written += 1;
                }
                Item::Skipped => {}
                Item::Failed(err) => {
                    pipeline::report_failure(&err);
                    failed += 1;
                }
            }
        }
        // Hand each chunk on at once, so a pipeline downstream can start.
        out.flush()?;
        Ok(())
    })?;
    if args.format == ExtractFormat::Json {
        out.write_all(if written == 0 { b"]\n" } else { b"\n]\n" })?;
    }
    out.flush()?;
    if failed > 0 {
        if !ctx.quiet {
            eprintln!(
                "allegiance: {written} documents extracted; {failed} inputs could not be read"
            );
        }
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}
