//! The store over any [`Sql`] database ([`SqlStore`]: ingest, the fact and claim queries), and
//! its embedded backend, [`SqliteStore`]: one SQLite file in WAL mode (opening, migrations).
//!
//! Every batch is one transaction, so a process killed mid-ingest leaves whole batches only and a
//! rerun completes the input by skipping the documents whose content hash is stored. Statements are
//! prepared once per connection (`prepare_cached`), and entity keys resolved in earlier batches are
//! remembered, so ingest costs a handful of index lookups and inserts per document. A batch's
//! mentions, aliases and facts are buffered ([`bulk`]) and written together: on PostgreSQL by
//! `COPY` (`pg/copy.rs`), not one round trip per row.

use crate::aggregate::{Conflict, ConflictFilter, StrengthPoint};
use crate::bulk;
use crate::group_facts::GroupFacts;
use crate::neardup::Signature;
use crate::newnames::{self, PlaceCountries};
use crate::profile::{GroupProfile, NameSeen};
use crate::rows::*;
use crate::schema::{claims_view, SCHEMA, SCHEMA_VERSION, SYMMETRIC_TYPES};
use crate::sql::{args, Arg, DbError, Sql, SqlRow};
use crate::stored::Stored;
use crate::{content_hash, copies, Result, Store, StoreError};
use allegiance_model::{
    norm_name, DocumentHeader, Entity, EntityKind, Evidence, Extraction, Polarity, When,
};
use allegiance_read::Document;
use rusqlite::{params, Connection, Transaction, TransactionBehavior};
use std::collections::HashMap;
use std::path::Path;

/// Writes the buffered rows of a batch ([`bulk`]) and empties the buffer.
fn write_rows<C: Sql>(tx: &C, path: &str, rows: &mut bulk::Rows) -> Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    tx.bulk_insert(rows).map_err(sql(format!(
        "{path}: storing {} mentions, {} names and {} facts",
        rows.mentions().len(),
        rows.aliases().len(),
        rows.facts().len()
    )))?;
    rows.clear();
    Ok(())
}

/// Remembered entity keys beyond this many are forgotten (the index answers them instead).
const ENTITY_CACHE_MAX: usize = 200_000;

/// The store on a database `C` speaks to ([`Sql`]): every query and the ingest are written once,
/// for both backends.
pub struct SqlStore<C> {
    pub(crate) conn: C,
    pub(crate) path: String,
    /// Entity key → id for entities committed by earlier batches.
    pub(crate) entity_ids: HashMap<String, i64>,
    /// Countries of knowledge-base places, for telling same-named new groups apart.
    pub(crate) place_countries: PlaceCountries,
    /// The near-duplicate banding index, built at the first batch stored.
    pub(crate) band_index: Option<copies::BandIndex>,
}

/// The embedded backend: [`SqlStore`] on a SQLite connection.
pub type SqliteStore = SqlStore<Connection>;

/// A database error with what the store was doing: `.map_err(sql("reading facts"))`.
pub(crate) fn sql<E: Into<DbError>>(context: impl Into<String>) -> impl FnOnce(E) -> StoreError {
    let context = context.into();
    move |source| StoreError::Database { context, source: source.into() }
}

/// The key that identifies an entity across documents.
fn entity_key(e: &Entity) -> String {
    match &e.kb {
        // A group seen under a former name keeps its own row, so that a rename reads from one
        // to the other; the kb id links them.
        Some(kb) if e.former_name => format!("kb:{kb}@{}", norm_name(&e.name)),
        Some(kb) => format!("kb:{kb}"),
        None => format!("{}:{}", e.kind.as_str(), norm_name(&e.name)),
    }
}

impl SqliteStore {
    /// Opens the database file at `path`, creating it (and the schema) if needed and upgrading an
    /// older schema. A file that is not SQLite, a SQLite database of some other program, or one
    /// written by a newer allegiance is refused with an error naming the file.
    pub fn open(path: &Path) -> Result<SqliteStore> {
        let name = path.display().to_string();
        let conn = Connection::open(path).map_err(sql(format!("{name}: opening the database")))?;
        Self::setup(conn, name)
    }

    /// A private database in memory (tests, `extract`-only runs).
    pub fn open_in_memory() -> Result<SqliteStore> {
        let conn = Connection::open_in_memory().map_err(sql("opening an in-memory database"))?;
        Self::setup(conn, ":memory:".into())
    }

    /// The schema version of the open database (after any upgrade: [`SCHEMA_VERSION`]).
    pub fn schema_version(&self) -> Result<i64> {
        self.conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(sql(format!("{}: reading the schema version", self.path)))
    }

