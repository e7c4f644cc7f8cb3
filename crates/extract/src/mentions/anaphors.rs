//! Anaphors: "the group", "its", "he" each stand for an entity of the fitting kind. A group
//! anaphor takes the first group of its own sentence before it, else the first group of the
//! nearest earlier sentence that names one (news sentences put their subject first), but as a
//! verb's object the group spoken of before; "its" the nearest group; "the new group" an earlier
//! one; a sentence that refers to the article's group keeps it as the topic; "the group, whose
//! formal name is X" that name; "it" after a state is not a group. A person anaphor takes the
//! sentence's first person before it, else the latest person.

use super::{overlaps, DocEntities, Mention};
use crate::model::EntityKind;
use crate::segment::Sentence;
use std::collections::HashMap;

rule!(
    /// "the group", "its militia", "the militants": a group spoken of before.
    GROUP_ANAPHOR = "mentions.the_group_anaphor",
    || r"(?x)
        \b(?:[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Ii]ts|[Tt]heir)
        \ (?:(?:\w+|\w+-\w+)\ ){0,2}?                   # up to two words: the new jihadist
        (?:group|organisation|organization|movement|outfit|network|faction|militia|contractor
            |insurgency|cartel|alliance|coalition)\b
        |\b[Tt]he\ (?:[\w-]+\ )?(?:militants|rebels|insurgents|jihadists|extremists|guerrillas)\b"
        .to_string()
);

rule!(
    /// The head of a group anaphor that names one group: "group", not "rebels" or "alliance".
    SINGULAR_GROUP_HEAD = "mentions.singular_group_head",
    || r"\b(?:group|organisation|organization|movement|outfit|faction|militia|network)$".to_string()
);

rule!(
    /// "it", "its", "he", "his", and "They" opening a sentence.
    PRONOUN = "mentions.pronoun",
    || r"\b(?:[Ii]ts|[Ii]t|[Hh]is|[Hh]e|[Ii]tself)\b|^They\b".to_string()
);

rule!(
    /// A possessive pronoun stands for its owner in the sentence's shape only before a role or
    /// part ("its leader, X", "his fighters"); elsewhere ("renewed its oath") it stays a plain
    /// word.
    POSSESSED_ROLE = "mentions.possessed_role",
    || r"(?x)
        ^\s+(?:[\w-]+\s+){0,2}?
        (?:leaders?|chief|head|founders?|co-founder|commanders?|emir|amir|spokesman|spokesperson
            |members?|fighters|militants|branch(?:es)?|affiliates?|wing|province|chapter
            |loyalists|deputy|caliph|successor|son|brother)\b"
        .to_string()
);

/// A form of "to be" after "it" (or its contraction). Verbose syntax: only for `(?x)` patterns.
const IT_IS: &str = r"(?:\s+(?:is|was|has\ been|had\ been|will\ be|would\ be|remains)|['’]s)";

rule!(
    /// "It is believed that", "it appears": an "it" that stands for nothing.
    EXPLETIVE_IT = "mentions.expletive_it",
    || {
        format!(
            r"(?x)
            ^{IT_IS}\s+(?:\w+ly\s+)?(?:not\s+)?         # it is (widely) (not)
            (?:[a-z]+\s+(?:to|that|whether|how|why|if|for)\b   # hard to, clear that
                |an?\s+\w+\s+(?:to|that)\b)                     # a shame that
            |^{IT_IS}\s+(?:\w+ly\s+)?(?:not\s+)?
            (?:believed|thought|likely|unlikely|unclear|clear|possible|impossible|said|reported
                |known|estimated|expected|feared|understood|important|difficult|time|not)\b
            |^\s+(?:appears|seems|emerged|remains\ to)\b
            |^\s+(?:had\ |has\ |have\ |was\ |is\ )?       # it (has) happened: an event
            (?:taken\ place|took\ place|happened|occurred|exploded|went\ off|detonated|came\ as
                |comes\ as)\b"
        )
    }
);

