//! From name hits to the document's entities: choosing among KB candidates ([`kb_names`]),
//! adding names the KB lacks ([`new_names`], [`person_names`]), branches named by place and
//! parent and provinces ([`branches`]), short forms ([`short_forms`]), anaphors ("the group",
//! "its", "he": [`anaphors`]; "the town": [`place_anaphors`]) and bodies the article describes
//! ([`collective`]).

mod anaphors;
mod branches;
mod collective;
mod context_names;
mod dashed_names;
mod kb_names;
mod new_names;
mod person_names;
mod place_anaphors;
mod short_forms;

use crate::gazetteer::Gazetteer;
use crate::model::{EntityKind, Span};
use crate::names;
use crate::segment::Sentence;
use std::collections::HashMap;

#[derive(Debug, Clone)]
pub struct DocEntity {
    pub kind: EntityKind,
    pub name: String,
    pub kb: Option<String>,
    pub kb_entry: Option<u32>,
    pub surfaces: Vec<String>,
    pub spans: Vec<Span>,
    /// Parent group (document entity index) of a branch, where the name or KB says so.
    pub parent: Option<usize>,
    /// Whether the branch's own name states its parent ("Isis Tunisia Province"); a parent known
    /// only from the KB needs the article to name both together.
    pub parent_by_name: bool,
    /// KB ids of groups a person belongs to or leads, from the KB.
    pub person_groups: Vec<String>,
    /// KB subkind ("branch", "country", "city", ...).
    pub subkind: Option<String>,
    /// Names the article implies without writing ("Pakistan Province" for a new chapter).
    pub aliases: Vec<String>,
    /// A KB group seen under a former name.
    pub former_name: bool,
}

impl DocEntity {
    /// An entity for a KB entry, as yet without mentions.
    pub(super) fn from_kb(entry: &allegiance_kb::Entry, index: u32) -> DocEntity {
        DocEntity {
            kb: Some(entry.id.clone()),
            kb_entry: Some(index),
            person_groups: entry.groups.clone(),
            subkind: entry.subkind.clone(),
            ..DocEntity::new(entry.kind, &entry.name)
        }
    }

