//! Extraction core: cleaned article text in, entities and sourced facts out.
//!
//! This crate is pure: it never touches the file system, the network or a database.
//! Everything it needs (the knowledge base) is handed to [`Extractor::new`].
//!
//! The pipeline per document: [`segment`] into sentences, find names ([`gazetteer`] for the
//! knowledge base, [`names`] for names it lacks) and turn them into document entities
//! ([`mentions`]), then for each sentence that names a group, mask it ([`sentence`]) and read
//! relations from its shape ([`relations`]), and qualify each fact with its source ([`source`]),
//! polarity ([`polarity`]) and time ([`time`]).
//!
//! Every fact names the rule that made it (`Fact::rule`). [`Extractor::trace`] runs the same
//! pipeline and also tells, per sentence, what the rules read and proposed and why each dropped
//! proposal was dropped ([`trace`]).

#[macro_use]
mod rule;
mod budget;
mod clause;
mod gazetteer;
mod mentions;
mod model;
mod names;
pub mod normalize;
mod patterns;
mod qualify;
mod relations;
pub mod segment;
mod sentence;
pub mod stages;
pub mod trace;
mod truecase;

use qualify::source;
pub use qualify::{polarity, time};

#[doc(hidden)]
pub use budget::Work;
pub use budget::{MAX_RULE_SENTENCE_BYTES, MAX_RULE_SENTENCE_MENTIONS};
pub use model::*;
pub use rule::{rule_ids, Rule};

use allegiance_kb::Kb;
use budget::Budget;
use gazetteer::Gazetteer;
use mentions::{DocEntities, DocEntity};
use regex::Regex;
use relations::{Pending, RawFact};
use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};
use trace::{DocumentTrace, DropReason, NoTrace, Recorder, SkipReason, Tracer};

/// Compiled matchers over a knowledge base. Build once, share across threads, call
/// [`Extractor::extract`] per document.
pub struct Extractor {
    gaz: Gazetteer,
}

/// A fact before entity ids are assigned: document entity indices and its sentence.
pub(crate) struct Found {
    raw: RawFact,
    sentence: usize,
    source: Option<String>,
    polarity: Polarity,
    when: Option<When>,
}

rule!(NEW_BRANCH = "branch_of.new_branch_in_place", || {
    r"(?i)\b(?:new|similar|regional|local)\b (?:[\w'-]+ ){0,2}?(?:chapters?|branch(?:es)?|provinces?|outfits?|affiliates?|wings?|franchises?|groups)(?: (?:have|has|had|been|also|was|were|being|been|founded|created|formed|established|set up|announced)){0,6} (?:in|for|covering) ⟨L(\d+)⟩".to_string()
});

rule!(PROVINCES_OF = "branch_of.provinces_of", || {
    r"(?i)\b(?:provinces|wilayats|branches|affiliates) (?:of|in) ".to_string()
});

rule!(
/// Cheap test for sentences that may announce a branch without naming any group.
NEW_BRANCH_HINT = "branch_of.new_branch_hint", || {
    r"(?i)\b(?:new|similar|regional|local)\b[^.]{0,40}\b(?:chapters?|branch(?:es)?|provinces?|outfits?|affiliates?|wings?|franchises?|groups)\b".to_string()
});

/// Compiles one share of the rule regexes now rather than on first use.
///
/// Compiling the rules takes about 0.15 s of CPU, once per process. Workers that start together
/// each call this with their own `share` (of `shares`), so that they compile side by side; left
/// to first use, one worker compiles the rules of a long sentence while the others wait on it. A
/// single-threaded caller need not call it at all: everything compiles lazily when needed. The
/// rules are those `rule!` and `regex!` registered, so none can be left out of the warm-up.
pub fn warm_up(share: usize, shares: usize) {
    rule::warm_up(share, shares);
}

impl Extractor {
    pub fn new(kb: &Kb) -> Extractor {
        Extractor { gaz: Gazetteer::new(kb) }
    }

    /// Extracts entities and facts from one cleaned document text.
    pub fn extract(&self, text: &str, meta: &DocMeta) -> Extraction {
        self.extract_with_warnings(text, meta).0
    }

    /// [`Extractor::extract`], with the warnings of the extraction: the sentences the relation
    /// rules skipped as too long or too full of names ([`MAX_RULE_SENTENCE_BYTES`],
    /// [`MAX_RULE_SENTENCE_MENTIONS`]), each naming the sentence's byte offset.
    pub fn extract_with_warnings(&self, text: &str, meta: &DocMeta) -> (Extraction, Vec<String>) {
        let (extraction, warnings, _) = self.extract_counting(text, meta);
        (extraction, warnings)
    }

