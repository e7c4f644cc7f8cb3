//! `allegiance ingest`: read, extract and store articles (see [`crate::ingest`]).

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;

use crate::context::{Context, DEFAULT_DB};
use crate::ingest::ingest;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files or folders to read (.txt, .html, .jsonl[.gz], .warc[.gz]); folders recurse
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Documents per transaction
    #[arg(long, default_value_t = 256, value_name = "N")]
    pub batch: usize,
}

pub fn run(ctx: &Context, args: &Args) -> Result<ExitCode> {
    let summary = ingest(ctx, &ctx.location(DEFAULT_DB), &args.paths, args.batch)?;
    if !ctx.quiet {
        eprintln!("{}", summary.line());
    }
    Ok(if summary.failed > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}
