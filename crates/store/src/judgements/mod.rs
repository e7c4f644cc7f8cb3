//! Analyst judgements: corrections kept apart from what extraction produced, so re-ingesting,
//! re-extracting with new rules or a changed knowledge base never loses them.
//!
//! A judgement names its target by keys that survive those changes, never by row ids alone: a
//! fact by its article's content hash, its type, its evidence span and the normalised names of
//! its subject and object ([`FactKey`]); an entity by its knowledge-base id when it has one, else
//! its kind and normalised name ([`EntityKey`]). Its id is a hash of what it decides (not of who
//! or when), so the same judgement made twice, or imported twice, is one row.
//!
//! [`JudgementStore`] is all a backend stores; applying judgements to answers is
//! backend-agnostic Rust in [`crate::judged`].

mod catalogue;
mod exchange;
mod sqlite;
pub use sqlite::StoredArticle;

pub use catalogue::{Catalogue, CatalogueDocument, CatalogueEntity};
pub use exchange::{import, read_jsonl, write_jsonl, ExchangeError, ImportReport};
pub(crate) use sqlite::migrate_3_to_4;

use allegiance_model::name::norm_name;
use allegiance_model::{EntityKind, FactType, Polarity, When};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::Result;

/// A fact as a judgement names it: what survives re-extraction of the same article.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FactKey {
    /// The article's content hash (SHA-256 of its cleaned text).
    pub document: String,
    #[serde(rename = "type")]
    pub fact_type: FactType,
    /// Byte offsets of the evidence sentence in the article's cleaned text.
    pub evidence_start: usize,
    pub evidence_end: usize,
    /// The subject's name, normalised (`norm_name`).
    pub subject: String,
    /// The object's name, normalised, when the fact has one.
    pub object: Option<String>,
}

/// An entity as a judgement names it: its knowledge-base id when it has one, else its kind and
/// normalised name (matched against every name the entity was seen under).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EntityKey {
    pub kind: EntityKind,
    /// Normalised name (`norm_name`).
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kb: Option<String>,
    /// The other names it had been seen under when judged, normalised: found again by one of
    /// them when a changed knowledge base gives it another canonical name. Not part of the
    /// judgement's id (another database may have seen other names).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub seen_as: Vec<String>,
}

impl EntityKey {
    pub fn new(kind: EntityKind, name: &str, kb: Option<&str>) -> EntityKey {
        EntityKey { kind, name: norm_name(name), kb: kb.map(str::to_string), seen_as: Vec::new() }
    }

    /// The key without `seen_as`: what a judgement's id is computed from.
    fn identity(&self) -> EntityKey {
        EntityKey { seen_as: Vec::new(), ..self.clone() }
    }
}

impl std::fmt::Display for EntityKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.kb {
            Some(kb) => write!(f, "kb:{kb}"),
            None => write!(f, "{}:{}", self.kind.as_str(), self.name),
        }
    }
}

impl std::fmt::Display for FactKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let doc = self.document.get(..12).unwrap_or(&self.document);
        write!(f, "{} {}", self.fact_type.as_str(), self.subject)?;
        if let Some(o) = &self.object {
            write!(f, " → {o}")?;
        }
        write!(f, " (doc {doc}, {}..{})", self.evidence_start, self.evidence_end)
    }
}

/// What a judgement decides.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Verdict {
    /// The fact is right as extracted.
    Confirm { fact: FactKey },
    /// The fact is wrong; it is hidden from answers and exports (the note says why).
    Reject { fact: FactKey },
    /// The fact's polarity is this one.
    Polarity { fact: FactKey, polarity: Polarity },
    /// The fact's time is this one.
    Time { fact: FactKey, when: When },
    /// `entity` is the same as `into`: answers show one entity, `into`.
    Merge { entity: EntityKey, into: EntityKey },
    /// Part of `entity` is another entity called `name`: the facts from these articles (content
    /// hashes) or whose evidence names one of these names go to it.
    Split { entity: EntityKey, name: String, documents: Vec<String>, names: Vec<String> },
    /// The entity is called `name`.
    Rename { entity: EntityKey, name: String },
    /// The entity is also called `alias`.
    Alias { entity: EntityKey, alias: String },
    /// The entity is the knowledge base's `kb` entry.
    KbId { entity: EntityKey, kb: String },
    /// The entity is not an armed group but what `is` says (a person, place or body).
    NotAGroup { entity: EntityKey, is: EntityKind },
}

