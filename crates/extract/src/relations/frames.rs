//! Rules read over the sentence's structure ([`crate::clause`]) instead of word windows: a
//! trigger (a verb group or a noun, "splintered from", "an ally of", "the merger of") found by a
//! regex, its subject from the structure (the clause's subject, the head of the relative clause
//! or apposition the trigger stands in, coordinated lists expanded) and its object the chunk
//! right after the trigger. One frame covers "⟨G⟩ split from ⟨G⟩", "⟨G⟩, which split from ⟨G⟩,
//! ...", "⟨G⟩ and ⟨G⟩ – two groups that split from ⟨G⟩ – ..." and "⟨G⟩, a splinter of ⟨G⟩".

use super::{push, RawFact, GROUP};
use crate::clause::Structure;
use crate::model::{EntityKind, FactAttrs, FactType};
use crate::rule::Rule;
use crate::sentence::Masked;

rule!(
    /// Between a possessor and the noun that is the trigger: "'s", "'s bloody".
    POSSESSED_NOUN = "relation.possessed_noun",
    || r"^'s?\ (?:[\w-]+\ ){0,2}$".to_string()
);

rule!(
    /// Between a plural noun for groups and the list that names them: "two dominant ⟨G⟩ groups,
    /// the ⟨G⟩ and ⟨G⟩", "three factions: ⟨G⟩, ⟨G⟩ and ⟨G⟩".
    LISTED_AFTER_NOUN = "relation.listed_after_noun",
    || r"(?ix)
        ^\ (?:groups|factions|organi[sz]ations|outfits|movements|militias|parties|bodies)
        (?:\ (?:in|from|of)\ (?:the\ )?⟨L\d+⟩)?
        (?:,|:|\ -|\ –|\ —)\ (?:namely\ )?(?:the\ )?$
    ".to_string()
);
rule!(
    /// Between a compound modifier and the group it qualifies: "⟨G⟩-affiliated ".
    COMPOUND_TAIL = "relation.compound_tail",
    || r"^-[\w-]+\ (?:the\ )?$".to_string()
);

/// The chunk that names the members of subject `s` when `s` only qualifies a plural noun that a
/// list follows ("⟨L⟩'s two ⟨G1⟩ groups, the ⟨G2⟩ and ⟨G3⟩, merged": ⟨G2⟩ and ⟨G3⟩), else `s`.
pub(super) fn listed_members(m: &Masked, st: &Structure, s: usize) -> usize {
    let end = st.chunks[s].at.1;
    st.chunks
        .iter()
        .position(|c| {
            c.at.0 > end
                && c.kind == EntityKind::Group
                && c.slots.len() > 1
                && LISTED_AFTER_NOUN.is_match(&m.masked[end..c.at.0])
        })
        .unwrap_or(s)
}

rule!(
    /// Words that open a coordinated or subordinate clause before its own subject: ", and ",
    /// ", but ", "after ".
    CLAUSE_AND = "relation.clause_and",
    || r"(?ix)
        (?:,\ (?:and|but|while|whereas)
            |\b(?:after|before|when|since|because|while|until|once|whereas|although|though))
        \ (?:the\ )?$
    ".to_string()
);
rule!(
    /// Between a subject and its verb: auxiliaries and adverbs, no punctuation or placeholder.
    VERB_WORDS = "relation.verb_words",
    || r"^(?:\ [a-z]+){0,4}\ ?$".to_string()
);

/// The subject of a coordinated or subordinate clause the trigger at byte `at` stands in, when it
/// differs from the sentence's first subject `s`: "⟨G⟩ returned ..., and ⟨G2⟩ reunited with ⟨G⟩",
/// "⟨G⟩ was renamed after ⟨G2⟩ cut ties with ⟨G⟩" (⟨G2⟩).
pub(super) fn coordinated_clause_subject(m: &Masked, st: &Structure, s: usize, at: usize) -> usize {
    st.chunks
        .iter()
        .enumerate()
        .rev()
        .find(|(_, c)| c.at.1 <= at && c.at.0 > st.chunks[s].at.1)
        .filter(|(_, c)| {
            c.kind == EntityKind::Group
                && !c.possessive
                && !c.compound
                && st.segment_at(c.at.0) == st.segment_at(at)
                && CLAUSE_AND.is_match(&m.masked[..c.at.0])
                && VERB_WORDS.is_match(&m.masked[c.at.1..at])
        })
        .map_or(s, |(i, _)| i)
}

