//! `allegiance demo`: ingests the bundled example articles into a demo database and shows around.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context as _, Result};

use allegiance_store::{DbLocation, Store};

use crate::context::{open_store_at, Context, DEMO_DB};
use crate::ingest::ingest;
use crate::output::{bold, colour_stdout, profile, Format};

include!(concat!(env!("OUT_DIR"), "/examples.rs"));

/// The group whose profile the tour shows.
const TOUR_GROUP: &str = "Islamic State";

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Write the example articles to this folder and stop (to look at them or change them)
    #[arg(long, value_name = "DIR")]
    pub write_examples: Option<PathBuf>,
}

pub fn run(ctx: &Context, args: &Args) -> Result<ExitCode> {
    if let Some(dir) = &args.write_examples {
        let written = write_examples(dir)?;
        println!("wrote {} example articles to {}", written.len(), dir.display());
        return Ok(ExitCode::SUCCESS);
    }
    let colour = colour_stdout();
    let location = ctx.location(DEMO_DB);
    let shown_db = location.display();
    // The ingest runs inside a temporary folder: a relative file name is resolved first.
    let db = match location {
        DbLocation::Sqlite(path) => {
            DbLocation::Sqlite(std::path::absolute(&path).context("resolving the --db path")?)
        }
        postgres => postgres,
    };
    // The examples go to a private temporary folder; the reader sees ordinary files, named
    // `examples/...` as in the repository (the demo reads them from inside that folder).
    let tmp = tempfile::Builder::new()
        .prefix("allegiance-demo-")
        .tempdir()
        .context("creating a temporary folder")?;
    let files = write_examples(&tmp.path().join("examples"))?;
    let relative: Vec<PathBuf> =
        files.iter().filter_map(|f| f.strip_prefix(tmp.path()).ok().map(PathBuf::from)).collect();
    let cwd = std::env::current_dir().ok();
    std::env::set_current_dir(tmp.path()).context("entering the temporary folder")?;
    let summary = ingest(ctx, &db, &relative, 256);
    if let Some(cwd) = cwd {
        let _ = std::env::set_current_dir(cwd);
    }
    let summary = summary?;

    let mut out = io::stdout().lock();
    writeln!(out, "{}", bold("allegiance demo", colour))?;
    writeln!(
        out,
        "{} bundled example files (news-style text, HTML with boilerplate, JSON Lines) into {}",
        EXAMPLES.len(),
        shown_db
    )?;
    writeln!(out, "{}", summary.line())?;
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        bold(&format!("$ allegiance --db {} group \"{TOUR_GROUP}\"", shown_db), colour)
    )?;
    out.flush()?;
    drop(out);
    let tour = open_store_at(&db)?.group_profile(TOUR_GROUP)?;
    if let Some(found) = &tour {
        profile::print(found, Format::Table)?;
    }
    let mut out = io::stdout().lock();
    if tour.is_none() {
        writeln!(out, "(no profile for {TOUR_GROUP} yet: the extractor found no facts about it)")?;
    }
    let db = shown_db;
    writeln!(out)?;
    writeln!(out, "{}", bold("Try next:", colour))?;
    writeln!(
        out,
        "  allegiance --db {db} group ISKP                    # a profile, found by any alias"
    )?;
    writeln!(
        out,
        "  allegiance --db {db} facts --type pledge            # every pledge of allegiance"
    )?;
    writeln!(out, "  allegiance --db {db} facts --type strength --format csv")?;
    writeln!(
        out,
        "  allegiance extract --format jsonl FILE_OR_DIR       # the JSON Lines output, no database"
    )?;
    writeln!(
        out,
        "  allegiance ingest FOLDER                            # your own articles into allegiance.db"
    )?;
    Ok(ExitCode::SUCCESS)
}

/// Writes the bundled examples into `dir` (created when missing) and returns their paths.
pub fn write_examples(dir: &std::path::Path) -> Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let mut paths = Vec::with_capacity(EXAMPLES.len());
    for (name, bytes) in EXAMPLES {
        let path = dir.join(name);
        std::fs::write(&path, bytes).with_context(|| format!("writing {}", path.display()))?;
        paths.push(path);
    }
    Ok(paths)
}
