//! Other names of entities found: a group named by its stem ("Haqqani fighters"), acronyms in
//! brackets, a person's surname alone, a group's name without its head word.

use super::{overlaps, DocEntities};
use crate::gazetteer::{Gazetteer, KbHit};
use crate::model::{EntityKind, Span};

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
    let mut redefined: Vec<(String, usize, usize)> = Vec::new();
    for m in &doc.mentions {
        let entity = &doc.entities[m.entity];
        if !matches!(entity.kind, EntityKind::Group | EntityKind::Body) {
            continue;
        }
        if let Some(c) = BRACKET_ACRONYM.captures(&text[m.end..]) {
            let a = c.get(1).unwrap();
            let span = (m.end + a.start(), m.end + a.end());
            let claimed = doc.mentions.iter().find(|o| overlaps((o.start, o.end), span));
            match claimed {
                None => forms.push((a.as_str().to_string(), m.entity)),
                // "the People's Liberation Army of Manipur (PLA)": the article defines a known
                // group's acronym for a new group whose initials it spells; it means the new
                // group wherever it stands alone.
                Some(o)
                    if (o.start, o.end) == span
                        && o.entity != m.entity
                        && entity.kind == EntityKind::Group
                        && entity.kb.is_none()
                        && doc.entities[o.entity].kb.is_some()
                        && spells_initials(a.as_str(), &text[m.start..m.end]) =>
                {
                    redefined.push((a.as_str().to_string(), o.entity, m.entity));
                }
                Some(_) => {}
            }
        }
    }
    for (form, from, to) in redefined {
        move_mentions(doc, text, &form, from, to);
    }
    add_forms(doc, text, forms);
}

/// Whether an acronym's capitals are, in order, initials of a name's capitalised words, the
/// first word's among them: "PLA" of "People's Liberation Army of Manipur".
fn spells_initials(acronym: &str, name: &str) -> bool {
    let initials: Vec<char> = name
        .split([' ', '-'])
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    let letters: Vec<char> = acronym.chars().filter(|c| c.is_uppercase()).collect();
    if letters.len() < 2 || initials.first() != letters.first() {
        return false;
    }
    let mut rest = initials.iter();
    letters.iter().all(|l| rest.any(|i| i == l))
}

/// Moves every mention written `form` from entity `from` to entity `to`.
fn move_mentions(doc: &mut DocEntities, text: &str, form: &str, from: usize, to: usize) {
    let mut moved = Vec::new();
    for m in doc.mentions.iter_mut() {
        if m.entity == from && &text[m.start..m.end] == form {
            m.entity = to;
            moved.push(Span { start: m.start, end: m.end });
        }
    }
    let old = &mut doc.entities[from];
    old.surfaces.retain(|s| s != form);
    old.spans.retain(|s| !moved.contains(s));
    let new = &mut doc.entities[to];
    if !moved.is_empty() && !new.surfaces.iter().any(|s| s == form) {
        new.surfaces.push(form.to_string());
    }
    new.spans.extend(moved);
    new.spans.sort_by_key(|s| s.start);
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