    /// The underlying connection, for read-only ad-hoc queries (exports, tests).
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    fn setup(mut conn: Connection, path: String) -> Result<SqliteStore> {
        let not_db = |e: rusqlite::Error| StoreError::NotADatabase {
            path: path.clone(),
            message: e.to_string(),
        };
        conn.busy_timeout(std::time::Duration::from_secs(30)).map_err(not_db)?;
        // The first read of the file: a file that is not SQLite fails here.
        let version: i64 =
            conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(not_db)?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::TooNew { path, found: version, supported: SCHEMA_VERSION });
        }
        conn.execute_batch("PRAGMA foreign_keys=ON;").map_err(not_db)?;
        // WAL needs a file; an in-memory database answers "memory" and stays so.
        let _mode: String =
            conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0)).map_err(not_db)?;
        // A larger page cache keeps the indexes in memory as the database grows (64 MiB).
        conn.execute_batch("PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY; PRAGMA wal_autocheckpoint=8192;").map_err(not_db)?;
        if version < SCHEMA_VERSION {
            Self::migrate(&mut conn, &path)?;
        }
        conn.set_prepared_statement_cache_capacity(64);
        Ok(SqliteStore {
            conn,
            path,
            entity_ids: HashMap::new(),
            place_countries: PlaceCountries::default(),
            band_index: None,
        })
    }

    /// Brings the schema to [`SCHEMA_VERSION`] in one transaction (another process opening the same
    /// new file at the same time waits, then finds it done).
    fn migrate(conn: &mut Connection, path: &str) -> Result<()> {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(sql(
            format!("{path}: locking the database to create or upgrade its schema"),
        ))?;
        let version: i64 = tx
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(sql(format!("{path}: reading the schema version")))?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::TooNew {
                path: path.into(),
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        match version {
            0 => {
                let objects: i64 = tx
                    .query_row(
                        "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'",
                        [],
                        |r| r.get(0),
                    )
                    .map_err(sql(format!("{path}: reading the schema")))?;
                if objects > 0 {
                    return Err(StoreError::NotADatabase {
                        path: path.into(),
                        message: "a SQLite database of some other program (it holds tables but no allegiance schema version)".into(),
                    });
                }
                tx.execute_batch(&SCHEMA).map_err(sql(format!("{path}: creating the schema")))?;
            }
            _ => {
                // Each step brings the schema one version up; the claims view, which reads columns
                // of several versions, is dropped first and recreated once at the end.
                tx.execute_batch("DROP VIEW IF EXISTS claims;")
                    .map_err(sql(format!("{path}: upgrading the schema")))?;
                if version <= 1 {
                    Self::migrate_1_to_2(&tx).map_err(sql(format!(
                        "{path}: upgrading the schema from version 1 to 2"
                    )))?;
                }
                if version <= 2 {
                    crate::upgrade::migrate_2_to_3(&tx).map_err(sql(format!(
                        "{path}: upgrading the schema from version 2 to 3"
                    )))?;
                }
                if version <= 3 {
                    crate::judgements::migrate_3_to_4(&tx).map_err(sql(format!(
                        "{path}: upgrading the schema from version 3 to 4"
                    )))?;
                }
                tx.execute_batch(claims_view())
                    .map_err(sql(format!("{path}: recreating the claims view")))?;
            }
        }
        tx.execute_batch(&format!("PRAGMA user_version = {SCHEMA_VERSION};"))
            .map_err(sql(format!("{path}: recording the schema version")))?;
        tx.commit().map_err(sql(format!("{path}: committing the schema")))
    }

    /// Version 2 added `entities.norm_name` and `former_name` (with indexes), the mentions-by-document
    /// index, and unit, fact count and document ids to the claims view (symmetric relations folded).
    fn migrate_1_to_2(tx: &Transaction) -> rusqlite::Result<()> {
        tx.execute_batch(
            "ALTER TABLE entities ADD COLUMN norm_name TEXT NOT NULL DEFAULT '';
             ALTER TABLE entities ADD COLUMN former_name INTEGER NOT NULL DEFAULT 0;
             UPDATE entities SET former_name = 1 WHERE key LIKE 'kb:%@%';
             CREATE INDEX entities_norm ON entities(norm_name);
             CREATE INDEX entities_kb ON entities(kb_id);
             CREATE INDEX IF NOT EXISTS mentions_document ON mentions(document_id);",
        )?;
        let names: Vec<(i64, String)> = {
            let mut st = tx.prepare("SELECT id, name FROM entities")?;
            let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let mut st = tx.prepare("UPDATE entities SET norm_name = ?2 WHERE id = ?1")?;
        for (id, name) in names {
            st.execute(params![id, norm_name(&name)])?;
        }
        Ok(())
    }
}

impl<C: Sql> SqlStore<C> {
    /// Where this store was opened from: the file (":memory:" for an in-memory one), or the
    /// PostgreSQL URL without its password.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The countries of knowledge-base places (from the KB the articles were extracted with):
    /// lets ingest tell apart same-named groups the KB lacks by the countries they are tied to.
    pub fn set_place_countries(&mut self, countries: PlaceCountries) {
        self.place_countries = countries;
    }

    /// Groups and people the knowledge base lacks, named in at least `min_documents` articles,
    /// most often named first: candidates for `allegiance kb suggest`.
    pub fn unknown_entities(&self, min_documents: usize) -> Result<Vec<UnknownEntity>> {
        let ctx = format!("{}: listing unknown entities", self.path);
        let rows = self
            .conn
            .rows(
                "SELECT e.kind, e.name, COUNT(DISTINCT m.document_id) AS docs, \
                 (SELECT group_concat(a.name, '|') FROM aliases a WHERE a.entity_id = e.id) AS names \
                 FROM entities e JOIN mentions m ON m.entity_id = e.id \
                 WHERE e.kb_id IS NULL AND e.kind IN ('group', 'person') \
                 GROUP BY e.id HAVING COUNT(DISTINCT m.document_id) >= ?1 ORDER BY docs DESC, e.name, e.id",
                args![min_documents],
            )
            .map_err(sql(&ctx))?;
        let read = |r: &SqlRow| -> std::result::Result<UnknownEntity, DbError> {
            let names: Option<String> = r.get(3)?;
            Ok(UnknownEntity {
                kind: r.get::<Stored<EntityKind>>(0)?.0,
                name: r.get(1)?,
                documents: r.get(2)?,
                // In byte order, the order of SQLite's alias index (PostgreSQL promises none).
                names: names
                    .map(|n| {
                        let mut names: Vec<String> = n.split('|').map(str::to_string).collect();
                        names.sort_unstable();
                        names
                    })
                    .unwrap_or_default(),
            })
        };
        rows.iter().map(read).collect::<std::result::Result<Vec<_>, _>>().map_err(sql(ctx))
    }

    /// The key of a stored entity (see `DumpEntity::key`), or `None` when there is no such id.
    pub fn entity_key(&self, id: i64) -> Result<Option<String>> {
        self.conn
            .maybe("SELECT key FROM entities WHERE id = ?1", args![id])
            .map_err(sql(format!("{}: reading entity {id}", self.path)))
    }

    /// Stores one batch inside the transaction [`Store::ingest_batch`] opened.
    fn ingest_in_transaction(
        &mut self,
        batch: &[(Document, Extraction)],
        report: &mut IngestReport,
        created: &mut HashMap<String, i64>,
    ) -> Result<()> {
        let path = self.path.clone();
        let now = chrono::Utc::now().to_rfc3339();
        // The index holds committed documents only: brought up to date here, inside the batch's
        // lock, with what this and other processes stored since.
        let index = match self.band_index.take() {
            Some(mut index) => index.refresh(&self.conn).map(|_| index),
            None => copies::BandIndex::load(&self.conn),
        }
        .map_err(sql(format!("{path}: reading the signatures of stored documents")))?;
        let mut pending = copies::Pending::default();
        let mut rows = bulk::Rows::default();
        let mut stored = Ok(());
        for (doc, ex) in batch {
            stored = Self::ingest_one(
                &self.conn,
                &path,
                &now,
                doc,
                ex,
                &self.entity_ids,
                created,
                report,
                &self.place_countries,
                &index,
                &mut pending,
                &mut rows,
            );
            if stored.is_err() {
                break;
            }
        }
        self.band_index = Some(index);
        stored?;
        write_rows(&self.conn, &path, &mut rows)
    }

    /// Stores `batch` as [`Store::ingest_batch`] does, then runs `then` on the same connection
    /// inside the same write transaction, with what the batch stored: the batch and whatever
    /// `then` writes are committed together, or not at all. When `then` answers false (or
    /// fails), the transaction is rolled back and nothing of the batch is kept: `Ok(None)`.
    /// The work queue marks a shard done this way (`queue::Queue::finish`).
    pub fn ingest_batch_then(
        &mut self,
        batch: &[(Document, Extraction)],
        then: impl FnOnce(&C, &IngestReport) -> Result<bool>,
    ) -> Result<Option<IngestReport>> {
        let mut report = IngestReport::default();
        let path = self.path.clone();
        let mut created: HashMap<String, i64> = HashMap::new();
        self.conn.begin_write().map_err(sql(format!("{path}: starting a batch")))?;
        let stored = self
            .ingest_in_transaction(batch, &mut report, &mut created)
            .and_then(|()| then(&self.conn, &report));
        match stored {
            Ok(true) => {}
            Ok(false) => {
                // The banding index holds committed documents only: nothing to undo there.
                self.conn.rollback().map_err(sql(format!("{path}: rolling back a batch")))?;
                return Ok(None);
            }
            Err(e) => {
                // The batch's error is the one to report; a failed rollback leaves nothing behind
                // either (the transaction ends with the connection).
                let _ = self.conn.rollback();
                return Err(e);
            }
        }
        self.conn
            .commit()
            .map_err(sql(format!("{path}: committing a batch of {} documents", batch.len())))?;
        // Only ids of committed rows are remembered: a failed batch's would point nowhere.
        if self.entity_ids.len() + created.len() > ENTITY_CACHE_MAX {
            self.entity_ids.clear();
        }
        self.entity_ids.extend(created);
        Ok(Some(report))
    }

    fn entity_id(
        tx: &C,
        path: &str,
        e: &Entity,
        known: &HashMap<String, i64>,
        batch: &mut HashMap<String, i64>,
        created: &mut usize,
    ) -> Result<i64> {
        let key = entity_key(e);
        if let Some(&id) = known.get(&key).or_else(|| batch.get(&key)) {
            return Ok(id);
        }
        let existing: Option<i64> = tx
            .maybe("SELECT id FROM entities WHERE key = ?1", args![&key])
            .map_err(sql(format!("{path}: looking up the entity {}", e.name)))?;
        let id = match existing {
            Some(id) => id,
            None => {
                let id = tx
                    .insert_id(
                        "INSERT INTO entities (key, kind, name, norm_name, kb_id, former_name) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                        args![&key, e.kind.as_str(), &e.name, &norm_name(&e.name), &e.kb, e.former_name],
                    )
                    .map_err(sql(format!("{path}: adding the entity {}", e.name)))?;
                *created += 1;
                id
            }
        };
        batch.insert(key, id);
        Ok(id)
    }

    #[allow(clippy::too_many_arguments)]
    fn ingest_one(
        tx: &C,
        path: &str,
        now: &str,
        doc: &Document,
        ex: &Extraction,
        known: &HashMap<String, i64>,
        batch: &mut HashMap<String, i64>,
        report: &mut IngestReport,
        countries: &PlaceCountries,
        index: &copies::BandIndex,
        pending: &mut copies::Pending,
        rows: &mut bulk::Rows,
    ) -> Result<()> {
        let ctx = |what: &str| format!("{path}: {what} of {}", doc.header.doc);
        let hash = content_hash(doc);
        if tx
            .exists("SELECT 1 FROM documents WHERE content_hash = ?1", args![&hash])
            .map_err(sql(ctx("looking up the document")))?
        {
            report.skipped += 1;
            return Ok(());
        }
        // Its near-duplicate cluster, found among the documents stored before it.
        let signature = Signature::of(&doc.text);
        let placement = match &signature {
            Some(sig) => Some(
                copies::place(tx, index, pending, sig, &doc.text)
                    .map_err(sql(ctx("looking for stored copies")))?,
            ),
            None => None,
        };
        let h = &doc.header;
        let doc_id = tx
            .insert_id(
                "INSERT INTO documents (content_hash, doc, path, url, title, publisher, published, text, ingested_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                args![&hash, &h.doc, &h.path, &h.url, &h.title, &h.publisher, &h.published, &doc.text, now],
            )
            .map_err(sql(ctx("storing the document")))?;
        report.documents += 1;
        if let (Some(sig), Some(placement)) = (&signature, &placement) {
            copies::record(tx, pending, doc_id, sig, placement)
                .map_err(sql(ctx("recording the document's signature")))?;
            if placement.cluster.is_some() {
                report.copies += 1;
            }
        }
        let contexts = if ex.entities.iter().any(newnames::is_new_group) {
            newnames::contexts(doc, ex, countries)
        } else {
            HashMap::new()
        };
        let mut ids: HashMap<&str, i64> = HashMap::with_capacity(ex.entities.len());
        for e in &ex.entities {
            let id = if newnames::is_new_group(e) {
                let norm = norm_name(&e.name);
                let new_use = newnames::NewUse {
                    document_id: doc_id,
                    doc_key: &hash,
                    kind: e.kind.as_str(),
                    context: contexts.get(&norm).cloned().unwrap_or_default(),
                    norm,
                    name: &e.name,
                    names: distinct_mentions(e),
                };
                if new_use.reads_stored_rows() {
                    // It may move earlier documents' rows, buffered ones too: written first.
                    write_rows(tx, path, rows)?;
                }
                newnames::resolve(tx, new_use, &mut report.entities).map_err(sql(format!(
                    "{path}: resolving the group {} of {}",
                    e.name, doc.header.doc
                )))?
            } else {
                Self::entity_id(tx, path, e, known, batch, &mut report.entities)?
            };
            ids.insert(e.id.as_str(), id);
            let mut seen: Vec<&str> = Vec::with_capacity(e.mentions.len());
            for m in &e.mentions {
                if m.trim().is_empty() || seen.contains(&m.as_str()) {
                    continue;
                }
                seen.push(m.as_str());
                rows.add_alias(id, m, || norm_name(m));
            }
            for span in &e.spans {
                rows.add_mention(bulk::MentionRow {
                    document_id: doc_id,
                    entity_id: id,
                    start: span.start as i64,
                    end: span.end as i64,
                });
            }
        }
        for f in &ex.facts {
            // A fact naming an entity the extraction does not list cannot be placed: left out.
            let Some(&s) = ids.get(f.subject.as_str()) else { continue };
            let o = match f.object.as_deref() {
                Some(o) => match ids.get(o) {
                    Some(&o) => Some(o),
                    None => continue,
                },
                None => None,
            };
            let attrs = serde_json::to_string(&f.attrs).map_err(|source| StoreError::Json {
                context: ctx("encoding a fact's attrs"),
                source,
            })?;
            let when_start = f.when.as_ref().and_then(|w| w.start).map(|d| d.to_string());
            let when_end = f.when.as_ref().and_then(|w| w.end).map(|d| d.to_string());
            rows.add_fact(bulk::NewFact {
                fact_type: f.fact_type,
                subject_id: s,
                object_id: o,
                attrs,
                polarity: f.polarity,
                source: f.source.clone(),
                when_start,
                when_end,
                document_id: doc_id,
                evidence_start: f.evidence.start as i64,
                evidence_end: f.evidence.end as i64,
                evidence_text: f.evidence.text.clone(),
            });
            report.facts += 1;
        }
        Ok(())
    }

    /// Entities a filter name stands for: the exact (normalised) matches, or failing those the
    /// prefix matches.
    pub(crate) fn resolve(&self, name: &str) -> Result<Vec<i64>> {
        let found = self.find_entities(name)?;
        let exact: Vec<i64> = found.iter().filter(|e| e.exact).map(|e| e.id).collect();
        Ok(if exact.is_empty() { found.into_iter().map(|e| e.id).collect() } else { exact })
    }

    pub(crate) fn query_facts(
        &self,
        clause: &str,
        args: &[Arg],
        limit: Option<usize>,
    ) -> Result<Vec<FactRow>> {
        let mut q = format!("{FACT_SELECT} WHERE {clause} ORDER BY {FACT_ORDER}");
        if let Some(limit) = limit {
            q.push_str(&format!(" LIMIT {limit}"));
        }
        let ctx = format!("{}: querying facts", self.path);
        let rows = self.conn.rows(&q, args).map_err(sql(ctx.clone()))?;
        rows.into_iter().map(fact_row).collect::<std::result::Result<Vec<_>, _>>().map_err(sql(ctx))
    }

    /// The profile of one stored group entity (`group_profile` after choosing it; the web UI by id).
    pub(crate) fn profile_of(&self, e: EntityRow, limit: Option<usize>) -> Result<GroupProfile> {
        let id = e.id;
        let ctx = format!("{}: reading the names of {}", self.path, e.name);
        // Its own names, then those of rows for the same kb entry seen under former names.
        let rows = self
            .conn
            .rows(
                "SELECT a.name, SUM(a.count) AS n, CASE WHEN e.id != ?1 THEN 1 ELSE 0 END AS former \
                 FROM aliases a JOIN entities e ON e.id = a.entity_id \
                 WHERE e.id = ?1 OR (CAST(?2 AS TEXT) IS NOT NULL AND e.kb_id = ?2 AND e.former_name = 1) \
                 GROUP BY a.name, former ORDER BY former, n DESC, a.name",
                args![id, &e.kb],
            )
            .map_err(sql(ctx.clone()))?;
        let names = rows
            .iter()
            .map(|r| Ok(NameSeen { name: r.get(0)?, count: r.get(1)?, former: r.get(2)? }))
            .collect::<std::result::Result<Vec<_>, DbError>>()
            .map_err(sql(ctx))?;
        // Every fact (aggregates folded from them here), or each list's latest with the
        // aggregates already folded from all.
        let (lists, latest) = match limit {
            None => {
                let GroupFacts { lists, clusters } = self.group_facts(id)?;
                (lists, Err(clusters))
            }
            Some(n) => {
                let mut latest = self.latest_facts(id, n)?;
                (std::mem::take(&mut latest.lists), Ok(latest))
            }
        };
        let [parents, branches, pledges_out, pledges_in, leaders, founders, members, splits, renames, mergers, allies, rivals, designations, strength, areas, attacks] =
            lists;
        let mut profile = GroupProfile {
            id,
            name: e.name,
            kind: e.kind,
            kb: e.kb,
            names,
            limit,
            totals: Default::default(),
            parents,
            branches,
            pledges_out,
            pledges_in,
            leaders,
            founders,
            members,
            splits,
            renames,
            mergers,
            allies,
            rivals,
            designations,
            strength,
            areas,
            attacks,
            strength_series: Vec::new(),
            conflicts: Vec::new(),
            look_alikes: Vec::new(),
        };
        profile.keep_latest(None);
        match latest {
            Err(clusters) => self.add_aggregates(&mut profile, &clusters)?,
            Ok(latest) => {
                for (name, total) in crate::profile::LIST_NAMES.iter().zip(latest.totals) {
                    profile.totals.insert(name.to_string(), total);
                }
                profile.limit = limit;
                profile.strength_series = latest.strength_series;
                profile.conflicts = latest.conflicts;
                profile.look_alikes = self.look_alikes_of(profile.id)?;
            }
        }
        Ok(profile)
    }
}

/// A document's header from six columns starting at `first`: doc, path, url, title, publisher,
/// published (the order of the `documents` table).
pub(crate) fn header(r: &SqlRow, first: usize) -> std::result::Result<DocumentHeader, DbError> {
    Ok(DocumentHeader {
        doc: r.get(first)?,
        path: r.get(first + 1)?,
        url: r.get(first + 2)?,
        title: r.get(first + 3)?,
        publisher: r.get(first + 4)?,
        published: r.get(first + 5)?,
    })
}

/// An entity's surface forms in one document, each once, in order.
fn distinct_mentions(e: &Entity) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(e.mentions.len());
    for m in &e.mentions {
        if !m.trim().is_empty() && !out.contains(m) {
            out.push(m.clone());
        }
    }
    out
}

