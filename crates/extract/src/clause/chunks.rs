//! Chunks: the placeholders of a masked sentence grouped into coordinated lists ("⟨G1⟩, ⟨G2⟩ and
//! the ⟨G3⟩"), each with the preposition that governs it and whether it is a possessive or a
//! compound modifier ("⟨G1⟩'s", "⟨G1⟩-backed").

use crate::model::EntityKind;

/// A placeholder as written in the masked sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placeholder {
    /// The number written in it: the slot index of the masked sentence.
    pub slot: usize,
    pub kind: EntityKind,
    /// Byte span in the masked sentence.
    pub at: (usize, usize),
}

/// Every placeholder of `masked`, in order (one pass over the text).
pub fn placeholders(masked: &str) -> Vec<Placeholder> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = masked[from..].find('⟨') {
        let start = from + open;
        let body = start + '⟨'.len_utf8();
        let Some(close) = masked[body..].find('⟩') else { break };
        let inner = &masked[body..body + close];
        let end = body + close + '⟩'.len_utf8();
        let kind = match inner.as_bytes().first() {
            Some(b'G') => Some(EntityKind::Group),
            Some(b'P') => Some(EntityKind::Person),
            Some(b'L') => Some(EntityKind::Place),
            Some(b'B') => Some(EntityKind::Body),
            _ => None,
        };
        if let (Some(kind), Ok(slot)) = (kind, inner[1..].parse::<usize>()) {
            out.push(Placeholder { slot, kind, at: (start, end) });
        }
        from = end;
    }
    out
}

/// A coordinated list of placeholders of one kind, or a single one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chunk {
    /// Slot indices of the members, in text order.
    pub slots: Vec<usize>,
    pub kind: EntityKind,
    /// From the first member's start to the last member's end.
    pub at: (usize, usize),
    /// The preposition that governs the chunk ("of", "with"), lower case, if any.
    pub prep: Option<String>,
    /// The last member is followed by "'s" or "'".
    pub possessive: bool,
    /// The first member is part of a compound modifier: "⟨G1⟩-backed".
    pub compound: bool,
}

/// Whether the text between two placeholders joins them into one list.
fn joins(gap: &str) -> bool {
    matches!(
        gap.trim(),
        "," | "and"
            | ", and"
            | "or"
            | ", or"
            | "as well as"
            | "and the"
            | "or the"
            | ", the"
            | ", and the"
            | "&"
            | "along with"
            | "along with the"
            | "together with"
            | "together with the"
    )
}

/// Same kind, where a state and an international body may stand in one list.
fn compatible(a: EntityKind, b: EntityKind) -> bool {
    let place_like = |k| matches!(k, EntityKind::Place | EntityKind::Body);
    a == b || (place_like(a) && place_like(b))
}

rule!(
    /// The preposition that governs a placeholder, with up to three determiners or modifiers
    /// between: "of the rival ⟨G⟩", "with militant group ⟨G⟩", "by ⟨L⟩'s ⟨G⟩".
    pub(crate) GOVERNING_PREPOSITION = "clause.governing_preposition",
    || r"(?ix)
        \b(?P<prep>
            of|to|with|by|from|against|for|between|among|amongst|than|into|in|on|at|under|within
            |toward|towards|alongside|including|like|via|over|across|throughout|near|around|after
            |before|during|since|without|behind|beside|besides|about|upon|unlike|despite|inside
            |onto|versus|vs\.?|amid|through
        )
        \ (?:
            (?:the|a|an|its|their|his|her|this|that|these|those|rival|fellow|militant|jihadist
              |armed|extremist|terrorist|islamist|insurgent|rebel|group|groups|organi[sz]ation
              |faction|new|former|so-called|self-styled|main|other|another|both|two|three|four
              |several|local|powerful|larger|smaller|banned|outlawed|[\w-]+ly
              |⟨[LB]\d+⟩(?:'s?)?|(?-i:[A-Z])[\w'-]*)
            \ ){0,3}$
    ".to_string()
);

