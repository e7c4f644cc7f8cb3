//! A worker's side of the queue: claiming a shard, the heartbeat, and ending the claim (done,
//! failed, abandoned).

use super::{seconds, Queue, ShardKind, ShardState};
use crate::pg::PgConn;
use crate::sql::{args, DbError, Sql};
use crate::sqlite::sql;
use crate::Result;
use std::time::Duration;

/// A shard claimed by a worker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    pub shard: i64,
    pub kind: ShardKind,
    /// This claim's number: 1 the first time the shard is claimed.
    pub attempt: i64,
    /// The worker that holds it (host:pid).
    pub worker: String,
    /// Its files, in reading order.
    pub paths: Vec<String>,
}

/// What a worker stored from a shard, recorded with its done mark.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ShardCounts {
    pub documents: usize,
    pub skipped: usize,
    pub unreadable: usize,
    pub facts: usize,
}

/// Marks `claim`'s shard done with what it stored, on `conn` inside the transaction that stores
/// its documents (see [`crate::SqlStore::ingest_batch_then`]). False when the shard is no longer
/// this worker's to finish (its heartbeat lapsed and another worker claimed it, or it was
/// finished already): the caller rolls back, and the shard's documents are left to that worker.
pub fn finish(conn: &PgConn, claim: &Claim, counts: ShardCounts) -> Result<bool> {
    let changed = conn
        .exec(
            "UPDATE queue_shards SET state = 'done', finished_at = now(), heartbeat_at = now(), \
             documents = ?3, skipped = ?4, unreadable = ?5, facts = ?6, last_error = NULL \
             WHERE id = ?1 AND worker = ?2 AND state = 'running'",
            args![
                claim.shard,
                &claim.worker,
                counts.documents,
                counts.skipped,
                counts.unreadable,
                counts.facts
            ],
        )
        .map_err(sql(format!("marking shard {} done", claim.shard)))?;
    Ok(changed == 1)
}

impl Queue {
    /// Claims the oldest pending shard, or a running one whose heartbeat is older than
    /// `timeout` (its worker is gone), for `worker`; `None` when there is none to claim now.
    /// Such a lapsed shard that has had `max_attempts` claims already is set aside (`failed`)
    /// instead. One statement with `FOR UPDATE SKIP LOCKED`: concurrent claims never return
    /// the same shard, and none waits for another.
    pub fn claim(
        &self,
        worker: &str,
        timeout: Duration,
        max_attempts: u32,
    ) -> Result<Option<Claim>> {
        let name = &self.name;
        let timeout = seconds(timeout);
        self.conn
            .exec(
                "UPDATE queue_shards SET state = 'failed', finished_at = now(), \
                 last_error = 'its worker ' || worker || ' stopped sending heartbeats (' || attempts || ' claims made)' \
                 WHERE state = 'running' AND heartbeat_at < now() - make_interval(secs => ?1) AND attempts >= ?2",
                args![timeout, max_attempts as i64],
            )
            .map_err(sql(format!("{name}: setting aside shards of lost workers")))?;
        let row = self
            .conn
            .row(
                "UPDATE queue_shards SET state = 'running', worker = ?1, attempts = attempts + 1, \
                 claimed_at = now(), heartbeat_at = now(), finished_at = NULL, \
                 last_error = CASE WHEN state = 'running' THEN 'its worker ' || worker || ' stopped sending heartbeats' ELSE last_error END \
                 WHERE id = (SELECT id FROM queue_shards \
                             WHERE state = 'pending' OR (state = 'running' AND heartbeat_at < now() - make_interval(secs => ?2)) \
                             ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED) \
                 RETURNING id, kind, attempts",
                args![worker, timeout],
            )
            .map_err(sql(format!("{name}: claiming a shard")))?;
        let Some(row) = row else { return Ok(None) };
        let read = |e| sql(format!("{name}: reading a claimed shard"))(e);
        let shard: i64 = row.get(0).map_err(read)?;
        let kind = row.get::<String>(1).map_err(read).and_then(|k| {
            ShardKind::parse(&k).ok_or_else(|| {
                read(DbError::Column {
                    column: "kind".into(),
                    message: format!("`{k}` is not a kind of shard"),
                })
            })
        })?;
        let attempt: i64 = row.get(2).map_err(read)?;
        let paths = self
            .conn
            .rows(
                "SELECT path FROM queue_inputs WHERE shard_id = ?1 ORDER BY position",
                args![shard],
            )
            .map_err(sql(format!("{name}: reading shard {shard}")))?
            .iter()
            .map(|r| r.get::<String>(0))
            .collect::<std::result::Result<Vec<_>, _>>()
            .map_err(sql(format!("{name}: reading shard {shard}")))?;
        Ok(Some(Claim { shard, kind, attempt, worker: worker.to_string(), paths }))
    }