pub(crate) fn fact_row(mut r: SqlRow) -> std::result::Result<FactRow, DbError> {
    let article = FactArticle {
        doc: r.take("doc")?,
        title: r.take("title")?,
        publisher: r.take("publisher")?,
        url: r.take("url")?,
        published: r.take("published")?,
    };
    fact_in_article(r, article)
}

/// The columns of a fact's article that a [`FactRow`] shows.
#[derive(Debug, Clone)]
pub(crate) struct FactArticle {
    pub doc: String,
    pub title: Option<String>,
    pub publisher: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
}

/// A fact from the `facts` columns of [`FACT_SELECT`] (and its entities' names), in its article.
pub(crate) fn fact_in_article(
    mut r: SqlRow,
    article: FactArticle,
) -> std::result::Result<FactRow, DbError> {
    let attrs: String = r.take("attrs")?;
    let when_start: Option<Stored<_>> = r.get("when_start")?;
    let when_end: Option<Stored<_>> = r.get("when_end")?;
    Ok(FactRow {
        id: r.get("id")?,
        fact_type: r.get::<Stored<_>>("type")?.0,
        subject: r.take("subject")?,
        object: r.take("object")?,
        // Attributes were written from typed ones; text that is not (a hand-edited database)
        // reads as none.
        attrs: serde_json::from_str(&attrs).unwrap_or_default(),
        when: (when_start.is_some() || when_end.is_some())
            .then(|| When { start: when_start.map(|d| d.0), end: when_end.map(|d| d.0) }),
        source: r.take("source")?,
        polarity: r.get::<Stored<_>>("polarity")?.0,
        evidence: Evidence {
            start: r.get::<i64>("evidence_start")? as usize,
            end: r.get::<i64>("evidence_end")? as usize,
            text: r.take("evidence_text")?,
        },
        doc: article.doc,
        title: article.title,
        publisher: article.publisher,
        url: article.url,
        published: article.published,
        subject_id: r.get("subject_id")?,
        object_id: r.get("object_id")?,
        document_id: r.get("document_id")?,
        review: None,
    })
}

