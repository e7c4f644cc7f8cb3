//! Segments: the stretches of a masked sentence that are not its main clause. A relative clause
//! ("⟨G⟩, which broke away from ⟨G⟩ in 2014,"), an apposition ("⟨G⟩, an ally of ⟨G⟩,"), a
//! parenthetical (in brackets or between dashes) and a subordinate clause with a verb of its own
//! ("after the leader was killed in ⟨L⟩"). Each is found in one pass over the text.

use super::chunks::Chunk;
use crate::model::EntityKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SegmentKind {
    /// "which ...", "who ...", "that ...": its head is the chunk it describes.
    Relative,
    /// ", a/an/the/another ... ," after a chunk: says what the chunk is.
    Apposition,
    /// "( ... )" or " – ... – ".
    Parenthetical,
    /// "after/when/while/because ... " with a finite verb: a clause with its own subject.
    Subordinate,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub kind: SegmentKind,
    /// Byte range in the masked sentence, from the opening word or mark to the closing one
    /// (exclusive).
    pub at: (usize, usize),
    /// Where the segment's own words start (after ", which ", "(", ", an ").
    pub body: usize,
    /// The chunk the segment describes (index into the chunks), for relatives, appositions and
    /// parentheticals right after a chunk.
    pub head: Option<usize>,
}

rule!(
    /// The word that opens a relative clause, with the comma before it.
    RELATIVE_OPENER = "clause.relative_opener",
    || r"(?i)(?:,\ )?\b(?:which|who|whom|whose|that)\ ".to_string()
);
rule!(
    /// Words before "that" that make it a complement ("said that", "so that"), not a relative.
    THAT_COMPLEMENT = "clause.that_complement",
    || r"(?ix)
        \b(?:
            said|says|say|saying|told|tells|announced|announces|claimed|claims|reported|reports
            |believed|believes|believe|confirmed|confirms|denied|denies|stated|states|added|warned
            |noted|argued|insisted|thinks|think|thought|knew|know|knows|shows|showed|suggested
            |suggests|indicated|indicates|revealed|reveals|concluded|alleged|feared|fears|admitted
            |acknowledged|explained|explains|means|meant|so|such|now|given|fact|hope|hoped|clear
            |likely|unlikely|possible|evidence|reports?|claims?|fears?|signs?
        )
        # said on Monday that, announced in 2020 that
        (?:\ (?:on|in|last|this)\ [\w]+(?:\ \d{4})?)?
        ,?\ $
    ".to_string()
);
rule!(
    /// An apposition's opening: ", a ...", ", the ...", ", one of the ...".
    APPOSITION_OPENER = "clause.apposition_opener",
    || r"(?ix)
        ^,\ (?:
            an?|the|its|their|another|one\ of\ (?:the\ )?|two|three|four|five|both|several|some|part\ of\ (?:the\ )?|itself\ an?
            |now\ an?|then\ an?|once\ an?|formerly\ an?|long\ an?|also\ an?
        )\ 
    ".to_string()
);
rule!(
    /// A subordinating word at the start of the sentence or after a comma; mid-sentence, only
    /// the words that are never prepositions ("a setback in 1998 when a bomb it placed ...").
    SUBORDINATOR = "clause.subordinator",
    || r"(?ix)
        (?:^|,\ )(?:after|when|while|although|though|because|since|as|if|before|once|until
            |whereas|unless)\ 
        |\ (?:when|while|although|because|whereas|unless)\ 
    ".to_string()
);
rule!(
    /// A finite verb: an auxiliary, or a past form in lower case.
    pub(crate) FINITE_VERB = "clause.finite_verb",
    || r"(?x)
        \b(?:was|were|is|are|had|has|have|did|does|do|been|will|would|could|can|may|might)\b
        |\b[a-z]{3,}ed\b
    ".to_string()
);

/// The end of a stretch that started at `from`: the first comma, semicolon or colon that is not
/// inside a chunk, else `limit`.
fn stretch_end(masked: &str, chunks: &[Chunk], from: usize, limit: usize) -> usize {
    let bytes = masked.as_bytes();
    let mut i = from;
    while i < limit {
        if matches!(bytes[i], b',' | b';' | b':')
            && !chunks.iter().any(|c| c.at.0 < i && i < c.at.1)
        {
            return i;
        }
        i += 1;
    }
    limit
}

/// The chunk that ends right at `at` (up to a comma and spaces before it).
fn chunk_ending_at(masked: &str, chunks: &[Chunk], at: usize) -> Option<usize> {
    chunks.iter().position(|c| {
        c.at.1 <= at && {
            let gap = &masked[c.at.1..at];
            gap.trim_start_matches(['\'', 's']).trim_matches([',', ' ']).is_empty()
        }
    })
}