/// The group a compound modifier at chunk `o` qualifies ("from the ⟨G1⟩-affiliated ⟨G2⟩":
/// ⟨G2⟩), else `o`.
pub(super) fn past_compound(m: &Masked, st: &Structure, o: usize) -> usize {
    if !st.chunks[o].compound {
        return o;
    }
    let end = st.chunks[o].at.1;
    st.chunks
        .iter()
        .position(|c| {
            c.at.0 > end
                && c.kind == EntityKind::Group
                && c.at.0 - end < 40
                && COMPOUND_TAIL.is_match(&m.masked[end..c.at.0])
        })
        .unwrap_or(o)
}

/// What a frame's trigger takes after it.
#[derive(Clone, Copy)]
pub(super) enum Takes {
    /// A chunk starting at most this many bytes after the trigger.
    Object(usize),
    /// Nothing: the fact holds between the members of the coordinated subject ("⟨G⟩ and ⟨G⟩
    /// were locked in a bitter war").
    AmongSubjects,
}

pub(super) struct Frame {
    pub fact_type: FactType,
    pub rule: &'static Rule,
    pub takes: Takes,
    /// Words right before the trigger that undo it ("severed ties with"), matched against the
    /// text before the trigger.
    pub unless_before: Option<&'static Rule>,
    /// Chunks governed by "with" between the subject and the trigger act with the subject:
    /// "⟨G⟩ merged with ⟨G⟩ to form ⟨G⟩".
    pub with_partners: bool,
}

/// Runs each frame over the sentence.
pub(super) fn run(m: &Masked, st: &Structure, frames: &[Frame], out: &mut Vec<RawFact>) {
    for f in frames {
        for t in f.rule.find_iter(&m.masked) {
            if f.unless_before.is_some_and(|u| u.is_match(&m.masked[..t.start()])) {
                continue;
            }
            // "⟨G⟩'s split from ⟨G⟩": the possessor of the noun, else the clause's subject.
            let possessor = st.chunks.iter().position(|c| {
                c.possessive
                    && c.kind == EntityKind::Group
                    && c.at.1 <= t.start()
                    && POSSESSED_NOUN.is_match(&m.masked[c.at.1..t.start()])
            });
            let subject = possessor.or_else(|| st.subject(&m.masked, t.start(), GROUP));
            let Some(s) = subject else { continue };
            let s = listed_members(m, st, s);
            let s = coordinated_clause_subject(m, st, s, t.start());
            let mut subjects = st.chunks[s].slots.clone();
            if f.with_partners {
                let partners = st.chunks.iter().filter(|c| {
                    c.at.0 > st.chunks[s].at.1
                        && c.at.1 <= t.end()
                        && c.prep.as_deref() == Some("with")
                });
                subjects.extend(partners.flat_map(|c| c.slots.iter().copied()));
            }
            match f.takes {
                Takes::Object(gap) => {
                    let Some(o) = st.object_after(t.end(), GROUP, gap) else { continue };
                    let o = past_compound(m, st, o);
                    let region = (st.chunks[s].at.0.min(t.start()), st.chunks[o].at.1);
                    for &s in &subjects {
                        for &o in &st.chunks[o].slots {
                            push(
                                out,
                                m,
                                f.rule.id(),
                                f.fact_type,
                                (s, Some(o)),
                                FactAttrs::None,
                                region,
                            );
                        }
                    }
                }
                Takes::AmongSubjects => {
                    let region = (st.chunks[s].at.0, t.end());
                    for (i, &a) in subjects.iter().enumerate() {
                        for &b in &subjects[i + 1..] {
                            push(
                                out,
                                m,
                                f.rule.id(),
                                f.fact_type,
                                (a, Some(b)),
                                FactAttrs::None,
                                region,
                            );
                        }
                    }
                }
            }
        }
    }
}