/// The chunks of `masked`, in text order.
pub fn chunks(masked: &str, marks: &[Placeholder]) -> Vec<Chunk> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < marks.len() {
        let kind = marks[i].kind;
        // Mark indices of the members, and the text that joins each to the one before.
        let mut members = vec![i];
        let mut joins_by: Vec<&str> = Vec::new();
        loop {
            let j = *members.last().unwrap();
            let gap = |a: usize, b: usize| &masked[marks[a].at.1..marks[b].at.0];
            let next = if j + 1 < marks.len()
                && compatible(kind, marks[j + 1].kind)
                && joins(gap(j, j + 1))
            {
                j + 1
            } else if matches!(kind, EntityKind::Group | EntityKind::Person)
                && j + 2 < marks.len()
                && marks[j + 1].kind == EntityKind::Place
                && matches!(gap(j, j + 1), " in " | " in the ")
                && compatible(kind, marks[j + 2].kind)
                && joins(gap(j + 1, j + 2))
            {
                // "⟨G⟩ in ⟨L⟩, ⟨G⟩ and ⟨G⟩ in ⟨L⟩": a place qualifying one member of the list.
                j + 2
            } else {
                break;
            };
            joins_by.push(gap(next - 1, next));
            members.push(next);
        }
        // "After a split with ⟨G0⟩, the ⟨G1⟩ rearmed": commas make a list only when an "and"
        // or "or" closes it.
        while joins_by.last().is_some_and(|g| {
            g.trim_start().starts_with(',') && !g.contains(" and") && !g.contains(" or")
        }) {
            joins_by.pop();
            members.pop();
        }
        let j = *members.last().unwrap();
        let at = (marks[i].at.0, marks[j].at.1);
        let after = &masked[at.1..];
        let before = tail(&masked[..at.0], 90);
        out.push(Chunk {
            slots: members.iter().map(|&k| marks[k].slot).collect(),
            kind,
            at,
            prep: GOVERNING_PREPOSITION.captures(before).map(|c| c["prep"].to_ascii_lowercase()),
            possessive: after.starts_with("'s") || after.starts_with("' "),
            compound: masked[marks[i].at.1..].starts_with('-'),
        });
        i = j + 1;
    }
    out
}

/// The last `max` bytes of `s` or fewer, starting on a character boundary.
pub fn tail(s: &str, max: usize) -> &str {
    let mut start = s.len().saturating_sub(max);
    while !s.is_char_boundary(start) {
        start += 1;
    }
    &s[start..]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(masked: &str) -> Vec<Chunk> {
        chunks(masked, &placeholders(masked))
    }

    #[test]
    fn placeholders_carry_their_number_kind_and_span() {
        let p = placeholders("⟨P0⟩, leader of ⟨G12⟩ in ⟨L3⟩");
        let kinds: Vec<_> = p.iter().map(|p| (p.slot, p.kind)).collect();
        assert_eq!(
            kinds,
            [(0, EntityKind::Person), (12, EntityKind::Group), (3, EntityKind::Place)]
        );
        assert_eq!(&"⟨P0⟩, leader of ⟨G12⟩ in ⟨L3⟩"[p[1].at.0..p[1].at.1], "⟨G12⟩");
    }

    #[test]
    fn a_list_of_groups_is_one_chunk() {
        let c = of("⟨G0⟩, ⟨G1⟩ and the ⟨G2⟩ merged to form ⟨G3⟩.");
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].slots, [0, 1, 2]);
        assert_eq!(c[1].slots, [3]);
        assert_eq!(c[1].prep, None);
    }

    #[test]
    fn a_group_and_a_place_are_not_one_list() {
        let c = of("⟨G0⟩ and ⟨L1⟩ are far apart");
        assert_eq!(c.len(), 2);
        let c = of("links with ⟨G0⟩ in ⟨L1⟩, ⟨G2⟩, and ⟨G3⟩ in ⟨L4⟩");
        assert_eq!(c[0].slots, [0, 2, 3], "places qualify members of the list");
        let c = of("After a split with ⟨G0⟩, the ⟨G1⟩ rearmed.");
        assert_eq!(c.len(), 2, "commas without a closing 'and' make no list");
    }

    #[test]
    fn prepositions_possessives_and_compounds_are_recorded() {
        let c = of("fighters loyal to the rival ⟨G0⟩ met ⟨G1⟩'s leader and ⟨G2⟩-backed men");
        assert_eq!(c[0].prep.as_deref(), Some("to"));
        assert!(c[1].possessive && c[1].prep.is_none());
        assert!(c[2].compound);
        let c = of("In ⟨L0⟩, the ⟨G1⟩ fighters joined militant group ⟨G2⟩");
        assert_eq!(c[0].prep.as_deref(), Some("in"));
        assert_eq!(c[1].prep, None, "a comma ends the phrase");
        assert_eq!(c[2].prep, None, "a verb is no preposition");
    }
}
