//! The rows a batch adds to `mentions`, `aliases` and `facts`, gathered while its documents are
//! stored and written together by [`Sql::bulk_insert`]: row by row on SQLite (an insert is a
//! function call there), by binary `COPY` into staging tables on PostgreSQL (where an insert is a
//! round trip to the server).
//!
//! Rows are kept in the order the documents gave them, and each table's rows are written in that
//! order, so fact ids (outputs order by id on ties) come out as a row-by-row ingest gives them.
//! Aliases are summed per (entity, name) as the row-by-row upsert would count them, in the order
//! each pair was first seen.

use crate::sql::{args, DbResult, Sql};
use allegiance_model::{FactType, Polarity};
use std::collections::HashMap;

/// One span of a document naming an entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MentionRow {
    pub document_id: i64,
    pub entity_id: i64,
    pub start: i64,
    pub end: i64,
}

/// A name an entity was seen under, with the number of documents that used it in this batch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AliasRow {
    pub entity_id: i64,
    pub name: String,
    pub norm: String,
    pub count: i64,
}

/// A fact about to be stored (the `facts` row without its id).
#[derive(Debug, Clone, PartialEq)]
pub struct NewFact {
    pub fact_type: FactType,
    pub subject_id: i64,
    pub object_id: Option<i64>,
    /// The fact's attributes as the contract's JSON object.
    pub attrs: String,
    pub polarity: Polarity,
    pub source: Option<String>,
    pub when_start: Option<String>,
    pub when_end: Option<String>,
    pub document_id: i64,
    pub evidence_start: i64,
    pub evidence_end: i64,
    pub evidence_text: String,
}

/// The buffered rows of a batch (or of the part of it since the last write).
#[derive(Debug, Default)]
pub struct Rows {
    mentions: Vec<MentionRow>,
    aliases: Vec<AliasRow>,
    /// (entity, name) → its row in `aliases`.
    alias_at: HashMap<(i64, String), usize>,
    facts: Vec<NewFact>,
}

impl Rows {
    pub fn add_mention(&mut self, m: MentionRow) {
        self.mentions.push(m);
    }

    /// One more document seeing `entity_id` named `name` (`norm` its normalised form).
    pub fn add_alias(&mut self, entity_id: i64, name: &str, norm: impl FnOnce() -> String) {
        match self.alias_at.get(&(entity_id, name.to_string())) {
            Some(&at) => self.aliases[at].count += 1,
            None => {
                self.alias_at.insert((entity_id, name.to_string()), self.aliases.len());
                self.aliases.push(AliasRow {
                    entity_id,
                    name: name.to_string(),
                    norm: norm(),
                    count: 1,
                });
            }
        }
    }

    pub fn add_fact(&mut self, f: NewFact) {
        self.facts.push(f);
    }

    pub fn mentions(&self) -> &[MentionRow] {
        &self.mentions
    }

    /// Distinct (entity, name) pairs, in the order first seen.
    pub fn aliases(&self) -> &[AliasRow] {
        &self.aliases
    }

    pub fn facts(&self) -> &[NewFact] {
        &self.facts
    }

    pub fn is_empty(&self) -> bool {
        self.mentions.is_empty() && self.aliases.is_empty() && self.facts.is_empty()
    }

    /// Rows the database will be asked to add or update.
    pub fn len(&self) -> usize {
        self.mentions.len() + self.aliases.len() + self.facts.len()
    }

    /// Forgets every row (after they were written), keeping the buffers' capacity.
    pub fn clear(&mut self) {
        self.mentions.clear();
        self.aliases.clear();
        self.alias_at.clear();
        self.facts.clear();
    }
}

/// The statements that add one row each: what [`insert_row_by_row`] runs. The alias upsert adds
/// a batch's count to a name already stored for the entity.
pub(crate) const INSERT_MENTION: &str =
    "INSERT INTO mentions (document_id, entity_id, start, \"end\") VALUES (?1, ?2, ?3, ?4)";
pub(crate) const UPSERT_ALIAS: &str =
    "INSERT INTO aliases (entity_id, name, norm, count) VALUES (?1, ?2, ?3, ?4) \
     ON CONFLICT(entity_id, name) DO UPDATE SET count = aliases.count + excluded.count";
pub(crate) const INSERT_FACT: &str = "INSERT INTO facts (type, subject_id, object_id, attrs, polarity, source, when_start, when_end, document_id, \
     evidence_start, evidence_end, evidence_text) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";

