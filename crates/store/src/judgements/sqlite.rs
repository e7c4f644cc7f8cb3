//! Judgements in SQLite: one row each in `judgements`, the whole judgement as JSON beside the
//! columns a person filters by.

use std::collections::HashMap;

use rusqlite::{params, OptionalExtension, Transaction};

use super::{Added, Catalogue, CatalogueDocument, CatalogueEntity, Judgement, JudgementStore};
use crate::sqlite::sql;
use crate::stored::Stored;
use crate::{Result, SqliteStore, StoreError};

/// The step from schema version 3 to 4: the `judgements` table as schema.sql creates it.
pub(crate) fn migrate_3_to_4(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(&crate::schema::table("judgements"))
}

impl SqliteStore {
    fn judgement_json(&self, j: &Judgement) -> Result<String> {
        serde_json::to_string(j).map_err(|source| StoreError::Json {
            context: format!("{}: writing judgement {}", self.path(), j.id),
            source,
        })
    }
}

impl JudgementStore for SqliteStore {
    fn add_judgement(&mut self, j: &Judgement) -> Result<Added> {
        let ctx = format!("{}: storing judgement {}", self.path(), j.id);
        let exists: bool = self
            .connection()
            .prepare_cached("SELECT 1 FROM judgements WHERE id = ?1")
            .and_then(|mut s| s.exists([&j.id]))
            .map_err(sql(&ctx))?;
        if exists {
            return Ok(Added::AlreadyThere);
        }
        if let Some(other) = self.judgements()?.into_iter().find(|o| j.contradicts(o)) {
            return Ok(Added::Contradicts(Box::new(other)));
        }
        let json = self.judgement_json(j)?;
        self.connection()
            .execute(
                "INSERT INTO judgements (id, kind, author, at, note, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![j.id, j.verdict.kind(), j.author, j.at, j.note, json],
            )
            .map_err(sql(&ctx))?;
        Ok(Added::New)
    }

    fn judgements(&self) -> Result<Vec<Judgement>> {
        let ctx = format!("{}: reading judgements", self.path());
        let mut st = self
            .connection()
            .prepare_cached("SELECT id, body FROM judgements ORDER BY at, id")
            .map_err(sql(&ctx))?;
        let rows = st
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
            .map_err(sql(&ctx))?;
        let mut out = Vec::new();
        for row in rows {
            let (id, body) = row.map_err(sql(&ctx))?;
            let j = serde_json::from_str(&body).map_err(|source| StoreError::Json {
                context: format!("{}: judgement {id}", self.path()),
                source,
            })?;
            out.push(j);
        }
        Ok(out)
    }

    fn remove_judgement(&mut self, id: &str) -> Result<bool> {
        let n = self
            .connection()
            .execute("DELETE FROM judgements WHERE id = ?1", [id])
            .map_err(sql(format!("{}: removing judgement {id}", self.path())))?;
        Ok(n > 0)
    }

    fn catalogue(&self) -> Result<Catalogue> {
        let conn = self.connection();
        let ctx = format!("{}: reading documents and entities for judgements", self.path());
        let mut documents = HashMap::new();
        {
            let mut st = conn
                .prepare("SELECT d.id, d.content_hash, COALESCE(s.cluster_id, d.id) FROM documents d LEFT JOIN signatures s ON s.document_id = d.id")
                .map_err(sql(&ctx))?;
            let rows = st
                .query_map([], |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        CatalogueDocument { content_hash: r.get(1)?, cluster: r.get(2)? },
                    ))
                })
                .map_err(sql(&ctx))?;
            for row in rows {
                let (id, d) = row.map_err(sql(&ctx))?;
                documents.insert(id, d);
            }
        }
        let mut names: HashMap<i64, Vec<String>> = HashMap::new();
        {
            let mut st = conn
                .prepare("SELECT entity_id, name FROM aliases ORDER BY entity_id, count DESC, name")
                .map_err(sql(&ctx))?;
            let rows = st
                .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))
                .map_err(sql(&ctx))?;
            for row in rows {
                let (id, name) = row.map_err(sql(&ctx))?;
                names.entry(id).or_default().push(name);
            }
        }
        let mut st = conn
            .prepare("SELECT id, key, kind, name, kb_id, former_name FROM entities ORDER BY id")
            .map_err(sql(&ctx))?;
        let rows = st
            .query_map([], |r| {
                Ok(CatalogueEntity {
                    id: r.get(0)?,
                    key: r.get(1)?,
                    kind: r.get::<_, Stored<_>>(2)?.0,
                    name: r.get(3)?,
                    kb: r.get(4)?,
                    former_name: r.get(5)?,
                    names: Vec::new(),
                })
            })
            .map_err(sql(&ctx))?;
        let mut entities = rows.collect::<rusqlite::Result<Vec<_>>>().map_err(sql(&ctx))?;
        for e in &mut entities {
            e.names = names.remove(&e.id).unwrap_or_default();
        }
        Ok(Catalogue::new(documents, entities))
    }
}

impl SqliteStore {
    /// One judgement by id.
    pub fn judgement(&self, id: &str) -> Result<Option<Judgement>> {
        let ctx = format!("{}: reading judgement {id}", self.path());
        let body: Option<String> = self
            .connection()
            .query_row("SELECT body FROM judgements WHERE id = ?1", [id], |r| r.get(0))
            .optional()
            .map_err(sql(&ctx))?;
        body.map(|b| {
            serde_json::from_str(&b).map_err(|source| StoreError::Json { context: ctx, source })
        })
        .transpose()
    }
}
