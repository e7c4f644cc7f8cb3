//! From name hits to the document's entities: choosing among KB candidates, adding names the KB
//! lacks, short forms of people's names, and anaphors ("the group", "its", "he").

use crate::gazetteer::{Gazetteer, NameRole};
use crate::model::{EntityKind, Span};
use crate::names;
use crate::normalize::norm_name;
use crate::segment::Sentence;
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

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
    fn from_kb(entry: &allegiance_kb::Entry, index: u32) -> DocEntity {
        DocEntity {
            kb: Some(entry.id.clone()),
            kb_entry: Some(index),
            person_groups: entry.groups.clone(),
            subkind: entry.subkind.clone(),
            ..DocEntity::new(entry.kind, &entry.name)
        }
    }

    /// An entity the KB lacks.
    fn new(kind: EntityKind, name: &str) -> DocEntity {
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
    by_key: HashMap<String, usize>,
    pub mentions: Vec<Mention>,
}

fn kind_rank(k: EntityKind, role: NameRole) -> u8 {
    match (k, role) {
        (EntityKind::Group, NameRole::Current) => 0,
        (EntityKind::Group, _) => 1,
        (EntityKind::Body, _) => 2,
        (EntityKind::Person, _) => 3,
        (EntityKind::Place, NameRole::Adjective) => 5,
        (EntityKind::Place, _) => 4,
    }
}

impl DocEntities {
    fn intern(&mut self, key: String, make: impl FnOnce() -> DocEntity) -> usize {
        if let Some(&i) = self.by_key.get(&key) {
            return i;
        }
        let i = self.entities.len();
        self.entities.push(make());
        self.by_key.insert(key, i);
        i
    }

