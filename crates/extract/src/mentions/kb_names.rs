//! Choosing among the KB's candidates for each name hit.

use super::{mostly_upper, overlaps, DocEntities, DocEntity};
use crate::gazetteer::{Gazetteer, KbHit, NameRole};
use crate::model::EntityKind;
use crate::normalize::norm_name;
use crate::segment::Sentence;

/// Which candidate a hit stands for: a group's current name first, then a group's other names,
/// bodies, people, places (a country before any other place: a town named "Colombia" does not
/// take the country's name; a country's adjective before a region named like it: "Somali" is
/// Somalia's before it is Ethiopia's Somali region), and another place's adjective last.
fn kind_rank(k: EntityKind, role: NameRole, subkind: Option<&str>) -> u8 {
    match (k, role) {
        (EntityKind::Group, NameRole::Current) => 0,
        (EntityKind::Group, _) => 1,
        (EntityKind::Body, _) => 2,
        (EntityKind::Person, _) => 3,
        (EntityKind::Place, NameRole::Adjective) if subkind == Some("country") => 5,
        (EntityKind::Place, NameRole::Adjective) => 7,
        (EntityKind::Place, _) if subkind == Some("country") => 4,
        (EntityKind::Place, _) => 6,
    }
}

/// Whether any candidate of the hit is an armed group.
pub(super) fn names_group(gaz: &Gazetteer, h: &KbHit) -> bool {
    h.candidates.iter().any(|c| gaz.entry(c.entry).kind == EntityKind::Group)
}

/// In a text that never speaks of armed groups: drops weak hits, short or generated acronyms
/// ("IS", "AQ", "MPC"), too ambiguous to trust there, and a group's one-word short name.
pub(super) fn drop_doubtful_hits(gaz: &Gazetteer, text: &str, hits: &mut Vec<KbHit>) {
    hits.retain(|h| {
        let short = h.end - h.start <= 3 && text[h.start..h.end].chars().all(|c| c.is_uppercase());
        let groups_only = h.candidates.iter().all(|c| gaz.entry(c.entry).kind == EntityKind::Group);
        // "Wagner", "Isis": a group's one-word short name, in a text about business or
        // mythology, is someone else's name.
        let surface = &text[h.start..h.end];
        let short_name = groups_only
            && !surface.contains([' ', '-'])
            && surface.chars().any(|c| c.is_lowercase())
            && h.candidates.iter().all(|c| {
                // The first word of the group's name ("Wagner"), or its acronym written as a
                // word ("Isis").
                let e = gaz.entry(c.entry);
                e.name.starts_with(&format!("{surface} "))
                    || e.name.contains(' ')
                        && e.aliases.iter().any(|a| *a == surface.to_uppercase())
            });
        h.candidates.iter().any(|c| !c.weak) && !(short && groups_only) && !short_name
    });
}

/// A mention of each hit no new name took, for its best candidate; a short group name in a
/// headline-like sentence is left out, and a group's former name is an entity of its own.
pub(super) fn add_mentions(
    doc: &mut DocEntities,
    gaz: &Gazetteer,
    text: &str,
    sentences: &[Sentence],
    hits: &[KbHit],
    taken: &[(usize, usize)],
) {
    for h in hits {
        if taken.iter().any(|&t| overlaps(t, (h.start, h.end))) {
            continue;
        }
        let surface = &text[h.start..h.end];
        let best = h
            .candidates
            .iter()
            .min_by_key(|c| {
                let e = gaz.entry(c.entry);
                (kind_rank(e.kind, c.role, e.subkind.as_deref()), c.entry)
            })
            .copied();
        let Some(c) = best else { continue };
        let entry = gaz.entry(c.entry);
        if surface.len() <= 3 && entry.kind == EntityKind::Group {
            let sent = sentences.iter().find(|s| s.start <= h.start && h.end <= s.end);
            if sent.is_some_and(|s| mostly_upper(&text[s.start..s.end])) {
                continue;
            }
        }
        let (key, name, kb) = if c.role == NameRole::Former && entry.kind == EntityKind::Group {
            // A former name stands for the organisation as it then was; the store joins it by
            // kb id.
            (
                format!("{}#former#{}", entry.id, norm_name(surface)),
                surface.to_string(),
                Some(entry.id.clone()),
            )
        } else {
            (entry.id.clone(), entry.name.clone(), Some(entry.id.clone()))
        };
        let idx = doc.intern(key, || DocEntity {
            name,
            kb,
            former_name: c.role == NameRole::Former && entry.kind == EntityKind::Group,
            ..DocEntity::from_kb(entry, c.entry)
        });
        doc.add_mention(text, h.start, h.end, idx, c.role == NameRole::Adjective);
    }
}