/// Parentheticals: brackets, and pairs of spaced dashes.
fn parentheticals(masked: &str, chunks: &[Chunk], out: &mut Vec<Segment>) {
    let mut from = 0;
    while let Some(open) = masked[from..].find('(') {
        let start = from + open;
        let end = masked[start..].find(')').map_or(masked.len(), |e| start + e + 1);
        out.push(Segment {
            kind: SegmentKind::Parenthetical,
            at: (start, end),
            body: start + 1,
            head: chunk_ending_at(masked, chunks, start),
        });
        from = end;
    }
    let dashes: Vec<(usize, usize)> = [" - ", " – ", " — ", " -- "]
        .iter()
        .flat_map(|d| masked.match_indices(d).map(|(i, d)| (i, i + d.len())))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    for pair in dashes.chunks(2) {
        let (start, body) = pair[0];
        let end = pair.get(1).map_or(masked.len(), |d| d.0);
        out.push(Segment {
            kind: SegmentKind::Parenthetical,
            at: (start, end),
            body,
            head: chunk_ending_at(masked, chunks, start),
        });
    }
}

/// Relative clauses, appositions and subordinate clauses.
fn clauses(masked: &str, chunks: &[Chunk], cuts: &[usize], out: &mut Vec<Segment>) {
    let limit_after = |at: usize| cuts.iter().copied().find(|&c| c > at).unwrap_or(masked.len());
    for m in RELATIVE_OPENER.find_iter(masked) {
        let word_at = m.start() + m.as_str().find(|c: char| c.is_alphabetic()).unwrap_or(0);
        let word = &masked[word_at..m.end()].trim().to_ascii_lowercase();
        let head = chunk_ending_at(masked, chunks, m.start());
        if word == "that"
            && (THAT_COMPLEMENT.is_match(&masked[..word_at]) || m.as_str().starts_with(','))
        {
            continue;
        }
        // "that" relates only to what stands right before it: a chunk or a noun.
        if word == "that" && head.is_none() && !masked[..word_at].ends_with(' ') {
            continue;
        }
        let end = stretch_end(masked, chunks, m.end(), limit_after(m.end()));
        out.push(Segment {
            kind: SegmentKind::Relative,
            at: (m.start(), end),
            body: m.end(),
            head,
        });
    }
    for (ci, c) in chunks.iter().enumerate() {
        if let Some(open) = APPOSITION_OPENER.find(&masked[c.at.1..]) {
            let start = c.at.1;
            // ", the ⟨G⟩ and ⟨G⟩": a list member, not an apposition; "Based in ⟨L⟩, the ⟨G⟩
            // maintains": a subject; but ", the ⟨L⟩ wing of ⟨G⟩" describes a group by its region.
            let next_kind = chunks.iter().find(|n| n.at.0 == start + open.end()).map(|n| n.kind);
            let regional = next_kind == Some(EntityKind::Place) && c.kind != EntityKind::Place;
            if next_kind.is_some() && !regional {
                continue;
            }
            let end = stretch_end(masked, chunks, start + open.end(), limit_after(start));
            let body = start + 2;
            out.push(Segment {
                kind: SegmentKind::Apposition,
                at: (start, end),
                body,
                head: Some(ci),
            });
        }
    }
    for m in SUBORDINATOR.find_iter(masked) {
        let start = m.start() + usize::from(m.as_str().starts_with([',', ' ']));
        let end = stretch_end(masked, chunks, m.end(), limit_after(m.end()));
        if FINITE_VERB.is_match(&masked[m.end()..end]) {
            out.push(Segment {
                kind: SegmentKind::Subordinate,
                at: (start, end),
                body: m.end(),
                head: None,
            });
        }
    }
}

/// Every segment of `masked`, sorted by start.
pub fn segments(masked: &str, chunks: &[Chunk], cuts: &[usize]) -> Vec<Segment> {
    let mut out = Vec::new();
    parentheticals(masked, chunks, &mut out);
    let brackets = out.clone();
    clauses(masked, chunks, cuts, &mut out);
    // A clause that opens inside brackets or dashes closes with them.
    for seg in out.iter_mut().filter(|s| s.kind != SegmentKind::Parenthetical) {
        if let Some(b) = brackets.iter().find(|b| b.at.0 < seg.at.0 && seg.at.0 < b.at.1) {
            seg.at.1 = seg.at.1.min(b.at.1);
        }
    }
    out.sort_by_key(|s| (s.at.0, std::cmp::Reverse(s.at.1)));
    out
}