    /// [`Extractor::extract_with_warnings`] with the work it counted, for tests that hold the
    /// work per document to a linear bound of its size.
    #[doc(hidden)]
    pub fn extract_counting(&self, text: &str, meta: &DocMeta) -> (Extraction, Vec<String>, Work) {
        let mut budget = Budget::default();
        let (extraction, _, _) = self.run(text, meta, &mut NoTrace, &mut budget);
        (extraction, budget.warnings, budget.work)
    }

    /// Extracts as [`Extractor::extract`] does (the same extraction) and tells, per sentence,
    /// what the rules read, which facts they proposed and why each dropped one was dropped.
    pub fn trace(&self, text: &str, meta: &DocMeta) -> DocumentTrace {
        let mut tracer = Tracer::default();
        let (extraction, sentences, doc) =
            self.run(text, meta, &mut tracer, &mut Budget::default());
        tracer.finish(text, &sentences, &doc, extraction)
    }

    /// The pipeline, telling `rec` where it decides and counting its work in `budget`; also
    /// returns the sentences and document entities, which a trace reports on.
    fn run<R: Recorder>(
        &self,
        text: &str,
        meta: &DocMeta,
        rec: &mut R,
        budget: &mut Budget,
    ) -> (Extraction, Vec<segment::Sentence>, DocEntities) {
        let (work, warnings) = (&mut budget.work, &mut budget.warnings);
        let sentences = segment::sentences(text);
        // Upper-case wire copy is read in ordinary case, at the same byte offsets; evidence is
        // quoted from the original (see `truecase`).
        let view = truecase::view(&self.gaz, text, &sentences);
        let original = text;
        let text = view.as_deref().unwrap_or(text);
        let mut doc = mentions::find(&self.gaz, text, &sentences);
        let report_author = source::report_author(text, &doc);
        let mut found: Vec<Found> = Vec::new();
        for (si, s) in sentences.iter().enumerate() {
            if !self.gate(text, si, s, &doc, rec, work, warnings) {
                continue;
            }
            let (m, raws) = self.read_sentence(text, s, &mut doc, si, rec);
            if !raws.is_empty() {
                work.facts_qualified += raws.len();
                work.qualify_bytes += raws.len() * (s.end - s.start);
                found.extend(qualify(text, s, si, &m, &doc, raws, meta, report_author.as_deref()));
            }
        }
        media_pledges(&mut found, text, &sentences, &doc, meta);
        self.derive(&mut doc, &mut found, text, &sentences, rec);
        let extraction = assemble(original, &sentences, &doc, found, rec);
        (extraction, sentences, doc)
    }

    /// Whether the relation rules read sentence `si`: one that may state a fact
    /// ([`skip_reason`]) within the rules' budget (else a warning says it was skipped).
    #[allow(clippy::too_many_arguments)] // the gate reports to the trace, the work count and the warnings
    pub(crate) fn gate<R: Recorder>(
        &self,
        text: &str,
        si: usize,
        s: &segment::Sentence,
        doc: &DocEntities,
        rec: &mut R,
        work: &mut Work,
        warnings: &mut Vec<String>,
    ) -> bool {
        let inside = budget::mentions_in(doc, s);
        work.mentions_scanned += inside.len();
        if let Some(why) = skip_reason(text, si, s, doc, inside.clone()) {
            rec.skipped(si, why);
            return false;
        }
        if let Some(warning) = budget::skip_reason(s, inside.len()) {
            warnings.push(warning);
            rec.skipped(si, SkipReason::OverBudget);
            return false;
        }
        work.sentences_read += 1;
        work.rule_bytes += s.end - s.start;
        // Masking looks at the same mentions again.
        work.mentions_scanned += inside.len();
        true
    }