    fn add_mention(
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
}

fn sent_range(s: &Sentence) -> (usize, usize) {
    (s.start, s.end)
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

fn mostly_upper(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    let upper = s.chars().filter(|c| c.is_uppercase()).count();
    letters > 12 && upper * 2 > letters
}

/// Finds every entity mention of the document.
pub fn find(gaz: &Gazetteer, text: &str, sentences: &[Sentence]) -> DocEntities {
    let mut doc = DocEntities::default();
    let mut hits = gaz.find(text);
    let militant = names::militant_context(text);
    if !militant {
        // Short or generated acronyms ("IS", "AQ", "MPC") are too ambiguous to trust in a text
        // that never speaks of armed groups.
        hits.retain(|h| {
            let short =
                h.end - h.start <= 3 && text[h.start..h.end].chars().all(|c| c.is_uppercase());
            let groups_only =
                h.candidates.iter().all(|c| gaz.entry(c.entry).kind == EntityKind::Group);
            // "Wagner", "Isis": a group's one-word short name, in a text about business or
            // mythology, is someone else's name.
            let surface = &text[h.start..h.end];
            let short_name = groups_only
                && !surface.contains([' ', '-'])
                && surface.chars().any(|c| c.is_lowercase())
                && h.candidates.iter().all(|c| {
                    // The first word of the group's name ("Wagner"), or its acronym written as a word ("Isis").
                    let e = gaz.entry(c.entry);
                    e.name.starts_with(&format!("{surface} "))
                        || e.name.contains(' ')
                            && e.aliases.iter().any(|a| *a == surface.to_uppercase())
                });
            h.candidates.iter().any(|c| !c.weak) && !(short && groups_only) && !short_name
        });
    }
    // Name runs that extend KB hits ("Isis Tunisia Province") or that the KB lacks.
    let mut taken: Vec<(usize, usize)> = Vec::new();
    add_group_stems(gaz, text, &mut hits);
    let wings = find_wings(gaz, text, &hits);
    taken.extend(wings.iter().map(|w| (w.start, w.end)));
    let mut new_names: Vec<(usize, usize, EntityKind, Option<String>)> = Vec::new();
    // Most news names no armed group: look for names the KB lacks only where the cheap scan found
    // a known group or the text speaks of armed violence.
    let relevant = militant
        || hits
            .iter()
            .any(|h| h.candidates.iter().any(|c| gaz.entry(c.entry).kind == EntityKind::Group));
    let sentences_to_scan: &[Sentence] = if relevant { sentences } else { &[] };
    for s in sentences_to_scan {
        let sent = &text[s.start..s.end];
        for c in NAMED_GROUP.captures_iter(sent).chain(APPOSED_GROUP.captures_iter(sent)) {
            let n = c.name("n").unwrap();
            let (rs, re) = (s.start + n.start(), s.start + n.end());
            // A known name covering the whole span wins; one inside it ("Nasr" in "Hizb al-Nasr")
            // is part of the new name.
            let covered_by_group = hits.iter().any(|h| {
                h.start <= rs
                    && h.end >= re
                    && h.candidates.iter().any(|c| gaz.entry(c.entry).kind != EntityKind::Place)
            });
            if !covered_by_group && !taken.iter().any(|&t| overlaps(t, (rs, re))) {
                new_names.push((rs, re, EntityKind::Group, None));
                taken.push((rs, re));
            }
        }
    }
    for s in sentences_to_scan {
        let sent = &text[s.start..s.end];
        // A sentence that names a known armed group speaks of armed groups.
        let armed = names::armed_context(sent)
            || hits.iter().any(|h| {
                h.start >= s.start
                    && h.end <= s.end
                    && h.candidates.iter().any(|c| gaz.entry(c.entry).kind == EntityKind::Group)
            });
        for run in names::capitalised_runs(sent) {
            let (rs, re) = (s.start + run.start, s.start + run.end);
            if taken.iter().any(|&t| overlaps(t, (rs, re))) {
                continue;
            }
            let inner: Vec<&crate::gazetteer::KbHit> =
                hits.iter().filter(|h| h.start >= rs && h.end <= re).collect();
            let exact = inner.iter().any(|h| h.start == rs && h.end == re);
            let partial = hits
                .iter()
                .any(|h| overlaps((h.start, h.end), (rs, re)) && !(h.start >= rs && h.end <= re));
            if exact || partial {
                continue;
            }
            let last = run.words.last().map(String::as_str).unwrap_or("");
            let province = matches!(last, "Province" | "province" | "Wilayat" | "Wilayah")
                || run.words.first().is_some_and(|w| w == "Wilayat" || w == "Wilayah");
            // "in the Nangarhar Province": a country's own province, unless the group's.
            let administrative = inner.len() == 1
                && inner[0].start == rs
                && text[inner[0].end..re].trim().eq_ignore_ascii_case("province")
                && inner[0]
                    .candidates
                    .iter()
                    .any(|c| gaz.entry(c.entry).subkind.as_deref() == Some("region"))
                && !regex!(r"(?i)(?:'s?|’s?|\bits|\btheir)\s+(?:so-called\s+|self-styled\s+)?$")
                    .is_match(&text[..rs]);
            if province && run.words.len() >= 2 && !administrative {
                new_names.push((rs, re, EntityKind::Group, Some("province".into())));
                taken.push((rs, re));
                continue;
            }
            if inner
                .iter()
                .all(|h| h.candidates.iter().all(|c| gaz.entry(c.entry).kind == EntityKind::Place))
                && names::is_body_name(&run)
            {
                new_names.push((rs, re, EntityKind::Body, None));
                taken.push((rs, re));
                continue;
            }
            // "the Sambisa Forest": a feature's name may end in a word that is also a town's.
            let feature = names::ends_in_feature(&run)
                && inner.iter().all(|h| {
                    h.candidates.iter().all(|c| gaz.entry(c.entry).kind == EntityKind::Place)
                });
            if inner.is_empty() || feature {
                if let Some((ps, pe)) = names::unknown_place(text, rs, re, sent_range(s)) {
                    new_names.push((ps, pe, EntityKind::Place, None));
                    taken.push((ps, pe));
                    continue;
                }
            }
            let inner_non_place = inner
                .iter()
                .any(|h| h.candidates.iter().all(|c| gaz.entry(c.entry).kind != EntityKind::Place));
            if names::is_group_name(&run, armed) {
                if inner_non_place {
                    continue;
                }
                // "Afghan Army", "Iraqi Security Forces": a state's forces, not an armed group.
                let only_place_and_heads = !inner.is_empty()
                    && run.words.iter().all(|w| {
                        matches!(
                            w.as_str(),
                            "Army"
                                | "Forces"
                                | "Security"
                                | "Police"
                                | "National"
                                | "Armed"
                                | "Special"
                                | "Guards"
                                | "Border"
                                | "Military"
                                | "Air"
                                | "Force"
                                | "Corps"
                                | "Government"
                        ) || inner.iter().any(|h| text[h.start..h.end].contains(w.as_str()))
                    });
                if only_place_and_heads {
                    continue;
                }
                new_names.push((rs, re, EntityKind::Group, None));
                taken.push((rs, re));
            } else if (inner.is_empty()
                || another_bearer_of_surname(&run, re, &inner, gaz, text)
                || family_name_of_group(&run, re, &inner, gaz, text)
                || names::strong_person_shape(&run) && inner.iter().all(|h| h.candidates.iter().all(|c| gaz.entry(c.entry).kind == EntityKind::Place))
                || town_as_surname(&run, rs, re, &inner, gaz))
                && names::is_person_name(&run, sent)
                // "George W. Bush": a middle initial makes a person whatever the context.
                || names::has_middle_initial(&run) && town_as_surname(&run, rs, re, &inner, gaz)
            {
                new_names.push((rs, re, EntityKind::Person, None));
                taken.push((rs, re));
            }
        }
    }
    for h in &hits {
        if taken.iter().any(|&t| overlaps(t, (h.start, h.end))) {
            continue;
        }
        let surface = &text[h.start..h.end];
        let best = h
            .candidates
            .iter()
            .min_by_key(|c| (kind_rank(gaz.entry(c.entry).kind, c.role), c.entry))
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
            // A former name stands for the organisation as it then was; the store joins it by kb id.
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
    for (s, e, kind, sub) in new_names {
        let surface = text[s..e].trim_start_matches("the ").to_string();
        let key = format!("new#{}#{}", kind.as_str(), norm_name(&surface));
        let idx = doc
            .intern(key, || DocEntity { subkind: sub.clone(), ..DocEntity::new(kind, &surface) });
        doc.add_mention(text, s, e, idx, false);
    }
    for w in wings {
        add_wing(&mut doc, gaz, text, w);
    }
    doc.mentions.sort_by_key(|m| (m.start, m.end));
    add_bracket_acronyms(&mut doc, text);
    add_short_forms(&mut doc, text);
    add_group_short_forms(&mut doc, text);
    doc.mentions.sort_by_key(|m| (m.start, m.end));
    link_provinces(&mut doc, gaz, text);
    if doc.entities.iter().any(|e| e.kind == EntityKind::Group) {
        add_anaphors(&mut doc, text, sentences);
    }
    doc.mentions.sort_by_key(|m| (m.start, m.end));
    doc
}

/// "Haqqani fighters", "Wagner mercenaries": a group named by the first word of its name
/// ("Haqqani network", "Wagner Group") before a word for its men.
fn add_group_stems(gaz: &Gazetteer, text: &str, hits: &mut Vec<crate::gazetteer::KbHit>) {
    static STEM: LazyLock<Regex> = LazyLock::new(|| {
        crate::compile_regex(r"\b([A-Z][a-z][\w'’-]+) (?:foot )?(?:fighters|militants|soldiers|commanders|members|loyalists|insurgents|gunmen|mercenaries|operatives|cells|units|militiamen|jihadists)\b").unwrap()
    });
    let mut added = Vec::new();
    for c in STEM.captures_iter(text) {
        let w = c.get(1).unwrap();
        let is_group_hit = |h: &crate::gazetteer::KbHit| {
            h.candidates.iter().any(|c| gaz.entry(c.entry).kind == EntityKind::Group)
        };
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
            added.push(crate::gazetteer::KbHit {
                start: w.start(),
                end: w.end(),
                candidates: vec![c],
            });
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

/// A branch the article names by its place and parent: "the “Afghan wing” of ISIS",
/// "al-Qaeda's Yemeni branch".
struct Wing {
    start: usize,
    end: usize,
    place: u32,
    parent: u32,
    /// The branch's name without its parent: "Afghan wing".
    short: String,
}

const WING_WORDS: &str =
    r"(?:wing|branch|chapter|affiliate|franchise|arm|faction|offshoot|division|province|cell)";

fn find_wings(gaz: &Gazetteer, text: &str, hits: &[crate::gazetteer::KbHit]) -> Vec<Wing> {
    static PLACE_THEN_GROUP: LazyLock<Regex> = LazyLock::new(|| {
        crate::compile_regex(&format!(
            r#"^["“”'‘’]?\s+(?P<head>{WING_WORDS})["“”'‘’]?\s+of\s+(?:the\s+)?$"#
        ))
        .unwrap()
    });
    static GROUP_THEN_PLACE: LazyLock<Regex> = LazyLock::new(|| {
        crate::compile_regex(
            r#"^(?:'s?|’s?)\s+(?:so-called\s+|new\s+|official\s+|local\s+|regional\s+)?["“‘']?$"#,
        )
        .unwrap()
    });
    static HEAD_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        crate::compile_regex(&format!(r#"^["”’']?\s+(?P<head>{WING_WORDS})\b["”’']?"#)).unwrap()
    });
    // "the Syrian branch of al-Qaeda, Jabhat al-Nusra": the branch has a name of its own.
    static NAMED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        crate::compile_regex(r"^(?:,\s+(?:the\s+)?|,?\s+(?:known as|called|named)\s+(?:the\s+)?)\S")
            .unwrap()
    });
    let is_place = |h: &crate::gazetteer::KbHit| {
        h.candidates.iter().find(|c| gaz.entry(c.entry).kind == EntityKind::Place).map(|c| c.entry)
    };
    let is_group = |h: &crate::gazetteer::KbHit| {
        h.candidates.iter().find(|c| gaz.entry(c.entry).kind == EntityKind::Group).map(|c| c.entry)
    };
    let names_branch_after = |end: usize| {
        let rest = &text[end..];
        NAMED_AFTER.is_match(rest)
            && hits.iter().any(|h| h.start > end && h.start <= end + 16 && is_group(h).is_some())
    };
    // "⟨G⟩ was long regarded as al-Qaeda's Syrian affiliate": said of a named group, the phrase
    // is a predicate for the branch rules, not a name.
    static PREDICATE: LazyLock<Regex> = LazyLock::new(|| {
        crate::compile_regex(r"(?i)\b(?:is|was|are|were|as|became|becomes|remains|remained|been|be)\s+(?:\w+ly\s+)?(?:the\s+|an?\s+|its\s+)?[\x22“‘']?$").unwrap()
    });
    let mut out = Vec::new();
    for (i, p) in hits.iter().enumerate() {
        let Some(place) = is_place(p) else { continue };
        // Place, wing word, "of", group.
        if let Some(g) = hits.get(i + 1) {
            if let (Some(parent), Some(c)) =
                (is_group(g), PLACE_THEN_GROUP.captures(&text[p.end..g.start.max(p.end)]))
            {
                if !names_branch_after(g.end) && !PREDICATE.is_match(&text[..p.start]) {
                    let head = c.name("head").unwrap().as_str();
                    let open = text[..p.start].ends_with(['“', '"', '‘']);
                    let start = if open {
                        text[..p.start].char_indices().next_back().map_or(p.start, |(k, _)| k)
                    } else {
                        p.start
                    };
                    out.push(Wing {
                        start,
                        end: g.end,
                        place,
                        parent,
                        short: format!("{} {head}", &text[p.start..p.end]),
                    });
                    continue;
                }
            }
        }
        // Group, possessive, place, wing word.
        if let Some(g) = i.checked_sub(1).and_then(|k| hits.get(k)) {
            if let Some(parent) = is_group(g) {
                if GROUP_THEN_PLACE.is_match(&text[g.end..p.start.max(g.end)]) {
                    if let Some(c) = HEAD_AFTER.captures(&text[p.end..]) {
                        let head = c.name("head").unwrap();
                        let end = p.end + head.end();
                        if !names_branch_after(end)
                            && !PREDICATE.is_match(&text[..g.start])
                            && !out.iter().any(|w: &Wing| w.end > g.start)
                        {
                            out.push(Wing {
                                start: g.start,
                                end,
                                place,
                                parent,
                                short: format!("{} {}", &text[p.start..p.end], head.as_str()),
                            });
                        }
                    }
                }
            }
        }
    }
    out
}

/// Adds a wing's mention: the parent's KB branch in that country where exactly one exists,
/// else a new branch entity.
fn add_wing(doc: &mut DocEntities, gaz: &Gazetteer, text: &str, w: Wing) {
    let parent = gaz.entry(w.parent);
    let country = gaz.entry(w.place).country.clone();
    let known: Vec<u32> = match &country {
        Some(cc) => (0..gaz.entry_count())
            .filter(|&i| {
                let e = gaz.entry(i);
                e.kind == EntityKind::Group
                    && e.parent.as_deref() == Some(parent.id.as_str())
                    && e.country.as_deref() == Some(cc.as_str())
            })
            .collect(),
        None => Vec::new(),
    };
    let idx = if let [k] = known.as_slice() {
        let entry = gaz.entry(*k);
        doc.intern(entry.id.clone(), || DocEntity::from_kb(entry, *k))
    } else {
        let name = format!("{} {}", parent.name, w.short);
        doc.intern(format!("new#group#{}", norm_name(&name)), || DocEntity {
            subkind: Some("branch".into()),
            ..DocEntity::new(EntityKind::Group, &name)
        })
    };
    doc.add_mention(text, w.start, w.end, idx, false);
    if !doc.entities[idx].aliases.contains(&w.short) {
        doc.entities[idx].aliases.push(w.short.clone());
    }
    if let Some(pi) = doc.ensure_kb(gaz, &parent.id) {
        if pi != idx {
            doc.entities[idx].parent = Some(pi);
            doc.entities[idx].parent_by_name = true;
        }
    }
}

/// "Hussein Badreddin al-Houthi": a family name that is also a group's short name ends a
/// person's name.
fn family_name_of_group(
    run: &names::NameRun,
    run_end: usize,
    inner: &[&crate::gazetteer::KbHit],
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
fn town_as_surname(
    run: &names::NameRun,
    rs: usize,
    re: usize,
    inner: &[&crate::gazetteer::KbHit],
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
fn another_bearer_of_surname(
    run: &names::NameRun,
    run_end: usize,
    inner: &[&crate::gazetteer::KbHit],
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

static BRACKET_ACRONYM: LazyLock<Regex> =
    LazyLock::new(|| crate::compile_regex(r"^\s?\(([A-Z][A-Za-z-]{1,8})\)").unwrap());

/// "Tehreek-e-Azadi-e-Kashmir (TAJK)": an acronym in brackets after a name is its short form
/// for the rest of the article.
fn add_bracket_acronyms(doc: &mut DocEntities, text: &str) {
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
fn add_forms(doc: &mut DocEntities, text: &str, forms: Vec<(String, usize)>) {
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

const NAME: &str = r"(?P<n>[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|(?:al|el|ul|wal)-[\w'’-]+|al\b|of\b|the\b|e\b|i\b|wal\b|ul\b))*)";

/// "a group called X", "an outfit known as X", "the group that goes under the name of X".
static NAMED_GROUP: LazyLock<Regex> = LazyLock::new(|| {
    crate::compile_regex(&format!(r#"\b(?:group|organi[sz]ation|outfit|faction|militia|movement|network|cell|coalition|alliance)\b(?: [\w-]+){{0,6}}? (?:called|named|known as|dubbed|calling itself|under the name of|by the name of|goes by) (?:the )?["“']?{NAME}"#)).unwrap()
});
/// "X, a little known group", "X, a Pakistan-based militant outfit".
static APPOSED_GROUP: LazyLock<Regex> = LazyLock::new(|| {
    crate::compile_regex(&format!(r"{NAME},? (?:itself )?(?:is )?an? (?:little[- ]known |shadowy |new |obscure |small |relatively unknown |previously unknown )(?:[\w-]+ ){{0,2}}?(?:group|organi[sz]ation|outfit|faction|militia|movement|network)\b")).unwrap()
});

/// "Byutukayev" after "Aslan Byutukayev": a person's surname alone names them again.
fn add_short_forms(doc: &mut DocEntities, text: &str) {
    let mut forms: Vec<(String, usize)> = Vec::new();
    for (i, e) in doc.entities.iter().enumerate() {
        if e.kind != EntityKind::Person {
            continue;
        }
        for s in e.surfaces.clone() {
            let parts: Vec<&str> = s.split_whitespace().collect();
            if parts.len() >= 2 {
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
fn add_group_short_forms(doc: &mut DocEntities, text: &str) {
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

/// A province or wilayat names its parent: "Isis Tunisia Province" belongs to Isis, and a bare
/// "Pakistan Province" in an article about the Islamic State belongs to it.
fn link_provinces(doc: &mut DocEntities, gaz: &Gazetteer, text: &str) {
    let is = doc.lookup_kb("islamic-state");
    for i in 0..doc.entities.len() {
        let e = &doc.entities[i];
        if e.kind != EntityKind::Group {
            continue;
        }
        if let Some(entry) = e.kb_entry.map(|x| gaz.entry(x)) {
            if let Some(p) = entry.parent.clone() {
                if let Some(pi) = doc.lookup_kb(&p) {
                    doc.entities[i].parent = Some(pi);
                } else if names_parent(&doc.entities[i], gaz, &p) {
                    // "the Islamic State's West Africa Province" names the parent inside the name.
                    if let Some(pi) = doc.ensure_kb(gaz, &p) {
                        doc.entities[i].parent = Some(pi);
                        doc.entities[i].parent_by_name = true;
                    }
                }
            }
            continue;
        }
        if e.subkind.as_deref() != Some("province") {
            continue;
        }
        // A group named inside the province's own name is its parent.
        let span = e.spans[0];
        let inner_parent = gaz
            .find(&text[span.start..span.end])
            .into_iter()
            .flat_map(|h| h.candidates)
            .find(|c| gaz.entry(c.entry).kind == EntityKind::Group)
            .and_then(|c| doc.lookup_kb(&gaz.entry(c.entry).id));
        doc.entities[i].parent = inner_parent.or(is);
        doc.entities[i].parent_by_name = true;
        if doc.entities[i].parent == is && is.is_some() {
            let bare = doc.entities[i].name.clone();
            let place = bare
                .trim_start_matches("Islamic State ")
                .trim_start_matches("ISIS ")
                .trim_start_matches("Isis ")
                .trim_start_matches("IS ")
                .to_string();
            let full = format!("Islamic State {}", place);
            if full != bare {
                doc.entities[i].name = full;
            }
        }
    }
}

/// Whether one of the entity's surface forms contains a name of the KB group `parent_id`.
fn names_parent(e: &DocEntity, gaz: &Gazetteer, parent_id: &str) -> bool {
    let Some(p) = gaz.by_id(parent_id).map(|i| gaz.entry(i)) else { return false };
    let parent_names: Vec<String> = std::iter::once(&p.name)
        .chain(p.aliases.iter())
        .filter(|n| n.len() >= 4)
        .map(|n| crate::normalize::key(n))
        .collect();
    e.surfaces.iter().any(|s| {
        let s = crate::normalize::key(s);
        parent_names.iter().any(|n| s.starts_with(&format!("{n} ")))
    })
}

static GROUP_ANAPHOR: LazyLock<Regex> = LazyLock::new(|| {
    crate::compile_regex(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Ii]ts|[Tt]heir) (?:(?:\w+|\w+-\w+) ){0,2}?(?:group|organisation|organization|movement|outfit|network|faction|militia|contractor|insurgency|cartel|alliance|coalition)\b|\b[Tt]he (?:[\w-]+ )?(?:militants|rebels|insurgents|jihadists|extremists)\b").unwrap()
});
static PRONOUN: LazyLock<Regex> = LazyLock::new(|| {
    crate::compile_regex(r"\b(?:[Ii]ts|[Ii]t|[Hh]is|[Hh]e|[Ii]tself)\b|^They\b").unwrap()
});
/// A possessive pronoun stands for its owner in the sentence's shape only before a role or part
/// ("its leader, X", "his fighters"); elsewhere ("renewed its oath") it stays a plain word.
static POSSESSED_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    crate::compile_regex(r"^\s+(?:[\w-]+\s+){0,2}?(?:leaders?|chief|head|founders?|co-founder|commanders?|emir|amir|spokesman|spokesperson|members?|fighters|militants|branch(?:es)?|affiliates?|wing|province|chapter|loyalists|deputy|caliph|successor|son|brother)\b").unwrap()
});
/// "It is believed that", "it appears": an "it" that stands for nothing.
static EXPLETIVE_IT: LazyLock<Regex> = LazyLock::new(|| {
    crate::compile_regex(r"^(?:\s+(?:is|was|has been|had been|will be|would be|remains)|['’]s)\s+(?:\w+ly\s+)?(?:not\s+)?(?:[a-z]+\s+(?:to|that|whether|how|why|if|for)\b|an?\s+\w+\s+(?:to|that)\b)|^(?:\s+(?:is|was|has been|had been|will be|would be|remains)|['’]s)\s+(?:\w+ly\s+)?(?:not\s+)?(?:believed|thought|likely|unlikely|unclear|clear|possible|impossible|said|reported|known|estimated|expected|feared|understood|important|difficult|time|not)\b|^\s+(?:appears|seems|emerged|remains to)\b|^\s+(?:had |has |have |was |is )?(?:taken place|took place|happened|occurred|exploded|went off|detonated|came as|comes as)\b").unwrap()
});
/// The regexes of this module that [`crate::warm_up`] compiles ahead.
pub(crate) static WARM_UP: &[&LazyLock<Regex>] = &[
    &BRACKET_ACRONYM,
    &NAMED_GROUP,
    &APPOSED_GROUP,
    &GROUP_ANAPHOR,
    &PRONOUN,
    &POSSESSED_ROLE,
    &EXPLETIVE_IT,
];

/// Whether a mention sits inside a prepositional phrase ("members of ⟨X⟩", "allegiance to ⟨X⟩"),
/// and so is not the sentence's subject.
fn after_preposition(before: &str) -> bool {
    static PREP: LazyLock<Regex> = LazyLock::new(|| {
        crate::compile_regex(r"(?i)\b(?:of|to|with|by|from|against|for|between|among|than|and|or|as well as)\s+(?:the\s+)?(?:[\w-]+\s+)?$").unwrap()
    });
    PREP.is_match(before)
}

fn after_partitive(before: &str) -> bool {
    static PARTITIVE: LazyLock<Regex> = LazyLock::new(|| {
        crate::compile_regex(r"(?i)\b(?:members|fighters|commanders|militants|some|many|most|all|none|several|dozens|hundreds|thousands|supporters|remnants|defectors|elements)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$").unwrap()
    });
    PARTITIVE.is_match(before)
}

/// "The group", "its", "he": each stands for an entity of the fitting kind. A group anaphor
/// takes the first group of its own sentence before it, else the first group of the nearest
/// earlier sentence that names one (news sentences put their subject first); a person
/// anaphor takes the latest person.
fn add_anaphors(doc: &mut DocEntities, text: &str, sentences: &[Sentence]) {
    // The group the article is about: the one named most often, the subject of the lead
    // sentence (the first full sentence that names a group outside a prepositional phrase)
    // counting twice more; the earliest on a tie.
    let lead_subject = sentences
        .iter()
        .filter(|s| text[s.start..s.end].trim_end().ends_with(['.', '!', '?', '"', '”']))
        .find_map(|s| {
            doc.mentions
                .iter()
                .filter(|m| {
                    m.start >= s.start
                        && m.end <= s.end
                        && doc.entities[m.entity].kind == EntityKind::Group
                })
                .find(|m| !after_preposition(&text[s.start..m.start]))
                .map(|m| m.entity)
        });
    let main = {
        let mut counts: HashMap<usize, (usize, usize)> = HashMap::new();
        for m in doc.mentions.iter().filter(|m| doc.entities[m.entity].kind == EntityKind::Group) {
            let c = counts.entry(m.entity).or_insert((0, usize::MAX));
            c.0 += 1;
            c.1 = c.1.min(m.start);
        }
        if let Some(c) = lead_subject.and_then(|e| counts.get_mut(&e)) {
            c.0 += 2;
        }
        counts
            .into_iter()
            .max_by_key(|&(_, (n, first))| (n, std::cmp::Reverse(first)))
            .map(|(e, _)| e)
    };
    let mut first_group_of: Vec<Option<usize>> = vec![None; sentences.len()];
    let mut added: Vec<Mention> = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        let sent = &text[s.start..s.end];
        let mut spans: Vec<(usize, usize, EntityKind)> = Vec::new();
        for m in GROUP_ANAPHOR.find_iter(sent) {
            spans.push((s.start + m.start(), s.start + m.end(), EntityKind::Group));
        }
        for m in PRONOUN.find_iter(sent) {
            let w = m.as_str().to_ascii_lowercase();
            if w == "it" && EXPLETIVE_IT.is_match(&sent[m.end()..]) {
                continue;
            }
            if (w == "its" || w == "his") && !POSSESSED_ROLE.is_match(&sent[m.end()..]) {
                continue;
            }
            if w == "itself" {
                continue;
            }
            // A sentence opening "They" continues the previous sentence's group.
            let kind = if w.starts_with('h') { EntityKind::Person } else { EntityKind::Group };
            spans.push((s.start + m.start(), s.start + m.end(), kind));
        }
        spans.sort_by_key(|&(a, b, _)| (a, std::cmp::Reverse(b)));
        let nearest_in_sentence = |doc: &DocEntities, before: usize| {
            doc.mentions
                .iter()
                .filter(|m| {
                    m.start >= s.start
                        && m.end <= before
                        && !m.anaphor
                        && doc.entities[m.entity].kind == EntityKind::Group
                })
                .map(|m| m.entity)
                .next_back()
        };
        let subject_in_sentence = |doc: &DocEntities, before: usize| {
            doc.mentions
                .iter()
                .filter(|m| {
                    m.start >= s.start
                        && m.end <= before
                        && !m.anaphor
                        && doc.entities[m.entity].kind == EntityKind::Group
                })
                .find(|m| !after_preposition(&text[s.start..m.start]))
                .map(|m| m.entity)
        };
        let named_in_sentence = |doc: &DocEntities, kind: EntityKind, before: usize| {
            doc.mentions
                .iter()
                .filter(|m| {
                    m.start >= s.start
                        && m.end <= before
                        && !m.anaphor
                        && doc.entities[m.entity].kind == kind
                })
                .map(|m| m.entity)
                .next()
        };
        let mut resolved_here: Vec<(usize, usize)> = Vec::new();
        for (a, b, kind) in spans {
            if doc.mentions.iter().any(|m| overlaps((m.start, m.end), (a, b)))
                || added.iter().any(|m| overlaps((m.start, m.end), (a, b)))
            {
                continue;
            }
            let phrase = &text[a..b];
            // "The group, whose formal name is ⟨G⟩", "The insurgents, known as ⟨G⟩": the name
            // that follows says who is meant.
            if kind == EntityKind::Group {
                let named = doc.mentions.iter().find(|m| {
                    m.start > b
                        && m.start <= b + 60
                        && doc.entities[m.entity].kind == EntityKind::Group
                        && regex!(r"^,?\s+(?:whose (?:formal |full |official |real |proper )?name is|(?:also |locally |widely |formally |officially )?(?:known|called) (?:locally |also )?as|which calls itself|calling itself)\s+(?:the\s+)?$").is_match(&text[b..m.start])
                });
                if let Some(n) = named {
                    let t = n.entity;
                    resolved_here.push((a, t));
                    added.push(Mention {
                        start: a,
                        end: b,
                        entity: t,
                        anaphor: true,
                        adjective: false,
                    });
                    continue;
                }
            }
            // "The US said it would ...": after a state or body, "it" is that, not a group.
            if kind == EntityKind::Group && regex!(r"^[Ii]t$").is_match(phrase) {
                // The first entity outside a prepositional phrase: the sentence's subject.
                let first = doc
                    .mentions
                    .iter()
                    .filter(|m| m.start >= s.start && m.end <= a && !m.anaphor && !m.adjective)
                    .filter(|m| {
                        let before = &text[s.start..m.start];
                        !after_preposition(before)
                            && !regex!(r"(?i)\b(?:in|on|at|across|near|inside|within|into|over|under|after|before|during|since|around|throughout|beyond)\s+(?:the\s+)?(?:[\w-]+\s+)?$").is_match(before)
                    })
                    .map(|m| doc.entities[m.entity].kind)
                    .next();
                if matches!(first, Some(EntityKind::Body | EntityKind::Place))
                    && !doc.mentions.iter().any(|m| {
                        m.start >= s.start
                            && m.end <= a
                            && doc.entities[m.entity].kind == EntityKind::Group
                    })
                {
                    continue;
                }
            }
            let possessive = regex!(r"^(?:[Ii]ts|[Tt]heir)\b").is_match(phrase);
            // "the new group", "the new alliance": one the article has just introduced, not
            // one named beside it.
            let newly_formed = regex!(r"\bnew\b").is_match(phrase);
            // "the alliance", "the coalition": the article's own subject, which its parts formed.
            let union = regex!(r"\b(?:alliance|coalition)$").is_match(phrase);
            let earlier = |first_group_of: &[Option<usize>]| {
                (0..si).rev().take(4).find_map(|j| first_group_of[j]).or(main)
            };
            let target = match kind {
                // "al-Shabaab renewed its allegiance to al-Qaeda and its leader": a possessive
                // takes the nearest group before it.
                EntityKind::Group if possessive => nearest_in_sentence(doc, a)
                    .or_else(|| resolved_here.last().map(|r| r.1))
                    .or_else(|| earlier(&first_group_of)),
                EntityKind::Group if newly_formed => earlier(&first_group_of),
                EntityKind::Group if union => main.or_else(|| earlier(&first_group_of)),
                // "⟨G⟩ has presented the group as ...": a verb's object is not the subject
                // that acts on it, but the group spoken of before.
                EntityKind::Group
                    if regex!(r"(?i)\b(?:[a-z]+ed|[a-z]+s|took|sent|drove|fought|hit|beat)\s+(?:the\s+)?$").is_match(&text[s.start..a])
                        && !regex!(r"(?i)\b(?:said|says|claimed|claims|added|stated|warned|reported|believes|argues|announced|insisted|noted|thinks|fears|denied|denies|was|has|is|does|as|with)\s+(?:the\s+)?$").is_match(&text[s.start..a])
                        && subject_in_sentence(doc, a).is_some_and(|subject| earlier(&first_group_of).is_some_and(|e| e != subject)) =>
                {
                    earlier(&first_group_of)
                }
                EntityKind::Group => subject_in_sentence(doc, a)
                    .or_else(|| named_in_sentence(doc, kind, a))
                    .or_else(|| resolved_here.first().map(|r| r.1))
                    .or_else(|| earlier(&first_group_of)),
                // A person pronoun takes the sentence's first person (its subject) when there is
                // one before it, else the latest person named.
                _ => named_in_sentence(doc, kind, a).or_else(|| {
                    doc.mentions
                        .iter()
                        .chain(added.iter())
                        .filter(|m| m.end <= a && doc.entities[m.entity].kind == kind)
                        .max_by_key(|m| m.start)
                        .map(|m| m.entity)
                }),
            };
            if let Some(t) = target {
                if kind == EntityKind::Group {
                    resolved_here.push((a, t));
                }
                added.push(Mention {
                    start: a,
                    end: b,
                    entity: t,
                    anaphor: true,
                    adjective: false,
                });
            }
        }
        // The sentence's subject for later anaphors: its first group, named or resolved.
        let groups_here: Vec<&Mention> = doc
            .mentions
            .iter()
            .filter(|m| {
                m.start >= s.start
                    && m.end <= s.end
                    && doc.entities[m.entity].kind == EntityKind::Group
            })
            .collect();
        // The subject-like group: the first outside a prepositional phrase; failing that, the
        // group of a known leader who opens the sentence ("Al-Sahrawi, a former spokesman for X,
        // pledged ..." speaks of his own group); failing that, the first group not inside a
        // partitive ("members of the Taliban" speaks of members, not of it).
        let leader_opening = doc
            .mentions
            .iter()
            .find(|m| m.start >= s.start && m.end <= s.end && !m.anaphor)
            .filter(|m| doc.entities[m.entity].kind == EntityKind::Person)
            .and_then(|m| {
                doc.entities[m.entity]
                    .person_groups
                    .iter()
                    .find_map(|g| doc.lookup_kb(g))
                    .map(|g| (m.start, g))
            });
        let first_named = groups_here
            .iter()
            .find(|m| !after_preposition(&text[s.start..m.start]))
            .map(|m| (m.start, m.entity))
            .or(leader_opening)
            .or_else(|| {
                groups_here
                    .iter()
                    .find(|m| !after_partitive(&text[s.start..m.start]))
                    .map(|m| (m.start, m.entity))
            });
        let first_resolved = resolved_here.first().copied();
        // A sentence that speaks of the article's group by an anaphor keeps it as the topic,
        // whoever is its subject ("the Islamic State presented the group as ...; Its leader").
        let first_resolved =
            resolved_here.iter().find(|r| Some(r.1) == main).map(|r| (0, r.1)).or(first_resolved);
        first_group_of[si] = match (first_named, first_resolved) {
            (Some(n), Some(r)) => Some(if r.0 < n.0 { r.1 } else { n.1 }),
            (Some(n), None) => Some(n.1),
            (None, Some(r)) => Some(r.1),
            (None, None) => None,
        };
    }
    doc.mentions.extend(added);
}

impl DocEntities {
    /// A body of people the article describes rather than names ("several Chechen and Daghestani
    /// commanders"): a person-kind entity named by the phrase, with and without its quantifier.
    pub fn collective(&mut self, text: &str, whole: (usize, usize), name_start: usize) -> usize {
        let name = text[name_start..whole.1].trim().to_string();
        let key = format!("collective#{}", norm_name(&name));
        let i = self.intern(key, || DocEntity::new(EntityKind::Person, &name));
        let e = &mut self.entities[i];
        for surface in [text[whole.0..whole.1].trim(), name.as_str()] {
            if !e.surfaces.iter().any(|s| s == surface) {
                e.surfaces.push(surface.to_string());
            }
        }
        e.spans.push(Span { start: whole.0, end: whole.1 });
        i
    }

    /// A group the article implies but does not name ("a new chapter in Pakistan").
    pub fn synthetic_group(&mut self, name: &str, parent: usize) -> usize {
        let key = format!("new#group#{}", norm_name(name));
        self.intern(key, || DocEntity {
            parent: Some(parent),
            parent_by_name: true,
            subkind: Some("branch".into()),
            ..DocEntity::new(EntityKind::Group, name)
        })
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
