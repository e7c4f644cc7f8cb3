//! `allegiance serve`: the JSON API and the browser UI over the database.

use std::io::Write;
use std::net::SocketAddr;
use std::process::ExitCode;

use allegiance_web::AppState;
use anyhow::Result;

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
    // `--threads` is 1..=MAX_THREADS already (a usage error otherwise); so is the default.
    let threads = ctx.workers();
    // One SQLite connection per worker, at least two so a slow query does not hold up the page.
    // The open errors name the database.
    let state = AppState::open(&db, kb, threads.clamp(2, 16))?;
    let quiet = ctx.quiet;
    let shown = ctx.db_shown();
    allegiance_web::serve_blocking(args.addr, state, threads, |addr| {
        // The address on stdout, first and alone, so scripts can read it (port 0 picks one).
        println!("http://{addr}/");
        let _ = std::io::stdout().flush();
        if !quiet {
            eprintln!("allegiance: serving {shown} at http://{addr}/ (API description: /api/openapi.json); Ctrl-C stops");
        }
    })?;
    if !quiet {
        eprintln!("allegiance: stopped");
    }
    Ok(ExitCode::SUCCESS)
}