    /// The masked sentence and the facts its rules read, those of described bodies of people
    /// ("several commanders") and of branches named by place included (both add entities).
    fn read_sentence<R: Recorder>(
        &self,
        text: &str,
        s: &segment::Sentence,
        doc: &mut DocEntities,
        si: usize,
        rec: &mut R,
    ) -> (sentence::Masked, Vec<RawFact>) {
        let mut m = sentence::mask(text, s.start, s.end, doc);
        if R::KEEPS_VETOES {
            m.keep_vetoes();
        }
        let (mut raws, collectives) = relations::find_with_collectives(&m);
        raws.extend(self.new_branches(&m, doc));
        for c in collectives {
            let whole = (m.source_offset(text, doc, c.np.0), m.source_offset(text, doc, c.np.1));
            let name_start = m.source_offset(text, doc, c.name_start);
            let subject = doc.collective(text, whole, name_start);
            raws.push(RawFact {
                fact_type: c.fact_type,
                subject,
                object: Some(c.object),
                attrs: FactAttrs::None,
                region: c.region,
                rule: c.rule,
                pending: Pending::Nothing,
            });
        }
        rec.read(si, &m);
        (m, raws)
    }

    /// "a new regional chapter in ⟨L⟩", "its provinces of ⟨L⟩, ⟨L⟩ and ⟨L⟩": branches the article
    /// names only by their places.
    fn new_branches(&self, m: &sentence::Masked, doc: &mut DocEntities) -> Vec<RawFact> {
        /// The places a phrase names branches by, before the branches are entities.
        struct PlacedBranches {
            /// Where the phrase starts: the parent is the group named before it.
            at: usize,
            places: Vec<usize>,
            region: (usize, usize),
            rule: &'static str,
            /// Whether the sentence locates the branches in their places.
            located: bool,
        }
        let mut out = Vec::new();
        let mut found: Vec<PlacedBranches> = Vec::new();
        for c in NEW_BRANCH.captures_iter(&m.masked) {
            let Some(p) = m.slot_of_capture(&c[1]) else { continue };
            let w = c.get(0).unwrap();
            found.push(PlacedBranches {
                at: w.start(),
                places: m.coordinated(p),
                region: (w.start(), w.end()),
                rule: NEW_BRANCH.id(),
                located: true,
            });
        }
        for w in PROVINCES_OF.find_iter(&m.masked) {
            // Every place in the list that follows, up to the clause's end.
            let end = m.masked[w.end()..].find(';').map_or(m.masked.len(), |e| w.end() + e);
            let places: Vec<usize> =
                m.slots_in((w.end(), end), &[EntityKind::Place]).map(|(i, _)| i).collect();
            // A list of provinces names them; it does not say where they operate now.
            found.push(PlacedBranches {
                at: w.start(),
                places,
                region: (w.start(), end),
                rule: PROVINCES_OF.id(),
                located: false,
            });
        }
        for PlacedBranches { at, places, region, rule, located } in found {
            let parent = m
                .nearest_before(at, &[EntityKind::Group])
                .map(|g| m.slots[g].entity)
                .or_else(|| main_group(doc));
            let Some(parent) = parent else { continue };
            let w = (region.0, region.1);
            for place in places {
                let place_entity = m.slots[place].entity;
                let place_name = doc.entities[place_entity].name.clone();
                let parent_entity = &doc.entities[parent];
                let name = if parent_entity.kb.as_deref() == Some("islamic-state") {
                    format!("Islamic State {place_name} Province")
                } else {
                    format!("{} in {place_name}", parent_entity.name)
                };
                // A branch the KB knows by that name is that branch.
                let known = self
                    .gaz
                    .find(&name)
                    .into_iter()
                    .filter(|h| h.start == 0 && h.end == name.len())
                    .flat_map(|h| h.candidates)
                    .map(|c| self.gaz.entry(c.entry))
                    .find(|e| e.kind == allegiance_kb::EntityKind::Group)
                    .map(|e| e.id.clone());
                let branch = match known.and_then(|id| doc.ensure_kb(&self.gaz, &id)) {
                    Some(b) => b,
                    None => doc.synthetic_group(&name, parent),
                };
                let short = format!("{place_name} Province");
                if parent_entity_is_is(doc, parent)
                    && !doc.entities[branch].aliases.contains(&short)
                {
                    doc.entities[branch].aliases.push(short);
                }
                out.push(RawFact {
                    fact_type: FactType::BranchOf,
                    subject: branch,
                    object: Some(parent),
                    attrs: FactAttrs::None,
                    region: w,
                    rule,
                    pending: Pending::Nothing,
                });
                if located {
                    out.push(RawFact {
                        fact_type: FactType::Presence,
                        subject: branch,
                        object: Some(place_entity),
                        attrs: FactAttrs::None,
                        region: w,
                        rule: "presence.new_branch_in_place",
                        pending: Pending::Nothing,
                    });
                }
            }
        }
        out
    }