/// The kinds of judgement, as `judgements --kind` names them.
pub const VERDICT_KINDS: [&str; 10] = [
    "confirm",
    "reject",
    "polarity",
    "time",
    "merge",
    "split",
    "rename",
    "alias",
    "kb_id",
    "not_a_group",
];

impl Verdict {
    pub fn kind(&self) -> &'static str {
        match self {
            Verdict::Confirm { .. } => "confirm",
            Verdict::Reject { .. } => "reject",
            Verdict::Polarity { .. } => "polarity",
            Verdict::Time { .. } => "time",
            Verdict::Merge { .. } => "merge",
            Verdict::Split { .. } => "split",
            Verdict::Rename { .. } => "rename",
            Verdict::Alias { .. } => "alias",
            Verdict::KbId { .. } => "kb_id",
            Verdict::NotAGroup { .. } => "not_a_group",
        }
    }

    /// The fact it judges, for fact judgements.
    pub fn fact(&self) -> Option<&FactKey> {
        match self {
            Verdict::Confirm { fact }
            | Verdict::Reject { fact }
            | Verdict::Polarity { fact, .. }
            | Verdict::Time { fact, .. } => Some(fact),
            _ => None,
        }
    }

    /// The entity it judges, for entity judgements.
    pub fn entity(&self) -> Option<&EntityKey> {
        match self {
            Verdict::Merge { entity, .. }
            | Verdict::Split { entity, .. }
            | Verdict::Rename { entity, .. }
            | Verdict::Alias { entity, .. }
            | Verdict::KbId { entity, .. }
            | Verdict::NotAGroup { entity, .. } => Some(entity),
            _ => None,
        }
    }

    /// What the judgement decides about its target, as a key: two judgements with the same slot
    /// and different ids contradict each other (a fact confirmed and rejected, an entity merged
    /// into two others, renamed twice). Aliases and splits add, so they have none.
    pub fn slot(&self) -> Option<String> {
        let fact = |what: &str, f: &FactKey| {
            Some(format!("{what} {}", serde_json::to_string(f).expect("keys serialise")))
        };
        let entity = |what: &str, e: &EntityKey| Some(format!("{what} {e}"));
        match self {
            Verdict::Confirm { fact: f } | Verdict::Reject { fact: f } => fact("verdict", f),
            Verdict::Polarity { fact: f, .. } => fact("polarity", f),
            Verdict::Time { fact: f, .. } => fact("time", f),
            Verdict::Merge { entity: e, .. } => entity("merge", e),
            Verdict::Rename { entity: e, .. } => entity("rename", e),
            Verdict::KbId { entity: e, .. } => entity("kb", e),
            Verdict::NotAGroup { entity: e, .. } => entity("kind", e),
            Verdict::Split { .. } | Verdict::Alias { .. } => None,
        }
    }

    /// `j-` and 16 hex digits of a hash of what it decides: the same decision has the same id
    /// in every database and file, whoever made it and whenever.
    pub fn stable_id(&self) -> String {
        let mut identity = self.clone();
        match &mut identity {
            Verdict::Merge { entity, into } => {
                *entity = entity.identity();
                *into = into.identity();
            }
            Verdict::Split { entity, .. }
            | Verdict::Rename { entity, .. }
            | Verdict::Alias { entity, .. }
            | Verdict::KbId { entity, .. }
            | Verdict::NotAGroup { entity, .. } => *entity = entity.identity(),
            _ => {}
        }
        let json = serde_json::to_string(&identity).expect("verdicts serialise");
        let digest = Sha256::digest(json.as_bytes());
        let hex: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
        format!("j-{hex}")
    }
}

