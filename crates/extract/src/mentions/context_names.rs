//! Names the KB lacks, told by the words around them rather than by their own words: people by a
//! title, a role or a nom de guerre before them ("leader Soosai", "Comrade Jose", "alias El
//! Flaco"), people written with initials ("S. P. Thamilselvan"), groups by Spanish articles
//! ("Los Zetas"), by a word for their men after them ("Lakurawa fighters") and by the attack
//! they claim ("Tarvana claimed responsibility"); and a town's
//! name that is the surname of a person in the article.

use super::new_names::NewNames;
use super::overlaps;
use crate::gazetteer::{Gazetteer, KbHit};
use crate::model::EntityKind;
use crate::names;
use crate::segment::Sentence;

/// A capitalised word of a name (letters, digits, hyphens, apostrophes). Verbose syntax.
const CAP_WORD: &str = r"(?-i:[A-Z])[\w'’-]+";

rule!(
    /// A title, role or nom-de-guerre marker, then a name of one to three capitalised words:
    /// "President Santos", "commander Mordisco", "Comrade Jose", "nicknamed El Flaco".
    TITLED_PERSON = "mentions.titled_person",
    || {
        format!(
            r"(?x)
            \b(?:
                (?-i:President|Commander|Cmdr\.|Colonel|Col\.|General|Gen\.|Major|Captain|Capt\.
                    |Lieutenant|Lt\.|Sergeant|Sgt\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)
                |(?P<comrade>(?-i:Comrade))
                |(?-i:leader|commander|chief|founder|co-founder|spokesman|spokesperson|spokeswoman
                    |emir|amir|ideologue|strongman|kingpin|boss|militant|guerrilla|rebel)
                |(?P<alias>(?-i:alias|aka|a\.k\.a\.|nicknamed|nom\ de\ guerre|code-?named
                    |better\ known\ as|also\ known\ as|known\ as|known\ only\ as
                    |identified\ only\ as|identified\ as
                    |(?:gave|gives|giving|uses|using)\ (?:his|her)\ name\ (?:only\ )?as
                    |(?:goes|go|went|going)\ by\ (?:the\ )?(?:name|pseudonym|nom\ de\ guerre)(?:\ of)?))
            )
            \ [\x22“‘']?
            (?P<n>(?-i:Comrade\ |El\ |La\ )?{CAP_WORD}(?:\ {CAP_WORD}){{0,2}})"
        )
    }
);

rule!(
    /// Initials before a surname: "B. Nadesan", "S. P. Thamilselvan", "V.Prabhakaran".
    INITIALLED_PERSON = "mentions.initialled_person",
    || {
        format!(
            r"(?x)
            (?:^|[\s(“\x22])
            (?P<n>(?:(?-i:[A-Z])\.\ ?){{1,3}}(?-i:[A-Z][a-z])[\w'’-]+(?:\ {CAP_WORD})?)"
        )
    }
);

rule!(
    /// Spanish articles that open the names of cartels and gangs: "Los Zetas", "La Linea".
    ARTICLE_GROUP = "mentions.article_group",
    || format!(
        r"(?x)\b(?P<n>(?-i:Los|Las|La)\ {CAP_WORD}(?:\ {CAP_WORD})?
        (?:\ (?-i:del|de\ la|de\ los|de\ las|de)\ {CAP_WORD})?)"
    )
);

rule!(
    /// A capitalised name right before a word for a group's men: "Lakurawa fighters".
    NAME_BEFORE_MEN = "mentions.name_before_men",
    || {
        format!(
            r"(?x)
            (?P<n>{CAP_WORD}(?:\ {CAP_WORD}){{0,2}})
            \ (?:fighters|militants|insurgents|rebels|guerrillas|gunmen|jihadists|militiamen)\b"
        )
    }
);

rule!(
    /// A capitalised name (a number may open it) before a lower-case word for an armed group:
    /// "the Grand Ravine gang", "the 5 Seconds gang", "the Kivu militia" (not a "crew", which is
    /// as often a band's or a ship's); a faction, network or
    /// group keeps its head word in the name ("the Qadir faction", "the Sayed network").
    NAME_BEFORE_GROUP_WORD = "mentions.name_before_group_word",
    || {
        format!(
            r"(?x)
            (?P<n>(?:\d+\ )?{CAP_WORD}(?:\ {CAP_WORD}){{0,2}})
            \ (?:gang|cartel|militia|(?P<head>faction|network|group))\b"
        )
    }
);

rule!(
    /// A capitalised name that claims an attack: "Tarvana claimed responsibility", "the Kolda
    /// Martyrs have claimed the bombing".
    NAME_CLAIMING = "mentions.name_claiming",
    || {
        format!(
            r"(?x)
            (?P<n>{CAP_WORD}(?:\ {CAP_WORD}){{0,3}})
            \ (?:has\ |have\ )?claimed
            \ (?:responsibility|the\ (?:attack|attacks|bombing|killing|killings|kidnapping|ambush|raid))\b"
        )
    }
);

/// Words that claim an attack without naming an armed group: "Nobody claimed responsibility",
/// "Police claimed the raid".
const NOT_CLAIMANTS: &[&str] = &[
    "Nobody",
    "None",
    "Someone",
    "Police",
    "Officials",
    "Authorities",
    "Government",
    "Army",
    "Military",
    "Troops",
    "Neither",
    "Either",
];

rule!(
    /// Cartels and gangs: words of organised crime that make a sentence speak of armed groups.
    CRIME_CONTEXT = "mentions.crime_context",
    || r"(?i)\b(?:cartels?|gangs?|narco\w*|traffick\w*|criminal)\b".to_string()
);

/// Initials that are abbreviations, not a person's: "U.S. Army", "U.N. Security Council".
const NOT_INITIALS: &[&str] = &["U.S.", "U.N.", "U.K.", "E.U.", "D.C.", "U.A.E.", "A.M.", "P.M."];

/// Words that cannot be, or start, the name after a title: ranks and offices ("Major General",
/// "Prime Minister"), institutions ("General Assembly", "General Staff").
const NOT_AFTER_TITLE: &[&str] = &[
    // "the General People's Congress": a people's body, not a general.
    "People",
    "Peoples",
    "Congress",
    "Minister",
    "Prime",
    "Secretary",
    "Assembly",
    "Staff",
    "Command",
    "Headquarters",
    "Prosecutor",
    "Attorney",
    "Electoral",
    "Secretariat",
    "Director",
    "Officer",
    "Commander",
    "Commanders",
    "General",
    "Generals",
    "Colonel",
    "Major",
    "Captain",
    "Lieutenant",
    "Sergeant",
    "Comrade",
];

/// Words that are not names in the first place (sentence openers, months, ideologies).
fn not_a_name_word(w: &str) -> bool {
    names::is_stop_word(w)
        || NOT_AFTER_TITLE.contains(&w)
        || names::is_group_head(w)
        || names::is_body_word(w)
        || w.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase())
}

/// Whether a KB hit inside `span` names something other than a place: the KB's reading wins.
fn known_non_place(gaz: &Gazetteer, hits: &[KbHit], span: (usize, usize)) -> bool {
    hits.iter().any(|h| {
        overlaps((h.start, h.end), span)
            && h.candidates.iter().any(|c| gaz.entry(c.entry).kind != EntityKind::Place)
    })
}

/// Whether a KB hit inside `span` may be a country.
fn names_country(gaz: &Gazetteer, hits: &[KbHit], span: (usize, usize)) -> bool {
    hits.iter().any(|h| {
        overlaps((h.start, h.end), span)
            && h.candidates.iter().any(|c| gaz.entry(c.entry).subkind.as_deref() == Some("country"))
    })
}

/// Whether a KB hit inside `span` is a place.
fn known_place(gaz: &Gazetteer, hits: &[KbHit], span: (usize, usize)) -> bool {
    hits.iter().any(|h| {
        overlaps((h.start, h.end), span)
            && h.candidates.iter().all(|c| gaz.entry(c.entry).kind == EntityKind::Place)
    })
}

/// Whether a place's KB name is the whole of `span` ("Los Angeles"), not a part of a longer
/// name ("the Kolda Martyrs").
fn whole_place(gaz: &Gazetteer, hits: &[KbHit], span: (usize, usize)) -> bool {
    hits.iter().any(|h| {
        h.start <= span.0
            && h.end >= span.1
            && h.candidates.iter().all(|c| gaz.entry(c.entry).kind == EntityKind::Place)
    })
}

/// The words of `n` (at `start` of the text) kept as a name: up to the first word that cannot
/// stand in one. Returns the kept span.
fn name_span(n: &str, start: usize) -> Option<(usize, usize)> {
    let mut end = start;
    let mut offset = 0;
    for w in n.split(' ') {
        // "Buhari's counter-insurgency": the possessive ends the name and is not part of it.
        let possessive = ["'s", "’s"].iter().find_map(|p| w.strip_suffix(p));
        let word = possessive.unwrap_or(w).trim_end_matches(['\'', '’']);
        if not_a_name_word(word) {
            break;
        }
        end = start + offset + word.len();
        if possessive.is_some() {
            break;
        }
        offset += w.len() + 1;
    }
    (end > start).then_some((start, end))
}

impl NewNames {
    /// People named after a title, a role or a nom-de-guerre marker, and people written with
    /// initials. A KB name of a person, group or body in the span wins; a town's name there
    /// ("President Santos") is the person's.
    pub(super) fn find_context_people(
        &mut self,
        gaz: &Gazetteer,
        text: &str,
        sentences: &[Sentence],
        hits: &[KbHit],
    ) {
        for s in sentences {
            let sent = &text[s.start..s.end];
            let titled = TITLED_PERSON.captures_iter(sent).filter_map(|c| {
                let n = c.name("n").unwrap();
                let (prefix, rest) = match n.as_str().split_once(' ') {
                    Some((p @ ("El" | "La" | "Comrade"), rest)) => (p.len() + 1, rest),
                    _ => (0, n.as_str()),
                };
                let (ns, ne) = name_span(rest, s.start + n.start() + prefix)?;
                // "Comrade Basanta": the title is part of a nom de guerre.
                let span = match c.name("comrade") {
                    Some(title) => (s.start + title.start(), ne),
                    None => (ns - prefix, ne),
                };
                // "Myanmar, also known as Burma": after "known as" or "alias" a known place
                // keeps its name; after a title or a role ("President Santos") a town's name
                // is the person's, a country's never is.
                let place_kept = if c.name("alias").is_some() {
                    known_place(gaz, hits, span)
                } else {
                    names_country(gaz, hits, span)
                };
                (!place_kept).then_some(span)
            });
            let initialled = INITIALLED_PERSON.captures_iter(sent).filter_map(|c| {
                let n = c.name("n").unwrap();
                if NOT_INITIALS.iter().any(|a| n.as_str().starts_with(a)) {
                    return None;
                }
                let (ns, ne) = (s.start + n.start(), s.start + n.end());
                // The surname after the initials, checked as any name word.
                let last = n.as_str().rsplit(' ').next().unwrap_or("");
                let last = last.rsplit('.').next().unwrap_or(last);
                (!not_a_name_word(last)).then_some((ns, ne))
            });
            let found: Vec<(usize, usize)> = titled.chain(initialled).collect();
            for span in found {
                if known_non_place(gaz, hits, span) || self.taken.iter().any(|&t| overlaps(t, span))
                {
                    continue;
                }
                self.push((span.0, span.1, EntityKind::Person, None));
            }
        }
    }

    /// Groups by their shape in context: "Los Zetas" in a sentence of crime or armed conflict,
    /// "Lakurawa fighters", "Tarvana claimed responsibility". A KB name of a group, body or
    /// person in the span wins, and so does a place's that is the whole span ("Los Angeles");
    /// a people's or creed's adjective is not a group ("Tuareg rebels", "Islamist fighters").
    pub(super) fn find_context_groups(
        &mut self,
        gaz: &Gazetteer,
        text: &str,
        sentences: &[Sentence],
        hits: &[KbHit],
    ) {
        for s in sentences {
            let sent = &text[s.start..s.end];
            let armed = names::armed_context(sent) || CRIME_CONTEXT.is_match(sent);
            if !armed {
                continue;
            }
            let mut found: Vec<(usize, usize)> = Vec::new();
            for c in ARTICLE_GROUP.captures_iter(sent) {
                let n = c.name("n").unwrap();
                found.push((s.start + n.start(), s.start + n.end()));
            }
            for c in NAME_BEFORE_MEN
                .captures_iter(sent)
                .chain(NAME_BEFORE_GROUP_WORD.captures_iter(sent))
            {
                let n = c.name("n").unwrap();
                let words: Vec<&str> = n.as_str().split(' ').collect();
                // The name starts after any word that opens sentences ("The Lakurawa").
                let skip = words.iter().take_while(|w| names::is_stop_word(w)).count();
                // A capitalised word that opens the sentence may be any word ("Even militants").
                let opens = skip == 0 && sent[..n.start()].trim().is_empty();
                if skip == words.len() || opens {
                    continue;
                }
                let kept = &words[skip..];
                // "5 Seconds": a number may open a gang's name.
                let number = |w: &&str| w.chars().all(|c| c.is_ascii_digit());
                // "Mexico's cartels": a possessive names the owner, not the group.
                let possessive = |w: &&str| w.ends_with("'s") || w.ends_with("’s");
                // "a Pakistan-based group": a participle describes the group, not names it.
                // "Raia Mutomboki fighters": after a first word that is no adjective, a word
                // ending in "-i" is part of a name ("Iraqi Kurdish fighters" opens with one).
                let adjective =
                    |i: usize, w: &str| adjective_of_people(w) && (i == 0 || !ends_in_bare_i(w));
                if kept.iter().enumerate().any(|(i, w)| {
                    possessive(w)
                        || names::attributive(w)
                        || !number(w) && (not_a_name_word(w) || adjective(i, w))
                }) {
                    continue;
                }
                let offset: usize = words[..skip].iter().map(|w| w.len() + 1).sum();
                let name = (s.start + n.start() + offset, s.start + n.end());
                // "the Paris group": a place's name before the head word names no group.
                let end = match c.name("head") {
                    Some(_) if known_place(gaz, hits, name) => continue,
                    Some(head) => s.start + head.end(),
                    None => name.1,
                };
                found.push((name.0, end));
            }
            for c in NAME_CLAIMING.captures_iter(sent) {
                let n = c.name("n").unwrap();
                let words: Vec<&str> = n.as_str().split(' ').collect();
                let skip = words.iter().take_while(|w| names::is_stop_word(w)).count();
                let kept = &words[skip..];
                if kept.is_empty()
                    || kept.iter().any(|w| {
                        not_a_name_word(w) || adjective_of_people(w) || NOT_CLAIMANTS.contains(w)
                    })
                {
                    continue;
                }
                let offset: usize = words[..skip].iter().map(|w| w.len() + 1).sum();
                let (rs, re) = (n.start() + offset, n.end());
                // "Zabihullah Karimi claimed responsibility": a person's name claims for a group.
                let run = names::NameRun {
                    start: rs,
                    end: re,
                    words: kept.iter().map(|w| w.to_string()).collect(),
                };
                if kept.len() >= 2 && names::is_person_name(&run, sent) {
                    continue;
                }
                found.push((s.start + rs, s.start + re));
            }
            for span in found {
                if known_non_place(gaz, hits, span)
                    || whole_place(gaz, hits, span)
                    || self.taken.iter().any(|&t| overlaps(t, span))
                {
                    continue;
                }
                self.push((span.0, span.1, EntityKind::Group, None));
            }
        }
    }
}

/// "Tuareg", "Islamist", "Sunni", "Kurdish": words for a people, a creed or a side, which
/// describe fighters without naming their group.
fn adjective_of_people(w: &str) -> bool {
    const SUFFIXES: &[&str] = &["ish", "ian", "ese", "ist", "ite", "ic", "an", "i"];
    // "Ti", "Ali": a short word is no people's adjective whatever its ending.
    w.chars().count() >= 4 && SUFFIXES.iter().any(|s| w.ends_with(s))
        || matches!(
            w,
            "Tuareg"
                | "Fulani"
                | "Hausa"
                | "Arab"
                | "Uzbek"
                | "Tajik"
                | "Baloch"
                | "Pashtun"
                | "Uyghur"
                | "Uighur"
                | "Kurd"
                | "Rohingya"
                | "Hazara"
                | "Druze"
                | "Shia"
                | "Sunni"
                | "Government"
                | "State"
                | "Opposition"
                | "Rebel"
                | "Militia"
        )
}

/// Whether a word's only mark of a people's adjective is its final "i" ("Iraqi", "Mutomboki"),
/// the weakest sign: many names in Africa and Asia end so.
fn ends_in_bare_i(w: &str) -> bool {
    w.ends_with('i') && !w.ends_with("ni") && !w.ends_with("qi")
}

/// Surnames of the people the article names: the last word of each new or KB person's name.
pub(super) fn person_surnames(
    gaz: &Gazetteer,
    text: &str,
    hits: &[KbHit],
    new_people: impl Iterator<Item = (usize, usize)>,
) -> Vec<String> {
    let kb_people = hits
        .iter()
        .filter(|h| h.candidates.iter().all(|c| gaz.entry(c.entry).kind == EntityKind::Person))
        .map(|h| (h.start, h.end));
    kb_people
        .chain(new_people)
        .filter_map(|(s, e)| text[s..e].rsplit(' ').next())
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_string)
        .collect()
}

/// Drops the KB hits that read a person's surname as a town ("Santos" after "President Juan
/// Manuel Santos"): a one-word hit whose candidates are all places but countries, equal to a
/// surname of a person the article names.
pub(super) fn drop_towns_that_are_surnames(
    gaz: &Gazetteer,
    text: &str,
    hits: &mut Vec<KbHit>,
    surnames: &[String],
) {
    if surnames.is_empty() {
        return;
    }
    hits.retain(|h| {
        let surface = &text[h.start..h.end];
        // Towns and provinces, never a country.
        let towns_only = h.candidates.iter().all(|c| {
            let e = gaz.entry(c.entry);
            e.kind == EntityKind::Place && e.subkind.as_deref() != Some("country")
        });
        !(towns_only && !surface.contains(' ') && surnames.iter().any(|s| s == surface))
    });
}
