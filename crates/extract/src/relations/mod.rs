//! Relation rules over masked sentences (see [`crate::sentence`]). Each rule reads a shape of the
//! sentence around a trigger ("⟨P⟩, leader of ⟨G⟩", "⟨G⟩ ... pledged allegiance to ⟨P|G⟩") and
//! yields raw facts between document entities; qualifiers are added later.
//!
//! One module per family of fact types: [`people`] (leader_of, founder_of, member_of),
//! [`lineage`] (branch_of, splinter_of, merged_into, renamed), [`alignment`] (pledge, ally_of,
//! rival_of), [`designation`], [`strength`], [`presence`] and [`attack`]. This module holds what
//! they share: the raw fact, the pair-rule machinery and the clause helpers. Every regex is a
//! registered [`crate::rule::Rule`] whose id (`<fact_type>.<shape>`) the facts it yields carry.
//! [`frames`] reads triggers over the sentence's structure ([`crate::clause`]): its subject from
//! the clause, relative clause or apposition, its object right after it.

mod alignment;
mod attack;
mod designation;
mod frames;
mod lineage;
mod people;
mod presence;
mod strength;

use crate::clause::Structure;
use crate::model::{EntityKind, FactAttrs, FactType};
use crate::rule::Rule;
use crate::sentence::Masked;
use crate::trace::DropReason;

/// A fact read off one masked sentence, between document entities (indices into the document's
/// entities), before its source, polarity and time are known.
#[derive(Debug, Clone)]
pub struct RawFact {
    pub fact_type: FactType,
    pub subject: usize,
    pub object: Option<usize>,
    pub attrs: FactAttrs,
    /// Byte range in the masked sentence that the fact rests on (for polarity scope).
    pub region: (usize, usize),
    /// The id of the rule that read the fact (`presence.locative`), or of the derivation that
    /// made it (`pledge.via_leader`).
    pub rule: &'static str,
    /// What is left to settle once the document's entities are known.
    pub pending: Pending,
}

/// The part of a raw fact the relation rules cannot settle from the masked sentence alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pending {
    Nothing,
    /// A rename between the names in these slots of the masked sentence (old name, new name):
    /// its attributes are the names as the text writes them.
    RenameSlots {
        from: usize,
        to: usize,
    },
    /// A presence read off a person ("⟨P⟩'s caliphate in ⟨L⟩"), to be moved to the person's
    /// group.
    PersonsGroup,
    /// A leader named by a bare title in a sentence about more than one group ("the late leader
    /// ⟨P⟩"): the object is the person's own group in the KB, if the article names it.
    TitledPersonsGroup,
    /// A leader of a group named by an anaphor ("the group's leader ⟨P⟩"): where the KB gives
    /// the person other groups and the article names one of them, the anaphor was misread.
    LeaderOfAnaphor,
}

/// A fact whose subject is a body of people the article describes but does not name ("several
/// Chechen and Daghestani commanders", "members of the Afghan Taliban").
#[derive(Debug, Clone)]
pub struct Collective {
    pub fact_type: FactType,
    /// The noun phrase in the masked sentence, with its quantifier ("several ...").
    pub np: (usize, usize),
    /// Where the name proper starts inside `np` (after the quantifier).
    pub name_start: usize,
    /// Object entity.
    pub object: usize,
    pub region: (usize, usize),
    /// The id of the rule that read the fact.
    pub rule: &'static str,
}

/// Placeholder kinds the rules look for around a trigger.
const GROUP: &[EntityKind] = &[EntityKind::Group];
const GROUP_OR_PERSON: &[EntityKind] = &[EntityKind::Group, EntityKind::Person];
const PLACE_OR_BODY: &[EntityKind] = &[EntityKind::Place, EntityKind::Body];
const PLACE: &[EntityKind] = &[EntityKind::Place];