    /// The heartbeat: says `claim`'s worker is still at it. False when the shard is no longer
    /// its (another worker took it over, or it was ended).
    pub fn beat(&self, claim: &Claim) -> Result<bool> {
        let changed = self
            .conn
            .exec(
                "UPDATE queue_shards SET heartbeat_at = now() WHERE id = ?1 AND worker = ?2 AND state = 'running'",
                args![claim.shard, &claim.worker],
            )
            .map_err(sql(format!("{}: heartbeat of shard {}", self.name, claim.shard)))?;
        Ok(changed == 1)
    }

    /// Records why `claim`'s shard could not be stored: back to `pending` for another try, or
    /// `failed` (set aside) once it has had `max_attempts` claims. The state it is left in;
    /// `None` when it was no longer this worker's.
    pub fn fail(
        &self,
        claim: &Claim,
        error: &str,
        max_attempts: u32,
    ) -> Result<Option<ShardState>> {
        let state: Option<String> = self
            .conn
            .maybe(
                "UPDATE queue_shards SET \
                 state = CASE WHEN attempts >= ?3 THEN 'failed' ELSE 'pending' END, \
                 finished_at = CASE WHEN attempts >= ?3 THEN now() ELSE NULL END, \
                 last_error = ?4 \
                 WHERE id = ?1 AND worker = ?2 AND state = 'running' RETURNING state",
                args![claim.shard, &claim.worker, max_attempts as i64, error],
            )
            .map_err(sql(format!("{}: recording the error of shard {}", self.name, claim.shard)))?;
        Ok(state.as_deref().and_then(ShardState::parse))
    }

    /// Gives `claim`'s shard back untouched (the worker was asked to stop): pending again, and
    /// this claim not counted as an attempt.
    pub fn abandon(&self, claim: &Claim) -> Result<bool> {
        let changed = self
            .conn
            .exec(
                "UPDATE queue_shards SET state = 'pending', attempts = GREATEST(attempts - 1, 0) \
                 WHERE id = ?1 AND worker = ?2 AND state = 'running'",
                args![claim.shard, &claim.worker],
            )
            .map_err(sql(format!("{}: giving back shard {}", self.name, claim.shard)))?;
        Ok(changed == 1)
    }

    /// Puts every set-aside shard back in the queue with its attempts reset; how many.
    pub fn retry_failed(&self) -> Result<usize> {
        self.conn
            .exec(
                "UPDATE queue_shards SET state = 'pending', attempts = 0, finished_at = NULL WHERE state = 'failed'",
                &[],
            )
            .map_err(sql(format!("{}: putting failed shards back", self.name)))
    }

    /// Whether any shard is pending or running: work a worker may still get (a running shard
    /// whose worker dies is claimed again).
    pub fn has_work(&self) -> Result<bool> {
        self.conn
            .exists("SELECT 1 FROM queue_shards WHERE state IN ('pending', 'running') LIMIT 1", &[])
            .map_err(sql(format!("{}: reading the queue", self.name)))
    }
}
