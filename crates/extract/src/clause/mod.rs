//! The structure of a masked sentence (see [`crate::sentence`]), for relation rules that read
//! grammar rather than word windows.
//!
//! Built in a few linear passes over the masked text, without a parser: [`chunks`] groups the
//! placeholders into coordinated lists with the preposition that governs each; [`segments`] finds
//! what is not the main clause (relative clauses, appositions, parentheticals, subordinate
//! clauses). On these, [`Structure::subject`] answers "who does the verb at this point?": the head
//! of the relative clause or apposition it stands in, else the first chunk of its clause that no
//! preposition governs; [`Structure::object_after`] the chunk a trigger takes; and
//! [`Structure::passive`] whether a verb is in the passive voice.

pub mod chunks;
pub mod segments;

use crate::model::EntityKind;
pub use chunks::Chunk;
use segments::{Segment, SegmentKind};

pub struct Structure {
    pub chunks: Vec<Chunk>,
    pub segments: Vec<Segment>,
    /// Clause cuts of the masked sentence (sorted, with 0 and its length).
    cuts: Vec<usize>,
}

rule!(
    /// A word that opens a complement clause with a subject of its own: "said (that)",
    /// "announced that".
    COMPLEMENT_OPENER = "clause.complement_opener",
    || r"(?ix)
        \b(?:
            that|said|says|say|announced|announces|claimed|claims|reported|believes|believed
            |confirmed|confirms|denied|denies|stated|added|warned|noted|told\ [\w]+
        )\ $
    ".to_string()
);
rule!(
    /// A form of "be" (with an adverb or two) before a participle: the passive voice.
    BE_BEFORE = "clause.be_before",
    || r"(?ix)
        \b(?:is|was|are|were|be|been|being|got|get|gets|getting)
        (?:\ (?:[a-z]+ly|not|never|also|later|then|now|first|jointly))*\ $
    ".to_string()
);

impl Structure {
    /// The structure of `masked`, whose clause cuts are `cuts` (sorted, with 0 and the length).
    pub fn new(masked: &str, cuts: &[usize]) -> Structure {
        let marks = chunks::placeholders(masked);
        let chunks = chunks::chunks(masked, &marks);
        let segments = segments::segments(masked, &chunks, cuts);
        let mut cuts = cuts.to_vec();
        if cuts.first() != Some(&0) {
            cuts.insert(0, 0);
        }
        if cuts.last() != Some(&masked.len()) {
            cuts.push(masked.len());
        }
        Structure { chunks, segments, cuts }
    }

    /// The structure of a masked sentence.
    pub fn of(m: &crate::sentence::Masked) -> Structure {
        Structure::new(&m.masked, &m.clause_cuts)
    }

    /// The clause (between cuts) that holds byte `at`.
    fn clause_of(&self, at: usize) -> (usize, usize) {
        let i = self.cuts.partition_point(|&c| c <= at);
        let start = self.cuts[i.saturating_sub(1)];
        (start, self.cuts.get(i).copied().unwrap_or(start))
    }

    /// The innermost segment holding byte `at`.
    pub fn segment_at(&self, at: usize) -> Option<usize> {
        self.segments
            .iter()
            .enumerate()
            .filter(|(_, s)| s.at.0 <= at && at < s.at.1)
            .min_by_key(|(_, s)| s.at.1 - s.at.0)
            .map(|(i, _)| i)
    }

    /// The chunk holding slot `slot`.
    pub fn chunk_of_slot(&self, slot: usize) -> Option<usize> {
        self.chunks.iter().position(|c| c.slots.contains(&slot))
    }

    /// The chunk a segment describes: its own head, else that of the segment around it ("⟨G⟩ and
    /// ⟨G⟩ – the two groups that split from ⟨G⟩ –").
    pub fn head_of(&self, seg: usize) -> Option<usize> {
        let s = &self.segments[seg];
        s.head.or_else(|| {
            let outer = self
                .segments
                .iter()
                .enumerate()
                .filter(|(i, o)| *i != seg && o.at.0 <= s.at.0 && s.at.1 <= o.at.1)
                .min_by_key(|(_, o)| o.at.1 - o.at.0)?;
            self.head_of(outer.0)
        })
    }