/// One word allowed between an anchor and its argument, a place or body placeholder counting as
/// a word: rules write `{W}{{0,n}}` for up to n of them.
///
/// Fragments shared between rules write a space as `\ ` and, when they span lines, scope the
/// verbose flag to themselves (`(?x:...)`), so that they mean the same in a verbose pattern and in
/// a plain one.
const W: &str = r"(?:[\w'-]+\ |⟨[LB]\d+⟩[\w'-]*\ )";

/// Words for the one who leads a group.
const LEADER_WORDS: &str = r"(?x:
    leader|chief|head|emir|amir|governor|wali|commander-in-chief|supreme\ commander|commander
    |boss|caliph|supremo|chairman|secretary-general|secretary\ general
)";
/// Words for one who belongs to a group.
const MEMBER_WORDS: &str = r"(?x:
    operative|member|militant|fighter|official|figure|ideologue|financier|spokesman
    |spokesperson|recruiter|bomb-maker|propagandist|cleric|veteran
)";

/// The facts of one masked sentence, and those whose subject is a described body of people.
pub fn find_with_collectives(m: &Masked) -> (Vec<RawFact>, Vec<Collective>) {
    let mut out = Vec::new();
    let mut collectives = Vec::new();
    let st = Structure::of(m);
    pair_rules(m, &mut out);
    people::drop_misread_titles(m, &mut out, 0);
    people::described_leaders(m, &mut out);
    frames::run(m, &st, lineage::FRAMES, &mut out);
    lineage::mergers(m, &st, &mut out);
    lineage::founded_by_members(m, &st, &mut out);
    lineage::structured(m, &st, &mut out);
    frames::run(m, &st, alignment::FRAMES, &mut out);
    alignment::pledges(m, &st, &mut out, &mut collectives);
    designation::designations(m, &mut out);
    strength::strengths(m, &mut out);
    attack::attacks(m, &mut out);
    presence::presences(m, &st, &mut out);
    alignment::rival_mentions(m, &st, &mut out);
    alignment::rivals_over_structure(m, &st, &mut out);
    presence::located_groups(m, &mut out);
    (out, collectives)
}

/// Adds the fact `rule` read between slots `s` and `o`, unless both are the same entity.
fn push(
    out: &mut Vec<RawFact>,
    m: &Masked,
    rule: &'static str,
    fact_type: FactType,
    (s, o): (usize, Option<usize>),
    attrs: FactAttrs,
    region: (usize, usize),
) {
    let subject = m.slots[s].entity;
    let object = o.map(|o| m.slots[o].entity);
    if Some(subject) == object {
        m.veto(rule, fact_type, (s, o), DropReason::SelfRelation);
        return;
    }
    out.push(RawFact {
        fact_type,
        subject,
        object,
        attrs,
        region,
        rule,
        pending: Pending::Nothing,
    });
}

/// A pair rule: a regex with named captures `s` and `o` holding placeholder numbers.
struct PairRule {
    fact_type: FactType,
    rule: &'static Rule,
    /// Expand the object over coordinated placeholders.
    coordinate_object: bool,
    coordinate_subject: bool,
}

impl PairRule {
    const fn new(fact_type: FactType, rule: &'static Rule) -> PairRule {
        PairRule {
            fact_type,
            rule,
            coordinate_object: matches!(
                fact_type,
                FactType::RivalOf | FactType::AllyOf | FactType::MemberOf | FactType::MergedInto
            ),
            coordinate_subject: matches!(
                fact_type,
                FactType::MergedInto
                    | FactType::MemberOf
                    | FactType::BranchOf
                    | FactType::FounderOf
                    | FactType::LeaderOf
                    | FactType::AllyOf
                    | FactType::Designated
            ),
        }
    }
}

/// Every pair rule, in the order they run (and so the order their facts come out in): the
/// people rules, then lineage, then alignment.
fn all_pair_rules() -> impl Iterator<Item = &'static PairRule> {
    people::PAIR_RULES.iter().chain(lineage::PAIR_RULES).chain(alignment::PAIR_RULES)
}