    /// Facts that follow from others: a pledge to a leader is a pledge to the leader's group, a
    /// leader's pledge binds the group, and a branch named as such belongs to its parent.
    fn derive<R: Recorder>(
        &self,
        doc: &mut DocEntities,
        found: &mut Vec<Found>,
        text: &str,
        sentences: &[segment::Sentence],
        rec: &mut R,
    ) {
        // "the late leader ⟨P⟩": the group is the person's own in the KB, if the article names it.
        for f in found.iter_mut() {
            if f.raw.pending != Pending::TitledPersonsGroup {
                continue;
            }
            f.raw.pending = Pending::Nothing;
            let person = &doc.entities[f.raw.subject];
            f.raw.object = person
                .person_groups
                .iter()
                .find_map(|g| doc.lookup_kb(g).filter(|&i| !doc.entities[i].spans.is_empty()));
            if f.raw.object.is_none() {
                rec.dropped(f, DropReason::NoGroupForPerson);
            }
        }
        found.retain(|f| f.raw.fact_type != FactType::LeaderOf || f.raw.object.is_some());
        // "the group's leader ⟨P⟩" with the anaphor read as a group the KB does not tie him to,
        // while the article names one it does: he leads that one.
        for f in found.iter_mut() {
            if f.raw.pending != Pending::LeaderOfAnaphor {
                continue;
            }
            f.raw.pending = Pending::Nothing;
            let groups = &doc.entities[f.raw.subject].person_groups;
            let read = f.raw.object.and_then(|o| doc.entities[o].kb.as_ref());
            if groups.is_empty() || read.is_some_and(|k| groups.contains(k)) {
                continue;
            }
            let own = groups
                .iter()
                .find_map(|g| doc.lookup_kb(g).filter(|&i| !doc.entities[i].spans.is_empty()));
            if let Some(own) = own {
                f.raw.object = Some(own);
            }
        }
        let leaders: HashMap<usize, usize> = found
            .iter()
            .filter(|f| f.raw.fact_type == FactType::LeaderOf)
            .filter_map(|f| Some((f.raw.subject, f.raw.object?)))
            .collect();
        // "⟨P⟩'s caliphate in ⟨L⟩": the presence is the person's group's; without one, nobody's.
        for f in found.iter_mut() {
            if f.raw.pending != Pending::PersonsGroup {
                continue;
            }
            f.raw.pending = Pending::Nothing;
            let person = f.raw.subject;
            let group = leaders.get(&person).copied().or_else(|| {
                let kb_group = doc.entities[person].person_groups.first().cloned()?;
                doc.ensure_kb(&self.gaz, &kb_group)
            });
            if group.is_none() {
                rec.dropped(f, DropReason::NoGroupForPerson);
            }
            f.raw.subject = group.unwrap_or(usize::MAX);
        }
        found.retain(|f| f.raw.subject != usize::MAX);
        let mut extra = Vec::new();
        for f in found.iter_mut() {
            if f.raw.fact_type != FactType::Pledge {
                continue;
            }
            if let Some(o) = f.raw.object {
                if doc.entities[o].kind == EntityKind::Person {
                    let group = leaders.get(&o).copied().or_else(|| {
                        let kb_group = doc.entities[o].person_groups.first().cloned()?;
                        doc.ensure_kb(&self.gaz, &kb_group)
                    });
                    match group {
                        Some(g) if g != f.raw.subject => f.raw.object = Some(g),
                        _ => {}
                    }
                }
            }
            if doc.entities[f.raw.subject].kind == EntityKind::Person {
                if let Some(&g) = leaders.get(&f.raw.subject) {
                    if Some(g) != f.raw.object {
                        let mut raw = f.raw.clone();
                        raw.subject = g;
                        raw.rule = "pledge.via_leader";
                        extra.push(Found {
                            raw,
                            sentence: f.sentence,
                            source: f.source.clone(),
                            polarity: f.polarity,
                            when: f.when.clone(),
                        });
                    }
                }
            }
        }
        found.extend(extra);
        // Branches whose parent the document also names: by the branch's own name anywhere, or
        // from the KB where one sentence names both and states no other relation between them.
        // A branch pledging to its parent confirms the tie; any other relation stated between
        // them (a rivalry, a split) is what the article says instead.
        let related: HashSet<(usize, usize)> = found
            .iter()
            .filter(|f| f.raw.fact_type != FactType::Pledge)
            .filter_map(|f| {
                Some((f.raw.subject.min(f.raw.object?), f.raw.subject.max(f.raw.object?)))
            })
            .collect();
        for (i, e) in doc.entities.iter().enumerate() {
            let Some(p) = e.parent else { continue };
            if related.contains(&(i.min(p), i.max(p))) {
                continue;
            }
            // Sentences are ordered and disjoint: the one holding a mention is found by search.
            let sentence_of = |m: &mentions::Mention| {
                let si = sentences.partition_point(|s| s.end < m.end);
                sentences.get(si).filter(|s| s.start <= m.start && m.end <= s.end).map(|_| si)
            };
            let together =
                doc.mentions.iter().filter(|m| m.entity == i && !m.anaphor).find_map(|m| {
                    let si = sentence_of(m)?;
                    let s = sentences[si];
                    doc.mentions[budget::mentions_in(doc, &s)]
                        .iter()
                        .any(|o| o.entity == p && o.start >= s.start && o.end <= s.end)
                        .then_some(si)
                });
            let first =
                doc.mentions.iter().find(|m| m.entity == i && !m.anaphor).and_then(sentence_of);
            let si = if e.parent_by_name { together.or(first) } else { together };
            let Some(si) = si else { continue };
            let _ = text;
            found.push(Found {
                raw: RawFact {
                    fact_type: FactType::BranchOf,
                    subject: i,
                    object: Some(p),
                    attrs: FactAttrs::None,
                    region: (0, 0),
                    rule: "branch_of.known_parent",
                    pending: Pending::Nothing,
                },
                sentence: si,
                source: None,
                polarity: Polarity::Asserted,
                when: None,
            });
        }
    }
}