/// One analyst's judgement: the decision, who made it, when and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Judgement {
    /// [`Verdict::stable_id`].
    pub id: String,
    #[serde(flatten)]
    pub verdict: Verdict,
    pub author: String,
    /// RFC 3339, UTC.
    pub at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Judgement {
    /// A judgement made now. Split lists are sorted so the id does not depend on their order.
    pub fn new(mut verdict: Verdict, author: &str, note: Option<String>) -> Judgement {
        if let Verdict::Split { documents, names, .. } = &mut verdict {
            documents.sort();
            documents.dedup();
            names.sort();
            names.dedup();
        }
        Judgement {
            id: verdict.stable_id(),
            verdict,
            author: author.to_string(),
            at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            note: note.filter(|n| !n.trim().is_empty()),
        }
    }

    /// Whether `other` decides the opposite about the same target.
    pub fn contradicts(&self, other: &Judgement) -> bool {
        self.id != other.id
            && self.verdict.slot().is_some()
            && self.verdict.slot() == other.verdict.slot()
    }
}

/// How storing a judgement went.
#[derive(Debug, Clone, PartialEq)]
pub enum Added {
    /// Stored.
    New,
    /// The same decision was stored already (same id): nothing changed.
    AlreadyThere,
    /// It contradicts this stored judgement; nothing was stored.
    Contradicts(Box<Judgement>),
}

/// What a backend keeps of judgements: the rows, and the names and articles their keys are
/// matched against. Everything else (applying them to answers) is [`crate::judged`]'s.
pub trait JudgementStore {
    /// Stores `j` unless a judgement with its id is stored, or one contradicting it (see
    /// [`Judgement::contradicts`]).
    fn add_judgement(&mut self, j: &Judgement) -> Result<Added>;
    /// Every judgement, oldest first.
    fn judgements(&self) -> Result<Vec<Judgement>>;
    /// Removes the judgement with this id (undo); false when there is none.
    fn remove_judgement(&mut self, id: &str) -> Result<bool>;
    /// The stored documents and entities judgement keys are resolved against.
    fn catalogue(&self) -> Result<Catalogue>;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fact() -> FactKey {
        FactKey {
            document: "ab".repeat(32),
            fact_type: FactType::Pledge,
            evidence_start: 10,
            evidence_end: 80,
            subject: "boko haram".into(),
            object: Some("islamic state".into()),
        }
    }

    #[test]
    fn the_same_decision_has_the_same_id_whoever_makes_it() {
        let a = Judgement::new(Verdict::Reject { fact: fact() }, "ana", Some("misread".into()));
        let b = Judgement::new(Verdict::Reject { fact: fact() }, "bo", None);
        assert_eq!(a.id, b.id);
        assert!(a.id.starts_with("j-") && a.id.len() == 18, "{}", a.id);
        let c = Judgement::new(Verdict::Confirm { fact: fact() }, "bo", None);
        assert_ne!(a.id, c.id);
        assert!(a.contradicts(&c), "confirming a rejected fact contradicts the rejection");
        assert!(!a.contradicts(&b));
    }

    #[test]
    fn split_lists_in_any_order_give_one_id() {
        let entity = EntityKey::new(EntityKind::Group, "Free Army", None);
        let split = |docs: &[&str]| {
            Judgement::new(
                Verdict::Split {
                    entity: entity.clone(),
                    name: "Free Army (Mali)".into(),
                    documents: docs.iter().map(|d| d.to_string()).collect(),
                    names: vec![],
                },
                "ana",
                None,
            )
        };
        assert_eq!(split(&["b", "a"]).id, split(&["a", "b", "a"]).id);
    }

    #[test]
    fn a_judgement_reads_back_from_its_json_line() {
        let j = Judgement::new(
            Verdict::Merge {
                entity: EntityKey::new(EntityKind::Group, "Jama'at Nusrat al-Islam", None),
                into: EntityKey::new(EntityKind::Group, "JNIM", Some("jnim")),
            },
            "ana",
            Some("same group".into()),
        );
        let line = serde_json::to_string(&j).unwrap();
        assert!(line.contains(r#""kind":"merge""#), "{line}");
        assert!(line.contains(r#""name":"jamaat nusrat al islam""#), "{line}");
        let back: Judgement = serde_json::from_str(&line).unwrap();
        assert_eq!(back, j);
    }
}
