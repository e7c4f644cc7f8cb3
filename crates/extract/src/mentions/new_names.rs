//! Names the KB lacks: groups introduced as such ("a group called X", "X, a little known
//! group"), and capitalised runs read as a new group, province, body, place or person.

use super::person_names::{another_bearer_of_surname, family_name_of_group, town_as_surname};
use super::{overlaps, sent_range, DocEntities, DocEntity};
use crate::gazetteer::{Gazetteer, KbHit};
use crate::model::EntityKind;
use crate::names::{self, NameRun};
use crate::normalize::norm_name;
use crate::segment::Sentence;

/// A capitalised name, captured as `n`: words that start with a capital, and the particles and
/// Arabic articles names carry ("Jund al-Khilafa", "Islamic State of Iraq"). Verbose syntax: only
/// for `(?x)` patterns.
const NAME: &str = r"(?P<n>
    [A-Z][\w'’-]*
    (?:\ (?:[A-Z][\w'’-]*|(?:al|el|ul|wal)-[\w'’-]+|al\b|of\b|the\b|e\b|i\b|wal\b|ul\b))*
    )";

/// Words for an armed group.
const GROUP_WORDS: &str = "group|organi[sz]ation|outfit|faction|militia|movement|network";

rule!(
    /// "a group called X", "an outfit known as X", "the group that goes under the name of X".
    NAMED_GROUP = "mentions.group_called",
    || {
        format!(
            r#"(?x)
            \b(?:{GROUP_WORDS}|cell|coalition|alliance)\b
            (?:\ [\w-]+){{0,6}}?
            \ (?:called|named|known\ as|dubbed|calling\ itself|under\ the\ name\ of
                |by\ the\ name\ of|goes\ by)
            \ (?:the\ )?["“']?{NAME}"#
        )
    }
);

rule!(
    /// "X, a little known group", "X, a Pakistan-based militant outfit".
    APPOSED_GROUP = "mentions.apposed_group",
    || {
        format!(
            r"(?x)
            {NAME},?\ (?:itself\ )?(?:is\ )?an?
            \ (?:little[-\ ]known\ |shadowy\ |new\ |obscure\ |small\     # how little it is known
                |relatively\ unknown\ |previously\ unknown\ )
            (?:[\w-]+\ ){{0,2}}?(?:{GROUP_WORDS})\b"
        )
    }
);

rule!(
    /// A bracketed qualifier right after a name: " (Maoist)", " (Maoist Centre)".
    BRACKET_QUALIFIER = "mentions.bracket_qualifier",
    || r"^ \([A-Z][a-z][\w-]*(?: [A-Z][a-z][\w-]*)?\)".to_string()
);

/// A new name: its span, kind and subkind ("province").
type NewName = (usize, usize, EntityKind, Option<String>);

/// The new names found so far, and every span taken (theirs and the branches').
#[derive(Default)]
pub(super) struct NewNames {
    names: Vec<NewName>,
    pub(super) taken: Vec<(usize, usize)>,
}

impl NewNames {
    pub(super) fn push(&mut self, name: NewName) {
        self.taken.push((name.0, name.1));
        self.names.push(name);
    }

    /// The spans of the new people found so far.
    pub(super) fn people(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.names.iter().filter(|n| n.2 == EntityKind::Person).map(|n| (n.0, n.1))
    }

    /// Groups the text introduces as groups, by the name that follows or precedes.
    pub(super) fn find_described_groups(
        &mut self,
        gaz: &Gazetteer,
        text: &str,
        sentences: &[Sentence],
        hits: &[KbHit],
    ) {
        for s in sentences {
            let sent = &text[s.start..s.end];
            for c in NAMED_GROUP.captures_iter(sent).chain(APPOSED_GROUP.captures_iter(sent)) {
                let n = c.name("n").unwrap();
                let (rs, re) = (s.start + n.start(), s.start + n.end());
                // A known name covering the whole span wins; one inside it ("Nasr" in "Hizb
                // al-Nasr") is part of the new name.
                let covered_by_group = hits.iter().any(|h| {
                    h.start <= rs
                        && h.end >= re
                        && h.candidates.iter().any(|c| gaz.entry(c.entry).kind != EntityKind::Place)
                });
                if !covered_by_group && !self.taken.iter().any(|&t| overlaps(t, (rs, re))) {
                    self.push((rs, re, EntityKind::Group, None));
                }
            }
        }
    }

    /// Each capitalised run no name took and no KB hit matches or straddles, read as a new name.
    pub(super) fn find_name_runs(
        &mut self,
        gaz: &Gazetteer,
        text: &str,
        sentences: &[Sentence],
        hits: &[KbHit],
    ) {
        for s in sentences {
            let sent = &text[s.start..s.end];
            // A sentence that names a known armed group speaks of armed groups.
            let armed = names::armed_context(sent)
                || hits.iter().any(|h| {
                    h.start >= s.start
                        && h.end <= s.end
                        && h.candidates.iter().any(|c| gaz.entry(c.entry).kind == EntityKind::Group)
                });
            // "Nasr Hamdi and Karim Sayed": a run joined by "and" that is no group's name and
            // holds no KB name but a person's (a group's or a place's would tell what the run
            // joins) is read part by part.
            let runs = names::capitalised_runs(sent).into_iter().flat_map(|run| {
                let span = (s.start + run.start, s.start + run.end);
                let holds_kb_name = hits.iter().any(|h| {
                    overlaps((h.start, h.end), span)
                        && h.candidates
                            .iter()
                            .any(|c| gaz.entry(c.entry).kind != EntityKind::Person)
                });
                if run.words.iter().any(|w| w == "and")
                    && !names::is_group_name(&run, armed)
                    && !holds_kb_name
                {
                    names::split_at_and(&run, sent)
                } else {
                    vec![run]
                }
            });
            for run in runs {
                let (rs, re) = (s.start + run.start, s.start + run.end);
                if self.taken.iter().any(|&t| overlaps(t, (rs, re))) {
                    continue;
                }
                let run = Run { gaz, text, s, run: &run, rs, re, armed };
                if let Some(name) = run.read(hits) {
                    self.push(name);
                }
            }
        }
    }

    /// A mention of each new name, one entity per kind and name.
    pub(super) fn add_mentions(self, doc: &mut DocEntities, text: &str) {
        for (s, e, kind, sub) in self.names {
            let surface = text[s..e].trim_start_matches("the ").to_string();
            let key = format!("new#{}#{}", kind.as_str(), norm_name(&surface));
            let idx = doc.intern(key, || DocEntity {
                subkind: sub.clone(),
                ..DocEntity::new(kind, &surface)
            });
            doc.add_mention(text, s, e, idx, false);
        }
    }
}

/// One capitalised run of a sentence, at `rs..re` of the text.
struct Run<'a> {
    gaz: &'a Gazetteer,
    text: &'a str,
    s: &'a Sentence,
    run: &'a NameRun,
    rs: usize,
    re: usize,
    /// The sentence speaks of armed groups.
    armed: bool,
}

