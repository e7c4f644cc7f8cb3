//! The bulk write path on PostgreSQL: a batch's mentions, aliases and facts ([`Rows`]) are sent
//! with binary `COPY ... FROM STDIN` into staging tables of the session, then moved into the real
//! tables by one `INSERT ... SELECT` each, in the order they were buffered (`seq`), so identity
//! ids come out as a row-by-row ingest gives them. A row-by-row insert costs a round trip to the
//! server per row; this costs a few per batch.
//!
//! The staging tables are `TEMP` (the session's own: writers in other processes never see each
//! other's rows) and `ON COMMIT DELETE ROWS` (a batch that failed halfway leaves nothing for the
//! next); each write also empties them itself, since a batch may write several times before it
//! commits (`sqlite.rs`: before a new name's resolution reads the tables).

use crate::bulk::{AliasRow, MentionRow, NewFact, Rows};
use postgres::binary_copy::BinaryCopyInWriter;
use postgres::types::Type;
use postgres::{Client, Statement};

/// Creates the staging tables if this session lacks them (once per connection, see
/// `PgConn::bulk_insert`). `seq` is the row's place in the buffer.
pub(super) const CREATE_STAGING: &str = "
CREATE TEMP TABLE IF NOT EXISTS staged_mentions (
    seq BIGINT NOT NULL, document_id BIGINT NOT NULL, entity_id BIGINT NOT NULL,
    start BIGINT NOT NULL, \"end\" BIGINT NOT NULL
) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS staged_aliases (
    seq BIGINT NOT NULL, entity_id BIGINT NOT NULL, name TEXT NOT NULL, norm TEXT NOT NULL,
    count BIGINT NOT NULL
) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS staged_facts (
    seq BIGINT NOT NULL, type TEXT NOT NULL, subject_id BIGINT NOT NULL, object_id BIGINT,
    attrs TEXT NOT NULL, polarity TEXT NOT NULL, source TEXT, when_start TEXT, when_end TEXT,
    document_id BIGINT NOT NULL, evidence_start BIGINT NOT NULL, evidence_end BIGINT NOT NULL,
    evidence_text TEXT NOT NULL
) ON COMMIT DELETE ROWS;";

pub(super) const COPY_MENTIONS: &str =
    "COPY staged_mentions (seq, document_id, entity_id, start, \"end\") FROM STDIN (FORMAT binary)";
const MENTION_TYPES: &[Type] = &[Type::INT8; 5];

pub(super) const COPY_ALIASES: &str =
    "COPY staged_aliases (seq, entity_id, name, norm, count) FROM STDIN (FORMAT binary)";
const ALIAS_TYPES: &[Type] = &[Type::INT8, Type::INT8, Type::TEXT, Type::TEXT, Type::INT8];

pub(super) const COPY_FACTS: &str = "COPY staged_facts (seq, type, subject_id, object_id, attrs, polarity, source, when_start, when_end, \
     document_id, evidence_start, evidence_end, evidence_text) FROM STDIN (FORMAT binary)";
const FACT_TYPES: &[Type] = &[
    Type::INT8,
    Type::TEXT,
    Type::INT8,
    Type::INT8,
    Type::TEXT,
    Type::TEXT,
    Type::TEXT,
    Type::TEXT,
    Type::TEXT,
    Type::INT8,
    Type::INT8,
    Type::INT8,
    Type::TEXT,
];

const MOVE_MENTIONS: &str = "INSERT INTO mentions (document_id, entity_id, start, \"end\") \
     SELECT document_id, entity_id, start, \"end\" FROM staged_mentions ORDER BY seq; \
     DELETE FROM staged_mentions;";
// Each (entity, name) is staged once per write (`Rows` sums them), as ON CONFLICT requires.
const MOVE_ALIASES: &str = "INSERT INTO aliases (entity_id, name, norm, count) \
     SELECT entity_id, name, norm, count FROM staged_aliases ORDER BY seq \
     ON CONFLICT (entity_id, name) DO UPDATE SET count = aliases.count + EXCLUDED.count; \
     DELETE FROM staged_aliases;";
const MOVE_FACTS: &str = "INSERT INTO facts (type, subject_id, object_id, attrs, polarity, source, when_start, when_end, document_id, \
     evidence_start, evidence_end, evidence_text) \
     SELECT type, subject_id, object_id, attrs, polarity, source, when_start, when_end, document_id, \
     evidence_start, evidence_end, evidence_text FROM staged_facts ORDER BY seq; \
     DELETE FROM staged_facts;";

/// Copies the mentions into `staged_mentions` (`copy`: [`COPY_MENTIONS`] prepared).
pub(super) fn mentions(
    client: &mut Client,
    copy: &Statement,
    rows: &[MentionRow],
) -> Result<u64, postgres::Error> {
    let mut w = BinaryCopyInWriter::new(client.copy_in(copy)?, MENTION_TYPES);
    for (seq, m) in rows.iter().enumerate() {
        w.write(&[&(seq as i64), &m.document_id, &m.entity_id, &m.start, &m.end])?;
    }
    w.finish()
}

/// Copies the aliases into `staged_aliases` (`copy`: [`COPY_ALIASES`] prepared).
pub(super) fn aliases(
    client: &mut Client,
    copy: &Statement,
    rows: &[AliasRow],
) -> Result<u64, postgres::Error> {
    let mut w = BinaryCopyInWriter::new(client.copy_in(copy)?, ALIAS_TYPES);
    for (seq, a) in rows.iter().enumerate() {
        w.write(&[&(seq as i64), &a.entity_id, &a.name, &a.norm, &a.count])?;
    }
    w.finish()
}

/// Copies the facts into `staged_facts` (`copy`: [`COPY_FACTS`] prepared).
pub(super) fn facts(
    client: &mut Client,
    copy: &Statement,
    rows: &[NewFact],
) -> Result<u64, postgres::Error> {
    let mut w = BinaryCopyInWriter::new(client.copy_in(copy)?, FACT_TYPES);
    for (seq, f) in rows.iter().enumerate() {
        w.write(&[
            &(seq as i64),
            &f.fact_type.as_str(),
            &f.subject_id,
            &f.object_id,
            &f.attrs,
            &f.polarity.as_str(),
            &f.source,
            &f.when_start,
            &f.when_end,
            &f.document_id,
            &f.evidence_start,
            &f.evidence_end,
            &f.evidence_text,
        ])?;
    }
    w.finish()
}

/// The statements that move what was staged into the tables and empty the staging tables, for
/// the tables `rows` has rows for: one round trip.
pub(super) fn move_staged(rows: &Rows) -> String {
    let mut q = String::new();
    for (has_rows, moves) in [
        (!rows.mentions().is_empty(), MOVE_MENTIONS),
        (!rows.aliases().is_empty(), MOVE_ALIASES),
        (!rows.facts().is_empty(), MOVE_FACTS),
    ] {
        if has_rows {
            q.push_str(moves);
            q.push('\n');
        }
    }
    q
}
