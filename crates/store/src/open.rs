//! Choosing the backend from a `--db` value: a `postgres://` or `postgresql://` URL is a
//! PostgreSQL database ([`PgStore`]), anything else the path of a SQLite file ([`SqliteStore`]).
//! [`AnyStore`] is either, answering everything both do.

use crate::aggregate::{Conflict, ConflictFilter, StrengthPoint};
use crate::browse::*;
use crate::dump::{Dump, DumpFilter};
use crate::judgements::{Added, Catalogue, Judgement, JudgementStore, StoredArticle};
use crate::newnames::PlaceCountries;
use crate::profile::GroupProfile;
use crate::rows::*;
use crate::{PgStore, Result, SqliteStore, Store};
use allegiance_model::{EntityKind, Extraction, PartialDate};
use allegiance_read::Document;
use std::path::PathBuf;

/// Where a store lives, as `--db` names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DbLocation {
    Sqlite(PathBuf),
    /// A libpq connection URL (`PG*` variables fill in what it leaves out).
    Postgres(String),
}

impl DbLocation {
    pub fn parse(value: &str) -> DbLocation {
        let lower = value.get(..13).unwrap_or(value).to_ascii_lowercase();
        if lower.starts_with("postgres://") || lower.starts_with("postgresql://") {
            DbLocation::Postgres(value.to_string())
        } else {
            DbLocation::Sqlite(PathBuf::from(value))
        }
    }

    /// How the location may be shown (a URL without its password).
    pub fn display(&self) -> String {
        match self {
            DbLocation::Sqlite(p) => p.display().to_string(),
            DbLocation::Postgres(url) => crate::pg::redact(url),
        }
    }
}

/// A store of either backend.
pub enum AnyStore {
    // Boxed: the two differ in size, and a store is moved about rarely.
    Sqlite(Box<SqliteStore>),
    Postgres(Box<PgStore>),
}

macro_rules! each {
    ($self:expr, $s:ident => $e:expr) => {
        match $self {
            AnyStore::Sqlite($s) => $e,
            AnyStore::Postgres($s) => $e,
        }
    };
}

impl AnyStore {
    /// Opens (creating if needed) the store at `location`.
    pub fn open(location: &DbLocation) -> Result<AnyStore> {
        Ok(match location {
            DbLocation::Sqlite(path) => AnyStore::Sqlite(Box::new(SqliteStore::open(path)?)),
            DbLocation::Postgres(url) => AnyStore::Postgres(Box::new(PgStore::open(url)?)),
        })
    }

    pub fn path(&self) -> &str {
        each!(self, s => s.path())
    }
    pub fn set_place_countries(&mut self, countries: PlaceCountries) {
        each!(self, s => s.set_place_countries(countries))
    }
    pub fn unknown_entities(&self, min_documents: usize) -> Result<Vec<UnknownEntity>> {
        each!(self, s => s.unknown_entities(min_documents))
    }
    pub fn dump(&self, filter: &DumpFilter) -> Result<Dump> {
        each!(self, s => s.dump(filter))
    }
    /// The key of a stored entity (see `DumpEntity::key`).
    pub fn entity_key(&self, id: i64) -> Result<Option<String>> {
        each!(self, s => s.entity_key(id))
    }
}

impl Store for AnyStore {
    fn ingest_batch(&mut self, batch: &[(Document, Extraction)]) -> Result<IngestReport> {
        each!(self, s => s.ingest_batch(batch))
    }
    fn has_document(&self, content_hash: &str) -> Result<bool> {
        each!(self, s => s.has_document(content_hash))
    }
    fn find_entities(&self, name: &str) -> Result<Vec<EntityRow>> {
        each!(self, s => s.find_entities(name))
    }
    fn group_profile_latest(
        &self,
        name: &str,
        limit: Option<usize>,
    ) -> Result<Option<GroupProfile>> {
        each!(self, s => s.group_profile_latest(name, limit))
    }
    fn facts(&self, filter: &FactFilter) -> Result<Vec<FactRow>> {
        each!(self, s => s.facts(filter))
    }
    fn claims(&self, filter: &FactFilter) -> Result<Vec<ClaimRow>> {
        each!(self, s => s.claims(filter))
    }
    fn find_group(&self, name: &str) -> Result<Option<EntityRow>> {
        each!(self, s => s.find_group(name))
    }
    fn strength_series(&self, name: &str) -> Result<Option<Vec<StrengthPoint>>> {
        each!(self, s => s.strength_series(name))
    }
    fn conflicts(&self, filter: &ConflictFilter) -> Result<Vec<Conflict>> {
        each!(self, s => s.conflicts(filter))
    }
    fn counts(&self) -> Result<StoreCounts> {
        each!(self, s => s.counts())
    }
}

