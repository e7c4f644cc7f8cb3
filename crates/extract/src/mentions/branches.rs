//! Branches: named by place and parent ("the Afghan wing of ISIS", resolved to the KB branch in
//! that country when there is exactly one), and provinces linked to their parent group.

use super::{DocEntities, DocEntity};
use crate::gazetteer::{Gazetteer, KbHit};
use crate::model::EntityKind;
use crate::normalize::norm_name;
use crate::patterns::{Candidate, NameRole};

/// A branch the article names by its place and parent: "the “Afghan wing” of ISIS",
/// "al-Qaeda's Yemeni branch".
pub(super) struct Wing {
    pub(super) start: usize,
    pub(super) end: usize,
    place: u32,
    parent: u32,
    /// The branch's name without its parent: "Afghan wing".
    short: String,
}

/// Words for a branch.
const WING_WORDS: &str =
    r"(?:wing|branch|chapter|affiliate|franchise|arm|faction|offshoot|division|province|cell)";

rule!(
    /// Place, then `"wing" of (the)` before the group: "the Afghan wing of".
    PLACE_THEN_GROUP = "mentions.wing_of_group",
    || format!(r#"(?x) ^["“”'‘’]?\s+(?P<head>{WING_WORDS})["“”'‘’]?\s+of\s+(?:the\s+)?$"#)
);

rule!(
    /// A group's possessive before a place: "al-Qaeda's (new) Yemeni".
    GROUP_THEN_PLACE = "mentions.group_possessive_before_place",
    || r#"(?x)
        ^(?:'s?|’s?)\s+(?:so-called\s+|new\s+|official\s+|local\s+|regional\s+)?["“‘']?$"#
        .to_string()
);

rule!(
    /// The wing word after the place: "Yemeni branch".
    HEAD_AFTER = "mentions.wing_word_after_place",
    || format!(r#"^["”’']?\s+(?P<head>{WING_WORDS})\b["”’']?"#)
);

rule!(
    /// "the Syrian branch of al-Qaeda, Jabhat al-Nusra", "al-Qaeda's Somali affiliate al-Shabaab":
    /// the branch has a name of its own.
    NAMED_AFTER = "mentions.branch_named_after",
    || r"^(?:,\s+(?:the\s+)?|,?\s+(?:known as|called|named)\s+(?:the\s+)?)\S".to_string()
);

rule!(
    /// The spaces after a phrase, before a name that may follow at once.
    SPACE = "mentions.space_after_wing",
    || r"^\s+".to_string()
);

rule!(
    /// A list going on after a member: " and ", " or ", ", and ".
    LIST_GOES_ON = "mentions.list_goes_on",
    || r"^(?:\s*\([^)]{0,20}\))?,?\s+(?:and|or|as well as)\s".to_string()
);

rule!(
    /// "⟨G⟩ was long regarded as al-Qaeda's Syrian affiliate": said of a named group, the
    /// phrase is a predicate for the branch rules, not a name.
    PREDICATE = "mentions.wing_as_predicate",
    || r"(?ix)
        \b(?:is|was|are|were|as|became|becomes|remains|remained|been|be)\s+(?:\w+ly\s+)?(?:the\s+
        |an?\s+|its\s+)?[\x22“‘']?$".to_string()
);

/// The KB hits of a text, read for branches named by place and parent.
struct WingScan<'a> {
    gaz: &'a Gazetteer,
    text: &'a str,
    hits: &'a [KbHit],
}

impl WingScan<'_> {
    fn place(&self, h: &KbHit) -> Option<u32> {
        let gaz = self.gaz;
        h.candidates.iter().find(|c| gaz.entry(c.entry).kind == EntityKind::Place).map(|c| c.entry)
    }

    fn group(&self, h: &KbHit) -> Option<u32> {
        let gaz = self.gaz;
        h.candidates.iter().find(|c| gaz.entry(c.entry).kind == EntityKind::Group).map(|c| c.entry)
    }

    /// A group's own name follows at `end`: the phrase describes it rather than names a branch.
    fn names_branch_after(&self, end: usize) -> bool {
        let rest = &self.text[end..];
        let is_group_at =
            |at: usize| self.hits.iter().any(|h| h.start == at && self.group(h).is_some());
        // "al-Qaeda's Somali affiliate al-Shabaab": the name right after a space.
        if let Some(space) = SPACE.find(rest) {
            if is_group_at(end + space.end()) {
                return true;
            }
        }
        NAMED_AFTER.is_match(rest)
            && self
                .hits
                .iter()
                .any(|h| h.start > end && h.start <= end + 16 && self.group(h).is_some())
    }

    /// A group's own name comes right before the phrase at `start..end`, with a comma: "AQIM,
    /// al-Qaeda's North African branch" describes AQIM, as a predicate would, rather than names
    /// a branch. Not in a list ("Ansar Dine, al-Mourabitoun, the Sahara branch of AQIM and
    /// Katiba Macina"), where the name before is a member of its own.
    fn names_branch_before(&self, start: usize, end: usize) -> bool {
        let before = self.text[..start].trim_end_matches("the ").trim_end();
        let Some(comma) = before.strip_suffix(',') else { return false };
        let comma = comma.trim_end().len();
        let Some(named) = self.hits.iter().find(|h| h.end == comma && self.group(h).is_some())
        else {
            return false;
        };
        let listed_before = self.text[..named.start].trim_end().ends_with([',', ':']);
        let after = self.text[end..].trim_start_matches([')', '"', '”', '’', '\'']);
        let listed_after = LIST_GOES_ON.is_match(after);
        !listed_before && !listed_after
    }

    /// Place, wing word, "of", group: "the “Afghan wing” of ISIS" (with its opening quote).
    fn place_then_group(&self, i: usize, p: &KbHit, place: u32) -> Option<Wing> {
        let text = self.text;
        let g = self.hits.get(i + 1)?;
        let (Some(parent), Some(c)) =
            (self.group(g), PLACE_THEN_GROUP.captures(&text[p.end..g.start.max(p.end)]))
        else {
            return None;
        };
        if self.names_branch_after(g.end)
            || PREDICATE.is_match(&text[..p.start])
            || self.names_branch_before(p.start, g.end)
        {
            return None;
        }
        let head = c.name("head").unwrap().as_str();
        let open = text[..p.start].ends_with(['“', '"', '‘']);
        let start = if open {
            text[..p.start].char_indices().next_back().map_or(p.start, |(k, _)| k)
        } else {
            p.start
        };
        let short = format!("{} {head}", &text[p.start..p.end]);
        Some(Wing { start, end: g.end, place, parent, short })
    }

    /// Group, possessive, place, wing word: "al-Qaeda's Yemeni branch", unless it overlaps a
    /// wing already found.
    fn group_then_place(&self, i: usize, p: &KbHit, place: u32, out: &[Wing]) -> Option<Wing> {
        let text = self.text;
        let g = i.checked_sub(1).and_then(|k| self.hits.get(k))?;
        let parent = self.group(g)?;
        if !GROUP_THEN_PLACE.is_match(&text[g.end..p.start.max(g.end)]) {
            return None;
        }
        let c = HEAD_AFTER.captures(&text[p.end..])?;
        let head = c.name("head").unwrap();
        let end = p.end + head.end();
        if self.names_branch_after(end)
            || PREDICATE.is_match(&text[..g.start])
            || self.names_branch_before(g.start, end)
            || out.iter().any(|w: &Wing| w.end > g.start)
        {
            return None;
        }
        let short = format!("{} {}", &text[p.start..p.end], head.as_str());
        Some(Wing { start: g.start, end, place, parent, short })
    }
}

/// Branches named by place and parent, in text order.
pub(super) fn find_wings(gaz: &Gazetteer, text: &str, hits: &[KbHit]) -> Vec<Wing> {
    let scan = WingScan { gaz, text, hits };
    let mut out = Vec::new();
    for (i, p) in hits.iter().enumerate() {
        let Some(place) = scan.place(p) else { continue };
        if let Some(w) = scan.place_then_group(i, p, place) {
            out.push(w);
            continue;
        }
        if let Some(w) = scan.group_then_place(i, p, place, &out) {
            out.push(w);
        }
    }
    out
}

/// Adds a wing's mention: the parent's KB branch in that country where exactly one exists,
/// else a new branch entity.
pub(super) fn add_wing(doc: &mut DocEntities, gaz: &Gazetteer, text: &str, w: Wing) {
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

/// A province or wilayat names its parent: "Isis Tunisia Province" belongs to Isis, and a bare
/// "Pakistan Province" in an article about the Islamic State belongs to it.
pub(super) fn link_provinces(doc: &mut DocEntities, gaz: &Gazetteer, text: &str) {
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

rule!(
    /// A place-like tail after a group's name: " in the Islamic Peninsula", " in Iraq".
    IN_REGION_TAIL = "mentions.in_region_tail",
    || r"^ in (?:the )?((?:[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*){0,2})\b".to_string()
);

/// "Al-Qaeda in the Islamic Peninsula": a known group's name, "in" and a region the KB does not
/// know, read as the group's one branch whose name has the same words around the region's
/// first ("al-Qaeda in the Arabian Peninsula"), when exactly one does.
pub(super) fn add_variant_branch_names(gaz: &Gazetteer, text: &str, hits: &mut [KbHit]) {
    for i in 0..hits.len() {
        let h = &hits[i];
        let Some(parent) = h
            .candidates
            .iter()
            .find(|c| gaz.entry(c.entry).kind == EntityKind::Group)
            .map(|c| gaz.entry(c.entry).id.clone())
        else {
            continue;
        };
        let Some(tail) = IN_REGION_TAIL.captures(&text[h.end..]) else { continue };
        let region = tail.get(1).unwrap();
        let end = h.end + tail.get(0).unwrap().end();
        // The region must be unknown: a known place after "in" is where the group is.
        if hits.get(i + 1).is_some_and(|n| n.start < end) {
            continue;
        }
        let words: Vec<&str> = region.as_str().split(' ').collect();
        let (Some(last), n) = (words.last(), words.len()) else { continue };
        if n < 2 {
            continue;
        }
        let written = norm_name(&text[h.start..h.end]);
        let matches_variant = |name: &str| {
            let name = norm_name(name);
            let Some(rest) = name.strip_prefix(&written) else { return false };
            let rest = rest.trim_start();
            let rest = rest.strip_prefix("in ").map(|r| r.strip_prefix("the ").unwrap_or(r));
            rest.is_some_and(|r| {
                let rw: Vec<&str> = r.split(' ').collect();
                rw.len() == n && rw.last() == Some(&norm_name(last).as_str())
            })
        };
        let branches: Vec<u32> = (0..gaz.entry_count())
            .filter(|&e| {
                let entry = gaz.entry(e);
                entry.kind == EntityKind::Group
                    && entry.parent.as_deref() == Some(parent.as_str())
                    && std::iter::once(&entry.name)
                        .chain(&entry.aliases)
                        .any(|a| matches_variant(a))
            })
            .collect();
        if let [branch] = branches[..] {
            let role = NameRole::Current;
            let candidates = vec![Candidate { entry: branch, role, weak: false }];
            hits[i] = KbHit { start: h.start, end, candidates };
        }
    }
}
