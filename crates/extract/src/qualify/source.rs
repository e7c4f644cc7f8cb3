//! Attribution: who the article says a claim comes from ("according to X", "X said", "a new
//! report by X", "he said" after a named speaker).

use crate::mentions::DocEntities;
use crate::model::EntityKind;
use crate::sentence::Masked;

/// Verbs of saying, in the tenses attributions use. Verbose syntax: only for `(?x)` patterns.
const SPEECH: &str = r"(?:said|says|say|written|has\ written|have\ written|claims|claimed|claim
    |reported|reports|report|told|tells|tell|believes|believe|believed|estimates|estimated
    |estimate|wrote|writes|added|adds|stated|states|announced|announces|noted|notes|argued|argues
    |warned|warns|explained|explains|hinted|suggested|suggests|thinks|concluded|confirmed
    |insisted|assessed|assesses|found)";

rule!(
    /// "according to X", "according to a report by X", "according to analysts"
    ACCORDING = "source.according_to",
    || r"(?ix)
        \baccording\ to\ (?:a\ |an\ |the\ )?
        (?:                                     # a report and who made it: new report cited by the
            (?:new\ |recent\ |latest\ )?
            (?:reports?|statements?|estimates?|assessments?|stud(?:y|ies)|figures|data|analysis
                |documents?)
            \ (?:(?:cited|published|released|issued|compiled|collected|quoted)\ )?
            (?:by|from)\ (?:the\ )?
        )?
        (?:
            ⟨[PBGL](\d+)⟩                       # 1: a mention
            |((?:(?-i:[A-Z])[\w'.-]+\ ?){1,5})  # 2: capitalised words
            |(                                  # 3: people described: some Western officials
                (?:(?:some|several|local|western|us|u\.s\.|american|security|intelligence
                    |military|government|unnamed|senior)\ )?
                (?:analysts|officials|experts|residents|sources|witnesses|observers|diplomats
                    |researchers|activists|villagers|locals)
            )
        )"
    .to_string()
);

rule!(
    /// A person or body at the start, then a verb of saying: "⟨P1⟩, a spokesman, said".
    SPEAKER = "source.speaker_says",
    || {
        format!(
            r"(?x)
            ^⟨([PBGL])(\d+)⟩                        # the speaker
            (?:'s?\ [\w-]+(?:\ [\w-]+)?)?           # its spokesman
            ,?(?:\ (?:[\w'.-]+|⟨[BL]\d+⟩),?){{0,12}}?  # a spokesman for the ⟨B⟩
            ,?\ {SPEECH}\b"
        )
    }
);

rule!(
    /// A verb of saying before its speaker: ", said ⟨P1⟩".
    INVERTED = "source.says_speaker",
    || format!(r#"(?x) (?:[,"]|^)\ ?{SPEECH},?\ (?:(?:[\w-]+\ ){{0,3}})?⟨([PB])(\d+)⟩"#)
);

rule!(
    /// "a report by ⟨B1⟩"
    REPORT_BY = "source.report_by",
    || r"(?ix)
        \b(?:report|study|assessment|statement|estimate|analysis|survey|paper|video|investigation)
        \ (?:published\ |released\ |issued\ )?(?:by|from)\ (?:the\ )?⟨([PBG])(\d+)⟩"
        .to_string()
);

/// Who may speak without a name: officials, analysts, the military ... (or an envoy to a place).
/// Verbose syntax: only for `(?x)` patterns.
const UNNAMED_SPEAKERS: &str = r"(?:intelligence\ community|security\ forces|security\ officials
    |officials|analysts|experts|authorities|sources|investigators|diplomats|observers|monitors
    |researchers|military|police|government|ministry|prosecutors|residents|witnesses
    |eyewitnesses|villagers|locals|activists|survivors
    |(?:ambassador|envoy|spokesman|spokeswoman|official|minister|commander|general|diplomat
        |officer)\ (?:to|for|of|in)\ (?:the\ )?⟨[LB]\d+⟩)";

rule!(
    /// Speakers the article does not name: "officials said", "Iraqi security forces say".
    GENERIC = "source.generic_speakers",
    || {
        format!(
            r"(?x)
            (                                                  # 1: the speakers
                (?:[A-Z][\w'-]+\ |⟨L\d+⟩(?:'s?)?\ |(?:the\ )?country's\ )*  # Iraqi, ⟨L1⟩'s
                {UNNAMED_SPEAKERS}
                (?:\ (?:of|in|from)\ (?:the\ )?⟨L\d+⟩)?          # in ⟨L2⟩
            )
            (?:\ [a-z]+)?\ {SPEECH}\b"
        )
    }
);

/// The claimant of a fact stated in `m` whose evidence lies at `region` of the masked sentence,
/// as the article names them. `report_author` is who wrote the report the article is about (see
/// [`report_author`]): "according to the report" means them.
pub fn source_of(
    m: &Masked,
    text: &str,
    doc: &DocEntities,
    subject_slot_entities: &[usize],
    region: (usize, usize),
    report_author: Option<&str>,
) -> Option<String> {
    find_source(m, text, doc, subject_slot_entities, region, report_author).map(|s| {
        let s = s.trim();
        s.strip_prefix("the ").or_else(|| s.strip_prefix("The ")).unwrap_or(s).to_string()
    })
}

/// The stretch of the masked sentence a speaker may govern for a fact at `region`: its clause,
/// where "While X, Y claims Z" puts X and Y in clauses of their own.
pub fn scope(m: &Masked, region: (usize, usize)) -> (usize, usize) {
    // A fact spanning two clauses ("While ... in ⟨L⟩, officials claim it has no presence")
    // belongs to the one where it ends.
    let at = region.1.saturating_sub(1).max(region.0).min(m.masked.len());
    let region = (at, at);
    // A colon does not end a speaker's reach: "... death to America,' the Council says."
    let (mut a, mut b) = m.clause_of(at);
    while a > 0 && m.masked[a..].starts_with(": ") {
        a = m.clause_of(a - 1).0;
    }
    while b < m.masked.len() && m.masked[b..].starts_with(": ") {
        b = m.clause_of(b + 1).1;
    }
    rule!(
        /// A sentence-initial subordinate clause: "While ..., ".
        SUBORDINATE = "source.subordinate_clause",
        || r"^(?:While|Although|Though|Whereas|Even though|Even as)\b[^,]*, ".to_string()
    );
    if a == 0 {
        if let Some(c) = SUBORDINATE.find(&m.masked) {
            if region.0 >= c.end() {
                a = c.end();
            } else {
                return (0, c.end());
            }
        }
    }
    (a, b.max(a))
}

/// The author the article names for the report it is about: "a report by the ⟨B⟩", "the
/// project by the UK-based ⟨B⟩", "a ⟨B⟩ study".
pub fn report_author(text: &str, doc: &DocEntities) -> Option<String> {
    rule!(
        /// "a report by the", just before the body that wrote it.
        BY = "source.report_author_by",
        || r"(?ix)
            \b(?:report|study|project|research|assessment|survey|commentary|analysis|paper)\s+
            (?:published\s+|released\s+|issued\s+|conducted\s+)?
            by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$"
                .to_string()
    );
    doc.mentions
        .iter()
        .filter(|m| !m.anaphor && matches!(doc.entities[m.entity].kind, EntityKind::Body))
        .find(|m| {
            let mut from = m.start.saturating_sub(80);
            while !text.is_char_boundary(from) {
                from += 1;
            }
            BY.is_match(&text[from..m.start])
        })
        .map(|m| {
            // "the Royal United Services Institute (RUSI)": the short name the article goes on
            // to use.
            let after = &text[m.end..];
            match regex!(r"^\s*\(([A-Z][A-Za-z]{1,9})\)").captures(after) {
                Some(c) => c[1].to_string(),
                None => text[m.start..m.end].to_string(),
            }
        })
}

/// A fact's sentence as attribution reads it: the masked sentence, the clause the fact's
/// speaker must be in, and the article's text and entities to name who speaks.
struct Attribution<'a> {
    m: &'a Masked,
    text: &'a str,
    doc: &'a DocEntities,
    /// The clause, as byte bounds of the masked sentence.
    clause: (usize, usize),
    /// The fact's own subject, which is never its source.
    subjects: &'a [usize],
}

impl Attribution<'_> {
    fn clause_text(&self) -> &str {
        &self.m.masked[self.clause.0..self.clause.1]
    }

    /// The speaker in masked slot `slot`, as the article names them.
    fn name(&self, slot: usize) -> Option<String> {
        let s = self.m.slot(slot)?;
        let mention = &self.doc.mentions[s.mention];
        if s.anaphor {
            // "he said": the person's name as the article gave it first.
            return self.doc.entities[s.entity].surfaces.first().cloned();
        }
        Some(self.text[mention.start..mention.end].to_string())
    }
}

/// The source, trying each way of attributing in turn; each says `Some(source)` when it decides
/// (a slot it names may still give no name), `None` to leave it to the next.
fn find_source(
    m: &Masked,
    text: &str,
    doc: &DocEntities,
    subject_slot_entities: &[usize],
    region: (usize, usize),
    report_author: Option<&str>,
) -> Option<String> {
    let a = Attribution { m, text, doc, clause: scope(m, region), subjects: subject_slot_entities };
    according_to(&a)
        .or_else(|| the_report(&a, report_author))
        .or_else(|| report_by(&a))
        .or_else(|| speaker_before_verb(&a))
        .or_else(|| speaker_after_verb(&a))
        .or_else(|| told_outlet(&a))
        .or_else(|| unnamed_speakers(&a))
        .flatten()
}

/// "according to ⟨P1⟩", "according to Western officials".
fn according_to(a: &Attribution) -> Option<Option<String>> {
    let c = ACCORDING.captures(&a.m.masked)?;
    if let Some(d) = c.get(1) {
        if let Ok(n) = d.as_str().parse::<usize>() {
            return Some(a.name(n));
        }
    }
    let words = c.get(2).or_else(|| c.get(3))?;
    Some(Some(words.as_str().trim().trim_end_matches(',').to_string()))
}

rule!(
    /// "according to the report", "..., a new report said."
    THE_REPORT = "source.the_report",
    || r"(?ix)
        \baccording\ to\ the\ (?:[\w-]+\ )?(?:report|study|research|commentary|assessment|survey
        |paper|analysis)\b|,\ (?:a|the)\ (?:new\ |recent\ |latest\ )?(?:[\w-]+\ )?(?:report|study)
        (?:\ said|\ says|\ found|\ shows|\ showed)?\.?$".to_string()
);

/// "according to the research report", "..., a new project report.": the report the article is
/// about, by the author it names.
fn the_report(a: &Attribution, report_author: Option<&str>) -> Option<Option<String>> {
    let author = report_author?;
    THE_REPORT.is_match(&a.m.masked).then(|| Some(author.to_string()))
}

/// "a report by ⟨B1⟩".
fn report_by(a: &Attribution) -> Option<Option<String>> {
    let c = REPORT_BY.captures(&a.m.masked)?;
    let n = c[2].parse::<usize>().ok()?;
    Some(a.name(n))
}

/// Each person or body of the clause, in order, as the speaker of a verb of saying after it.
fn speaker_before_verb(a: &Attribution) -> Option<Option<String>> {
    let (c0, c1) = a.clause;
    let masked = &a.m.masked;
    for (n, slot) in a.m.slots.iter().enumerate().filter(|(_, s)| s.at.0 >= c0 && s.at.1 <= c1) {
        if !SPEAKER.is_match(&masked[slot.at.0..c1]) {
            continue;
        }
        // A group that "claims" an attack is the actor, not a source; places rarely speak; a
        // group's statement about others ("..., the TTP said in a statement") is its claim.
        let spoken = SPEAKER.find(&masked[slot.at.0..c1]).map_or("", |f| f.as_str());
        // "⟨G⟩, another rebel group, said ⟨P⟩": the verb is the speaker's after it.
        if regex!(r"^ ?⟨[PB]\d+⟩").is_match(&masked[slot.at.0 + spoken.len()..c1]) {
            continue;
        }
        // "The ambassador said he believed ...": the pronoun repeats the speaker before it.
        if slot.anaphor
            && regex!(r"(?i)\b(?:said|says|told|tells|added|stated)\b")
                .is_match(&masked[c0..slot.at.0])
        {
            continue;
        }
        let states = GROUP_STATES.is_match(spoken);
        let group_statement = slot.kind == EntityKind::Group && !slot.anaphor && states;
        if (matches!(slot.kind, EntityKind::Group | EntityKind::Place) && !group_statement)
            || a.subjects.contains(&slot.entity)
        {
            continue;
        }
        return Some(a.name(n));
    }
    None
}

rule!(
    /// "⟨G1⟩ said", "⟨G1⟩ has also announced": a group's own statement.
    GROUP_STATES = "source.group_states",
    || r"(?x)
        ^⟨G\d+⟩\ (?:(?:also|later|then|again|itself|publicly|officially|has|had|have)\ )*(?:said
        |says|announced|stated|confirmed|declared)$".to_string()
);

/// ", said ⟨P1⟩": a speaker after the verb, not the fact's subject.
fn speaker_after_verb(a: &Attribution) -> Option<Option<String>> {
    let c = INVERTED.captures(a.clause_text())?;
    let n = c[2]
        .parse::<usize>()
        .ok()
        .filter(|&n| a.m.slot(n).is_some_and(|s| !a.subjects.contains(&s.entity)))?;
    Some(a.name(n))
}

/// "residents tell Reuters": the outlet reports it.
fn told_outlet(a: &Attribution) -> Option<Option<String>> {
    let c = regex!(r"\b(?:told|tell|tells) (?:the )?⟨B(\d+)⟩").captures(a.clause_text())?;
    let n = c[1].parse::<usize>().ok().filter(|&n| {
        a.m.slot(n).is_some_and(|s| a.doc.entities[s.entity].subkind.as_deref() == Some("media"))
    })?;
    Some(a.name(n))
}

/// "officials said", "the country's security forces say": the speakers as described, with the
/// country and the mentions in the phrase named.
fn unnamed_speakers(a: &Attribution) -> Option<Option<String>> {
    let c = GENERIC.captures(a.clause_text())?;
    let phrase = c[1].trim();
    // "the country's security forces": the country the sentence names.
    let before_phrase = a.clause.0 + c.get(1).map_or(0, |g| g.start());
    let country = a.m.slots.iter().rfind(|s| {
        s.kind == EntityKind::Place
            && s.at.1 <= before_phrase
            && a.doc.entities[s.entity].subkind.as_deref() == Some("country")
    });
    let phrase = match (
        phrase.strip_prefix("the country's ").or_else(|| phrase.strip_prefix("country's ")),
        country,
    ) {
        (Some(rest), Some(s)) => format!("{}'s {rest}", a.doc.entities[s.entity].name),
        _ => phrase.to_string(),
    };
    let phrase = regex!(r"⟨[PBGL](\d+)⟩").replace_all(&phrase, |cap: &regex::Captures| {
        cap[1].parse::<usize>().ok().and_then(|n| a.name(n)).unwrap_or_default()
    });
    Some(Some(phrase.trim_start_matches("the ").to_string()))
}