impl Browse for AnyStore {
    fn search(
        &self,
        query: &str,
        kb_ids: &[String],
        kind: Option<EntityKind>,
        limit: usize,
    ) -> Result<Vec<SearchHit>> {
        each!(self, s => s.search(query, kb_ids, kind, limit))
    }
    fn groups(&self, limit: usize) -> Result<Vec<SearchHit>> {
        each!(self, s => s.groups(limit))
    }
    fn entity(&self, id: i64) -> Result<Option<EntitySummary>> {
        each!(self, s => s.entity(id))
    }
    fn entity_facts(&self, id: i64) -> Result<Vec<FactRow>> {
        each!(self, s => s.entity_facts(id))
    }
    fn group_profile_by_id(&self, id: i64) -> Result<Option<GroupProfile>> {
        each!(self, s => s.group_profile_by_id(id))
    }
    fn network(&self, as_of: Option<PartialDate>) -> Result<Network> {
        each!(self, s => s.network(as_of))
    }
    fn placed_facts(&self, group: Option<i64>) -> Result<Vec<PlacedFact>> {
        each!(self, s => s.placed_facts(group))
    }
    fn evidence(&self, fact_id: i64) -> Result<Option<EvidenceView>> {
        each!(self, s => s.evidence(fact_id))
    }
    fn group_conflicts(&self, id: i64) -> Result<Vec<DisputedClaim>> {
        each!(self, s => s.group_conflicts(id))
    }
}

impl JudgementStore for AnyStore {
    fn add_judgement(&mut self, j: &Judgement) -> Result<Added> {
        each!(self, s => s.add_judgement(j))
    }
    fn judgements(&self) -> Result<Vec<Judgement>> {
        each!(self, s => s.judgements())
    }
    fn remove_judgement(&mut self, id: &str) -> Result<bool> {
        each!(self, s => s.remove_judgement(id))
    }
    fn catalogue(&self) -> Result<Catalogue> {
        each!(self, s => s.catalogue())
    }
}

impl AnyStore {
    /// One judgement by id.
    pub fn judgement(&self, id: &str) -> Result<Option<Judgement>> {
        each!(self, s => s.judgement(id))
    }
}

impl AnyStore {
    /// The stored article with this content hash, if any.
    pub fn article_by_hash(&self, content_hash: &str) -> Result<Option<StoredArticle>> {
        each!(self, s => s.article_by_hash(content_hash))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_postgres_and_everything_else_a_file() {
        let pg = |s: &str| DbLocation::Postgres(s.to_string());
        assert_eq!(DbLocation::parse("postgres://ann@db/map"), pg("postgres://ann@db/map"));
        assert_eq!(
            DbLocation::parse("PostgreSQL:///map?host=/tmp"),
            pg("PostgreSQL:///map?host=/tmp")
        );
        assert_eq!(DbLocation::parse("postgres://"), pg("postgres://"));
        assert_eq!(DbLocation::parse("postgres.db"), DbLocation::Sqlite("postgres.db".into()));
        assert_eq!(
            DbLocation::parse("./postgres://x"),
            DbLocation::Sqlite("./postgres://x".into())
        );
        assert_eq!(DbLocation::parse("postgres://a:pw@h/d").display(), "postgres://a:***@h/d");
    }
}