/// Whether sentence `si` may state a fact: the costly work (masking, relation rules, qualifiers)
/// runs only on these. Most sentences of general news name no armed group.
/// `inside` is the range of `doc.mentions` that may lie in it ([`budget::mentions_in`]).
fn skip_reason(
    text: &str,
    si: usize,
    s: &segment::Sentence,
    doc: &DocEntities,
    inside: std::ops::Range<usize>,
) -> Option<SkipReason> {
    if si == 0 && is_headline(&text[s.start..s.end]) {
        // Headlines restate the story in telegraphic form; the body states it properly.
        return Some(SkipReason::Headline);
    }
    if is_question(&text[s.start..s.end]) {
        // "Who is Kataib Hezbollah?", "How come X replaces Y?": a question asserts nothing.
        return Some(SkipReason::Question);
    }
    // A known militant leader stands for his group ("Shekau's faction is based in ...").
    let has_group = doc.mentions[inside].iter().any(|m| {
        let e = &doc.entities[m.entity];
        m.start >= s.start
            && m.end <= s.end
            && (e.kind == EntityKind::Group
                || e.kind == EntityKind::Person && !e.person_groups.is_empty())
    });
    let reads = has_group || NEW_BRANCH_HINT.is_match(&text[s.start..s.end]);
    (!reads).then_some(SkipReason::NoGroup)
}

/// Each fact of sentence `si` with its source, polarity and time.
#[allow(clippy::too_many_arguments)]
fn qualify(
    text: &str,
    s: &segment::Sentence,
    si: usize,
    m: &sentence::Masked,
    doc: &DocEntities,
    raws: Vec<RawFact>,
    meta: &DocMeta,
    report_author: Option<&str>,
) -> Vec<Found> {
    let when = time::when_of(&text[s.start..s.end], meta.published.as_deref());
    // Who claims it, per fact and clause: a speaker is no source for a fact about themself ("X
    // said it carried out the attack", "its leader Y said").
    let mut sources: HashMap<(usize, usize), Option<String>> = HashMap::new();
    raws.into_iter()
        .map(|mut raw| {
            let scope = source::scope(m, raw.region);
            let source = sources
                .entry((raw.subject, scope.0))
                .or_insert_with(|| {
                    source::source_of(m, text, doc, &[raw.subject], raw.region, report_author)
                })
                .clone();
            let polarity = polarity::polarity_of(&m.masked, raw.region);
            if raw.fact_type == FactType::Renamed {
                name_rename(&mut raw, m, doc, text);
            }
            Found { raw, sentence: si, source, polarity, when: when.clone() }
        })
        .collect()
}

rule!(
/// Words for media that show pledges ("photos of fighters pledging allegiance").
MEDIA = "pledge.media_words", || {
    r"(?i)\b(?:photos?|photo sets?|photo-sets?|photographs|pictures|images|videos?|footage|recordings?)\b".to_string()
});
rule!(PLEDGE_WORD = "pledge.pledge_words", || {
    r"(?i)\b(?:bay'?ah|bay’ah|bayat|allegiance|oaths?)\b".to_string()
});

