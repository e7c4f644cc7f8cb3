//! Names the KB lacks: groups introduced as such ("a group called X", "X, a little known
//! group"), and capitalised runs read as a new group, province, body, place or person.

use super::person_names::{
    another_bearer_of_surname, family_name_of_group, town_as_surname, town_inside_name,
};
use super::{dashed_names, overlaps, sent_range, DocEntities, DocEntity};
use crate::gazetteer::{Gazetteer, KbHit};
use crate::model::EntityKind;
use crate::names::{self, NameRun};
use crate::normalize::norm_name;
use crate::patterns::NameRole;
use crate::segment::Sentence;

/// A capitalised name, captured as `n`: words that start with a capital, and the particles and
/// Arabic articles names carry ("Jund al-Khilafa", "Islamic State of Iraq"). Verbose syntax: only
/// for `(?x)` patterns.
const NAME: &str = r"(?P<n>
    [A-Z][\w'’-]*
    (?:\ (?:[A-Z][\w'’-]*|(?:al|el|ul|wal)-[\w'’-]+|al\b|of\b|for\b|the\b|e\b|i\b|wal\b|ul\b))*
    )";

/// Words for an armed group.
const GROUP_WORDS: &str =
    "group|organi[sz]ation|outfit|faction|militia|movement|network|gang|crew|cartel";

