//! Other names of entities found: a group named by its stem ("Haqqani fighters"), acronyms in
//! brackets, a person's surname alone, a group's name without its head word.

use super::{overlaps, DocEntities};
use crate::gazetteer::{Gazetteer, KbHit};
use crate::model::EntityKind;

rule!(
    /// A capitalised word before a word for a group's men: "Haqqani fighters".
    STEM = "mentions.group_stem",
    || r"(?x)
        \b([A-Z][a-z][\w'’-]+)\ (?:foot\ )?
        (?:fighters|militants|soldiers|commanders|members|loyalists|insurgents|gunmen|mercenaries
            |operatives|cells|units|militiamen|jihadists)\b"
        .to_string()
);

/// "Haqqani fighters", "Wagner mercenaries": a group named by the first word of its name
/// ("Haqqani network", "Wagner Group") before a word for its men.
pub(super) fn add_group_stems(gaz: &Gazetteer, text: &str, hits: &mut Vec<KbHit>) {
    let mut added = Vec::new();
    for c in STEM.captures_iter(text) {
        let w = c.get(1).unwrap();
        let is_group_hit =
            |h: &KbHit| h.candidates.iter().any(|c| gaz.entry(c.entry).kind == EntityKind::Group);
        if hits.iter().any(|h| {
            h.start <= w.start()
                && h.end >= w.end()
                && (is_group_hit(h) || h.end - h.start > w.len())
        }) {
            continue;
        }
        let found = ["network", "Network", "group", "Group", "movement", "Movement"]
            .iter()
            .find_map(|head| {
                let name = format!("{} {head}", w.as_str());
                gaz.find(&name).into_iter().find(|h| h.start == 0 && h.end == name.len()).and_then(
                    |h| {
                        h.candidates
                            .into_iter()
                            .find(|c| gaz.entry(c.entry).kind == EntityKind::Group)
                    },
                )
            });
        if let Some(c) = found {
            added.push(KbHit { start: w.start(), end: w.end(), candidates: vec![c] });
        }
    }
    if added.is_empty() {
        return;
    }
    // The stem replaces what it covers (a person's surname, a place).
    hits.retain(|h| !added.iter().any(|a| overlaps((a.start, a.end), (h.start, h.end))));
    hits.extend(added);
    hits.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
}

rule!(
    /// An acronym in brackets: " (TAJK)".
    BRACKET_ACRONYM = "mentions.bracket_acronym",
    || r"^\s?\(([A-Z][A-Za-z-]{1,8})\)".to_string()
);

/// "Tehreek-e-Azadi-e-Kashmir (TAJK)": an acronym in brackets after a name is its short form
/// for the rest of the article.
pub(super) fn add_bracket_acronyms(doc: &mut DocEntities, text: &str) {
    let mut forms: Vec<(String, usize)> = Vec::new();
    for m in &doc.mentions {
        if !matches!(doc.entities[m.entity].kind, EntityKind::Group | EntityKind::Body) {
            continue;
        }
        if let Some(c) = BRACKET_ACRONYM.captures(&text[m.end..]) {
            let a = c.get(1).unwrap();
            let s = m.end + a.start();
            if !doc.mentions.iter().any(|o| overlaps((o.start, o.end), (s, m.end + a.end()))) {
                forms.push((a.as_str().to_string(), m.entity));
            }
        }
    }
    add_forms(doc, text, forms);
}

/// Adds a mention of each (form, entity) wherever the form stands alone and unclaimed.
pub(super) fn add_forms(doc: &mut DocEntities, text: &str, forms: Vec<(String, usize)>) {
    for (form, ent) in forms {
        let mut from = 0;
        while let Some(p) = text[from..].find(&form) {
            let s = from + p;
            let e = s + form.len();
            from = e;
            let before_ok =
                !text[..s].chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '-');
            let after_ok = !text[e..].chars().next().is_some_and(|c| c.is_alphanumeric());
            if before_ok
                && after_ok
                && !doc.mentions.iter().any(|m| overlaps((m.start, m.end), (s, e)))
            {
                doc.add_mention(text, s, e, ent, false);
            }
        }
    }
}

/// "Byutukayev" after "Aslan Byutukayev": a person's surname alone names them again.
pub(super) fn add_short_forms(doc: &mut DocEntities, text: &str) {
    let mut forms: Vec<(String, usize)> = Vec::new();
    for (i, e) in doc.entities.iter().enumerate() {
        if e.kind != EntityKind::Person {
            continue;
        }
        for s in e.surfaces.clone() {
            let parts: Vec<&str> = s.split_whitespace().collect();
            // A new person named by one word ("President Santos" gives "Santos") is named
            // again by that word.
            if parts.len() >= 2 || e.kb.is_none() && parts.len() == 1 {
                let last = parts[parts.len() - 1];
                if last.chars().count() >= 4
                    && last.chars().next().is_some_and(|c| c.is_uppercase())
                {
                    forms.push((last.to_string(), i));
                    if let Some(stripped) =
                        last.strip_prefix("al-").or_else(|| last.strip_prefix("Al-"))
                    {
                        forms.push((stripped.to_string(), i));
                    }
                }
            }
        }
    }
    add_forms(doc, text, forms);
}

/// "Khorasan" after "the Khorasan group": a group's name without its generic head word.
pub(super) fn add_group_short_forms(doc: &mut DocEntities, text: &str) {
    let mut forms = Vec::new();
    for (i, e) in doc.entities.iter().enumerate() {
        if e.kind != EntityKind::Group || e.surfaces.is_empty() {
            continue;
        }
        for s in &e.surfaces {
            for head in
                [" group", " Group", " network", " Network", " movement", " Movement", " Front"]
            {
                if let Some(short) = s.strip_suffix(head) {
                    let words = short.split_whitespace().count();
                    let capital = short
                        .split_whitespace()
                        .last()
                        .is_some_and(|w| w.chars().next().is_some_and(|c| c.is_uppercase()));
                    if short.len() >= 4 && capital && words <= 3 {
                        forms.push((short.to_string(), i));
                    }
                }
            }
        }
    }
    add_forms(doc, text, forms);
}
