//! Judgements in either backend's database (through [`Sql`]): one row each in `judgements`, the whole judgement as JSON beside the
//! columns a person filters by.

use std::collections::HashMap;

use rusqlite::Transaction;

use super::{Added, Catalogue, CatalogueDocument, CatalogueEntity, Judgement, JudgementStore};
use crate::sql::{args, Sql};
use crate::sqlite::sql;
use crate::sqlite::SqlStore;
use crate::stored::Stored;
use crate::{Result, StoreError};

/// The step from schema version 3 to 4: the `judgements` table as schema.sql creates it.
pub(crate) fn migrate_3_to_4(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(&crate::schema::table("judgements"))
}

impl<C: Sql> SqlStore<C> {
    fn judgement_json(&self, j: &Judgement) -> Result<String> {
        serde_json::to_string(j).map_err(|source| StoreError::Json {
            context: format!("{}: writing judgement {}", self.path(), j.id),
            source,
        })
    }

    fn judgement_from_json(&self, id: &str, body: &str) -> Result<Judgement> {
        serde_json::from_str(body).map_err(|source| StoreError::Json {
            context: format!("{}: judgement {id}", self.path()),
            source,
        })
    }

    /// One judgement by id.
    pub fn judgement(&self, id: &str) -> Result<Option<Judgement>> {
        let ctx = format!("{}: reading judgement {id}", self.path());
        let body: Option<String> = self
            .conn
            .maybe("SELECT body FROM judgements WHERE id = ?1", args![id])
            .map_err(sql(&ctx))?;
        body.map(|b| self.judgement_from_json(id, &b)).transpose()
    }
}

impl<C: Sql> JudgementStore for SqlStore<C> {
    fn add_judgement(&mut self, j: &Judgement) -> Result<Added> {
        let ctx = format!("{}: storing judgement {}", self.path(), j.id);
        let exists = self
            .conn
            .exists("SELECT 1 FROM judgements WHERE id = ?1", args![j.id.as_str()])
            .map_err(sql(&ctx))?;
        if exists {
            return Ok(Added::AlreadyThere);
        }
        if let Some(other) = self.judgements()?.into_iter().find(|o| j.contradicts(o)) {
            return Ok(Added::Contradicts(Box::new(other)));
        }
        let json = self.judgement_json(j)?;
        self.conn
            .exec(
                "INSERT INTO judgements (id, kind, author, at, note, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                args![
                    j.id.as_str(),
                    j.verdict.kind(),
                    j.author.as_str(),
                    j.at.as_str(),
                    j.note.as_deref(),
                    json.as_str()
                ],
            )
            .map_err(sql(&ctx))?;
        Ok(Added::New)
    }

    fn judgements(&self) -> Result<Vec<Judgement>> {
        let ctx = format!("{}: reading judgements", self.path());
        let rows = self
            .conn
            .rows("SELECT id, body FROM judgements ORDER BY at, id", &[])
            .map_err(sql(&ctx))?;
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            let id: String = row.get(0).map_err(sql(&ctx))?;
            let body: String = row.get(1).map_err(sql(&ctx))?;
            out.push(self.judgement_from_json(&id, &body)?);
        }
        Ok(out)
    }

    fn remove_judgement(&mut self, id: &str) -> Result<bool> {
        let n = self
            .conn
            .exec("DELETE FROM judgements WHERE id = ?1", args![id])
            .map_err(sql(format!("{}: removing judgement {id}", self.path())))?;
        Ok(n > 0)
    }

    fn catalogue(&self) -> Result<Catalogue> {
        let ctx = format!("{}: reading documents and entities for judgements", self.path());
        let mut documents = HashMap::new();
        let rows = self
            .conn
            .rows(
                "SELECT d.id, d.content_hash, COALESCE(s.cluster_id, d.id) FROM documents d LEFT JOIN signatures s ON s.document_id = d.id",
                &[],
            )
            .map_err(sql(&ctx))?;
        for r in rows {
            let id: i64 = r.get(0).map_err(sql(&ctx))?;
            let d = CatalogueDocument {
                content_hash: r.get(1).map_err(sql(&ctx))?,
                cluster: r.get(2).map_err(sql(&ctx))?,
            };
            documents.insert(id, d);
        }
        let mut names: HashMap<i64, Vec<String>> = HashMap::new();
        let rows = self
            .conn
            .rows("SELECT entity_id, name FROM aliases ORDER BY entity_id, count DESC, name", &[])
            .map_err(sql(&ctx))?;
        for r in rows {
            let id: i64 = r.get(0).map_err(sql(&ctx))?;
            names.entry(id).or_default().push(r.get(1).map_err(sql(&ctx))?);
        }
        let rows = self
            .conn
            .rows("SELECT id, key, kind, name, kb_id, former_name FROM entities ORDER BY id", &[])
            .map_err(sql(&ctx))?;
        let mut entities = Vec::with_capacity(rows.len());
        for r in rows {
            let id: i64 = r.get(0).map_err(sql(&ctx))?;
            entities.push(CatalogueEntity {
                id,
                key: r.get(1).map_err(sql(&ctx))?,
                kind: r.get::<Stored<_>>(2).map_err(sql(&ctx))?.0,
                name: r.get(3).map_err(sql(&ctx))?,
                kb: r.get(4).map_err(sql(&ctx))?,
                former_name: r.get(5).map_err(sql(&ctx))?,
                names: names.remove(&id).unwrap_or_default(),
            });
        }
        Ok(Catalogue::new(documents, entities))
    }
}

/// A stored article as extraction reads it again (`eval --judgements`).
#[derive(Debug, Clone, PartialEq)]
pub struct StoredArticle {
    pub text: String,
    pub published: Option<String>,
    pub publisher: Option<String>,
}

impl<C: Sql> SqlStore<C> {
    /// The stored article with this content hash, if any.
    pub fn article_by_hash(&self, content_hash: &str) -> Result<Option<StoredArticle>> {
        let ctx = format!("{}: reading article {content_hash}", self.path());
        let Some(r) = self
            .conn
            .row(
                "SELECT text, published, publisher FROM documents WHERE content_hash = ?1",
                args![content_hash],
            )
            .map_err(sql(&ctx))?
        else {
            return Ok(None);
        };
        Ok(Some(StoredArticle {
            text: r.get(0).map_err(sql(&ctx))?,
            published: r.get(1).map_err(sql(&ctx))?,
            publisher: r.get(2).map_err(sql(&ctx))?,
        }))
    }
}