/// Pledge campaigns reported through their media: once the article says that photos or videos
/// show fighters pledging allegiance, a branch that releases such media ("ISWAP released three
/// photo sets", "photo sets from the Islamic State's provinces of A, B and C") pledges to its
/// parent. The context lasts three sentences after the one that sets it.
fn media_pledges(
    found: &mut Vec<Found>,
    text: &str,
    sentences: &[segment::Sentence],
    doc: &DocEntities,
    meta: &DocMeta,
) {
    rule!(RELEASE = "pledge.media_release", || {
        r"(?i)\b(?:released|releases|release|published|publishes|issued|posted|shared|put out|distributed)\b".to_string()
    });
    let mut context_until: Option<usize> = None;
    let mut extra = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        let sent = &text[s.start..s.end];
        let media = MEDIA.is_match(sent);
        if media && PLEDGE_WORD.is_match(sent) {
            context_until = Some(si + 3);
        }
        if !(media && RELEASE.is_match(sent) && context_until.is_some_and(|u| si <= u)) {
            continue;
        }
        // The branches the sentence lists, or the groups it names, that have a parent here.
        // `found` is in sentence order here: this sentence's facts are one run of it.
        let first = found.partition_point(|f| f.sentence < si);
        let listed: Vec<(usize, usize)> = found[first..]
            .iter()
            .take_while(|f| f.sentence == si)
            .filter(|f| f.raw.fact_type == FactType::BranchOf)
            .filter_map(|f| Some((f.raw.subject, f.raw.object?)))
            .collect();
        let named: Vec<(usize, usize)> = doc.mentions[budget::mentions_in(doc, s)]
            .iter()
            .filter(|m| m.start >= s.start && m.end <= s.end)
            .filter_map(|m| Some((m.entity, doc.entities[m.entity].parent?)))
            .collect();
        let mut pledgers: Vec<(usize, usize)> = listed.into_iter().chain(named).collect();
        pledgers.sort_unstable();
        pledgers.dedup();
        let when = time::when_of(sent, meta.published.as_deref());
        for (branch, parent) in pledgers {
            if branch == parent || doc.entities[branch].kind != EntityKind::Group {
                continue;
            }
            extra.push(Found {
                raw: RawFact {
                    fact_type: FactType::Pledge,
                    subject: branch,
                    object: Some(parent),
                    attrs: FactAttrs::None,
                    region: (0, 0),
                    rule: RELEASE.id(),
                    pending: Pending::Nothing,
                },
                sentence: si,
                source: None,
                polarity: Polarity::Asserted,
                when: when.clone(),
            });
        }
    }
    found.extend(extra);
}

fn parent_entity_is_is(doc: &DocEntities, parent: usize) -> bool {
    doc.entities[parent].kb.as_deref() == Some("islamic-state")
}

fn is_question(s: &str) -> bool {
    s.trim_end_matches(['"', '”', '\'', '’', ')']).ends_with('?')
}

fn is_headline(s: &str) -> bool {
    s.len() < 160 && !s.ends_with(['.', '"', '”', '?', '!'])
}

/// The group the document speaks of most.
fn main_group(doc: &DocEntities) -> Option<usize> {
    let mut counts: HashMap<usize, usize> = HashMap::new();
    for m in &doc.mentions {
        if doc.entities[m.entity].kind == EntityKind::Group {
            *counts.entry(m.entity).or_default() += 1;
        }
    }
    counts.into_iter().max_by_key(|&(e, n)| (n, std::cmp::Reverse(e))).map(|(e, _)| e)
}

/// A rename's attributes: the old and the new name as the sentence writes them (a name the
/// sentence refers to by anaphor is written as the entity's name); none if either is missing.
fn name_rename(raw: &mut RawFact, m: &sentence::Masked, doc: &DocEntities, text: &str) {
    let Pending::RenameSlots { from, to } = raw.pending else {
        raw.attrs = FactAttrs::None;
        return;
    };
    raw.pending = Pending::Nothing;
    let surface = |slot: usize| -> Option<String> {
        let s = m.slot(slot)?;
        let mention = &doc.mentions[s.mention];
        if s.anaphor {
            return Some(doc.entities[s.entity].name.clone());
        }
        Some(text[mention.start..mention.end].to_string())
    };
    raw.attrs = match (surface(from), surface(to)) {
        (Some(from), Some(to)) => FactAttrs::Renamed(RenamedAttrs { from, to }),
        _ => FactAttrs::None,
    };
}