rule!(
    /// "led by his brother ⟨P⟩": a possessive pronoun before a kin or role word stands for
    /// someone else than the one meant.
    KIN_AFTER_ANAPHOR = "relation.kin_after_anaphor",
    || r"(?x)
        ^\ (?:[\w-]+\ )?
        (?:brother|son|father|nephew|cousin|uncle|wife|deputy|successor|aide|lieutenant|bodyguard)\b
    ".to_string()
);

fn pair_rules(m: &Masked, out: &mut Vec<RawFact>) {
    for rule in all_pair_rules() {
        for caps in rule.rule.captures_iter(&m.masked) {
            let (Some(s), Some(o)) = (
                caps.name("s").and_then(|c| m.slot_of_capture(c.as_str())),
                caps.name("o").and_then(|c| m.slot_of_capture(c.as_str())),
            ) else {
                continue;
            };
            let whole = caps.get(0).unwrap();
            let region = (whole.start(), whole.end());
            // "one of ⟨P⟩'s lieutenants": a possessive person only modifies the real argument.
            if m.slots[s].kind == EntityKind::Person
                && m.masked[m.slots[s].at.1..].starts_with("'s")
            {
                m.veto(rule.rule.id(), rule.fact_type, (s, Some(o)), DropReason::PossessiveSubject);
                continue;
            }
            if m.slots[s].kind == EntityKind::Person
                && m.slots[s].anaphor
                && KIN_AFTER_ANAPHOR.is_match(&m.masked[m.slots[s].at.1..])
            {
                m.veto(rule.rule.id(), rule.fact_type, (s, Some(o)), DropReason::KinOfAnaphor);
                continue;
            }
            // A rename's attributes are the two names as written, read once entities are known.
            if rule.fact_type == FactType::Renamed {
                out.push(RawFact {
                    fact_type: FactType::Renamed,
                    subject: m.slots[s].entity,
                    object: None,
                    attrs: FactAttrs::None,
                    region,
                    rule: rule.rule.id(),
                    pending: Pending::RenameSlots { from: s, to: o },
                });
                continue;
            }
            let mut subjects = match rule.coordinate_subject {
                true if m.slots[s].kind == EntityKind::Person => {
                    people::listed_people(m, s, rule.fact_type)
                }
                true => m.coordinated(s),
                false => vec![s],
            };
            // "⟨P⟩ and his deputy": a possessive pronoun in a list of people is no one listed.
            subjects.retain(|&x| {
                x == s || !(m.slots[x].anaphor && m.slots[x].kind == EntityKind::Person)
            });
            let objects = if rule.coordinate_object { m.coordinated(o) } else { vec![o] };
            for &s in &subjects {
                for &o in &objects {
                    let attrs = FactAttrs::None;
                    let before = out.len();
                    push(out, m, rule.rule.id(), rule.fact_type, (s, Some(o)), attrs, region);
                    if rule.fact_type == FactType::LeaderOf && m.slots[o].anaphor {
                        out[before..].iter_mut().for_each(|f| f.pending = Pending::LeaderOfAnaphor);
                    }
                }
            }
        }
    }
}

rule!(
    /// A group inside a prepositional phrase or a modifier is not the clause's subject.
    BEFORE_NON_SUBJECT = "relation.before_non_subject",
    || r"(?ix)
        \b
        (?:of|to|with|by|from|against|for|between|among|than|an?|and|or|as\ well\ as)\s+
        (?:the\s+)?$
    ".to_string()
);
rule!(
    /// A verb that opens a complement clause: "said that", "denied", "told reporters".
    COMPLEMENT = "relation.complement_clause",
    || r"(?ix)
        \b
        (?:
            said|says|say|denied|denies|deny|denying|claimed|claims|claim|believes?|believed
            |reported|reports|confirmed|confirms|announced|declared|added|stated|warned|noted|argued
            |insisted|thinks?|thought|knew|knows?|known|acknowledged|admitted|suggested|suggests
            |showed|shows|indicated|revealed|concluded|alleged|feared|fears|suspects?|suspected
            |doubt\w*|told\ (?:\w+\ )?
        )
        \s+(?:(?:that|whether)\s)?
    ".to_string()
);
rule!(
    /// A group right at the start of the text: "the ⟨G⟩ has ...".
    GROUP_FIRST = "relation.group_first",
    || r"^(?:the )?⟨G".to_string()
);

