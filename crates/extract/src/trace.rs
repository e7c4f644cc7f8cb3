//! Why this fact, and why not that one: what the extractor did with each sentence of a document.
//!
//! [`Extractor::trace`](crate::Extractor::trace) runs the same pipeline as
//! [`Extractor::extract`](crate::Extractor::extract) with a [`Tracer`] recording at the points
//! where the pipeline decides: a sentence skipped, a sentence masked and read, a candidate fact
//! vetoed by a rule, dropped by a later filter, or kept as an output fact. `extract` runs with
//! [`NoTrace`], whose hooks are empty and inline, so it pays nothing for them. Vetoes inside the
//! relation rules travel with the masked sentence ([`crate::sentence::Masked::veto`]), which only
//! a traced run equips to keep them, so the rules' signatures stay as they are.

use std::collections::HashMap;

use serde::Serialize;

use crate::mentions::DocEntities;
use crate::model::{EntityKind, Extraction, FactType, Polarity};
use crate::segment::Sentence;
use crate::sentence::{letter, Masked};
use crate::Found;

/// What the extractor did with one document, sentence by sentence, beside its extraction.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentTrace {
    pub sentences: Vec<SentenceTrace>,
    /// The extraction itself, exactly what `extract` returns for the same text.
    pub extraction: Extraction,
}

/// One sentence: its text, what the rules saw of it and what became of each fact they proposed.
#[derive(Debug, Clone, Serialize)]
pub struct SentenceTrace {
    /// 1 for the document's first sentence.
    pub number: usize,
    /// Byte offsets of the sentence in the document's cleaned text.
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// Why the relation rules did not read the sentence; `None` when they did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skipped: Option<SkipReason>,
    /// The form the relation rules read: each mention replaced by a placeholder such as `⟨G0⟩`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub masked: Option<String>,
    pub mentions: Vec<MentionTrace>,
    /// Every fact proposed from this sentence (by its rules, or derived from facts read here),
    /// in the order the pipeline settled them, each with what became of it.
    pub candidates: Vec<Candidate>,
}

/// A name (or anaphor) found in the sentence.
#[derive(Debug, Clone, Serialize)]
pub struct MentionTrace {
    pub start: usize,
    pub end: usize,
    pub surface: String,
    /// Its placeholder in the masked form (`⟨P2⟩`), when the sentence was masked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub placeholder: Option<String>,
    /// "the group", "he": stands for the entity without naming it.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub anaphor: bool,
    pub entity: EntityRef,
}

/// A document entity as a candidate or mention refers to it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntityRef {
    /// Its id in the extraction (`e3`); `None` when no output fact or name kept it.
    pub id: Option<String>,
    pub kind: EntityKind,
    pub name: String,
    /// Its knowledge-base id; `None` for a name the KB lacks.
    pub kb: Option<String>,
}

/// A fact a rule proposed, and what became of it.
#[derive(Debug, Clone, Serialize)]
pub struct Candidate {
    pub rule: &'static str,
    #[serde(rename = "type")]
    pub fact_type: FactType,
    pub subject: EntityRef,
    pub object: Option<EntityRef>,
    /// As qualified; `None` for a candidate vetoed inside its rule, before qualification.
    pub polarity: Option<Polarity>,
    pub source: Option<String>,
    #[serde(flatten)]
    pub outcome: Outcome,
}

/// What became of a candidate.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Outcome {
    /// It is the extraction's fact at this index (0-based).
    Kept { fact: usize },
    /// A filter dropped it; `same_as` is the kept fact a duplicate repeats.
    Dropped {
        reason: DropReason,
        #[serde(skip_serializing_if = "Option::is_none")]
        same_as: Option<usize>,
    },
}

/// Why a sentence was not read by the relation rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SkipReason {
    /// The document's first line, read as a headline: the body states the story properly.
    Headline,
    /// A question asserts nothing.
    Question,
    /// It names no armed group (nor a person the KB ties to one) and announces no branch.
    NoGroup,
    /// Too long, or naming too many names, for the relation rules (the extraction's warnings
    /// say which limit).
    OverBudget,
}

