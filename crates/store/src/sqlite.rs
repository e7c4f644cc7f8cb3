//! The embedded backend: one SQLite file in WAL mode.

use crate::model::*;
use crate::{content_hash, Result, Store, StoreError};
use allegiance_extract::normalize::norm_name;
use allegiance_extract::{Entity, Extraction};
use allegiance_read::Document;
use rusqlite::{params, Connection, OptionalExtension, Row};
use std::collections::HashMap;
use std::path::Path;

const SCHEMA_VERSION: i64 = 1;
const SCHEMA: &str = include_str!("schema.sql");

pub struct SqliteStore {
    conn: Connection,
    path: String,
}

fn sql(context: impl Into<String>) -> impl FnOnce(rusqlite::Error) -> StoreError {
    let context = context.into();
    move |source| StoreError::Sqlite { context, source }
}

impl SqliteStore {
    /// Opens (creating if needed) the database file at `path`.
    pub fn open(path: &Path) -> Result<SqliteStore> {
        let name = path.display().to_string();
        let conn = Connection::open(path).map_err(sql(format!("opening {name}")))?;
        Self::setup(conn, name)
    }

    pub fn open_in_memory() -> Result<SqliteStore> {
        let conn = Connection::open_in_memory().map_err(sql("opening an in-memory database"))?;
        Self::setup(conn, ":memory:".into())
    }

    fn setup(conn: Connection, path: String) -> Result<SqliteStore> {
        let not_db = |e: rusqlite::Error| StoreError::NotADatabase { path: path.clone(), message: e.to_string() };
        conn.busy_timeout(std::time::Duration::from_secs(30)).map_err(not_db)?;
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(not_db)?;
        conn.execute_batch("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;").map_err(not_db)?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::TooNew { path, found: version, supported: SCHEMA_VERSION });
        }
        if version == 0 {
            let tables: i64 = conn
                .query_row("SELECT count(*) FROM sqlite_master WHERE type = 'table'", [], |r| r.get(0))
                .map_err(not_db)?;
            if tables > 0 {
                return Err(StoreError::NotADatabase { path, message: "it holds tables but no allegiance schema".into() });
            }
            let tx = format!("BEGIN; {SCHEMA} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;");
            conn.execute_batch(&tx).map_err(sql(format!("{path}: creating the schema")))?;
        }
        Ok(SqliteStore { conn, path })
    }

    fn entity_id(tx: &rusqlite::Transaction, e: &Entity, cache: &mut HashMap<String, i64>, created: &mut usize) -> Result<i64> {
        let key = match &e.kb {
            // A group seen under a former name keeps its own row, so that a rename reads from one
            // to the other; the kb id links them.
            Some(kb) if e.former_name => format!("kb:{kb}@{}", norm_name(&e.name)),
            Some(kb) => format!("kb:{kb}"),
            _ => format!("{}:{}", e.kind.as_str(), norm_name(&e.name)),
        };
        if let Some(&id) = cache.get(&key) {
            return Ok(id);
        }
        let existing: Option<i64> = tx
            .query_row("SELECT id FROM entities WHERE key = ?1", [&key], |r| r.get(0))
            .optional()
            .map_err(sql("looking up an entity"))?;
        let id = match existing {
            Some(id) => id,
            None => {
                tx.prepare_cached("INSERT INTO entities (key, kind, name, kb_id) VALUES (?1, ?2, ?3, ?4)")
                    .and_then(|mut s| s.execute(params![key, e.kind.as_str(), e.name, e.kb]))
                    .map_err(sql("adding an entity"))?;
                *created += 1;
                tx.last_insert_rowid()
            }
        };
        cache.insert(key, id);
        Ok(id)
    }
}


fn fact_row(r: &Row) -> rusqlite::Result<FactRow> {
    let attrs: String = r.get("attrs")?;
    let when_start: Option<String> = r.get("when_start")?;
    let when_end: Option<String> = r.get("when_end")?;
    Ok(FactRow {
        id: r.get("id")?,
        fact_type: r.get("type")?,
        subject: r.get("subject")?,
        object: r.get("object")?,
        attrs: serde_json::from_str(&attrs).unwrap_or(serde_json::Value::Null),
        when: (when_start.is_some() || when_end.is_some()).then_some(When { start: when_start, end: when_end }),
        source: r.get("source")?,
        polarity: r.get("polarity")?,
        evidence: Evidence { start: r.get::<_, i64>("evidence_start")? as usize, end: r.get::<_, i64>("evidence_end")? as usize, text: r.get("evidence_text")? },
        doc: r.get("doc")?,
        title: r.get("title")?,
        published: r.get("published")?,
        subject_id: r.get("subject_id")?,
        object_id: r.get("object_id")?,
        document_id: r.get("document_id")?,
    })
}

