//! Whether a capitalised run that holds a KB name is still a new person's name: a group's family
//! name, a town or another person's surname at its end; and a person's alias written after his
//! name ("X, a.k.a. Y"), which is the same person.

use super::{short_forms, DocEntities};
use crate::gazetteer::{Gazetteer, KbHit};
use crate::model::EntityKind;
use crate::names::{self, NameRun};

/// "Hussein Badreddin al-Houthi": a family name that is also a group's short name ends a
/// person's name.
pub(super) fn family_name_of_group(
    run: &NameRun,
    run_end: usize,
    inner: &[&KbHit],
    gaz: &Gazetteer,
    text: &str,
) -> bool {
    let [hit] = inner else { return false };
    let last = run.words.last().map(String::as_str).unwrap_or("");
    // The hit is the family name itself ("al-Houthi") or its part after the article ("Houthi").
    let in_last_word = hit.end == run_end
        && hit.start >= run_end - last.len()
        && !text[hit.start..hit.end].contains(' ');
    run.words.len() >= 2
        && in_last_word
        && regex!(r"^(?:al|Al|el|El)-").is_match(last)
        && hit.candidates.iter().all(|c| gaz.entry(c.entry).kind == EntityKind::Group)
}

/// "President George Bush": the only KB name in the run is a town's, as its last word.
pub(super) fn town_as_surname(
    run: &NameRun,
    rs: usize,
    re: usize,
    inner: &[&KbHit],
    gaz: &Gazetteer,
) -> bool {
    run.words.len() >= 2
        && inner.len() == 1
        && inner[0].start > rs
        && inner[0].end == re
        && inner[0].candidates.iter().all(|c| {
            let e = gaz.entry(c.entry);
            e.kind == EntityKind::Place && e.subkind.as_deref() == Some("city")
        })
}

/// "Muslem Al-Shishani" after "Omar Al-Shishani": a given name before a known person's surname
/// names someone else who shares it.
pub(super) fn another_bearer_of_surname(
    run: &NameRun,
    run_end: usize,
    inner: &[&KbHit],
    gaz: &Gazetteer,
    text: &str,
) -> bool {
    let [hit] = inner else { return false };
    let person = hit.candidates.iter().all(|c| gaz.entry(c.entry).kind == EntityKind::Person);
    let surname = &text[hit.start..hit.end];
    let given = run.words.first().map(String::as_str).unwrap_or("");
    person
        && run.words.len() == surname.split_whitespace().count() + 1
        && hit.end == run_end
        && !names::PERSON_ROLES.contains(&given.to_ascii_lowercase().as_str())
        && !matches!(
            given,
            "President"
                | "King"
                | "Prince"
                | "Emir"
                | "Imam"
                | "Sheikh"
                | "Shaikh"
                | "Mullah"
                | "General"
                | "Gen"
                | "Commander"
        )
}

/// "commanded by Salem Bu Khraisa", "its leader, Ernesto Villalba": after a role word or "by", a
/// run (its offsets in `sentence`) whose KB names are only towns or regions, none of them the whole run or a country, is a
/// person's name with a word that happens to be a place's.
pub(super) fn town_inside_name(
    run: &NameRun,
    rs: usize,
    re: usize,
    inner: &[&KbHit],
    gaz: &Gazetteer,
    sentence: &str,
) -> bool {
    (2..=4).contains(&run.words.len())
        && !run.words.iter().any(|w| names::not_in_person_name(w))
        && !inner.is_empty()
        && inner.iter().all(|h| {
            !(h.start == rs && h.end == re)
                && h.candidates.iter().all(|c| {
                    let e = gaz.entry(c.entry);
                    e.kind == EntityKind::Place
                        && matches!(e.subkind.as_deref(), Some("city" | "region"))
                })
        })
        && names::role_word_before(run, sentence)
}

rule!(
    /// What stands between a name and an alias of the same person: ", a.k.a. ", " (alias ",
    /// " - also known as ", ", nom de guerre ".
    ALIAS_GAP = "mentions.alias_gap",
    || r#"(?ix)
        ^(?:,\s*|\s+|\s*\(\s*|\s+[-–—]\s+)
        (?:a\.k\.a\.?|aka|alias|(?:also\ |better\ )?known\ as|nicknamed|nom\ de\ guerre)
        \s*[\x22“‘']?$
    "#.to_string()
);

/// "Hernan Velasquez, a.k.a. El Paisa": the alias is the same person, so the two names become
/// one entity with both names. The entity given up is one the article names only there (else
/// it is someone else the text shares a name with); a KB person is kept over a new one, and two
/// different KB people are left apart.
pub(super) fn merge_aliases(doc: &mut DocEntities, text: &str) {
    for i in 1..doc.mentions.len() {
        let (a, b) = (doc.mentions[i - 1], doc.mentions[i]);
        let person = |e: usize| doc.entities[e].kind == EntityKind::Person;
        if a.anaphor || b.anaphor || a.entity == b.entity || !person(a.entity) || !person(b.entity)
        {
            continue;
        }
        if a.end > b.start || !ALIAS_GAP.is_match(&text[a.end..b.start]) {
            continue;
        }
        let (keep, gone) =
            match (doc.entities[a.entity].kb.is_some(), doc.entities[b.entity].kb.is_some()) {
                (true, true) => continue,
                (false, true) => (b.entity, a.entity),
                _ => (a.entity, b.entity),
            };
        if doc.mentions.iter().filter(|m| m.entity == gone).count() != 1 {
            continue;
        }
        let surfaces = std::mem::take(&mut doc.entities[gone].surfaces);
        let spans = std::mem::take(&mut doc.entities[gone].spans);
        let kept = &mut doc.entities[keep];
        for surface in surfaces {
            if !kept.surfaces.contains(&surface) {
                kept.surfaces.push(surface);
            }
        }
        kept.spans.extend(spans);
        for m in doc.mentions.iter_mut().filter(|m| m.entity == gone) {
            m.entity = keep;
        }
        for v in doc.by_key.values_mut().filter(|v| **v == gone) {
            *v = keep;
        }
    }
}

/// "Oseguera" after "Nemesio Oseguera Cervantes": the surname of a KB person's name or alias
/// ("Nemesio Oseguera") names him again where it stands alone, as the surname of a name the text
/// writes does ([`short_forms::add_short_forms`]). Only names of capitalised words count ("Emir
/// of the Faithful" is a title, not a name), and only people the article names.
pub(super) fn add_kb_surnames(doc: &mut DocEntities, gaz: &Gazetteer, text: &str) {
    let mut forms = Vec::new();
    for (i, e) in doc.entities.iter().enumerate() {
        let Some(entry) =
            e.kb_entry.filter(|_| e.kind == EntityKind::Person && !e.spans.is_empty())
        else {
            continue;
        };
        let entry = gaz.entry(entry);
        for name in std::iter::once(&entry.name).chain(&entry.aliases) {
            let words: Vec<&str> = name.split_whitespace().collect();
            let capitalised =
                words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase));
            let Some(last) = words.last().filter(|_| words.len() >= 2 && capitalised) else {
                continue;
            };
            if last.chars().count() >= 4 && !names::not_in_person_name(last) {
                forms.push((last.to_string(), i));
            }
        }
    }
    // A surname two people of the article share names neither of them.
    let shared: Vec<String> = forms
        .iter()
        .filter(|(f, i)| forms.iter().any(|(g, j)| g == f && j != i))
        .map(|(f, _)| f.clone())
        .collect();
    forms.retain(|(f, _)| !shared.contains(f));
    short_forms::add_forms(doc, text, forms);
}