/// Numbers document entities as `e1..`, keeps those named in the text or used by a fact, and
/// drops repeated facts.
fn assemble<R: Recorder>(
    text: &str,
    sentences: &[segment::Sentence],
    doc: &DocEntities,
    mut found: Vec<Found>,
    rec: &mut R,
) -> Extraction {
    // "attacked a base in ⟨L⟩, killing ten": an attack without a place adds nothing beside the
    // same group's attack with one in the same sentence.
    let placed: HashSet<(usize, usize)> = found
        .iter()
        .filter(|f| f.raw.fact_type == FactType::Attack && f.raw.object.is_some())
        .map(|f| (f.sentence, f.raw.subject))
        .collect();
    found.retain(|f| {
        let unplaced = f.raw.fact_type == FactType::Attack
            && f.raw.object.is_none()
            && placed.contains(&(f.sentence, f.raw.subject));
        if unplaced {
            rec.dropped(f, DropReason::AttackWithoutPlace);
        }
        !unplaced
    });
    let mut used: Vec<bool> = doc.entities.iter().map(|e| !e.surfaces.is_empty()).collect();
    for f in &found {
        used[f.raw.subject] = true;
        if let Some(o) = f.raw.object {
            used[o] = true;
        }
    }
    let mut ids: HashMap<usize, String> = HashMap::new();
    let mut entities = Vec::new();
    for (i, e) in doc.entities.iter().enumerate() {
        if !used[i] {
            continue;
        }
        let id = format!("e{}", entities.len() + 1);
        ids.insert(i, id.clone());
        entities.push(to_entity(id, e));
    }
    rec.entity_ids(&ids);
    // Each fact's key, with the index of the output fact that has it.
    let mut seen = HashMap::new();
    let mut facts = Vec::new();
    for f in found {
        let key = (
            f.raw.fact_type,
            if f.raw.fact_type.is_symmetric() {
                f.raw.subject.min(f.raw.object.unwrap_or(usize::MAX))
            } else {
                f.raw.subject
            },
            if f.raw.fact_type.is_symmetric() {
                f.raw.object.map(|o| o.max(f.raw.subject))
            } else {
                f.raw.object
            },
            f.raw.attrs.strength().map(|a| a.min.to_bits()),
            f.raw.attrs.strength().map(|a| a.max.to_bits()),
        );
        match seen.entry(key) {
            Entry::Occupied(first) => {
                rec.duplicate(&f, *first.get());
                continue;
            }
            Entry::Vacant(slot) => {
                slot.insert(facts.len());
            }
        }
        // Every rule id names the family of the facts it reads (`presence.locative`).
        debug_assert_eq!(
            f.raw.rule.split_once('.').map(|(family, _)| family),
            Some(f.raw.fact_type.as_str()),
            "a {} fact from rule {}",
            f.raw.fact_type.as_str(),
            f.raw.rule
        );
        let s = sentences[f.sentence];
        rec.kept(&f, facts.len());
        facts.push(Fact {
            fact_type: f.raw.fact_type,
            subject: ids[&f.raw.subject].clone(),
            object: f.raw.object.map(|o| ids[&o].clone()),
            attrs: f.raw.attrs,
            source: f.source,
            polarity: f.polarity,
            when: f.when,
            evidence: Evidence {
                start: s.start,
                end: s.end,
                text: text[s.start..s.end].to_string(),
            },
            rule: Some(f.raw.rule.to_string()),
        });
    }
    Extraction { entities, facts }
}

fn to_entity(id: String, e: &DocEntity) -> Entity {
    let mut mentions = e.surfaces.clone();
    for n in std::iter::once(&e.name).chain(e.aliases.iter()) {
        if !mentions.contains(n) {
            mentions.push(n.clone());
        }
    }
    Entity {
        id,
        kind: e.kind,
        name: e.name.clone(),
        mentions,
        kb: e.kb.clone(),
        former_name: e.former_name,
        spans: e.spans.clone(),
    }
}

/// Lazy-DFA cache per rule and thread. The default (2 MiB) is too small for the long
/// alternations of the presence and relation rules on news text: the cache fills, is cleared and
/// rebuilt over and over, which cost 6% of a run, and each worker thread paid it again.
const RULE_DFA_CACHE: usize = 16 << 20;