impl SkipReason {
    /// The reason as a person reads it.
    pub fn describe(self) -> &'static str {
        match self {
            SkipReason::Headline => "headline: the body of the article states it",
            SkipReason::Question => "a question asserts nothing",
            SkipReason::NoGroup => "names no armed group",
            SkipReason::OverBudget => "over the relation rules' budget: too long or too many names",
        }
    }
}

/// Why a candidate fact was dropped: each variant is one place in the pipeline that drops facts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DropReason {
    /// Subject and object are the same entity ("ISIS pledged allegiance to the Islamic State").
    SelfRelation,
    /// The subject is a person in the possessive ("one of ⟨P⟩'s lieutenants"), who only
    /// qualifies the real argument.
    PossessiveSubject,
    /// The subject is a pronoun's kin or aide ("his brother ⟨P⟩"), someone else than the one meant.
    KinOfAnaphor,
    /// A presence read off a person ("⟨P⟩'s caliphate in ⟨L⟩") whose group the document and the
    /// KB do not give.
    NoGroupForPerson,
    /// An attack without a place beside the same group's attack with one in the same sentence.
    AttackWithoutPlace,
    /// The same fact (type, subject, object, figures) was already kept.
    Duplicate,
}

impl DropReason {
    /// The reason as a person reads it.
    pub fn describe(self) -> &'static str {
        match self {
            DropReason::SelfRelation => "self-relation: subject and object are the same entity",
            DropReason::PossessiveSubject => {
                "possessive subject: a person in the possessive only qualifies the argument"
            }
            DropReason::KinOfAnaphor => "kin of an anaphor: \"his brother X\" is someone else",
            DropReason::NoGroupForPerson => "no group for the person the presence was read off",
            DropReason::AttackWithoutPlace => {
                "attack without a place beside the same group's attack with one"
            }
            DropReason::Duplicate => "duplicate of a fact already kept",
        }
    }
}

/// A candidate a relation rule vetoed before making it a fact, with document entity indices.
#[derive(Debug, Clone)]
pub(crate) struct Veto {
    pub rule: &'static str,
    pub fact_type: FactType,
    pub subject: usize,
    pub object: Option<usize>,
    pub reason: DropReason,
}

/// The hooks [`Extractor::run`](crate::Extractor) calls where the pipeline decides. Every one
/// defaults to doing nothing, which is all [`NoTrace`] does.
pub(crate) trait Recorder {
    /// Whether masked sentences should keep their rules' vetoes.
    const KEEPS_VETOES: bool = false;

    /// Sentence `si` was not read, for `why`.
    #[inline(always)]
    fn skipped(&mut self, _si: usize, _why: SkipReason) {}

    /// Sentence `si` was masked as `m` and read by the rules.
    #[inline(always)]
    fn read(&mut self, _si: usize, _m: &Masked) {}

    /// A candidate was dropped.
    #[inline(always)]
    fn dropped(&mut self, _f: &Found, _why: DropReason) {}

    /// A candidate was dropped as a repeat of output fact `same_as`.
    #[inline(always)]
    fn duplicate(&mut self, _f: &Found, _same_as: usize) {}

    /// A candidate became output fact `fact`.
    #[inline(always)]
    fn kept(&mut self, _f: &Found, _fact: usize) {}

    /// The output ids of the document entities the extraction keeps.
    #[inline(always)]
    fn entity_ids(&mut self, _ids: &HashMap<usize, String>) {}
}

/// The recorder of a plain extraction: records nothing.
pub(crate) struct NoTrace;

impl Recorder for NoTrace {}

/// A candidate as recorded, with document entity indices.
struct Settled {
    sentence: usize,
    rule: &'static str,
    fact_type: FactType,
    subject: usize,
    object: Option<usize>,
    polarity: Option<Polarity>,
    source: Option<String>,
    outcome: Outcome,
}

impl Settled {
    fn of(f: &Found, outcome: Outcome) -> Settled {
        Settled {
            sentence: f.sentence,
            rule: f.raw.rule,
            fact_type: f.raw.fact_type,
            subject: f.raw.subject,
            object: f.raw.object,
            polarity: Some(f.polarity),
            source: f.source.clone(),
            outcome,
        }
    }
}

