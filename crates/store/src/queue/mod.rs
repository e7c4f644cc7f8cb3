//! The work queue: shards of input (files, folders, WARC and JSONL files) that any number of
//! `allegiance work` processes, on any number of machines, take from one PostgreSQL database.
//!
//! There is no coordinator: PostgreSQL hands out the work. A worker claims a shard with
//! `FOR UPDATE SKIP LOCKED` (two workers never get the same one), keeps a heartbeat on it from
//! a connection of its own, and stores the shard's documents together with the shard's "done"
//! mark in one transaction ([`crate::SqlStore::ingest_batch_then`] with [`finish`]). A shard
//! whose heartbeat is older than the claim timeout (its worker was killed, its machine lost) is
//! claimed again; the done mark requires the claiming worker, so a slow worker whose shard was
//! taken over stores nothing. A shard that fails `max_attempts` times is set aside (`failed`)
//! with its error. Times are the database's clock (`now()`), so machines need not agree on
//! theirs. The tables (`tables.rs`) exist in PostgreSQL only; SQLite has no queue.

mod add;
mod claim;
mod status;
mod tables;

pub use add::{group_into_shards, Added, NewShard};
pub use claim::{finish, Claim, ShardCounts};
pub use status::{QueueStatus, RunningShard, SetAside, StateCount};
pub(crate) use tables::create_tables;

use crate::pg::{PgConn, PgStore};
use crate::Result;
use std::time::Duration;

/// What a shard holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShardKind {
    /// One JSONL or WARC file (possibly gzipped): many documents.
    Archive,
    /// Article files (text, HTML) from one folder.
    Files,
}

impl ShardKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ShardKind::Archive => "archive",
            ShardKind::Files => "files",
        }
    }

    pub fn parse(s: &str) -> Option<ShardKind> {
        [ShardKind::Archive, ShardKind::Files].into_iter().find(|k| k.as_str() == s)
    }
}

/// Where a shard is in its life: `pending` → `running` → `done`, or back to `pending` after an
/// error, or `failed` (set aside) after too many.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ShardState {
    Pending,
    Running,
    Done,
    Failed,
}

impl ShardState {
    pub const ALL: [ShardState; 4] =
        [ShardState::Pending, ShardState::Running, ShardState::Done, ShardState::Failed];

    pub fn as_str(self) -> &'static str {
        match self {
            ShardState::Pending => "pending",
            ShardState::Running => "running",
            ShardState::Done => "done",
            ShardState::Failed => "failed",
        }
    }

    pub fn parse(s: &str) -> Option<ShardState> {
        ShardState::ALL.into_iter().find(|st| st.as_str() == s)
    }
}

/// The queue of one PostgreSQL database, on a connection of its own.
pub struct Queue {
    conn: PgConn,
    name: String,
}

impl Queue {
    /// Connects to the database `url` names, creating the store's schema and the queue's tables
    /// when missing (as [`PgStore::open`] does).
    pub fn open(url: &str) -> Result<Queue> {
        let store = PgStore::open(url)?;
        Ok(Queue { name: store.path.clone(), conn: store.conn })
    }

    /// The database, as it may be shown (no password).
    pub fn name(&self) -> &str {
        &self.name
    }
}

/// Seconds as PostgreSQL's `make_interval(secs => ...)` takes them.
fn seconds(d: Duration) -> f64 {
    d.as_secs_f64()
}
