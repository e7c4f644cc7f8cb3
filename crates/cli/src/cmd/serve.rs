//! `allegiance serve`: the JSON API and the browser UI over the database.
//!
//! On loopback (the default) reads are open to the local machine; every request's Host header
//! must name the address served, so a web page cannot reach the API by DNS rebinding. Any other
//! address exposes the database to the network: it needs `--public` and a token, which every
//! request must then carry (see `allegiance_web::Guard`).

use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use allegiance_web::AppState;
use anyhow::{bail, Context as _, Result};

use crate::context::Context;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Address to listen on (port 0: any free port, printed at start); an address other than
    /// loopback needs --public and a token
    #[arg(long, value_name = "IP:PORT", default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,

    /// Allow listening on an address other than loopback (needs --token or --token-file)
    #[arg(long)]
    pub public: bool,

    /// A token every request must carry (Authorization: Bearer TOKEN, or open /?token=TOKEN once
    /// in the browser)
    #[arg(long, value_name = "TOKEN", conflicts_with = "token_file")]
    pub token: Option<String>,

    /// Read the token from FILE (its first line), so it is not in the process list
    #[arg(long, value_name = "FILE")]
    pub token_file: Option<PathBuf>,
}

/// Tokens shorter than this are guessable.
const MIN_TOKEN_LEN: usize = 16;

/// The token from `--token` or `--token-file`, if either is given.
fn token(args: &Args) -> Result<Option<String>> {
    let token = match (&args.token, &args.token_file) {
        (Some(t), _) => t.trim().to_string(),
        (None, Some(file)) => std::fs::read_to_string(file)
            .with_context(|| format!("reading the token from {}", file.display()))?
            .lines()
            .next()
            .unwrap_or_default()
            .trim()
            .to_string(),
        (None, None) => return Ok(None),
    };
    if token.len() < MIN_TOKEN_LEN || !token.chars().all(|c| c.is_ascii_graphic() && c != ';') {
        bail!(
            "the token must be at least {MIN_TOKEN_LEN} printable ASCII characters without spaces or `;` \
             (e.g. from `openssl rand -hex 24`)"
        );
    }
    Ok(Some(token))
}

pub fn run(ctx: &Context, args: &Args) -> Result<ExitCode> {
    let token = token(args)?;
    if !args.addr.ip().is_loopback() {
        if !args.public {
            bail!(
                "listening on {} would expose the database to the network: add --public and a \
                 token (--token-file FILE or --token TOKEN), or listen on 127.0.0.1",
                args.addr
            );
        }
        if token.is_none() {
            bail!(
                "--public needs a token that every request must carry: give --token-file FILE or \
                 --token TOKEN"
            );
        }
    }
    let db = ctx.db();
    let kb = ctx.load_kb()?;
    // `--threads` is 1..=MAX_THREADS already (a usage error otherwise); so is the default.
    let threads = ctx.workers();
    // One SQLite connection per worker, at least two so a slow query does not hold up the page.
    // The open errors name the database.
    let state = AppState::open(&db, kb, threads.clamp(2, 16))?;
    let quiet = ctx.quiet;
    let needs_token = token.is_some();
    let shown = ctx.db_shown();
    allegiance_web::serve_blocking(args.addr, state, threads, token, |addr| {
        // The address on stdout, first and alone, so scripts can read it (port 0 picks one).
        println!("http://{addr}/");
        let _ = std::io::stdout().flush();
        if !quiet {
            eprintln!("allegiance: serving {shown} at http://{addr}/ (API description: /api/openapi.json); Ctrl-C stops");
            if needs_token {
                eprintln!("allegiance: requests need the token: open http://{addr}/?token=TOKEN once in the browser");
            }
        }
    })?;
    if !quiet {
        eprintln!("allegiance: stopped");
    }
    Ok(ExitCode::SUCCESS)
}