rule!(
    /// A mention inside a prepositional phrase: "members of (the) ⟨X⟩", "allegiance to ⟨X⟩".
    PREP = "mentions.after_preposition",
    || r"(?ix)
        \b(?:of|to|with|by|from|against|for|between|among|than|and|or|as\ well\ as)\s+
        (?:the\s+)?(?:[\w-]+\s+)?$"
        .to_string()
);

rule!(
    /// A mention inside a partitive: "members of ⟨X⟩", "some of the ⟨X⟩".
    PARTITIVE = "mentions.after_partitive",
    || r"(?ix)
        \b(?:members|fighters|commanders|militants|some|many|most|all|none|several|dozens
            |hundreds|thousands|supporters|remnants|defectors|elements)
        \s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$"
        .to_string()
);

/// Whether a mention sits inside a prepositional phrase ("members of ⟨X⟩", "allegiance to ⟨X⟩"),
/// and so is not the sentence's subject.
fn after_preposition(before: &str) -> bool {
    PREP.is_match(before)
}

/// Whether a mention sits inside a partitive ("members of ⟨X⟩", "some of the ⟨X⟩").
fn after_partitive(before: &str) -> bool {
    PARTITIVE.is_match(before)
}

rule!(
    /// "The group, whose formal name is ⟨G⟩", "The insurgents, known as ⟨G⟩": the name that
    /// follows says who is meant.
    NAMED_AFTER = "mentions.anaphor_named_after",
    || r"(?x)
        ^,?\s+
        (?:whose\ (?:formal\ |full\ |official\ |real\ |proper\ )?name\ is
            |(?:also\ |locally\ |widely\ |formally\ |officially\ )?(?:known|called)
                \ (?:locally\ |also\ )?as
            |which\ calls\ itself|calling\ itself)
        \s+(?:the\s+)?$"
        .to_string()
);

rule!(
    /// A locative preposition before a mention: "in ⟨L⟩", "across the ⟨L⟩".
    AFTER_LOCATIVE = "mentions.after_locative",
    || r"(?ix)
        \b(?:in|on|at|across|near|inside|within|into|over|under|after|before|during|since|around
            |throughout|beyond)
        \s+(?:the\s+)?(?:[\w-]+\s+)?$"
        .to_string()
);

rule!(
    /// A verb just before the anaphor, which is then its object: "has presented the group".
    AFTER_VERB = "mentions.after_verb",
    || r"(?i)\b(?:[a-z]+ed|[a-z]+s|took|sent|drove|fought|hit|beat)\s+(?:the\s+)?$".to_string()
);

rule!(
    /// Verbs of saying and auxiliaries, whose "object" is a clause's subject: "said the group".
    AFTER_SAYING = "mentions.after_saying",
    || r"(?ix)
        \b(?:said|says|claimed|claims|added|stated|warned|reported|believes|argues|announced
            |insisted|noted|thinks|fears|denied|denies|was|has|is|does|as|with)
        \s+(?:the\s+)?$"
        .to_string()
);

/// Adds an anaphoric mention for each anaphor that resolves, sentence by sentence.
pub(super) fn add_anaphors(doc: &mut DocEntities, text: &str, sentences: &[Sentence]) {
    let mut anaphors = Anaphors {
        doc,
        text,
        main: main_group(doc, text, sentences),
        first_group_of: vec![None; sentences.len()],
        added: Vec::new(),
    };
    for (si, s) in sentences.iter().enumerate() {
        anaphors.read_sentence(si, s);
    }
    let added = anaphors.added;
    doc.mentions.extend(added);
}

/// The group the article is about: the one named most often, the subject of the lead sentence
/// (the first full sentence that names a group outside a prepositional phrase) counting twice
/// more; the earliest on a tie.
fn main_group(doc: &DocEntities, text: &str, sentences: &[Sentence]) -> Option<usize> {
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
    let mut counts: HashMap<usize, (usize, usize)> = HashMap::new();
    for m in doc.mentions.iter().filter(|m| doc.entities[m.entity].kind == EntityKind::Group) {
        let c = counts.entry(m.entity).or_insert((0, usize::MAX));
        c.0 += 1;
        c.1 = c.1.min(m.start);
    }
    if let Some(c) = lead_subject.and_then(|e| counts.get_mut(&e)) {
        c.0 += 2;
    }
    counts.into_iter().max_by_key(|&(_, (n, first))| (n, std::cmp::Reverse(first))).map(|(e, _)| e)
}