    /// An entity the KB lacks.
    pub(super) fn new(kind: EntityKind, name: &str) -> DocEntity {
        DocEntity {
            kind,
            name: name.to_string(),
            kb: None,
            kb_entry: None,
            surfaces: Vec::new(),
            spans: Vec::new(),
            parent: None,
            parent_by_name: false,
            person_groups: Vec::new(),
            subkind: None,
            aliases: Vec::new(),
            former_name: false,
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub entity: usize,
    /// "the group", "it", "he": stands for an entity without naming it.
    pub anaphor: bool,
    /// A place named by its adjective ("Afghan soil").
    pub adjective: bool,
}

#[derive(Default)]
pub struct DocEntities {
    pub entities: Vec<DocEntity>,
    pub(super) by_key: HashMap<String, usize>,
    pub mentions: Vec<Mention>,
}

impl DocEntities {
    pub(super) fn intern(&mut self, key: String, make: impl FnOnce() -> DocEntity) -> usize {
        if let Some(&i) = self.by_key.get(&key) {
            return i;
        }
        let i = self.entities.len();
        self.entities.push(make());
        self.by_key.insert(key, i);
        i
    }

    pub(super) fn add_mention(
        &mut self,
        text: &str,
        start: usize,
        end: usize,
        entity: usize,
        adjective: bool,
    ) {
        let surface = text[start..end].to_string();
        let e = &mut self.entities[entity];
        if !e.surfaces.contains(&surface) {
            e.surfaces.push(surface);
        }
        e.spans.push(Span { start, end });
        self.mentions.push(Mention { start, end, entity, anaphor: false, adjective });
    }

    pub fn lookup_kb(&self, kb_id: &str) -> Option<usize> {
        self.by_key.get(kb_id).copied()
    }

    /// The document entity for a KB entry, added without a mention if the text never names it.
    pub fn ensure_kb(&mut self, gaz: &Gazetteer, kb_id: &str) -> Option<usize> {
        if let Some(i) = self.lookup_kb(kb_id) {
            return Some(i);
        }
        let entry_index = gaz.by_id(kb_id)?;
        let entry = gaz.entry(entry_index);
        let e = DocEntity::from_kb(entry, entry_index);
        Some(self.intern(kb_id.to_string(), || e))
    }
}

/// A sentence's byte bounds.
pub(super) fn sent_range(s: &Sentence) -> (usize, usize) {
    (s.start, s.end)
}

/// Two byte spans share a byte.
pub(super) fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// A headline or shouted line: over 12 letters, most of them capitals.
pub(super) fn mostly_upper(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    let upper = s.chars().filter(|c| c.is_uppercase()).count();
    letters > 12 && upper * 2 > letters
}

/// Finds every entity mention of the document. The order of the steps matters: each later step
/// leaves alone the spans an earlier one took.
pub fn find(gaz: &Gazetteer, text: &str, sentences: &[Sentence]) -> DocEntities {
    let mut doc = DocEntities::default();
    let mut hits = gaz.find(text);
    let factions = dashed_names::extended_acronyms(gaz, text, &hits);
    dashed_names::join_dashed_names(gaz, text, &mut hits);
    branches::add_variant_branch_names(gaz, text, &mut hits);
    let militant = names::militant_context(text);
    if !militant {
        kb_names::drop_doubtful_hits(gaz, text, &mut hits);
    }
    // Name runs that extend KB hits ("Isis Tunisia Province") or that the KB lacks.
    short_forms::add_group_stems(gaz, text, &mut hits);
    let wings = branches::find_wings(gaz, text, &hits);
    let mut new_names = new_names::NewNames::default();
    new_names.militant = militant;
    new_names.taken.extend(wings.iter().map(|w| (w.start, w.end)));
    // Most news names no armed group: look for names the KB lacks only where the cheap scan found
    // a known group or the text speaks of armed violence.
    let relevant = militant || hits.iter().any(|h| kb_names::names_group(gaz, h));
    // "Santos" after "President Juan Manuel Santos" is the president, not the Brazilian town.
    let surnames = context_names::person_surnames(gaz, text, &hits, std::iter::empty());
    context_names::drop_towns_that_are_surnames(gaz, text, &mut hits, &surnames);
    if relevant {
        // "AFL-CIO", "CPI-U": outside a sentence about armed groups the letters are another
        // body's or an index's.
        let armed_at = |start: usize| {
            sentences
                .iter()
                .find(|s| s.start <= start && start < s.end)
                .is_some_and(|s| names::armed_context(&text[s.start..s.end]))
        };
        for (start, end) in factions.into_iter().filter(|&(start, _)| militant && armed_at(start)) {
            new_names.push((start, end, EntityKind::Group, None));
        }
        new_names.find_described_groups(gaz, text, sentences, &hits);
        new_names.find_quoted_groups(gaz, text, sentences, &hits);
        new_names.find_name_runs(gaz, text, sentences, &hits);
        new_names.find_context_people(gaz, text, sentences, &hits);
        new_names.find_context_groups(gaz, text, sentences, &hits);
        new_names.take_dashed_origins(gaz, text, &hits);
        let surnames = context_names::person_surnames(gaz, text, &[], new_names.people());
        context_names::drop_towns_that_are_surnames(gaz, text, &mut hits, &surnames);
    }
    kb_names::add_mentions(&mut doc, gaz, text, sentences, &hits, &new_names.taken);
    new_names.add_mentions(&mut doc, text);
    for w in wings {
        branches::add_wing(&mut doc, gaz, text, w);
    }
    doc.mentions.sort_by_key(|m| (m.start, m.end));
    short_forms::add_bracket_acronyms(&mut doc, text);
    short_forms::add_short_forms(&mut doc, text);
    person_names::add_kb_surnames(&mut doc, gaz, text);
    short_forms::add_group_short_forms(&mut doc, text);
    doc.mentions.sort_by_key(|m| (m.start, m.end));
    person_names::merge_aliases(&mut doc, text);
    branches::link_provinces(&mut doc, gaz, text);
    if doc.entities.iter().any(|e| e.kind == EntityKind::Group) {
        anaphors::add_anaphors(&mut doc, text, sentences);
        place_anaphors::add_place_anaphors(&mut doc, text, sentences);
    }
    doc.mentions.sort_by_key(|m| (m.start, m.end));
    doc
}
