//! Attribution: who the article says a claim comes from ("according to X", "X said", "a new
//! report by X", "he said" after a named speaker).

use crate::mentions::DocEntities;
use crate::model::EntityKind;
use crate::sentence::Masked;
use regex::Regex;
use std::sync::LazyLock;

const SPEECH: &str = r"(?:said|says|say|claims|claimed|claim|reported|reports|report|told|tells|tell|believes|believe|believed|estimates|estimated|estimate|wrote|writes|added|adds|stated|states|announced|announces|noted|notes|argued|argues|warned|warns|explained|explains|hinted|suggested|suggests|thinks|concluded|confirmed|insisted|assessed|assesses|found)";

static ACCORDING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\baccording to (?:a |an |the )?(?:(?:new |recent |latest )?(?:reports?|statements?|estimates?|assessments?|stud(?:y|ies)|figures|data|analysis|documents?) (?:(?:cited|published|released|issued|compiled|collected|quoted) )?(?:by|from) (?:the )?)?(?:⟨[PBGL](\d+)⟩|((?:(?-i:[A-Z])[\w'.-]+ ?){1,5}))").unwrap()
});
static SPEAKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"⟨([PBGL])(\d+)⟩(?:'s? [\w-]+(?: [\w-]+)?)?,?(?: [\w'-]+){{0,12}}?,? {SPEECH}\b")).unwrap()
});
static INVERTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"\b{SPEECH},? (?:(?:[\w-]+ ){{0,3}})?⟨([PB])(\d+)⟩")).unwrap()
});
static REPORT_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:report|study|assessment|statement|estimate|analysis|survey|paper|video|investigation) (?:published |released |issued )?(?:by|from) (?:the )?⟨([PBG])(\d+)⟩").unwrap()
});
static GENERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"((?:[A-Z][\w'-]+ |⟨L\d+⟩(?:'s?)? |(?:the )?country's )*(?:intelligence community|security forces|security officials|officials|analysts|experts|authorities|sources|investigators|diplomats|observers|monitors|researchers|military|police|government|ministry|prosecutors))(?: [a-z]+)? {SPEECH}\b")).unwrap()
});

/// The claimant of a fact stated in `m`, as the article names them.
pub fn source_of(m: &Masked, text: &str, doc: &DocEntities, subject_slot_entities: &[usize]) -> Option<String> {
    find_source(m, text, doc, subject_slot_entities).map(|s| {
        let s = s.trim();
        s.strip_prefix("the ").or_else(|| s.strip_prefix("The ")).unwrap_or(s).to_string()
    })
}

fn find_source(m: &Masked, text: &str, doc: &DocEntities, subject_slot_entities: &[usize]) -> Option<String> {
    let name = |slot: usize| -> Option<String> {
        let s = m.slot(slot)?;
        let mention = &doc.mentions[s.mention];
        if s.anaphor {
            // "he said": the person's name as the article gave it first.
            return doc.entities[s.entity].surfaces.first().cloned();
        }
        Some(text[mention.start..mention.end].to_string())
    };
    if let Some(c) = ACCORDING.captures(&m.masked) {
        if let Some(d) = c.get(1) {
            if let Ok(n) = d.as_str().parse::<usize>() {
                return name(n);
            }
        }
        if let Some(words) = c.get(2) {
            return Some(words.as_str().trim().trim_end_matches(',').to_string());
        }
    }
    if let Some(c) = REPORT_BY.captures(&m.masked) {
        if let Ok(n) = c[2].parse::<usize>() {
            return name(n);
        }
    }
    for c in SPEAKER.captures_iter(&m.masked) {
        let Ok(n) = c[2].parse::<usize>() else { continue };
        let Some(slot) = m.slot(n) else { continue };
        // A group that "claims" an attack is the actor, not a source; places rarely speak.
        if matches!(slot.kind, EntityKind::Group | EntityKind::Place) || subject_slot_entities.contains(&slot.entity) {
            continue;
        }
        return name(n);
    }
    if let Some(c) = INVERTED.captures(&m.masked) {
        if let Ok(n) = c[2].parse::<usize>() {
            return name(n);
        }
    }
    if let Some(c) = GENERIC.captures(&m.masked) {
        let phrase = c[1].trim();
        let phrase = regex!(r"⟨[PBGL](\d+)⟩").replace_all(phrase, |cap: &regex::Captures| {
            cap[1].parse::<usize>().ok().and_then(name).unwrap_or_default()
        });
        return Some(phrase.trim_start_matches("the ").to_string());
    }
    None
}