rule!(
    /// "a group called X", "an outfit known as X", "the group that goes under the name of X",
    /// "militiamen known as X" (men in the plural: one fighter known as X is a person).
    NAMED_GROUP = "mentions.group_called",
    || {
        format!(
            r#"(?x)
            \b(?:(?:{GROUP_WORDS}|cell|coalition|alliance)s?
                |(?i:militiamen|fighters|gunmen|rebels|insurgents|vigilantes))\b
            (?P<gap>(?:\ [\w-]+){{0,6}}?)
            ,?\ (?:called|named|known\ as|known\ only\ as|dubbed|calling\ itself|under\ the\ name\ of
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
    /// "X, a self-defence militia,", "X, an armed group based in": a name in apposition with a
    /// word for an armed group that ends the apposition (not "X, a militia leader").
    APPOSED_ARMED_GROUP = "mentions.apposed_armed_group",
    || {
        format!(
            r"(?x)
            {NAME},\ an?\ (?:[\w-]+\ ){{0,3}}?
            (?:militia|paramilitary\ group|gang|cartel
                |(?:armed|rebel|militant|jihadist|insurgent|guerrilla|separatist|extremist|islamist
                    |criminal|vigilante|terrorist)\ (?:group|faction|movement|organi[sz]ation|outfit
                    |coalition|alliance|network))
            (?:[,.;]|\ (?:that|which|based|active|operating|linked|loyal|allied|led|formed
                |founded|in|from|of|with)\b)"
        )
    }
);

rule!(
    /// A word for an armed group right before its name: "the rebel group Velmar Union", "the
    /// militia Kova Lions", "its armed wing, the KNDO" (not "the armed group's leader Ali").
    GROUP_WORD_BEFORE_NAME = "mentions.group_word_before_name",
    || {
        format!(
            r"(?x)
            \b(?:(?:armed|rebel|militant|jihadist|insurgent|guerrilla|separatist|extremist|islamist
                    |criminal|paramilitary|terrorist|vigilante)
                \ (?:group|faction|movement|organi[sz]ation|outfit|coalition|alliance|network)
                |(?:[Tt]he|[Aa])\ (?:militia|gang|cartel)
                |(?:armed|military)\ wing,?(?:\ the)?)
            \ {NAME}"
        )
    }
);

rule!(
    /// An apposition that says what a name is, when it is no armed group: ", the ruling party",
    /// ", a political party", ", an elite army unit", ", the police's special unit".
    APPOSED_NOT_ARMED = "mentions.apposed_not_armed",
    || r"(?x)
        ^,\ (?:the|a|an)\ (?:[\w'’-]+\ ){0,2}?
        (?:party|political\ party
            |(?:army|military|police|government|navy|state|security)(?:'s)?
                \ (?:unit|force|battalion|brigade|division|regiment|agency|service))\b"
        .to_string()
);

rule!(
    /// A name of two to six capitalised words in quotes: "the “Punjabi Taliban”".
    QUOTED_NAME = "mentions.quoted_name",
    || r#"(?x)
        (?:^|[\s(])["“‘']
        (?P<n>[A-Z][\w'’-]*(?:\ (?:[A-Z][\w'’-]*|(?:al|el|ul|wal)-[\w'’-]+|al|of|the|wal)){1,5})
        ["”’']
    "#
    .to_string()
);

rule!(
    /// A bracketed qualifier right after a name: " (Maoist)", " (Maoist Centre)".
    BRACKET_QUALIFIER = "mentions.bracket_qualifier",
    || r"^ \([A-Z][a-z][\w-]*(?: [A-Z][a-z][\w-]*)?\)".to_string()
);

/// A word for a person's place in a group: "leader", "boss", "hitman".
fn is_role_word(w: &str) -> bool {
    let w = w.to_ascii_lowercase();
    names::PERSON_ROLES.contains(&w.as_str())
        || matches!(
            w.as_str(),
            "boss"
                | "bosses"
                | "hitman"
                | "hitmen"
                | "kingpin"
                | "enforcer"
                | "member"
                | "members"
                | "lieutenant"
                | "gunman"
        )
}

/// A new name: its span, kind and subkind ("province").
type NewName = (usize, usize, EntityKind, Option<String>);

/// The new names found so far, and every span taken (theirs and the branches').
#[derive(Default)]
pub(super) struct NewNames {
    names: Vec<NewName>,
    pub(super) taken: Vec<(usize, usize)>,
    /// The article speaks of armed groups or organised crime (`names::militant_context`).
    pub(super) militant: bool,
}

impl NewNames {
    pub(super) fn push(&mut self, name: NewName) {
        self.taken.push((name.0, name.1));
        self.names.push(name);
    }

    /// Adds a name found in `text`, without the closing quote a name word may have taken in
    /// ("'Tarsi Mujahideen'" is the name "Tarsi Mujahideen").
    fn push_unquoted(&mut self, text: &str, (start, mut end, kind, sub): NewName) {
        let opened = text[..start].ends_with(['\'', '‘']);
        if opened && text[start..end].ends_with(['\'', '’']) && end - start > 1 {
            end -= text[..end].chars().next_back().map_or(0, char::len_utf8);
        }
        self.push((start, end, kind, sub));
    }

    /// "the so-called “Sindhi Taliban”": a name in quotes that ends in a known group's name
    /// after words of its own is a name coined for another group. (A known name that opens a
    /// longer one, "Isis Tunisia Province", is left to the branch and province rules.)
    pub(super) fn find_quoted_groups(
        &mut self,
        gaz: &Gazetteer,
        text: &str,
        sentences: &[Sentence],
        hits: &[KbHit],
    ) {
        if !self.militant {
            return;
        }
        for s in sentences {
            let sent = &text[s.start..s.end];
            for c in QUOTED_NAME.captures_iter(sent) {
                let n = c.name("n").unwrap();
                let (rs, re) = (s.start + n.start(), s.start + n.end());
                let inside = |h: &&KbHit| h.start > rs && h.end == re;
                let known_whole = hits.iter().any(|h| h.start <= rs && h.end >= re);
                let group_inside = hits.iter().filter(inside).any(|h| {
                    h.candidates.iter().any(|c| gaz.entry(c.entry).kind == EntityKind::Group)
                });
                let straddles = hits.iter().any(|h| {
                    overlaps((h.start, h.end), (rs, re)) && !(h.start >= rs && h.end <= re)
                });
                if group_inside
                    && !known_whole
                    && !straddles
                    && !self.taken.iter().any(|&t| overlaps(t, (rs, re)))
                {
                    self.push((rs, re, EntityKind::Group, None));
                }
            }
        }
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
            let described = NAMED_GROUP
                .captures_iter(sent)
                .chain(APPOSED_GROUP.captures_iter(sent))
                .chain(APPOSED_ARMED_GROUP.captures_iter(sent))
                // "the cartel Los Halcones del Valle": a Spanish article's name is read whole
                // by the article rule.
                .chain(GROUP_WORD_BEFORE_NAME.captures_iter(sent).filter(|c| {
                    !c.name("n").is_some_and(|n| {
                        n.as_str().starts_with("Los ")
                            || n.as_str().starts_with("Las ")
                            || n.as_str().starts_with("La ")
                    })
                }));
            for c in described {
                // "the gang leader known as El Gordo": the name is the leader's, not the gang's.
                if c.name("gap").is_some_and(|g| g.as_str().split(' ').any(is_role_word)) {
                    continue;
                }
                let n = c.name("n").unwrap();
                // "The United Patriots, a militia": a word that opens sentences is no part of it.
                let skip: usize = n
                    .as_str()
                    .split(' ')
                    .take_while(|w| names::is_stop_word(w))
                    .map(|w| w.len() + 1)
                    .sum();
                if skip >= n.len() {
                    continue;
                }
                // "the militia Kova Lions of the": connectors the name took at its end are not
                // part of it.
                let mut kept = n.as_str();
                while let Some((head, last)) = kept.rsplit_once(' ') {
                    if !last.starts_with(char::is_lowercase) || last.contains('-') {
                        break;
                    }
                    kept = head;
                }
                let (rs, re) = (s.start + n.start() + skip, s.start + n.start() + kept.len());
                if re <= rs {
                    continue;
                }
                // A known name covering the whole span wins; one inside it ("Nasr" in "Hizb
                // al-Nasr") is part of the new name.
                let covered_by_group = hits.iter().any(|h| {
                    h.start <= rs
                        && h.end >= re
                        && h.candidates.iter().any(|c| gaz.entry(c.entry).kind != EntityKind::Place)
                });
                if !covered_by_group && !self.taken.iter().any(|&t| overlaps(t, (rs, re))) {
                    self.push_unquoted(text, (rs, re, EntityKind::Group, None));
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
        let militant = self.militant;
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
                let joins_and = run.words.iter().any(|w| w == "and");
                // "Union for Democracy and Social Progress": "and" after "for" joins the aims of
                // one body's name, not two names.
                let aims = run.words.iter().take_while(|w| *w != "and").any(|w| w == "for");
                if joins_and && !aims && !is_group_name(&run, armed, militant) && !holds_kb_name {
                    return names::split_at_and(&run, sent);
                }
                // "the Lahtu Defence Army and the Tavoy Liberation Front": two groups' names,
                // each with a head word of its own, are two groups.
                if joins_and {
                    let parts = names::split_at_and(&run, sent);
                    let heads = |r: &NameRun| r.words.iter().any(|w| names::is_group_head(w));
                    if parts.len() > 1
                        && parts.iter().all(|p| heads(p) && is_group_name(p, armed, militant))
                    {
                        return parts
                            .into_iter()
                            .map(|p| names::without_article(p, sent))
                            .collect();
                    }
                }
                // "the Libyan National Army of Khalifa Salem": the leader's name after "of" is
                // no part of the group's (a known place's is: "Liberation Army of Manipur").
                if let Some(parts) = names::split_at_of_person(&run, sent) {
                    let tail = (s.start + parts[1].start, s.start + parts[1].end);
                    let place_in_tail = hits.iter().any(|h| {
                        overlaps((h.start, h.end), tail)
                            && h.candidates
                                .iter()
                                .any(|c| gaz.entry(c.entry).kind == EntityKind::Place)
                    });
                    if !place_in_tail {
                        return parts;
                    }
                }
                vec![run]
            });
            for run in runs {
                let (rs, re) = (s.start + run.start, s.start + run.end);
                if self.taken.iter().any(|&t| overlaps(t, (rs, re))) {
                    continue;
                }
                let run = Run { gaz, text, s, run: &run, rs, re, armed, militant };
                if let Some(name) = run.read(hits) {
                    self.push(name);
                }
            }
        }
    }

    /// "FARC–People's Army": a new group's name written after a known group's acronym and a
    /// dash takes the acronym in; "Tarsi Liberation Army–Maoist": a creed after a dash is part
    /// of the name.
    pub(super) fn take_dashed_origins(&mut self, gaz: &Gazetteer, text: &str, hits: &[KbHit]) {
        for name in self.names.iter_mut().filter(|n| n.2 == EntityKind::Group) {
            let (mut start, mut end) = (name.0, name.1);
            if let Some(s) = dashed_names::origin_prefix(gaz, text, hits, (start, end)) {
                start = s;
            }
            if let Some(e) = dashed_names::creed_suffix(text, end) {
                end = e;
            }
            if let Some(t) = self.taken.iter_mut().find(|t| **t == (name.0, name.1)) {
                *t = (start, end);
            }
            (name.0, name.1) = (start, end);
        }
    }

    /// A mention of each new name, one entity per kind and name.
    pub(super) fn add_mentions(self, doc: &mut DocEntities, text: &str) {
        let group_keys: Vec<String> = self
            .names
            .iter()
            .filter(|n| n.2 == EntityKind::Group)
            .map(|&(s, e, _, _)| norm_name(text[s..e].trim_start_matches("the ")))
            .collect();
        for (s, e, kind, sub) in self.names {
            let surface = text[s..e].trim_start_matches("the ").to_string();
            let mut name_key = norm_name(&surface);
            // "the Freedom Army" after "the Mount Elgo Freedom Army": a new group's name of two
            // or more words that ends another new group's longer name is that group's short form.
            if kind == EntityKind::Group && name_key.contains(' ') {
                let suffix = format!(" {name_key}");
                if let Some(longer) =
                    group_keys.iter().filter(|k| k.ends_with(&suffix)).max_by_key(|k| k.len())
                {
                    name_key = longer.clone();
                }
            }
            let key = format!("new#{}#{}", kind.as_str(), name_key);
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
    /// The article speaks of armed groups.
    militant: bool,
}

/// A group's name by its words: with a weak head, in a sentence of armed groups or, for a
/// fighting head ("... Army", "... Alliance"), in an article of them.
fn is_group_name(run: &NameRun, armed: bool, militant: bool) -> bool {
    names::is_group_name(run, armed) || militant && names::is_fighting_group_name(run)
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
        if names::is_state_forces_name(self.run) || APPOSED_NOT_ARMED.is_match(&self.text[re..]) {
            return None;
        }
        if is_group_name(self.run, self.armed, self.militant) {
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
                && !self.known_group_inside_longer_name(h, inner)
        });
        if inner_non_place {
            return None;
        }
        // "Ethiopian National Defense Force", "Velmari Defence Forces": a country's name or
        // adjective, perhaps "National", then a defence force: the country's army.
        let surface = &self.text[self.rs..self.re];
        let defence_at =
            surface.rfind(" Defence Force").or_else(|| surface.rfind(" Defense Force"));
        let country_defence = defence_at.is_some_and(|d| {
            surface[d..].split(' ').count() == 3
                && inner.iter().any(|h| {
                    h.start == self.rs
                        && h.candidates
                            .iter()
                            .any(|c| self.gaz.entry(c.entry).subkind.as_deref() == Some("country"))
                        && matches!(self.text[h.end..self.rs + d].trim(), "" | "National")
                })
        });
        if country_defence {
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
                        | "General"
                        | "Staff"
                        | "Government" // A known group's name inside the run made it a group name of its own
                                       // above; only places count here.
                ) || inner
                    .iter()
                    .filter(|h| self.all_places(h))
                    .any(|h| self.text[h.start..h.end].contains(w.as_str()))
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

    /// A known group's name that is only part of the run's: "Popular Front for the Liberation
    /// of X" after the KB's "Popular Front" (a known name with a head word, then an "of"/"for"
    /// tail), or "Zorani Liberation Army" after its "Liberation Army" (a known name made of
    /// generic words only, after modifiers the KB does not know).
    fn known_group_inside_longer_name(&self, h: &KbHit, inner: &[&KbHit]) -> bool {
        let known = &self.text[h.start..h.end];
        let group = h.candidates.iter().any(|c| self.gaz.entry(c.entry).kind == EntityKind::Group);
        let tail = &self.text[h.end..self.re];
        let opens = h.start == self.rs
            && (tail.starts_with(" for ") || tail.starts_with(" of "))
            && known.split(' ').any(names::is_group_head)
            // "Jamaat-ul-Ahrar al-Hind": an Arabic "al-" word that follows names another group.
            || h.start == self.rs && tail.starts_with(" al-") && !tail[1..].contains(' ');
        let ends = h.end == self.re
            && h.start > self.rs
            && known.split(' ').count() >= 2
            && known.split(' ').all(names::is_generic_name_word)
            && !inner.iter().any(|o| o.start < h.start);
        // "Derna Mujahideen Shura Council": a town's or region's name right before a known
        // group's former name, or a name of generic words only, names a local body of its own.
        let before: Vec<&&KbHit> = inner.iter().filter(|o| o.start < h.start).collect();
        let place_before = matches!(before[..], [o] if o.start == self.rs
            && self.all_places(o)
            && self.text[o.end..h.start].trim().is_empty());
        let former_or_generic = h.candidates.iter().all(|c| c.role == NameRole::Former)
            || known.split(' ').count() >= 2 && known.split(' ').all(names::is_generic_name_word);
        let local = h.end == self.re && place_before && former_or_generic;
        // "Hafiz Gul Bahadur Group": a group named after a known person, with a head word after.
        let person =
            h.candidates.iter().all(|c| self.gaz.entry(c.entry).kind == EntityKind::Person);
        let named_after = person
            && h.end < self.re
            && self.run.words.last().is_some_and(|w| names::is_group_head(w));
        group && (opens || ends || local) || named_after
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
            || town_as_surname(run, rs, re, inner, gaz)
            || town_inside_name(run, rs, re, inner, gaz, sent))
            && names::is_person_name(run, sent)
            // "George W. Bush": a middle initial makes a person whatever the context.
            || names::has_middle_initial(run) && town_as_surname(run, rs, re, inner, gaz)
    }
}