/// The order of every list of facts: by date (of the fact, else of its article), undated first
/// (`group_facts.rs` sorts by the same key in Rust).
pub(crate) const FACT_ORDER: &str =
    "COALESCE(f.when_start, f.when_end, d.published) NULLS FIRST, f.id";

pub(crate) const FACT_SELECT: &str = "SELECT f.id, f.type, s.name AS subject, o.name AS object, f.attrs, f.when_start, f.when_end, \
     f.source, f.polarity, f.evidence_start, f.evidence_end, f.evidence_text, d.doc, d.title, d.publisher, d.url, d.published, \
     f.subject_id, f.object_id, f.document_id \
     FROM facts f JOIN entities s ON s.id = f.subject_id LEFT JOIN entities o ON o.id = f.object_id \
     JOIN documents d ON d.id = f.document_id";

pub(crate) fn id_list(ids: &[i64]) -> String {
    ids.iter().map(|i| i.to_string()).collect::<Vec<_>>().join(",")
}

/// `LIKE`-free prefix range for an indexed text column: `col >= p AND col < p || U+10FFFF`.
pub(crate) fn prefix_upper(p: &str) -> String {
    format!("{p}\u{10FFFF}")
}

impl<C: Sql> Store for SqlStore<C> {
    fn ingest_batch(&mut self, batch: &[(Document, Extraction)]) -> Result<IngestReport> {
        // `then` always answers yes, so the batch is always committed (or an error).
        self.ingest_batch_then(batch, |_, _| Ok(true)).map(Option::unwrap_or_default)
    }

