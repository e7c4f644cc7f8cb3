//! One module per subcommand. Each has an `Args` (clap) and a `run` returning the exit code.

pub mod conflicts;
pub mod demo;
pub mod eval;
pub mod export;
pub mod extract;
pub mod facts;
pub mod group;
pub mod ingest;
pub mod kb;
pub mod serve;

use allegiance_store::SqliteStore;
use anyhow::{bail, Context, Result};

use crate::Cli;

/// Opens the database the query commands read; a missing file is an error, not a new empty store.
pub fn open_store(cli: &Cli) -> Result<SqliteStore> {
    let db = cli.db_path("allegiance.db");
    if !db.exists() {
        bail!(
            "no database at {} (run `allegiance ingest PATH...` first, or pass --db FILE; `allegiance demo` makes demo.db)",
            db.display()
        );
    }
    SqliteStore::open(&db).with_context(|| format!("opening the database {}", db.display()))
}