/// Compiles a rule. Every regex of this crate is built here, so that all share one configuration.
pub(crate) fn compile_regex(pattern: &str) -> Result<Regex, regex::Error> {
    regex::RegexBuilder::new(&compact_word_class(pattern)).dfa_size_limit(RULE_DFA_CACHE).build()
}

/// Word characters for the rules, as two classes: ASCII letters, digits and `_`, and every
/// non-ASCII character but Latin-1 signs (no-break space, «»), the general punctuation block
/// (curly quotes, dashes), the placeholder brackets `⟨⟩` and CJK punctuation. The non-ASCII part is written negated so that case folding under
/// `(?i)` stays cheap to compute.
const WORD_ASCII: &str = "0-9A-Za-z_";
const WORD_OTHER: &str = r"[^\x00-\x{BF}\x{2000}-\x{206F}\x{27E8}\x{27E9}\x{3000}-\x{303F}]";

/// `pattern` with each `\w`, alone or inside a class, replaced by the [`WORD_ASCII`] and
/// [`WORD_OTHER`] classes. Unicode's `\w` is some 700 ranges, and it made each rule's automaton
/// many times larger: about 50 MB of regex caches per worker thread, and slow to determinise.
/// Non-ASCII text in the masked sentences is almost all placeholders and punctuation by then, and
/// both still count where they did.
fn compact_word_class(pattern: &str) -> std::borrow::Cow<'_, str> {
    if !pattern.contains("\\w") {
        return std::borrow::Cow::Borrowed(pattern);
    }
    let mut out = String::with_capacity(pattern.len() + 64);
    let chars: Vec<char> = pattern.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '\\' if i + 1 < chars.len() => {
                if chars[i + 1] == 'w' {
                    out.push_str(&format!("(?:[{WORD_ASCII}]|{WORD_OTHER})"));
                } else {
                    out.push('\\');
                    out.push(chars[i + 1]);
                }
                i += 2;
            }
            '[' => {
                // The class up to its closing `]` (a `]` first, or after `^`, is a literal).
                let mut j = i + 1;
                if chars.get(j) == Some(&'^') {
                    j += 1;
                }
                if chars.get(j) == Some(&']') {
                    j += 1;
                }
                while j < chars.len() && chars[j] != ']' {
                    j += if chars[j] == '\\' { 2 } else { 1 };
                }
                let body: String = chars[i + 1..j.min(chars.len())].iter().collect();
                if !body.starts_with('^') && body.contains("\\w") && !body.contains('[') {
                    let rest = body.replace("\\w", "");
                    // A leading literal `]` must stay first.
                    let (lead, rest) = if let Some(r) = rest.strip_prefix(']') {
                        ("]", r)
                    } else {
                        ("", rest.as_str())
                    };
                    out.push_str(&format!("(?:[{lead}{WORD_ASCII}{rest}]|{WORD_OTHER})"));
                } else {
                    out.push('[');
                    out.push_str(&body);
                    out.push(']');
                }
                i = j + 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_class_keeps_letters_of_any_script_and_leaves_out_quotes_dashes_and_placeholders() {
        let word = compile_regex(r"(?i)^\w+$").unwrap();
        for w in ["Qaeda", "Shabaab_2", "Ṣanʿāʾ", "Дагестан", "القاعدة", "KELVIN"]
        {
            assert!(word.is_match(w), "{w}");
        }
        for w in ["al’Qaeda", "a—b", "⟨G1⟩", "a b", "a-b", "a\u{a0}b", "«a»"] {
            assert!(!word.is_match(w), "{w}");
        }
        let in_class = compile_regex(r"^[\w'-]+ ⟨G\d+⟩$").unwrap();
        assert!(!in_class.is_match("Ahl al-Sunna's ⟨G3⟩"), "a space is no word character");
        assert!(in_class.is_match("al-Qa'ida ⟨G3⟩"));
        assert!(in_class.is_match("Maʿalla ⟨G12⟩"));
        assert!(!in_class.is_match("⟨L1⟩ ⟨G3⟩"));
        // Escaped backslashes, negated classes and patterns without \w are left as they are.
        assert_eq!(compact_word_class(r"a\\w"), r"a\\w");
        assert_eq!(compact_word_class(r"[^\w]"), r"[^\w]");
        assert!(matches!(compact_word_class(r"\d+"), std::borrow::Cow::Borrowed(_)));
        assert!(compile_regex(r"[]\w]").unwrap().is_match("]"));
    }
}