/// The first group of the clause before `at` that is not inside a prepositional phrase or a
/// modifier ("an ⟨G⟩ branch").
fn subject_before(m: &Masked, at: usize) -> Option<usize> {
    let clause = m.clause_of(at);
    // "⟨G⟩ denied that ⟨G⟩ had any presence in": a complement clause has a subject of its own.
    let mut from = clause.0;
    // "said that ⟨G⟩ ...", "say the ⟨G⟩ has ...": without "that" only when the group follows at
    // once.
    let complements = COMPLEMENT.find_iter(&m.masked[clause.0..at]).filter(|c| {
        c.as_str().trim_end().ends_with("that")
            || c.as_str().trim_end().ends_with("whether")
            || GROUP_FIRST.is_match(&m.masked[clause.0 + c.end()..])
    });
    if let Some(c) = complements.last() {
        let inner = clause.0 + c.end();
        if m.slots_in((inner, at), GROUP).next().is_some() {
            from = inner;
        }
    }
    // "⟨G⟩-affiliated ⟨G⟩": a group in a compound adjective only qualifies the next.
    m.slots_in((from, at), GROUP)
        .find(|(_, s)| {
            !BEFORE_NON_SUBJECT.is_match(&m.masked[from..s.at.0])
                && !m.masked[s.at.1..].starts_with('-')
        })
        .map(|(i, _)| i)
}

rule!(
    /// Nouns after a place adjective that make it name land: "Afghan soil".
    LAND_NOUN = "relation.land_noun",
    || r"(?ix)
        ^
        \ (?:
            soil|territory|territories|province|provinces|border|borders|side|countryside|mountains
            |desert|lands?|regions?|states|countries
        )
        \b
    ".to_string()
);

/// Whether a place adjective names land here ("Afghan soil", "Iraqi and Syrian territory"),
/// rather than qualifying people or things ("Iraqi officials").
fn adjective_names_land(m: &Masked, p: usize) -> bool {
    let mut i = p;
    loop {
        let after = &m.masked[m.slots[i].at.1..];
        if LAND_NOUN.is_match(after) {
            return true;
        }
        // "Iraqi and Syrian territory": coordinated with the adjective that has the noun.
        let next = i + 1;
        let joined = next < m.slots.len()
            && m.slots[next].kind == EntityKind::Place
            && m.slots[next].adjective
            && {
                let gap = &m.masked[m.slots[i].at.1..m.slots[next].at.0];
                matches!(gap, " and " | ", " | ", and " | " or ")
            };
        if !joined {
            return false;
        }
        i = next;
    }
}

/// "Iraq's Anbar": the place meant is the last of a possessive chain.
fn innermost_place(m: &Masked, mut p: usize) -> usize {
    while p + 1 < m.slots.len() && m.slots[p + 1].kind == EntityKind::Place {
        let gap = &m.masked[m.slots[p].at.1..m.slots[p + 1].at.0];
        if gap == "'s " || gap == "' " {
            p += 1;
        } else {
            break;
        }
    }
    p
}

/// The longest prefix of `s` of at most `max` bytes that ends on a character boundary.
fn prefix(s: &str, max: usize) -> &str {
    let mut end = s.len().min(max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

rule!(PLACEHOLDER = "relation.placeholder", || r"⟨[GPLB]\d+⟩".to_string());

/// `s` with each placeholder written as "…", for attributes quoted from the masked sentence.
fn strip_placeholders(s: &str) -> String {
    PLACEHOLDER.replace_all(s, "…").trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::all_pair_rules;

    #[test]
    fn every_pair_rule_is_named_for_the_fact_type_it_reads() {
        for rule in all_pair_rules() {
            let family = rule.rule.id().split_once('.').map(|(family, _)| family);
            assert_eq!(family, Some(rule.fact_type.as_str()), "{}", rule.rule.id());
        }
    }
}