    /// The group a slot at byte `at` stands for when the place at byte `place` is outside the
    /// apposition or parenthetical holding it: "⟨G⟩, the regional wing of ⟨G2⟩, ... in ⟨L⟩"
    /// speaks of ⟨G⟩, not of ⟨G2⟩. `None` when the slot is not inside one, `Some(None)` when the
    /// segment describes no chunk.
    pub fn described_outside(&self, at: usize, place: usize) -> Option<Option<usize>> {
        let seg = self.segment_at(at)?;
        let s = &self.segments[seg];
        let describes = matches!(s.kind, SegmentKind::Apposition | SegmentKind::Parenthetical);
        if !describes || (s.at.0 <= place && place < s.at.1) {
            return None;
        }
        Some(self.head_of(seg).map(|h| self.chunks[h].slots[0]))
    }

    /// Whether chunk `c` could be a subject: no preposition governs it, it is no possessive or
    /// compound modifier, and it is of one of `kinds`.
    fn subject_like(&self, c: &Chunk, kinds: &[EntityKind]) -> bool {
        kinds.contains(&c.kind) && c.prep.is_none() && !c.possessive && !c.compound
    }

    /// Who does what the word at byte `at` says, among chunks of `kinds`: inside a relative
    /// clause, apposition or parenthetical, its own subject before `at` else the chunk it
    /// describes; elsewhere, the first chunk of the clause before `at` that no preposition
    /// governs and that is not inside another segment (after "said that", the complement's).
    pub fn subject(&self, masked: &str, at: usize, kinds: &[EntityKind]) -> Option<usize> {
        let seg = self.segment_at(at);
        let (from, nested_ok) = match seg {
            Some(i) => (self.segments[i].body, Some(i)),
            None => (self.clause_of(at).0, None),
        };
        let from = from.max(self.clause_of(at).0);
        let in_scope = |c: &Chunk| self.segment_at(c.at.0) == nested_ok;
        let mut candidates = self
            .chunks
            .iter()
            .enumerate()
            .filter(|(_, c)| c.at.0 >= from && c.at.1 <= at && in_scope(c))
            .filter(|(_, c)| self.subject_like(c, kinds));
        // "After ⟨G⟩ split from ⟨G⟩, ...": a word that is a preposition or a conjunction governs
        // the subject of a clause with an irregular verb the segments do not see.
        let conjunction_subject = || {
            self.chunks
                .iter()
                .enumerate()
                .rev()
                .find(|(_, c)| c.at.0 >= from && c.at.1 <= at && in_scope(c))
                .filter(|(_, c)| {
                    kinds.contains(&c.kind)
                        && matches!(c.prep.as_deref(), Some("after" | "before" | "since" | "until"))
                        && !masked[c.at.1..at].contains(',')
                })
                .map(|(i, _)| i)
        };
        let first = candidates.next().map(|(i, _)| i).or_else(conjunction_subject);
        // "⟨G⟩ said that ⟨G⟩ had merged": the complement's own subject.
        let own = first.map(|f| {
            self.chunks
                .iter()
                .enumerate()
                .rev()
                .filter(|(_, c)| c.at.0 > self.chunks[f].at.0 && c.at.1 <= at && in_scope(c))
                .filter(|(_, c)| self.subject_like(c, kinds))
                .filter(|(_, c)| {
                    COMPLEMENT_OPENER
                        .is_match(masked[self.chunks[f].at.1..c.at.0].trim_end_matches("the "))
                })
                .map(|(i, _)| i)
                .next()
                .unwrap_or(f)
        });
        match (own, seg) {
            (Some(c), _) => Some(c),
            (None, Some(i)) if self.segments[i].kind != SegmentKind::Subordinate => {
                self.head_of(i).filter(|&h| kinds.contains(&self.chunks[h].kind))
            }
            _ => None,
        }
    }

    /// The first chunk of `kinds` that starts after byte `at`, within `max_gap` bytes, in the
    /// same segment and clause.
    pub fn object_after(&self, at: usize, kinds: &[EntityKind], max_gap: usize) -> Option<usize> {
        let seg = self.segment_at(at);
        let clause = self.clause_of(at);
        self.chunks
            .iter()
            .enumerate()
            .filter(|(_, c)| c.at.0 >= at && c.at.1 <= clause.1 && kinds.contains(&c.kind))
            .find(|(_, c)| self.segment_at(c.at.0) == seg || seg.is_some_and(|s| self.within(c, s)))
            .filter(|(_, c)| c.at.0 - at <= max_gap)
            .map(|(i, _)| i)
    }

    /// Whether chunk `c` lies inside segment `s`.
    fn within(&self, c: &Chunk, s: usize) -> bool {
        let s = &self.segments[s];
        s.at.0 <= c.at.0 && c.at.1 <= s.at.1
    }