/// A masked sentence as the rules read it.
struct ReadSentence {
    masked: String,
    /// Mention index (into `DocEntities::mentions`) and placeholder of each slot.
    placeholders: HashMap<usize, String>,
}

/// The recorder of [`Extractor::trace`](crate::Extractor::trace).
#[derive(Default)]
pub(crate) struct Tracer {
    skipped: HashMap<usize, SkipReason>,
    read: HashMap<usize, ReadSentence>,
    settled: Vec<Settled>,
    ids: HashMap<usize, String>,
}

impl Recorder for Tracer {
    const KEEPS_VETOES: bool = true;

    fn skipped(&mut self, si: usize, why: SkipReason) {
        self.skipped.insert(si, why);
    }

    fn read(&mut self, si: usize, m: &Masked) {
        let placeholders = m
            .slots
            .iter()
            .enumerate()
            .map(|(i, s)| (s.mention, format!("⟨{}{i}⟩", letter(s.kind))))
            .collect();
        self.read.insert(si, ReadSentence { masked: m.masked.clone(), placeholders });
        for v in m.take_vetoes() {
            self.settled.push(Settled {
                sentence: si,
                rule: v.rule,
                fact_type: v.fact_type,
                subject: v.subject,
                object: v.object,
                polarity: None,
                source: None,
                outcome: Outcome::Dropped { reason: v.reason, same_as: None },
            });
        }
    }

    fn dropped(&mut self, f: &Found, why: DropReason) {
        self.settled.push(Settled::of(f, Outcome::Dropped { reason: why, same_as: None }));
    }

    fn duplicate(&mut self, f: &Found, same_as: usize) {
        let outcome = Outcome::Dropped { reason: DropReason::Duplicate, same_as: Some(same_as) };
        self.settled.push(Settled::of(f, outcome));
    }

    fn kept(&mut self, f: &Found, fact: usize) {
        self.settled.push(Settled::of(f, Outcome::Kept { fact }));
    }

    fn entity_ids(&mut self, ids: &HashMap<usize, String>) {
        self.ids = ids.clone();
    }
}

impl Tracer {
    /// The trace of the document, once its extraction is done.
    pub(crate) fn finish(
        self,
        text: &str,
        sentences: &[Sentence],
        doc: &DocEntities,
        extraction: Extraction,
    ) -> DocumentTrace {
        let entity = |i: usize| {
            let e = &doc.entities[i];
            EntityRef {
                id: self.ids.get(&i).cloned(),
                kind: e.kind,
                name: e.name.clone(),
                kb: e.kb.clone(),
            }
        };
        let mut candidates: Vec<Vec<Candidate>> = vec![Vec::new(); sentences.len()];
        for s in &self.settled {
            candidates[s.sentence].push(Candidate {
                rule: s.rule,
                fact_type: s.fact_type,
                subject: entity(s.subject),
                object: s.object.map(entity),
                polarity: s.polarity,
                source: s.source.clone(),
                outcome: s.outcome.clone(),
            });
        }
        let sentences = sentences
            .iter()
            .zip(candidates)
            .enumerate()
            .map(|(si, (s, candidates))| {
                let read = self.read.get(&si);
                let mentions = doc
                    .mentions
                    .iter()
                    .enumerate()
                    .filter(|(_, m)| m.start >= s.start && m.end <= s.end)
                    .map(|(mi, m)| MentionTrace {
                        start: m.start,
                        end: m.end,
                        surface: text[m.start..m.end].to_string(),
                        placeholder: read.and_then(|r| r.placeholders.get(&mi).cloned()),
                        anaphor: m.anaphor,
                        entity: entity(m.entity),
                    })
                    .collect();
                SentenceTrace {
                    number: si + 1,
                    start: s.start,
                    end: s.end,
                    text: text[s.start..s.end].to_string(),
                    skipped: self.skipped.get(&si).copied(),
                    masked: read.map(|r| r.masked.clone()),
                    mentions,
                    candidates,
                }
            })
            .collect();
        DocumentTrace { sentences, extraction }
    }
}