    fn has_document(&self, hash: &str) -> Result<bool> {
        self.conn
            .exists("SELECT 1 FROM documents WHERE content_hash = ?1", args![hash])
            .map_err(sql(format!("{}: looking up a document", self.path)))
    }

    fn find_entities(&self, name: &str) -> Result<Vec<EntityRow>> {
        let norm = norm_name(name);
        let ctx = format!("{}: finding entities named {name:?}", self.path);
        // Candidates: alias or canonical name equal to the normalised query or starting with it,
        // or a knowledge-base id given as is. Exact first; groups, current names and the most
        // mentioned before others.
        let q = "WITH hits(id, exact) AS (
                     SELECT entity_id, CASE WHEN norm = ?1 THEN 1 ELSE 0 END FROM aliases WHERE norm >= ?1 AND norm < ?2
                     UNION ALL SELECT id, CASE WHEN norm_name = ?1 THEN 1 ELSE 0 END FROM entities WHERE norm_name >= ?1 AND norm_name < ?2
                     UNION ALL SELECT id, 1 FROM entities WHERE kb_id = ?3
                     UNION ALL SELECT id, 1 FROM entities WHERE key = ?3
                 ), best(id, exact) AS (SELECT id, MAX(exact) FROM hits GROUP BY id)
                 SELECT e.id, e.kind, e.name, e.kb_id, e.former_name, b.exact,
                        (SELECT COALESCE(SUM(count), 0) FROM aliases a WHERE a.entity_id = e.id) AS n
                 FROM best b JOIN entities e ON e.id = b.id
                 ORDER BY b.exact DESC, (e.kind = 'group') DESC, e.former_name, n DESC, e.id
                 LIMIT 50";
        if norm.is_empty() {
            // Nothing to match on but possibly a kb id ("islamic-state" normalises to words anyway).
            return Ok(Vec::new());
        }
        let upper = prefix_upper(&norm);
        let rows =
            self.conn.rows(q, args![&norm, &upper, name.trim()]).map_err(sql(ctx.clone()))?;
        rows.iter()
            .map(|r| {
                Ok(EntityRow {
                    id: r.get(0)?,
                    kind: r.get::<Stored<_>>(1)?.0,
                    name: r.get(2)?,
                    kb: r.get(3)?,
                    former_name: r.get(4)?,
                    exact: r.get(5)?,
                    mentions: r.get(6)?,
                })
            })
            .collect::<std::result::Result<Vec<_>, DbError>>()
            .map_err(sql(ctx))
    }

    fn group_profile_latest(
        &self,
        name: &str,
        limit: Option<usize>,
    ) -> Result<Option<GroupProfile>> {
        let Some(e) = self.find_group(name)? else { return Ok(None) };
        self.profile_of(e, limit).map(Some)
    }

    fn facts(&self, filter: &FactFilter) -> Result<Vec<FactRow>> {
        let mut clauses = vec!["1 = 1".to_string()];
        let until = filter.until.as_deref().map(prefix_upper);
        let mut args: Vec<Arg> = Vec::new();
        if let Some(t) = filter.fact_type {
            args.push(Arg::Text(t.as_str()));
            clauses.push(format!("f.type = ?{}", args.len()));
        }
        if let Some(n) = &filter.subject {
            let ids = self.resolve(n)?;
            if ids.is_empty() {
                return Ok(Vec::new());
            }
            let (l, symmetric) = (id_list(&ids), SYMMETRIC_TYPES.as_str());
            clauses.push(format!(
                "(f.subject_id IN ({l}) OR (f.type IN {symmetric} AND f.object_id IN ({l})))"
            ));
        }
        if let Some(n) = &filter.object {
            let ids = self.resolve(n)?;
            if ids.is_empty() {
                return Ok(Vec::new());
            }
            let (l, symmetric) = (id_list(&ids), SYMMETRIC_TYPES.as_str());
            clauses.push(format!(
                "(f.object_id IN ({l}) OR (f.type IN {symmetric} AND f.subject_id IN ({l})))"
            ));
        }
        if let Some(since) = &filter.since {
            args.push(Arg::Text(since));
            let n = args.len();
            clauses.push(format!(
                "COALESCE(f.when_end, f.when_start, d.published) >= substr(?{n}, 1, length(COALESCE(f.when_end, f.when_start, d.published)))"
            ));
        }
        if let Some(until) = &until {
            args.push(Arg::Text(until));
            clauses.push(format!(
                "COALESCE(f.when_start, f.when_end, d.published) <= ?{}",
                args.len()
            ));
        }
        self.query_facts(&clauses.join(" AND "), &args, filter.limit)
    }

    fn claims(&self, filter: &FactFilter) -> Result<Vec<ClaimRow>> {
        let mut q = "SELECT c.type, s.name, o.name, c.min, c.max, c.unit, c.facts, c.documents, c.document_ids, c.sources, \
                     c.polarities, c.first_published, c.last_published, c.reports \
                     FROM claims c JOIN entities s ON s.id = c.subject_id LEFT JOIN entities o ON o.id = c.object_id WHERE 1 = 1"
            .to_string();
        let until = filter.until.as_deref().map(prefix_upper);
        let mut args: Vec<Arg> = Vec::new();
        if let Some(t) = filter.fact_type {
            args.push(Arg::Text(t.as_str()));
            q.push_str(&format!(" AND c.type = ?{}", args.len()));
        }
        for (name, col, other) in [
            (&filter.subject, "c.subject_id", "c.object_id"),
            (&filter.object, "c.object_id", "c.subject_id"),
        ] {
            if let Some(n) = name {
                let ids = self.resolve(n)?;
                if ids.is_empty() {
                    return Ok(Vec::new());
                }
                let (l, symmetric) = (id_list(&ids), SYMMETRIC_TYPES.as_str());
                q.push_str(&format!(
                    " AND ({col} IN ({l}) OR (c.type IN {symmetric} AND {other} IN ({l})))"
                ));
            }
        }
        if let Some(since) = &filter.since {
            args.push(Arg::Text(since));
            q.push_str(&format!(
                " AND c.last_published >= substr(?{}, 1, length(c.last_published))",
                args.len()
            ));
        }
        if let Some(until) = &until {
            args.push(Arg::Text(until));
            q.push_str(&format!(" AND c.first_published <= ?{}", args.len()));
        }
        // Undated and object-less first, as SQLite sorts NULL (PostgreSQL needs telling); claims
        // alike in all that (a strength's figures) by their figures.
        q.push_str(
            " ORDER BY c.reports DESC, c.documents DESC, c.type, s.name, o.name NULLS FIRST, \
             c.subject_id, c.object_id NULLS FIRST, c.min NULLS FIRST, c.max NULLS FIRST, c.unit NULLS FIRST",
        );
        if let Some(limit) = filter.limit {
            q.push_str(&format!(" LIMIT {limit}"));
        }
        let ctx = format!("{}: querying claims", self.path);
        let rows = self.conn.rows(&q, &args).map_err(sql(ctx.clone()))?;
        // Each value once, where it first appears (SQLite's DISTINCT keeps that order already;
        // PostgreSQL's view lists every fact's value in fact order, see `schema::POSTGRES_SPELLING`).
        fn first_seen<T: PartialEq>(values: Vec<T>) -> Vec<T> {
            let mut out: Vec<T> = Vec::with_capacity(values.len());
            for v in values {
                if !out.contains(&v) {
                    out.push(v);
                }
            }
            out
        }
        fn strings(json: String) -> Vec<String> {
            let v: Vec<Option<String>> = serde_json::from_str(&json).unwrap_or_default();
            first_seen(v.into_iter().flatten().collect())
        }
        fn ids(json: String) -> Vec<i64> {
            first_seen(serde_json::from_str(&json).unwrap_or_default())
        }
        let mut claims = rows
            .iter()
            .map(|r| {
                Ok(ClaimRow {
                    fact_type: r.get::<Stored<_>>(0)?.0,
                    subject: r.get(1)?,
                    object: r.get(2)?,
                    min: r.get(3)?,
                    max: r.get(4)?,
                    unit: r.get(5)?,
                    facts: r.get::<i64>(6)? as usize,
                    documents: r.get::<i64>(7)? as usize,
                    document_ids: ids(r.get(8)?),
                    sources: strings(r.get(9)?),
                    polarities: strings(r.get(10)?)
                        .iter()
                        .filter_map(|p| Polarity::parse(p))
                        .collect(),
                    first_published: r.get(11)?,
                    last_published: r.get(12)?,
                    reports: r.get::<i64>(13)? as usize,
                    articles: Vec::new(),
                })
            })
            .collect::<std::result::Result<Vec<_>, DbError>>()
            .map_err(sql(ctx))?;
        self.add_articles(&mut claims)?;
        Ok(claims)
    }

    fn find_group(&self, name: &str) -> Result<Option<EntityRow>> {
        let found = self.find_entities(name)?;
        let best = found
            .iter()
            .filter(|e| e.kind == EntityKind::Group)
            .find(|e| e.exact)
            .or_else(|| found.iter().find(|e| e.kind == EntityKind::Group));
        Ok(best.cloned())
    }

    fn strength_series(&self, name: &str) -> Result<Option<Vec<StrengthPoint>>> {
        let Some(group) = self.find_group(name)? else { return Ok(None) };
        self.strength_series_of(group.id).map(Some)
    }

    fn conflicts(&self, filter: &ConflictFilter) -> Result<Vec<Conflict>> {
        let group = match &filter.group {
            Some(name) => match self.find_group(name)? {
                Some(g) => Some(g.id),
                None => return Ok(Vec::new()),
            },
            None => None,
        };
        self.conflicts_of(group, &filter.kinds)
    }

    fn counts(&self) -> Result<StoreCounts> {
        let n = |table: &str| -> Result<usize> {
            self.conn
                .one::<usize>(&format!("SELECT count(*) FROM {table}"), &[])
                .map_err(sql(format!("{}: counting {table}", self.path)))
        };
        Ok(StoreCounts {
            documents: n("documents")?,
            entities: n("entities")?,
            aliases: n("aliases")?,
            mentions: n("mentions")?,
            facts: n("facts")?,
            claims: n("claims")?,
            copies: n("signatures WHERE cluster_id != document_id")?,
        })
    }
}
