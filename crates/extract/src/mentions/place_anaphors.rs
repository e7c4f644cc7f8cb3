//! Place anaphors: "the town", "this city" stand for the settlement the article named last, a
//! few sentences back at most ("ISIS attacked AQAP in al-Qayfa. ... AQAP attacked an ISIS
//! position in the town").

use super::{overlaps, DocEntities, DocEntity, Mention};
use crate::model::EntityKind;
use crate::segment::Sentence;

rule!(
    /// "the town", "this city", "the same village": a settlement spoken of before.
    PLACE_ANAPHOR = "mentions.place_anaphor",
    || r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\ (?:same\ )?(?:town|city|village)\b".to_string()
);

rule!(
    /// What makes the noun no anaphor: a name after it ("the town of ⟨L⟩", "the city Kismayo"),
    /// or a body of the town it qualifies ("the city council").
    NAMED_OR_QUALIFYING = "mentions.place_anaphor_named_or_qualifying",
    || r"(?x)
        ^(?:
            \s+of\b
            |\s+and\s+(?:the\s+)?\w+\s+of\b  # the town and port of ⟨L⟩
            |['’]?\s+(?:council|hall|authorities|officials|government|administration|police|mayor
                |governor|state|\p{Lu})
        )"
    .to_string()
);

/// How many sentences back, besides its own, a place anaphor looks for its town.
const SENTENCES_BACK: usize = 4;

/// Adds a mention for each place anaphor whose town was named shortly before.
pub(super) fn add_place_anaphors(doc: &mut DocEntities, text: &str, sentences: &[Sentence]) {
    // Sorted, so that each anaphor reads only the mentions of its few sentences.
    doc.mentions.sort_by_key(|m| (m.start, m.end));
    let mut added = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        let window_start = sentences[si.saturating_sub(SENTENCES_BACK)].start;
        for m in PLACE_ANAPHOR.find_iter(&text[s.start..s.end]) {
            let (a, b) = (s.start + m.start(), s.start + m.end());
            let lo = doc.mentions.partition_point(|x| x.start < window_start);
            let hi = doc.mentions.partition_point(|x| x.start < b);
            let near = &doc.mentions[lo..hi.max(lo)];
            if NAMED_OR_QUALIFYING.is_match(&text[b..])
                || near.iter().any(|x| overlaps((x.start, x.end), (a, b)))
            {
                continue;
            }
            let town = near
                .iter()
                .filter(|x| x.start >= window_start && x.end <= a && !x.anaphor && !x.adjective)
                .filter(|x| is_settlement(&doc.entities[x.entity]))
                .max_by_key(|x| x.start);
            if let Some(t) = town {
                added.push(Mention {
                    start: a,
                    end: b,
                    entity: t.entity,
                    anaphor: true,
                    adjective: false,
                });
            }
        }
    }
    doc.mentions.extend(added);
}

/// A town or city: a KB city, or a place the KB lacks (named as one by its context); not a
/// country or region.
fn is_settlement(e: &DocEntity) -> bool {
    e.kind == EntityKind::Place && matches!(e.subkind.as_deref(), None | Some("city"))
}
