//! Names joined to a known group's short name by a dash: "FARC–Segunda Marquetalia" (the group
//! that came out of the FARC, named with its origin), "FARC–People's Army" (a group the KB
//! lacks), and hyphenated acronyms built on a known one ("FARC-SM"), which name another group.

use crate::gazetteer::{Gazetteer, KbHit};
use crate::model::EntityKind;

use super::kb_names::names_group;

rule!(
    /// A dash with no space around it, between two names.
    TIGHT_DASH = "mentions.tight_dash",
    || r"^[-–—]$".to_string()
);

rule!(
    /// Words after a compound of two groups that make it a modifier of the pair, not a name:
    /// "the Hamas-Fatah talks", "a Taliban–Haqqani alliance".
    PAIR_NOUN = "mentions.dashed_pair_noun",
    || r"(?ix)
        ^[\s\x22'’”]*(?:[a-z]+\ )?
        (?:talks|alliance|alliances|clashes|rivalry|relations|relationship|conflict|war|wars|split
            |deal|accord|agreement|reconciliation|fighting|ties|truce|ceasefire|cease-fire
            |cooperation|partnership|feud|negotiations|axis|nexus|links|connection|connections
            |merger|pact|dispute|divide|confrontation|confrontations|tensions|meeting|summit
            |border|front|battle|battles|rapprochement|divide|standoff|stand-off|dialogue)\b
    ".to_string()
);

rule!(
    /// A known acronym followed by a hyphen and more capitals: "FARC-SM", "TTP-JA".
    ACRONYM_EXTENDED = "mentions.acronym_extended",
    || r"^-[A-Z]{1,4}\b".to_string()
);

/// Whether `gap`, the text between two names, is one dash with no space around it.
fn tight_dash(gap: &str) -> bool {
    gap.len() <= 3 && TIGHT_DASH.is_match(gap)
}

/// Whether the hit is a known group's name written in capitals ("FARC", "TTP").
fn capital_group_acronym(gaz: &Gazetteer, text: &str, h: &KbHit) -> bool {
    let surface = &text[h.start..h.end];
    names_group(gaz, h)
        && surface.len() >= 2
        && surface.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

/// The start of a known group's acronym written right before `start` with a dash between
/// ("FARC–" before "People's Army"), unless the pair modifies a noun after `end` ("the
/// FARC–ELN talks").
pub(super) fn origin_prefix(
    gaz: &Gazetteer,
    text: &str,
    hits: &[KbHit],
    (start, end): (usize, usize),
) -> Option<usize> {
    let left = hits.iter().rev().find(|h| h.end <= start)?;
    let dash = &text[left.end..start];
    (tight_dash(dash)
        && capital_group_acronym(gaz, text, left)
        && !PAIR_NOUN.is_match(&text[end..]))
    .then_some(left.start)
}

rule!(
    /// A creed's word after a dash that closes a name: "–Maoist", "-Marxist-Leninist".
    CREED_SUFFIX = "mentions.dashed_creed_suffix",
    || r"^[-–—]((?:Maoist|Marxist|Leninist|Marxist-Leninist|Communist|Islamist|Salafist))\b"
        .to_string()
);

/// The end of a creed's word written after a name with a dash ("Liberation Army–Maoist"), if
/// one follows the name ending at `end`.
pub(super) fn creed_suffix(text: &str, end: usize) -> Option<usize> {
    CREED_SUFFIX.captures(&text[end..]).map(|c| end + c.get(1).unwrap().end())
}

/// Joins "FARC–Segunda Marquetalia" into one hit for the named group (the acronym before the
/// dash says where it came from), and drops an acronym hit that is only the stem of a longer
/// hyphenated acronym ("FARC" in "FARC-SM").
pub(super) fn join_dashed_names(gaz: &Gazetteer, text: &str, hits: &mut Vec<KbHit>) {
    // "AQIM-AQAP ties": a known name right after the hyphen makes two names, not one acronym.
    let starts: Vec<usize> = hits.iter().map(|h| h.start).collect();
    let mut out: Vec<KbHit> = Vec::with_capacity(hits.len());
    for h in hits.drain(..) {
        if capital_group_acronym(gaz, text, &h)
            && ACRONYM_EXTENDED.is_match(&text[h.end..])
            && !starts.contains(&(h.end + 1))
        {
            continue;
        }
        let joined = out.last().is_some_and(|left| {
            names_group(gaz, &h)
                && h.candidates.iter().all(|c| gaz.entry(c.entry).kind == EntityKind::Group)
                && tight_dash(&text[left.end..h.start])
                && capital_group_acronym(gaz, text, left)
                && text[h.start..h.end].contains(' ')
                && !PAIR_NOUN.is_match(&text[h.end..])
        });
        if joined {
            let left = out.pop().unwrap();
            out.push(KbHit { start: left.start, ..h });
        } else {
            out.push(h);
        }
    }
    *hits = out;
}

/// "ULFA-I", "TTP-JA": a known group's acronym with a hyphen and a faction's letters names a
/// faction of its own, the KB's or not, unless the article introduces it in brackets after a
/// longer name ("the Velmar Liberation Front (FARC-VL)"), whose short form it then is. Spans
/// of the text; call before [`join_dashed_names`] drops the acronym's own hit.
pub(super) fn extended_acronyms(
    gaz: &Gazetteer,
    text: &str,
    hits: &[KbHit],
) -> Vec<(usize, usize)> {
    let starts: Vec<usize> = hits.iter().map(|h| h.start).collect();
    hits.iter()
        .filter(|h| capital_group_acronym(gaz, text, h) && !starts.contains(&(h.end + 1)))
        .filter_map(|h| {
            let m = ACRONYM_EXTENDED.find(&text[h.end..])?;
            let span = (h.start, h.end + m.end());
            // "ULFA-I-led": a hyphen after the letters makes them part of a longer word.
            if text[span.1..].starts_with(['-', '–']) {
                return None;
            }
            let bracketed = format!("({})", &text[span.0..span.1]);
            (!text.contains(&bracketed)).then_some(span)
        })
        .collect()
}
