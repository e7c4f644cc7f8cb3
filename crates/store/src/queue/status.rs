//! `queue status`: where the shards are, what the done ones stored and how fast.

use super::{Queue, ShardState};
use crate::sql::{DbError, Sql, SqlRow};
use crate::sqlite::sql;
use crate::Result;
use serde::Serialize;

/// Shards in one state, with what they hold and (done ones) stored.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct StateCount {
    pub state: &'static str,
    pub shards: usize,
    /// Input files in these shards.
    pub files: usize,
    /// Documents stored, skipped as stored already, unreadable, and facts stored (done shards).
    pub documents: usize,
    pub skipped: usize,
    pub unreadable: usize,
    pub facts: usize,
}

/// A shard a worker holds now.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RunningShard {
    pub shard: i64,
    pub worker: String,
    pub attempts: i64,
    /// Seconds since it was claimed, and since its last heartbeat.
    pub running_s: f64,
    pub heartbeat_age_s: f64,
    /// Its first file.
    pub first_path: String,
    pub files: usize,
}

/// A shard set aside after too many failures, with its last error.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SetAside {
    pub shard: i64,
    pub attempts: i64,
    pub error: String,
    pub first_path: String,
    pub files: usize,
}

/// The queue as a whole.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QueueStatus {
    /// One entry per state, in the order pending, running, done, failed.
    pub states: Vec<StateCount>,
    /// Documents stored by done shards per second of the time they span: from the first claim
    /// of a shard now done to the last finish, all workers together (`None` before any is done).
    pub documents_per_second: Option<f64>,
    pub span_s: Option<f64>,
    pub running: Vec<RunningShard>,
    pub failed: Vec<SetAside>,
}

impl QueueStatus {
    /// The shards in `state`.
    pub fn count(&self, state: ShardState) -> &StateCount {
        &self.states[state as usize]
    }
}

impl Queue {
    pub fn status(&self) -> Result<QueueStatus> {
        let ctx = format!("{}: reading the queue", self.name);
        let by_state = self
            .conn
            .rows(
                "SELECT s.state, COUNT(*) AS shards, \
                 COALESCE(SUM((SELECT COUNT(*) FROM queue_inputs i WHERE i.shard_id = s.id)), 0) AS files, \
                 COALESCE(SUM(s.documents), 0), COALESCE(SUM(s.skipped), 0), \
                 COALESCE(SUM(s.unreadable), 0), COALESCE(SUM(s.facts), 0) \
                 FROM queue_shards s GROUP BY s.state",
                &[],
            )
            .map_err(sql(&ctx))?;
        let mut states: Vec<StateCount> = ShardState::ALL
            .iter()
            .map(|s| StateCount { state: s.as_str(), ..StateCount::default() })
            .collect();
        let read = |r: &SqlRow, states: &mut Vec<StateCount>| -> std::result::Result<(), DbError> {
            let state: String = r.get(0)?;
            if let Some(s) = ShardState::parse(&state) {
                let c = &mut states[s as usize];
                c.shards = r.get(1)?;
                c.files = r.get(2)?;
                c.documents = r.get(3)?;
                c.skipped = r.get(4)?;
                c.unreadable = r.get(5)?;
                c.facts = r.get(6)?;
            }
            Ok(())
        };
        for r in &by_state {
            read(r, &mut states).map_err(sql(&ctx))?;
        }
        let span: Option<f64> = self
            .conn
            .maybe(
                "SELECT CAST(EXTRACT(EPOCH FROM MAX(finished_at) - MIN(claimed_at)) AS DOUBLE PRECISION) \
                 FROM queue_shards WHERE state = 'done'",
                &[],
            )
            .map_err(sql(&ctx))?
            .flatten();
        let done = states[ShardState::Done as usize].documents as f64;
        let documents_per_second = span.filter(|s| *s > 0.0).map(|s| done / s);
        let running = self
            .conn
            .rows(
                "SELECT s.id, s.worker, s.attempts, \
                 CAST(EXTRACT(EPOCH FROM now() - s.claimed_at) AS DOUBLE PRECISION), \
                 CAST(EXTRACT(EPOCH FROM now() - s.heartbeat_at) AS DOUBLE PRECISION), \
                 (SELECT i.path FROM queue_inputs i WHERE i.shard_id = s.id ORDER BY i.position LIMIT 1), \
                 (SELECT COUNT(*) FROM queue_inputs i WHERE i.shard_id = s.id) \
                 FROM queue_shards s WHERE s.state = 'running' ORDER BY s.id",
                &[],
            )
            .map_err(sql(&ctx))?
            .iter()
            .map(|r| {
                Ok(RunningShard {
                    shard: r.get(0)?,
                    worker: r.get::<Option<String>>(1)?.unwrap_or_default(),
                    attempts: r.get(2)?,
                    running_s: r.get(3)?,
                    heartbeat_age_s: r.get(4)?,
                    first_path: r.get::<Option<String>>(5)?.unwrap_or_default(),
                    files: r.get(6)?,
                })
            })
            .collect::<std::result::Result<Vec<_>, DbError>>()
            .map_err(sql(&ctx))?;
        let failed = self
            .conn
            .rows(
                "SELECT s.id, s.attempts, s.last_error, \
                 (SELECT i.path FROM queue_inputs i WHERE i.shard_id = s.id ORDER BY i.position LIMIT 1), \
                 (SELECT COUNT(*) FROM queue_inputs i WHERE i.shard_id = s.id) \
                 FROM queue_shards s WHERE s.state = 'failed' ORDER BY s.id",
                &[],
            )
            .map_err(sql(&ctx))?
            .iter()
            .map(|r| {
                Ok(SetAside {
                    shard: r.get(0)?,
                    attempts: r.get(1)?,
                    error: r.get::<Option<String>>(2)?.unwrap_or_default(),
                    first_path: r.get::<Option<String>>(3)?.unwrap_or_default(),
                    files: r.get(4)?,
                })
            })
            .collect::<std::result::Result<Vec<_>, DbError>>()
            .map_err(sql(&ctx))?;
        Ok(QueueStatus { states, documents_per_second, span_s: span, running, failed })
    }
}
