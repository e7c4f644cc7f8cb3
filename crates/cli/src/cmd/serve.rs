//! `allegiance serve`: the JSON API and the browser UI over the database.

use std::io::Write;
use std::net::SocketAddr;
use std::process::ExitCode;

use allegiance_web::AppState;
use anyhow::{Context as _, Result};

use crate::context::Context;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Address to listen on (port 0: any free port, printed at start)
    #[arg(long, value_name = "IP:PORT", default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
}

pub fn run(ctx: &Context, args: &Args) -> Result<ExitCode> {
    let db = ctx.db();
    let kb = ctx.load_kb()?;
    let threads = ctx
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2));
    // One SQLite connection per worker, at least two so a slow query does not hold up the page.
    let state = AppState::open(&db, kb, threads.clamp(2, 16))
        .with_context(|| format!("opening the database {}", db.display()))?;
    let quiet = ctx.quiet;
    allegiance_web::serve_blocking(args.addr, state, threads, |addr| {
        // The address on stdout, first and alone, so scripts can read it (port 0 picks one).
        println!("http://{addr}/");
        let _ = std::io::stdout().flush();
        if !quiet {
            eprintln!("allegiance: serving {} at http://{addr}/ (API description: /api/openapi.json); Ctrl-C stops", db.display());
        }
    })?;
    if !quiet {
        eprintln!("allegiance: stopped");
    }
    Ok(ExitCode::SUCCESS)
}