/// The anaphors of one sentence (at `base` of the text): spans and the kind each stands for.
fn anaphor_spans(sent: &str, base: usize) -> Vec<(usize, usize, EntityKind)> {
    let mut spans: Vec<(usize, usize, EntityKind)> = Vec::new();
    for m in GROUP_ANAPHOR.find_iter(sent) {
        spans.push((base + m.start(), base + m.end(), EntityKind::Group));
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
        spans.push((base + m.start(), base + m.end(), kind));
    }
    spans.sort_by_key(|&(a, b, _)| (a, std::cmp::Reverse(b)));
    spans
}

/// The resolution of a document's anaphors, sentence by sentence. The named mentions are read
/// only; the anaphoric ones are gathered in `added`.
struct Anaphors<'a> {
    doc: &'a DocEntities,
    text: &'a str,
    /// The article's group ([`main_group`]).
    main: Option<usize>,
    /// Each sentence read so far: the group it is about, for the anaphors of later sentences.
    first_group_of: Vec<Option<usize>>,
    added: Vec<Mention>,
}

impl Anaphors<'_> {
    fn read_sentence(&mut self, si: usize, s: &Sentence) {
        let text = self.text;
        // The groups anaphors of this sentence resolved to: (anaphor start, entity).
        let mut resolved_here: Vec<(usize, usize)> = Vec::new();
        for (a, b, kind) in anaphor_spans(&text[s.start..s.end], s.start) {
            let (a, b) = self.past_place_adjective((a, b), kind);
            if self.doc.mentions.iter().any(|m| overlaps((m.start, m.end), (a, b)))
                || self.added.iter().any(|m| overlaps((m.start, m.end), (a, b)))
            {
                continue;
            }
            let Some(t) = self.resolve(si, s, (a, b), kind, &resolved_here) else { continue };
            if kind == EntityKind::Group {
                resolved_here.push((a, t));
            }
            self.added.push(Mention {
                start: a,
                end: b,
                entity: t,
                anaphor: true,
                adjective: false,
            });
        }
        self.first_group_of[si] = self.topic(s, &resolved_here);
    }

    /// "the Syrian rebel group", "the Nigerian-based group": a group anaphor whose modifier is a
    /// place's adjective keeps only the words after it ("rebel group"), so that the place stays a
    /// mention of its own; any other overlap, a plural head, or a name right after ("the Syrian
    /// rebel group Jaysh al-Islam") leaves the span as it was.
    fn past_place_adjective(&self, (a, b): (usize, usize), kind: EntityKind) -> (usize, usize) {
        let doc = self.doc;
        let inside: Vec<&Mention> =
            doc.mentions.iter().filter(|m| overlaps((m.start, m.end), (a, b))).collect();
        // A place's adjective ("Syrian"), not its name: "the Santa Fe group" may be a name.
        let all_places = inside.iter().all(|m| {
            m.start > a
                && m.end < b
                && m.adjective
                && doc.entities[m.entity].kind == EntityKind::Place
        });
        let singular_head = SINGULAR_GROUP_HEAD.is_match(&self.text[a..b]);
        let Some(last_end) = inside.iter().map(|m| m.end).max() else { return (a, b) };
        // Only as a subject: as a verb's object or in a phrase ("wished the Somali group",
        // "a rocket from the Palestinian group") the group meant is seldom the one spoken of.
        let mut from = a.saturating_sub(60);
        while !self.text.is_char_boundary(from) {
            from -= 1;
        }
        let lead = &self.text[from..a];
        let subject = !AFTER_VERB.is_match(lead) && !after_preposition(lead);
        if kind != EntityKind::Group || !all_places || !singular_head || !subject {
            return (a, b);
        }
        let named_next = doc.mentions.iter().any(|m| {
            m.start >= b
                && self.text[b..m.start].trim().is_empty()
                && doc.entities[m.entity].kind == EntityKind::Group
        });
        match self.text[last_end..b].find(' ') {
            Some(space) if !named_next => (last_end + space + 1, b),
            _ => (a, b),
        }
    }

    /// The group the last sentences (up to four back) were about, else the article's.
    fn earlier(&self, si: usize) -> Option<usize> {
        (0..si).rev().take(4).find_map(|j| self.first_group_of[j]).or(self.main)
    }

    /// The entity the anaphor at `a..b` stands for, if any.
    fn resolve(
        &self,
        si: usize,
        s: &Sentence,
        (a, b): (usize, usize),
        kind: EntityKind,
        resolved_here: &[(usize, usize)],
    ) -> Option<usize> {
        let phrase = &self.text[a..b];
        if kind == EntityKind::Group {
            if let Some(n) = self.named_after(b) {
                return Some(n);
            }
            // "created his own outfit, ⟨G⟩": a group of one's own is the one in apposition.
            if regex!(r"\bown\b").is_match(phrase) {
                if let Some(n) = self.in_apposition(b) {
                    return Some(n);
                }
            }
            // "The US said it would ...": after a state or body, "it" is that, not a group.
            if regex!(r"^[Ii]t$").is_match(phrase) && self.it_of_state(s, a) {
                return None;
            }
        }
        let possessive = regex!(r"^(?:[Ii]ts|[Tt]heir)\b").is_match(phrase);
        // "the new group", "the new alliance": one the article has just introduced, not one
        // named beside it.
        let newly_formed = regex!(r"\bnew\b").is_match(phrase);
        // "the alliance", "the coalition": the article's own subject, which its parts formed.
        let union = regex!(r"\b(?:alliance|coalition)$").is_match(phrase);
        match kind {
            // "al-Shabaab renewed its allegiance to al-Qaeda and its leader": a possessive takes
            // the nearest group before it.
            EntityKind::Group if possessive => self
                .nearest_group(s, a)
                .or_else(|| resolved_here.last().map(|r| r.1))
                .or_else(|| self.earlier(si)),
            EntityKind::Group if newly_formed => self.earlier(si),
            EntityKind::Group if union => self.main.or_else(|| self.earlier(si)),
            // "⟨G⟩ has presented the group as ...": a verb's object is not the subject that
            // acts on it, but the group spoken of before.
            EntityKind::Group if self.object_of_other_subject(si, s, a) => self.earlier(si),
            EntityKind::Group => self
                .subject_group(s, a)
                .or_else(|| self.first_named(s, kind, a))
                .or_else(|| resolved_here.first().map(|r| r.1))
                .or_else(|| self.earlier(si)),
            // A person pronoun takes the sentence's first person (its subject) when there is one
            // before it, else the latest person named.
            _ => self.first_named(s, kind, a).or_else(|| {
                self.doc
                    .mentions
                    .iter()
                    .chain(self.added.iter())
                    .filter(|m| m.end <= a && self.doc.entities[m.entity].kind == kind)
                    .max_by_key(|m| m.start)
                    .map(|m| m.entity)
            }),
        }
    }

    /// The group named right after a group anaphor ending at `b` ("the group, whose formal name
    /// is ⟨G⟩").
    fn named_after(&self, b: usize) -> Option<usize> {
        let doc = self.doc;
        let named = doc.mentions.iter().find(|m| {
            m.start > b
                && m.start <= b + 60
                && doc.entities[m.entity].kind == EntityKind::Group
                && NAMED_AFTER.is_match(&self.text[b..m.start])
        });
        named.map(|n| n.entity)
    }

    /// The group named in apposition right after a group anaphor ending at `b` (", ⟨G⟩").
    fn in_apposition(&self, b: usize) -> Option<usize> {
        let doc = self.doc;
        let named = doc.mentions.iter().find(|m| {
            m.start > b
                && m.start <= b + 8
                && doc.entities[m.entity].kind == EntityKind::Group
                && regex!(r"^,\s+(?:the\s+)?$").is_match(&self.text[b..m.start])
        });
        named.map(|n| n.entity)
    }

    /// An "it" at `a` whose sentence's subject (its first entity outside a prepositional phrase)
    /// is a body or place, with no group named before it.
    fn it_of_state(&self, s: &Sentence, a: usize) -> bool {
        let (doc, text) = (self.doc, self.text);
        let first = doc
            .mentions
            .iter()
            .filter(|m| m.start >= s.start && m.end <= a && !m.anaphor && !m.adjective)
            .filter(|m| {
                let before = &text[s.start..m.start];
                !after_preposition(before) && !AFTER_LOCATIVE.is_match(before)
            })
            .map(|m| doc.entities[m.entity].kind)
            .next();
        matches!(first, Some(EntityKind::Body | EntityKind::Place))
            && !doc.mentions.iter().any(|m| {
                m.start >= s.start && m.end <= a && doc.entities[m.entity].kind == EntityKind::Group
            })
    }

    /// The anaphor at `a` is a verb's object, and the sentence's subject is another group than
    /// the one spoken of before.
    fn object_of_other_subject(&self, si: usize, s: &Sentence, a: usize) -> bool {
        let before = &self.text[s.start..a];
        AFTER_VERB.is_match(before)
            && !AFTER_SAYING.is_match(before)
            && self
                .subject_group(s, a)
                .is_some_and(|subject| self.earlier(si).is_some_and(|e| e != subject))
    }

    /// Named (not anaphoric) mentions of the sentence that end before `before`.
    fn named_before<'m>(
        &'m self,
        s: &Sentence,
        before: usize,
    ) -> impl DoubleEndedIterator<Item = &'m Mention> {
        let start = s.start;
        self.doc.mentions.iter().filter(move |m| m.start >= start && m.end <= before && !m.anaphor)
    }

    fn is_group(&self, m: &Mention) -> bool {
        self.doc.entities[m.entity].kind == EntityKind::Group
    }

    /// The last group named in the sentence before `before`.
    fn nearest_group(&self, s: &Sentence, before: usize) -> Option<usize> {
        self.named_before(s, before).filter(|m| self.is_group(m)).map(|m| m.entity).next_back()
    }

    /// The first group named in the sentence before `before` outside a prepositional phrase.
    fn subject_group(&self, s: &Sentence, before: usize) -> Option<usize> {
        self.named_before(s, before)
            .filter(|m| self.is_group(m))
            .find(|m| !after_preposition(&self.text[s.start..m.start]))
            .map(|m| m.entity)
    }

    /// The first entity of `kind` named in the sentence before `before`.
    fn first_named(&self, s: &Sentence, kind: EntityKind, before: usize) -> Option<usize> {
        self.named_before(s, before)
            .filter(|m| self.doc.entities[m.entity].kind == kind)
            .map(|m| m.entity)
            .next()
    }

    /// The group sentence `s` is about, for later anaphors: its first group, named or resolved.
    fn topic(&self, s: &Sentence, resolved_here: &[(usize, usize)]) -> Option<usize> {
        let (doc, text) = (self.doc, self.text);
        let groups_here: Vec<&Mention> = doc
            .mentions
            .iter()
            .filter(|m| m.start >= s.start && m.end <= s.end && self.is_group(m))
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
        let first_resolved = resolved_here
            .iter()
            .find(|r| Some(r.1) == self.main)
            .map(|r| (0, r.1))
            .or(first_resolved);
        match (first_named, first_resolved) {
            (Some(n), Some(r)) => Some(if r.0 < n.0 { r.1 } else { n.1 }),
            (Some(n), None) => Some(n.1),
            (None, Some(r)) => Some(r.1),
            (None, None) => None,
        }
    }
}
