//! What the commands need from the global flags (`--db`, `--kb`, `--threads`, `--quiet`,
//! `--max-file-size`), read once from the command line in `main.rs`; the commands and the pipeline
//! never see the clap structs.

use std::path::PathBuf;

use allegiance_extract::Extractor;
use allegiance_kb::{Kb, KbProblem};
use allegiance_read::ReadOptions;
use allegiance_store::{AnyStore, DbLocation};
use anyhow::{bail, Context as _, Result};

/// The database the commands use when `--db` is not given (`demo` has its own, [`DEMO_DB`]).
pub const DEFAULT_DB: &str = "allegiance.db";
/// The database `allegiance demo` fills when `--db` is not given.
pub const DEMO_DB: &str = "demo.db";

/// The most worker threads `--threads` accepts, and the most used when it is not given. Each is a
/// thread with its own stack (and, for `serve`, a tokio worker): tens of thousands of them abort
/// the process when the system refuses to spawn more, and no machine this runs on has more cores.
pub const MAX_THREADS: usize = 256;

/// The `--threads` parser: a usage error naming the flag and the range outside 1..=[`MAX_THREADS`].
pub fn threads_in_range() -> clap::builder::RangedU64ValueParser<usize> {
    clap::builder::RangedU64ValueParser::<usize>::new().range(1..=MAX_THREADS as u64)
}

/// The global options, as every command sees them.
#[derive(Debug, Clone)]
pub struct Context {
    /// `--db`, when given; see [`Context::db_path`].
    pub db: Option<PathBuf>,
    /// `--kb` files, in the order given: each adds to or overrides the built-in knowledge base.
    pub kb_files: Vec<PathBuf>,
    /// `--threads`, when given (1 to [`MAX_THREADS`]).
    pub threads: Option<usize>,
    /// `--quiet`: no progress, warnings or summaries on stderr.
    pub quiet: bool,
    /// Input size limits (`--max-file-size`).
    pub read: ReadOptions,
}

impl Context {
    /// The database path: `--db`, else `default`.
    pub fn db_path(&self, default: &str) -> PathBuf {
        self.db.clone().unwrap_or_else(|| PathBuf::from(default))
    }

    /// The database every command but `demo` uses: `--db`, else [`DEFAULT_DB`].
    pub fn db(&self) -> PathBuf {
        self.db_path(DEFAULT_DB)
    }

    /// Where the store is, by `--db` (else `default`): a `postgres://` or `postgresql://` URL is
    /// a PostgreSQL database, anything else a SQLite file.
    pub fn location(&self, default: &str) -> DbLocation {
        DbLocation::parse(&self.db_path(default).to_string_lossy())
    }

    /// How the database every command but `demo` uses may be shown (a URL without password).
    pub fn db_shown(&self) -> String {
        self.location(DEFAULT_DB).display()
    }

    /// The PostgreSQL database the work queue lives in (`--db postgres://...`), or the usage
    /// error to print when `--db` names a SQLite file: the queue needs PostgreSQL.
    pub fn queue_url(&self) -> std::result::Result<String, String> {
        match self.location(DEFAULT_DB) {
            DbLocation::Postgres(url) => Ok(url),
            DbLocation::Sqlite(path) => Err(format!(
                "the work queue needs PostgreSQL, and {} is a SQLite file: pass --db postgres://USER@HOST/DB (or --db postgres:// with PGHOST and the other PG* variables set; see README, \"Team setup with PostgreSQL\")",
                path.display()
            )),
        }
    }

    /// Opens the database the query commands read; a missing SQLite file is an error, not a new
    /// empty store.
    pub fn open_store(&self) -> Result<AnyStore> {
        let location = self.location(DEFAULT_DB);
        if let DbLocation::Sqlite(db) = &location {
            if !db.exists() {
                bail!(
                    "no database at {} (run `allegiance ingest PATH...` first, or pass --db FILE; `allegiance demo` makes demo.db)",
                    db.display()
                );
            }
        }
        open_store_at(&location)
    }

    /// The built-in knowledge base plus every `--kb` file, in order; a file with errors (see
    /// `kb check`) is refused.
    pub fn load_kb(&self) -> Result<Kb> {
        let mut kb = Kb::builtin().context("loading the built-in knowledge base")?;
        for file in &self.kb_files {
            // The error names the file (and the line) already.
            kb.add_file(file)?;
        }
        Ok(kb)
    }

    /// The built-in knowledge base plus every `--kb` file, loaded whatever their problems (for
    /// `kb check` to list them all), and the ids a file gives twice.
    pub fn load_kb_unchecked(&self) -> Result<(Kb, Vec<KbProblem>)> {
        let mut kb = Kb::builtin().context("loading the built-in knowledge base")?;
        let mut twice = Vec::new();
        for file in &self.kb_files {
            twice.extend(kb.load_file(file)?);
        }
        Ok((kb, twice))
    }

    /// An extractor over [`Context::load_kb`].
    pub fn extractor(&self) -> Result<Extractor> {
        Ok(Extractor::new(&self.load_kb()?))
    }

    /// Extraction workers: `--threads`, else one per core (at most [`MAX_THREADS`]).
    pub fn workers(&self) -> usize {
        self.threads.unwrap_or_else(|| {
            std::thread::available_parallelism().map_or(1, |n| n.get().min(MAX_THREADS))
        })
    }
}

/// Input limits for `--max-file-size MIB`: a whole file may be that large, one JSONL line or WARC
/// record an eighth of it (but never under 1 MiB).
pub fn read_limits(max_file_mib: u64) -> ReadOptions {
    let bytes = max_file_mib.max(1) << 20;
    ReadOptions {
        max_file_bytes: bytes,
        max_record_bytes: (bytes / 8).max(1 << 20),
        ..ReadOptions::default()
    }
}

/// Opens (or creates) the store at `location`: a SQLite file or a PostgreSQL database. The
/// store's errors name the file or the URL already.
pub fn open_store_at(location: &DbLocation) -> Result<AnyStore> {
    Ok(AnyStore::open(location)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_may_be_an_eighth_of_a_file_but_not_under_a_mebibyte() {
        let limits = read_limits(64);
        assert_eq!(limits.max_file_bytes, 64 << 20);
        assert_eq!(limits.max_record_bytes, 8 << 20);
        let small = read_limits(2);
        assert_eq!(small.max_record_bytes, 1 << 20);
        assert_eq!(read_limits(0).max_file_bytes, 1 << 20, "0 MiB means the smallest limit");
    }
}