    /// Whether the verb starting at byte `at` is in the passive voice ("was formed", "were
    /// later merged").
    pub fn passive(&self, masked: &str, at: usize) -> bool {
        BE_BEFORE.is_match(chunks::tail(&masked[..at], 40))
    }

    /// Whether bytes `a` and `b` stand in different clauses of the sentence: one of them in a
    /// subordinate clause the other is not in. (A relative clause is not apart from its head:
    /// "⟨G⟩, which operates in ⟨L⟩, ..."; clauses joined by "but" share their subject.)
    pub fn apart(&self, a: usize, b: usize) -> bool {
        let own = |x: usize| {
            self.segment_at(x).filter(|&i| self.segments[i].kind == SegmentKind::Subordinate)
        };
        let (sa, sb) = (own(a), own(b));
        let inside = |x: usize, s: Option<usize>| {
            s.is_some_and(|s| self.segments[s].at.0 <= x && x < self.segments[s].at.1)
        };
        sa != sb && !(inside(a, sb) || inside(b, sa))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use EntityKind::{Group, Person, Place};

    fn kind_at(s: &Structure, at: usize) -> Option<SegmentKind> {
        s.segment_at(at).map(|i| s.segments[i].kind)
    }

    fn st(masked: &str) -> Structure {
        Structure::new(masked, &[0, masked.len()])
    }

    fn at(masked: &str, word: &str) -> usize {
        masked.find(word).unwrap_or_else(|| panic!("{word} not in {masked}"))
    }

    /// The slots of the subject of the word `verb`.
    fn subject(masked: &str, verb: &str) -> Vec<usize> {
        let s = st(masked);
        s.subject(masked, at(masked, verb), &[Group])
            .map(|c| s.chunks[c].slots.clone())
            .unwrap_or_default()
    }

    #[test]
    fn a_coordinated_subject_is_one_chunk() {
        assert_eq!(subject("⟨G0⟩, ⟨G1⟩ and ⟨G2⟩ merged to form ⟨G3⟩.", "merged"), [0, 1, 2]);
        assert_eq!(
            subject(
                "⟨L0⟩'s two main groups, ⟨G1⟩ and ⟨G2⟩, have merged and formed ⟨G3⟩.",
                "merged"
            ),
            [1, 2]
        );
    }

    #[test]
    fn a_relative_clause_takes_its_head_as_subject() {
        let m = "⟨G0⟩, which broke away from ⟨G1⟩ in 2014, attacked ⟨L2⟩.";
        assert_eq!(subject(m, "broke"), [0]);
        assert_eq!(subject(m, "attacked"), [0]);
        let m = "⟨G0⟩ and ⟨G1⟩ - the two factions that splintered from ⟨G2⟩ - merged again.";
        assert_eq!(subject(m, "splintered"), [0, 1]);
        assert_eq!(subject(m, "merged"), [0, 1]);
        // An object relative has a subject of its own.
        assert_eq!(subject("⟨G0⟩, which ⟨G1⟩ joined in 2015, was dissolved.", "joined"), [1]);
    }

    #[test]
    fn an_apposition_describes_its_head() {
        let m = "⟨G0⟩, an ally of ⟨G1⟩, claimed the attack.";
        let s = st(m);
        assert_eq!(kind_at(&s, at(m, "ally")), Some(SegmentKind::Apposition));
        assert_eq!(subject(m, "ally"), [0]);
        assert_eq!(subject(m, "claimed"), [0]);
        // A list is no apposition.
        let m = "⟨G0⟩, the ⟨G1⟩ and ⟨G2⟩ fought on.";
        assert_eq!(kind_at(&st(m), at(m, "⟨G1⟩")), None);
    }

    #[test]
    fn a_prepositional_phrase_holds_no_subject() {
        assert_eq!(
            subject("In ⟨L0⟩, fighters of ⟨G1⟩ later joined ⟨G2⟩.", "joined"),
            Vec::<usize>::new()
        );
        assert_eq!(
            subject("In ⟨L0⟩, the ⟨G1⟩ fighters joined militant group ⟨G2⟩.", "joined"),
            [1]
        );
        assert_eq!(subject("After a split with ⟨G0⟩, the ⟨G1⟩ rearmed.", "rearmed"), [1]);
    }

    #[test]
    fn a_conjunction_before_a_group_opens_its_clause() {
        assert_eq!(subject("After ⟨G0⟩ split from ⟨G1⟩, ⟨G2⟩ rose.", "split"), [0]);
        assert_eq!(subject("After ⟨G0⟩ split from ⟨G1⟩, ⟨G2⟩ rose.", "rose"), [2]);
        assert_eq!(
            subject("After talks with ⟨G0⟩, officials split from ⟨G1⟩.", "split"),
            Vec::<usize>::new()
        );
    }

    #[test]
    fn a_complement_clause_has_its_own_subject() {
        assert_eq!(subject("⟨G0⟩ said that ⟨G1⟩ had merged into ⟨G2⟩.", "merged"), [1]);
        assert_eq!(subject("⟨G0⟩ said that it had merged into ⟨G2⟩.", "merged"), [0]);
    }

    #[test]
    fn a_subordinate_clause_with_a_verb_is_apart() {
        let m = "⟨P0⟩ took over ⟨G1⟩ in 2011, after the founder was killed by soldiers in ⟨L2⟩.";
        let s = st(m);
        assert_eq!(kind_at(&s, at(m, "killed")), Some(SegmentKind::Subordinate));
        assert!(s.apart(at(m, "⟨G1⟩"), at(m, "⟨L2⟩")));
        assert!(!s.apart(at(m, "⟨G1⟩"), at(m, "2011")));
        // "after the merger" has no verb: a phrase, not a clause.
        let m = "⟨G0⟩ grew in ⟨L1⟩ after the merger.";
        assert_eq!(kind_at(&st(m), at(m, "merger")), None);
    }

    #[test]
    fn a_region_opens_an_apposition_but_a_subject_does_not() {
        let m = "the arrest of a leader of ⟨G0⟩, the ⟨L1⟩ wing of ⟨G2⟩, saying he was building a base in ⟨L3⟩.";
        let s = st(m);
        assert_eq!(kind_at(&s, at(m, "wing")), Some(SegmentKind::Apposition));
        assert_eq!(s.described_outside(at(m, "⟨G2⟩"), at(m, "⟨L3⟩")), Some(Some(0)));
        let m = "Based in ⟨L0⟩, the ⟨G1⟩ maintains a presence in ⟨L2⟩.";
        assert_eq!(kind_at(&st(m), at(m, "⟨G1⟩")), None);
    }

    #[test]
    fn when_opens_a_clause_without_a_comma() {
        let m = "⟨G0⟩ suffered a setback in 1998 when a bomb it had planted in ⟨L1⟩ killed 29.";
        let s = st(m);
        assert_eq!(kind_at(&s, at(m, "planted")), Some(SegmentKind::Subordinate));
        assert!(s.apart(at(m, "⟨G0⟩"), at(m, "⟨L1⟩")));
        // "after" mid-sentence may be a preposition: it opens no clause there.
        let m = "⟨G0⟩ grew in ⟨L1⟩ after the merger had failed.";
        assert_eq!(kind_at(&st(m), at(m, "failed")), None);
    }

    #[test]
    fn an_apposed_group_stands_for_its_head_outside_the_apposition() {
        let m = "⟨G0⟩, the wing of ⟨G1⟩, was building a base in ⟨L2⟩.";
        let s = st(m);
        assert_eq!(s.described_outside(at(m, "⟨G1⟩"), at(m, "⟨L2⟩")), Some(Some(0)));
        assert_eq!(s.described_outside(at(m, "⟨G0⟩"), at(m, "⟨L2⟩")), None);
        let m = "⟨G0⟩, the wing of ⟨G1⟩ in ⟨L2⟩, was raided.";
        assert_eq!(st(m).described_outside(at(m, "⟨G1⟩"), at(m, "⟨L2⟩")), None);
    }

    #[test]
    fn objects_and_voice() {
        let m = "⟨G0⟩ was formed in 2017 in a merger between ⟨G1⟩ and ⟨G2⟩.";
        let s = st(m);
        assert!(s.passive(m, at(m, "formed")));
        assert!(!s.passive(m, at(m, "merger")));
        let o = s.object_after(at(m, "between") + 7, &[Group], 10).unwrap();
        assert_eq!(s.chunks[o].slots, [1, 2]);
        let m = "⟨P0⟩, the leader of ⟨G1⟩, met ⟨P2⟩.";
        let s = st(m);
        assert_eq!(
            s.subject(m, at(m, "leader"), &[Person]).map(|c| s.chunks[c].slots.clone()),
            Some(vec![0])
        );
        assert_eq!(
            s.object_after(at(m, "of "), &[Group, Place], 10).map(|c| s.chunks[c].slots[0]),
            Some(1)
        );
    }
}
