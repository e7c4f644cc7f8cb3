//! The queue's tables. They live in PostgreSQL only (the queue needs `FOR UPDATE SKIP LOCKED`
//! and many machines), so they are not part of `schema.sql`: the PostgreSQL migration creates
//! them in a database that lacks them, a new one or one an earlier version made, without a
//! schema version of their own (a table added is all an upgrade needs).

use crate::sql::{DbResult, Sql};

const TABLES: &str = r#"
CREATE TABLE queue_shards (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('archive', 'files')),
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'running', 'done', 'failed')),
    -- Claims so far; an abandoned claim (Ctrl-C) is not counted.
    attempts BIGINT NOT NULL DEFAULT 0,
    -- host:pid of the worker that claimed it last.
    worker TEXT,
    claimed_at TIMESTAMPTZ,
    heartbeat_at TIMESTAMPTZ,
    finished_at TIMESTAMPTZ,
    -- What the done shard stored: documents added, skipped as stored already, unreadable, facts.
    documents BIGINT NOT NULL DEFAULT 0,
    skipped BIGINT NOT NULL DEFAULT 0,
    unreadable BIGINT NOT NULL DEFAULT 0,
    facts BIGINT NOT NULL DEFAULT 0,
    last_error TEXT,
    added_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX queue_shards_state ON queue_shards (state, id);
-- Every input file queued, once: adding a path again adds nothing.
CREATE TABLE queue_inputs (
    path TEXT COLLATE "C" PRIMARY KEY,
    shard_id BIGINT NOT NULL REFERENCES queue_shards (id),
    position BIGINT NOT NULL
);
CREATE INDEX queue_inputs_shard ON queue_inputs (shard_id, position);
"#;

/// Creates the queue's tables unless they exist; run by the PostgreSQL migration, under the
/// write lock, in its transaction.
pub(crate) fn create_tables(conn: &impl Sql) -> DbResult<()> {
    let exists: bool = conn.one("SELECT to_regclass('queue_shards') IS NOT NULL", &[])?;
    if !exists {
        conn.batch(TABLES)?;
    }
    Ok(())
}