const FACT_SELECT: &str = "SELECT f.id, f.type, s.name AS subject, o.name AS object, f.attrs, f.when_start, f.when_end, \
     f.source, f.polarity, f.evidence_start, f.evidence_end, f.evidence_text, d.doc, d.title, d.published, \
     f.subject_id, f.object_id, f.document_id \
     FROM facts f JOIN entities s ON s.id = f.subject_id LEFT JOIN entities o ON o.id = f.object_id \
     JOIN documents d ON d.id = f.document_id";

impl SqliteStore {
    fn entity_ids_named(&self, name: &str) -> Result<Vec<i64>> {
        Ok(self.find_entities(name)?.into_iter().map(|e| e.id).collect())
    }

    fn facts_where(&self, clause: &str, args: &[&dyn rusqlite::ToSql]) -> Result<Vec<FactRow>> {
        let q = format!("{FACT_SELECT} WHERE {clause} ORDER BY COALESCE(f.when_start, d.published), f.id");
        let mut stmt = self.conn.prepare_cached(&q).map_err(sql("querying facts"))?;
        let rows = stmt.query_map(args, fact_row).map_err(sql("querying facts"))?;
        rows.collect::<rusqlite::Result<Vec<_>>>().map_err(sql("reading facts"))
    }
}

impl Store for SqliteStore {
    fn ingest_batch(&mut self, batch: &[(Document, Extraction)]) -> Result<IngestReport> {
        let mut report = IngestReport::default();
        let path = self.path.clone();
        let tx = self.conn.transaction().map_err(sql(format!("{path}: starting a batch")))?;
        let now = chrono::Utc::now().to_rfc3339();
        let mut cache: HashMap<String, i64> = HashMap::new();
        for (doc, ex) in batch {
            let hash = content_hash(doc);
            let added = tx
                .prepare_cached(
                    "INSERT OR IGNORE INTO documents (content_hash, doc, path, url, title, publisher, published, text, ingested_at) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                )
                .and_then(|mut s| s.execute(params![hash, doc.doc, doc.path, doc.url, doc.title, doc.publisher, doc.published, doc.text, now]))
                .map_err(sql(format!("storing {}", doc.doc)))?;
            if added == 0 {
                report.skipped += 1;
                continue;
            }
            report.documents += 1;
            let doc_id = tx.last_insert_rowid();
            let mut ids: HashMap<&str, i64> = HashMap::new();
            for e in &ex.entities {
                let id = Self::entity_id(&tx, e, &mut cache, &mut report.entities)?;
                ids.insert(e.id.as_str(), id);
                for m in &e.mentions {
                    tx.prepare_cached(
                        "INSERT INTO aliases (entity_id, name, norm, count) VALUES (?1, ?2, ?3, 1) \
                         ON CONFLICT(entity_id, name) DO UPDATE SET count = count + 1",
                    )
                    .and_then(|mut s| s.execute(params![id, m, norm_name(m)]))
                    .map_err(sql("recording an alias"))?;
                }
                for span in &e.spans {
                    tx.prepare_cached("INSERT INTO mentions (document_id, entity_id, start, \"end\") VALUES (?1, ?2, ?3, ?4)")
                        .and_then(|mut s| s.execute(params![doc_id, id, span.start as i64, span.end as i64]))
                        .map_err(sql("recording a mention"))?;
                }
            }
            for f in &ex.facts {
                let Some(&s) = ids.get(f.subject.as_str()) else { continue };
                let mut o = f.object.as_deref().and_then(|o| ids.get(o).copied());
                let mut s = s;
                // Symmetric relations are stored one way round so that claims fold them together.
                if f.fact_type.is_symmetric() {
                    if let Some(ov) = o {
                        if ov < s {
                            (s, o) = (ov, Some(s));
                        }
                    }
                }
                let attrs = serde_json::to_string(&f.attrs).map_err(|source| StoreError::Json { context: "encoding attrs".into(), source })?;
                tx.prepare_cached(
                    "INSERT INTO facts (type, subject_id, object_id, attrs, polarity, source, when_start, when_end, document_id, \
                     evidence_start, evidence_end, evidence_text) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                )
                .and_then(|mut st| {
                    st.execute(params![
                        f.fact_type.as_str(),
                        s,
                        o,
                        attrs,
                        f.polarity.as_str(),
                        f.source,
                        f.when.as_ref().and_then(|w| w.start.clone()),
                        f.when.as_ref().and_then(|w| w.end.clone()),
                        doc_id,
                        f.evidence.start as i64,
                        f.evidence.end as i64,
                        f.evidence.text
                    ])
                })
                .map_err(sql("storing a fact"))?;
                report.facts += 1;
            }
        }
        tx.commit().map_err(sql(format!("{path}: committing a batch")))?;
        Ok(report)
    }

    fn has_document(&self, hash: &str) -> Result<bool> {
        self.conn
            .prepare_cached("SELECT 1 FROM documents WHERE content_hash = ?1")
            .and_then(|mut s| s.exists([hash]))
            .map_err(sql("looking up a document"))
    }

    fn find_entities(&self, name: &str) -> Result<Vec<EntityRow>> {
        let norm = norm_name(name);
        let q = "SELECT e.id, e.kind, e.name, e.kb_id, SUM(a.count) AS n FROM aliases a JOIN entities e ON e.id = a.entity_id \
                 WHERE a.norm = ?1 GROUP BY e.id ORDER BY (e.kind = 'group') DESC, n DESC";
        let mut stmt = self.conn.prepare_cached(q).map_err(sql("finding entities"))?;
        let map = |r: &Row| -> rusqlite::Result<EntityRow> { Ok(EntityRow { id: r.get(0)?, kind: r.get(1)?, name: r.get(2)?, kb: r.get(3)? }) };
        let mut rows: Vec<EntityRow> = stmt.query_map([&norm], map).map_err(sql("finding entities"))?.collect::<rusqlite::Result<_>>().map_err(sql("finding entities"))?;
        if rows.is_empty() {
            // A knowledge-base id names its entity directly.
            let mut stmt = self.conn.prepare_cached("SELECT id, kind, name, kb_id FROM entities WHERE kb_id = ?1 ORDER BY id").map_err(sql("finding entities"))?;
            rows = stmt.query_map([name], map).map_err(sql("finding entities"))?.collect::<rusqlite::Result<_>>().map_err(sql("finding entities"))?;
        }
        if rows.is_empty() {
            let mut stmt = self
                .conn
                .prepare_cached(
                    "SELECT e.id, e.kind, e.name, e.kb_id, SUM(a.count) AS n FROM aliases a JOIN entities e ON e.id = a.entity_id \
                     WHERE a.norm LIKE ?1 ESCAPE '\\' GROUP BY e.id ORDER BY (e.kind = 'group') DESC, n DESC LIMIT 20",
                )
                .map_err(sql("finding entities"))?;
            let like = format!("{}%", norm.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"));
            rows = stmt.query_map([&like], map).map_err(sql("finding entities"))?.collect::<rusqlite::Result<_>>().map_err(sql("finding entities"))?;
        }
        Ok(rows)
    }

    fn group_profile(&self, name: &str) -> Result<Option<GroupProfile>> {
        let Some(e) = self.find_entities(name)?.into_iter().find(|e| e.kind == "group") else { return Ok(None) };
        let id = e.id;
        let mut stmt = self
            .conn
            .prepare_cached("SELECT name, count FROM aliases WHERE entity_id = ?1 ORDER BY count DESC, name")
            .map_err(sql("reading names"))?;
        let names = stmt
            .query_map([id], |r| Ok(NameSeen { name: r.get(0)?, count: r.get(1)? }))
            .map_err(sql("reading names"))?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(sql("reading names"))?;
        let out = |t: &str| self.facts_where("f.subject_id = ?1 AND f.type = ?2", &[&id, &t]);
        let inn = |t: &str| self.facts_where("f.object_id = ?1 AND f.type = ?2", &[&id, &t]);
        let both = |t: &str| self.facts_where("(f.subject_id = ?1 OR f.object_id = ?1) AND f.type = ?2", &[&id, &t]);
        Ok(Some(GroupProfile {
            id,
            name: e.name,
            kind: e.kind,
            kb: e.kb,
            names,
            parents: out("branch_of")?,
            branches: inn("branch_of")?,
            pledges_out: out("pledge")?,
            pledges_in: inn("pledge")?,
            leaders: inn("leader_of")?,
            founders: inn("founder_of")?,
            members: inn("member_of")?,
            splits: both("splinter_of")?,
            renames: out("renamed")?,
            mergers: both("merged_into")?,
            allies: both("ally_of")?,
            rivals: both("rival_of")?,
            designations: out("designated")?,
            strength: out("strength")?,
            areas: out("presence")?,
            attacks: out("attack")?,
        }))
    }

    fn facts(&self, filter: &FactFilter) -> Result<Vec<FactRow>> {
        let mut clauses = vec!["1 = 1".to_string()];
        let mut args: Vec<Box<dyn rusqlite::ToSql>> = Vec::new();
        if let Some(t) = filter.fact_type {
            args.push(Box::new(t.as_str().to_string()));
            clauses.push(format!("f.type = ?{}", args.len()));
        }
        for (name, column) in [(&filter.subject, "f.subject_id"), (&filter.object, "f.object_id")] {
            if let Some(n) = name {
                let ids = self.entity_ids_named(n)?;
                if ids.is_empty() {
                    return Ok(Vec::new());
                }
                clauses.push(format!("{column} IN ({})", ids.iter().map(|i| i.to_string()).collect::<Vec<_>>().join(",")));
            }
        }
        if let Some(since) = &filter.since {
            args.push(Box::new(since.clone()));
            clauses.push(format!("COALESCE(f.when_end, f.when_start, d.published) >= ?{}", args.len()));
        }
        if let Some(until) = &filter.until {
            args.push(Box::new(format!("{until}\u{10FFFF}")));
            clauses.push(format!("COALESCE(f.when_start, f.when_end, d.published) <= ?{}", args.len()));
        }
        let mut clause = clauses.join(" AND ");
        if let Some(limit) = filter.limit {
            clause = format!("{clause} ORDER BY f.id LIMIT {limit} -- ");
            let q = format!("{FACT_SELECT} WHERE {clause}");
            let mut stmt = self.conn.prepare(&q).map_err(sql("querying facts"))?;
            let refs: Vec<&dyn rusqlite::ToSql> = args.iter().map(|a| a.as_ref()).collect();
            let rows = stmt.query_map(refs.as_slice(), fact_row).map_err(sql("querying facts"))?;
            return rows.collect::<rusqlite::Result<Vec<_>>>().map_err(sql("reading facts"));
        }
        let refs: Vec<&dyn rusqlite::ToSql> = args.iter().map(|a| a.as_ref()).collect();
        self.facts_where(&clause, &refs)
    }

    fn claims(&self, filter: &FactFilter) -> Result<Vec<ClaimRow>> {
        let mut q = "SELECT c.type, s.name, o.name, c.min, c.max, c.documents, c.sources, c.polarities, c.first_published, c.last_published \
                     FROM claims c JOIN entities s ON s.id = c.subject_id LEFT JOIN entities o ON o.id = c.object_id WHERE 1 = 1"
            .to_string();
        if let Some(t) = filter.fact_type {
            q.push_str(&format!(" AND c.type = '{}'", t.as_str()));
        }
        if let Some(n) = &filter.subject {
            let ids = self.entity_ids_named(n)?;
            if ids.is_empty() {
                return Ok(Vec::new());
            }
            q.push_str(&format!(" AND c.subject_id IN ({})", ids.iter().map(|i| i.to_string()).collect::<Vec<_>>().join(",")));
        }
        q.push_str(" ORDER BY c.documents DESC, c.type");
        if let Some(limit) = filter.limit {
            q.push_str(&format!(" LIMIT {limit}"));
        }
        let mut stmt = self.conn.prepare(&q).map_err(sql("querying claims"))?;
        let split = |s: Option<String>| s.map(|s| s.split(',').map(str::to_string).collect()).unwrap_or_default();
        let rows = stmt
            .query_map([], |r| {
                Ok(ClaimRow {
                    fact_type: r.get(0)?,
                    subject: r.get(1)?,
                    object: r.get(2)?,
                    min: r.get(3)?,
                    max: r.get(4)?,
                    documents: r.get::<_, i64>(5)? as usize,
                    sources: split(r.get(6)?),
                    polarities: split(r.get(7)?),
                    first_published: r.get(8)?,
                    last_published: r.get(9)?,
                })
            })
            .map_err(sql("querying claims"))?;
        rows.collect::<rusqlite::Result<Vec<_>>>().map_err(sql("reading claims"))
    }

    fn counts(&self) -> Result<StoreCounts> {
        let n = |q: &str| -> Result<usize> { self.conn.query_row(q, [], |r| r.get::<_, i64>(0)).map(|v| v as usize).map_err(sql("counting")) };
        Ok(StoreCounts {
            documents: n("SELECT count(*) FROM documents")?,
            entities: n("SELECT count(*) FROM entities")?,
            facts: n("SELECT count(*) FROM facts")?,
            claims: n("SELECT count(*) FROM claims")?,
        })
    }
}