impl Run<'_> {
    fn all_places(&self, h: &KbHit) -> bool {
        h.candidates.iter().all(|c| self.gaz.entry(c.entry).kind == EntityKind::Place)
    }

    /// The new name the run is, if any, trying in turn: a province, a body, a place, a group, a
    /// person.
    fn read(&self, hits: &[KbHit]) -> Option<NewName> {
        let (rs, re) = (self.rs, self.re);
        let inner: Vec<&KbHit> = hits.iter().filter(|h| h.start >= rs && h.end <= re).collect();
        let exact = inner.iter().any(|h| h.start == rs && h.end == re);
        let partial = hits
            .iter()
            .any(|h| overlaps((h.start, h.end), (rs, re)) && !(h.start >= rs && h.end <= re));
        if exact || partial {
            return None;
        }
        if self.is_province(&inner) {
            return Some((rs, re, EntityKind::Group, Some("province".into())));
        }
        if inner.iter().all(|h| self.all_places(h)) && names::is_body_name(self.run) {
            return Some((rs, re, EntityKind::Body, None));
        }
        // "the Sambisa Forest": a feature's name may end in a word that is also a town's.
        let feature = names::ends_in_feature(self.run) && inner.iter().all(|h| self.all_places(h));
        if inner.is_empty() || feature {
            if let Some((ps, pe)) = names::unknown_place(self.text, rs, re, sent_range(self.s)) {
                return Some((ps, pe, EntityKind::Place, None));
            }
        }
        if names::is_group_name(self.run, self.armed) {
            return self.group(&inner);
        }
        self.is_person(&inner).then_some((rs, re, EntityKind::Person, None))
    }

    /// "Tunisia Province", "Wilayat Sinai": a province's name, but not "in the Nangarhar
    /// Province", a country's own province (unless the group's: "its so-called Nangarhar
    /// Province").
    fn is_province(&self, inner: &[&KbHit]) -> bool {
        let (run, rs, re, text) = (self.run, self.rs, self.re, self.text);
        let last = run.words.last().map(String::as_str).unwrap_or("");
        let province = matches!(last, "Province" | "province" | "Wilayat" | "Wilayah")
            || run.words.first().is_some_and(|w| w == "Wilayat" || w == "Wilayah");
        let administrative = inner.len() == 1
            && inner[0].start == rs
            && text[inner[0].end..re].trim().eq_ignore_ascii_case("province")
            && inner[0]
                .candidates
                .iter()
                .any(|c| self.gaz.entry(c.entry).subkind.as_deref() == Some("region"))
            && !regex!(r"(?i)(?:'s?|’s?|\bits|\btheir)\s+(?:so-called\s+|self-styled\s+)?$")
                .is_match(&text[..rs]);
        province && run.words.len() >= 2 && !administrative
    }

    /// A group's name, unless a KB name of another kind is inside it or it is a state's forces
    /// ("Afghan Army", "Iraqi Security Forces").
    fn group(&self, inner: &[&KbHit]) -> Option<NewName> {
        let inner_non_place = inner.iter().any(|h| {
            h.candidates.iter().all(|c| self.gaz.entry(c.entry).kind != EntityKind::Place)
        });
        if inner_non_place {
            return None;
        }
        let only_place_and_heads = !inner.is_empty()
            && self.run.words.iter().all(|w| {
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
                ) || inner.iter().any(|h| self.text[h.start..h.end].contains(w.as_str()))
            });
        if only_place_and_heads {
            return None;
        }
        // "Communist Party of Nepal (Maoist)": a bracketed word qualifies the name (an acronym
        // in brackets, all capitals, is a short form instead).
        let re = match BRACKET_QUALIFIER.find(&self.text[self.re..]) {
            Some(m) => self.re + m.end(),
            None => self.re,
        };
        Some((self.rs, re, EntityKind::Group, None))
    }

    /// A person's name: the run has a person's shape, and no KB name inside it but one it may
    /// hold (another bearer of a known surname, a group's family name, a town as surname).
    fn is_person(&self, inner: &[&KbHit]) -> bool {
        let (run, rs, re, gaz, text) = (self.run, self.rs, self.re, self.gaz, self.text);
        let sent = &text[self.s.start..self.s.end];
        (inner.is_empty()
            || another_bearer_of_surname(run, re, inner, gaz, text)
            || family_name_of_group(run, re, inner, gaz, text)
            || names::strong_person_shape(run) && inner.iter().all(|h| self.all_places(h))
            || town_as_surname(run, rs, re, inner, gaz))
            && names::is_person_name(run, sent)
            // "George W. Bush": a middle initial makes a person whatever the context.
            || names::has_middle_initial(run) && town_as_surname(run, rs, re, inner, gaz)
    }
}