/// Writes the rows one statement each (prepared once): mentions, then aliases, then facts.
pub(crate) fn insert_row_by_row(db: &(impl Sql + ?Sized), rows: &Rows) -> DbResult<()> {
    for m in &rows.mentions {
        db.exec(INSERT_MENTION, args![m.document_id, m.entity_id, m.start, m.end])?;
    }
    for a in &rows.aliases {
        db.exec(UPSERT_ALIAS, args![a.entity_id, &a.name, &a.norm, a.count])?;
    }
    for f in &rows.facts {
        db.exec(
            INSERT_FACT,
            args![
                f.fact_type.as_str(),
                f.subject_id,
                f.object_id,
                &f.attrs,
                f.polarity.as_str(),
                &f.source,
                &f.when_start,
                &f.when_end,
                f.document_id,
                f.evidence_start,
                f.evidence_end,
                &f.evidence_text
            ],
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use allegiance_model::norm_name;

    fn fact(document_id: i64, text: &str) -> NewFact {
        NewFact {
            fact_type: FactType::Pledge,
            subject_id: 1,
            object_id: Some(2),
            attrs: "{}".into(),
            polarity: Polarity::Asserted,
            source: None,
            when_start: None,
            when_end: None,
            document_id,
            evidence_start: 0,
            evidence_end: text.len() as i64,
            evidence_text: text.into(),
        }
    }

    #[test]
    fn aliases_are_counted_per_entity_and_name_in_first_seen_order() {
        let mut rows = Rows::default();
        for (entity, name) in
            [(7, "ISIS"), (3, "Boko Haram"), (7, "Daesh"), (7, "ISIS"), (3, "ISIS")]
        {
            rows.add_alias(entity, name, || norm_name(name));
        }
        let seen: Vec<(i64, &str, i64)> =
            rows.aliases().iter().map(|a| (a.entity_id, a.name.as_str(), a.count)).collect();
        assert_eq!(
            seen,
            vec![(7, "ISIS", 2), (3, "Boko Haram", 1), (7, "Daesh", 1), (3, "ISIS", 1)]
        );
        assert_eq!(rows.aliases()[1].norm, "boko haram");
        assert_eq!(rows.len(), 4);
        rows.clear();
        assert!(rows.is_empty());
        rows.add_alias(7, "ISIS", || norm_name("ISIS"));
        assert_eq!(rows.aliases()[0].count, 1, "a cleared buffer counts afresh");
    }

    /// The same batch written in one go and row by row as documents came gives the same tables.
    #[test]
    fn rows_written_together_equal_rows_written_as_they_came() {
        let setup = "CREATE TABLE mentions (document_id INTEGER, entity_id INTEGER, start INTEGER, \"end\" INTEGER);
             CREATE TABLE aliases (entity_id INTEGER, name TEXT, norm TEXT, count INTEGER, PRIMARY KEY (entity_id, name));
             CREATE TABLE facts (id INTEGER PRIMARY KEY, type TEXT, subject_id INTEGER, object_id INTEGER, attrs TEXT, \
             polarity TEXT, source TEXT, when_start TEXT, when_end TEXT, document_id INTEGER, evidence_start INTEGER, \
             evidence_end INTEGER, evidence_text TEXT);";
        let together = rusqlite::Connection::open_in_memory().unwrap();
        let apart = rusqlite::Connection::open_in_memory().unwrap();
        together.execute_batch(setup).unwrap();
        apart.execute_batch(setup).unwrap();
        let mut all = Rows::default();
        for doc in 1..=3i64 {
            let mut one = Rows::default();
            for rows in [&mut all, &mut one] {
                rows.add_mention(MentionRow { document_id: doc, entity_id: 7, start: 0, end: 4 });
                rows.add_alias(7, "ISIS", || "isis".into());
                rows.add_alias(doc, "Some Group", || "some group".into());
                rows.add_fact(fact(doc, &format!("sentence {doc}")));
            }
            apart.bulk_insert(&one).unwrap();
        }
        together.bulk_insert(&all).unwrap();
        let dump = |c: &rusqlite::Connection| -> Vec<String> {
            let mut out = Vec::new();
            for q in [
                "SELECT document_id || ' ' || entity_id || ' ' || start FROM mentions ORDER BY rowid",
                "SELECT entity_id || ' ' || name || ' ' || count FROM aliases ORDER BY rowid",
                "SELECT id || ' ' || document_id || ' ' || evidence_text FROM facts ORDER BY id",
            ] {
                let mut st = c.prepare(q).unwrap();
                out.extend(st.query_map([], |r| r.get::<_, String>(0)).unwrap().map(Result::unwrap));
            }
            out
        };
        assert_eq!(dump(&together), dump(&apart));
        assert!(dump(&together).contains(&"7 ISIS 3".to_string()));
        assert!(dump(&together).contains(&"3 3 sentence 3".to_string()));
    }
}
