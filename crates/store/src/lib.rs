//! The store: documents, entities, aliases, mentions and facts, and the questions asked of them.
//!
//! [`Store`] is the interface the command line and web server use. [`SqlStore`] implements it (and
//! [`Browse`]) once over any database [`sql::Sql`] reaches: [`SqliteStore`] is the embedded
//! backend (one file, WAL), [`PgStore`] the shared one (PostgreSQL, for teams and many writers),
//! both on the one schema of `schema.sql`. [`AnyStore`] opens either from a `--db` value.

pub mod aggregate;
pub mod browse;
pub mod bulk;
mod copies;
mod dump;
mod group_facts;
pub mod judged;
pub mod judgements;
pub mod lookalike;
pub mod neardup;
mod newnames;
mod open;
pub mod pg;
mod profile;
mod profile_latest;
pub mod queue;
mod rows;
mod schema;
pub mod sql;
mod sqlite;
mod sqlite_aggregate;
mod stored;
mod upgrade;

pub use aggregate::{Conflict, ConflictFilter, ConflictKind, ConflictSide, DatedBy, StrengthPoint};
pub use browse::Browse;
pub use dump::*;
pub use judged::Judged;
pub use judgements::{Judgement, JudgementStore, Verdict};
pub use newnames::PlaceCountries;
pub use open::{AnyStore, DbLocation};
pub use pg::PgStore;
pub use profile::*;
pub use rows::*;
pub use schema::SCHEMA_VERSION;
pub use sqlite::{SqlStore, SqliteStore};

use allegiance_model::Extraction;
use allegiance_read::Document;
use sha2::{Digest, Sha256};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: not an allegiance database (or not SQLite at all): {message}")]
    NotADatabase { path: String, message: String },
    #[error("{path}: database schema version {found} is newer than this program understands ({supported}); upgrade allegiance")]
    TooNew { path: String, found: i64, supported: i64 },
    #[error("{context}: {source}")]
    Database { context: String, source: sql::DbError },
    #[error("{url}: cannot connect to PostgreSQL: {message}")]
    Connect { url: String, message: String },
    #[error("{context}: {source}")]
    Json { context: String, source: serde_json::Error },
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// The identity of a document's content: SHA-256 of its cleaned text, in hex. Ingest skips a
/// document whose hash is already stored, so reruns and verbatim copies add nothing (copies with
/// any edit are stored, and joined to the original's near-duplicate cluster: see [`neardup`]).
pub fn content_hash(doc: &Document) -> String {
    let mut h = Sha256::new();
    h.update(doc.text.as_bytes());
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// What the embedded and the server backends both answer.
pub trait Store {
    /// Stores a batch of documents with their extractions in one transaction: either the whole
    /// batch is stored or none of it. Documents whose content hash is stored already are skipped.
    ///
    /// Entities resolve across documents: one with a knowledge-base id to the one stored entity
    /// with that id (a KB group under a former name to its own row carrying the same kb id); a
    /// group without one to the stored group of the same normalised name whose context (parents,
    /// countries) does not disagree, see [`lookalike`], possibly moving earlier documents' uses
    /// between same-named groups; other entities without one to the stored entity of the same
    /// kind and normalised name. Each distinct surface form counts once more per document as an
    /// alias. A document that is a near-duplicate of stored ones joins their cluster.
    fn ingest_batch(&mut self, batch: &[(Document, Extraction)]) -> Result<IngestReport>;
    /// Whether a document with this [`content_hash`] is stored (the CLI skips extracting it).
    fn has_document(&self, content_hash: &str) -> Result<bool>;
    /// Entities known by this name, alias or knowledge-base id, normalised (case and diacritics
    /// folded, punctuation dropped, a leading "the" dropped): exact matches first, then names
    /// starting with it; groups, current names and the most mentioned first within each.
    fn find_entities(&self, name: &str) -> Result<Vec<EntityRow>>;
    /// The profile of the group best matching `name` (an exact match if any), or `None`.
    fn group_profile(&self, name: &str) -> Result<Option<GroupProfile>> {
        self.group_profile_latest(name, None)
    }
    /// [`group_profile`](Store::group_profile) with each list cut to its latest `limit` facts
    /// (every fact when `None`); the list totals, strength series and conflicts count them all.
    fn group_profile_latest(
        &self,
        name: &str,
        limit: Option<usize>,
    ) -> Result<Option<GroupProfile>>;
    /// Stored facts, each with its evidence and article, in time order (the fact's time, else its
    /// article's date).
    fn facts(&self, filter: &FactFilter) -> Result<Vec<FactRow>>;
    /// Facts folded into claims: one per (type, subject, object, and for strength min/max/unit)
    /// with its corroboration (articles, and independent reports: near-duplicate copies count
    /// once) and every article, most reported first. `since`/`until` compare against the
    /// articles' publication dates.
    fn claims(&self, filter: &FactFilter) -> Result<Vec<ClaimRow>>;
    /// The group best matching `name`, chosen as [`Store::group_profile`] chooses, or `None`.
    fn find_group(&self, name: &str) -> Result<Option<EntityRow>>;
    /// The strength estimates of the group best matching `name` as a dated series (see
    /// [`aggregate::strength_series`]), or `None` when there is no such group.
    fn strength_series(&self, name: &str) -> Result<Option<Vec<StrengthPoint>>>;
    /// Contradicting claims (see [`aggregate`] for what counts), ordered by group, kind and time.
    /// A `group` that names no stored group gives none.
    fn conflicts(&self, filter: &ConflictFilter) -> Result<Vec<Conflict>>;
    fn counts(&self) -> Result<StoreCounts>;
}
