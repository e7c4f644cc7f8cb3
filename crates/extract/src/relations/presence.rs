//! Where a group is: presence (subject the group, object the place).
//!
//! Read per place of the sentence ([`presences`]): a place the group is pushed out of, a relative
//! clause of place, a place under a group's rule, a person's realm, and above all a place in a
//! locative phrase ([`LOCATIVE`]) with the clause's group. Compound adjectives and a country's
//! own groups are read apart ([`located_groups`]).

use super::attack::{ATTACK, ATTACK_NOUN, ATTACK_VERB, PLANTED};
use super::{adjective_names_land, prefix, push, subject_before, Pending, RawFact, GROUP};
use crate::clause::chunks::GOVERNING_PREPOSITION;
use crate::clause::segments::FINITE_VERB;
use crate::clause::Structure;
use crate::model::{EntityKind, FactAttrs, FactType};
use crate::sentence::Masked;

rule!(
    /// What comes before a place where a group is: a preposition ("in", "across"), a verb of
    /// moving to it ("spread to", "fled to"), of holding it ("controls", "seized"), with the
    /// words of a place description between ("the remote northern border regions of").
    LOCATIVE = "presence.locative",
    || {
        // Verbs of going somewhere, before "to": "spread to", "sent fighters to".
        let moving = r"(?x:
            moved?|moving|spread\w*|expand\w*|extend\w*|relocat\w*|return\w*|fled|flee\w*
            |travel\w*|sent|send\w*|deploy\w*|shift\w*|redeploy\w*|migrat\w*|came|come|went|go
            |arrived?|reach\w*|stretch\w*|withdr[ae]w\w*|retreat\w*|pushed|advanc\w*
        )";
        // Words of holding or taking a place: "controls", "seized", "took control of".
        let holding = r"(?x:
            over|including|encompass\w*|cover\w*|spann?\w*|spread\ over|seiz\w*|captur\w*
            |recaptur\w*|overr[au]n
            |(?:took|taken|take|taking|seized|gained|wrested|lost|retook|regained)\ control
            \ (?:of|over)
            |controls?|controlled|controlling|occup\w*|holds?|held|holding|infiltrat\w*|entered
            |invaded|conquer\w*|reclaim\w*|retake|retook|retaken|liberat\w*|dominat\w*
            |(?:stronghold|bastion|heartland)s?\ of
            |(?:took|taken|take|takes|taking)\ over
        )";
        // Words of a place description: "the remote northern border regions of", "⟨L⟩'s",
        // any capitalised word.
        let description = r"(?x:
            the|parts|part|regions?|areas?|swaths|swathes|much|most|northern|southern|eastern
            |western|central|north|south|east|west|north-west|north-east|south-west|south-east
            |northwest|northeast|southwest|southeast|north-western|north-eastern|south-western
            |south-eastern|northwestern|northeastern|southwestern|southeastern|northernmost
            |southernmost|easternmost|westernmost|different|undivided|remote|of|its
            |their|border|borders|territory|province|provinces|districts?|rugged|mountainous
            |tribal|several|various|many|some|both|and|or|large|vast|neighbouring|neighboring
            |region|countries|country|states|desert|deserts|mountains|hills|forests?|jungles?
            |bush|swamps?|marshes|islands?|coast|villages?|towns?|cities|city|ports?|outskirts
            |countryside|hinterland|rural|urban|lawless|restive|frontier|stronghold|strongholds
            |bastions?|heartland|hometown|capital|bases?|camps?|safe|havens?|sanctuary
            |sanctuaries|hideouts?|controlled|disputed|contested|occupied|semi-autonomous
            |autonomous|self-declared|an|a|⟨L\d+⟩(?:'s?)?|(?-i:[A-Z])[\w'-]*
        )";
        format!(
            r"(?ix)
            \b(?:
                in|across|throughout|inside|within|into|from|on|at|near|along|around
                |(?:operat\w*|based|work\w*|run|runs|running)\ out\ of
                |(?:{moving})\ (?:(?:[\w-]+\ |⟨L\d+⟩\ ){{0,4}}?)to
                |{holding}
            )\b
            (?:,?\ (?:{description}))*
            [\s,]*$  # the place follows
            "
        )
    }
);
rule!(
    /// Words that make a place something else than where the group is: a visit, a meeting, a
    /// birthplace, a court, a designation, a threat.
    NOT_PRESENCE = "presence.not_presence",
    || r"(?ix)
        \b
        (?:
            according|said|told|reported|visited|flew|travelled|traveled|meeting|met|talks|summit
            |conference|envoy|embassy|ambassador|sanction\w*|designat\w*|born|educated|studied
            |killed\ in|died\ in|arrested\ in|trial|court|extradit\w*|influence|threat\w*\ to
            |pose[sd]?\ to|threaten\w*|crash\w*|died|proscribed|outlawed|banned|illegal|jurisdiction|jailed
            |imprisoned|prison|detained|incarcerated|exile|crackdowns?|cracked\ down|repression
            # an appeal to people elsewhere: urged supporters in ⟨L⟩ to attack
            |urg\w*|call(?:ed|ing|s)?\ on|incit\w*|encourag\w*|appeal\w*\ to
        )
        \b
    ".to_string()
);
rule!(
    /// "fighters from across ⟨L⟩", "contributions from ⟨L⟩": where people or help come from.
    ORIGIN = "presence.origin",
    || r"(?ix)
        \b
        (?:  # people, or help, that come from somewhere
            operatives|fighters|militants|recruits|members|volunteers|jihadists|people|men|women
            |commanders?|leaders?|members?|spokesman|official|militant|fighter|operative|recruit
            |native|natives|contributions|support|funding|aid|money|weapons|arms|troops|soldiers
            |officials|delegations?|envoys?
        )
        \b(?:[^⟨;]|⟨L\d+⟩){0,80}?\bfrom\b
        (?:,?\ (?:the|across|all|over|around|and|⟨L\d+⟩|(?-i:[A-Z])[\w'-]*))*  # across the
        [\s,]*$  # the place follows
    ".to_string()
);
rule!(
    /// "Officials met in ⟨L⟩ to discuss ⟨G⟩": where people meet or speak is not where the group is.
    MEETING = "presence.meeting",
    || r"(?ix)
        \b
        (?:
            met|meet|meets|meeting|talks|spoke|speaking|speech|said|told|announced|conference|summit
            |visit\w*|flew|travel\w*|negotiat\w*|gathered|hearing|interview\w*|press
        )
        \b[^⟨]{0,15}$
        # met ⟨G⟩ officials in
        |\b(?:met|meet|meets|meeting|talks\ with|visited|visiting)\ (?:the\ )?⟨[GPB]\d+⟩
         [^⟨;]{0,20}$
    ".to_string()
);
rule!(
    /// "Its goal was to create ... in ⟨L⟩": an aim, not a presence.
    AIM = "presence.aim",
    || r"(?ix)
        (?:
            \b(?:goal|aim|ambition|plan|intent|intention|dream|vision|objective)s?
            \ (?:was|is|were|are|had\ been|has\ been)\ to\b
            |\b
             (?:
                 seeks?|sought|wants?|wanted|hopes?|hoped|aims?|aimed|plans?|planned|intends?
                 |intended|dreams?\ of|dreamed\ of
             )
             \ (?:to\ )?
             (?:create|creating|establish|establishing|build|building|set\ up|setting\ up)\b
            |\b
             (?:  # an intention or a refusal to go somewhere: in no haste to go back to
                 no\ haste|reluctant|refus\w*|threaten\w*|vow\w*|seeks?|sought|wants?|wanted
                 |hopes?|hoped|plans?|planned|intends?|intended|aims?|aimed|tr(?:y|ies|ied|ying)
                 |attempt\w*
             )
             \ to\ (?:go|return|move|come|travel|expand|spread|reach|enter|relocate)\b
            |\b(?:pledg\w*|vow\w*|promis\w*|swore|sworn|threaten\w*)\ to\ \x22?[a-z]+\b
        )
    ".to_string()
);
rule!(
    /// "to reclaim ⟨L⟩", "drove ... out of": a place taken from whoever holds it.
    RETAKEN = "presence.retaken",
    || r"(?ix)
        \b
        (?:
            reclaim\w*|retake|retook|retaken|retaking|recaptur\w*|liberat\w*|wrest\w*|free|freed
            |freeing|clear\w*|expel\w*|drive|drove|driven|oust\w*|push\w*
        )
        \b[^⟨;]{0,40}$
    ".to_string()
);
rule!(
    /// "... ⟨L⟩ from the ⟨G⟩": the group a retaken place is taken from.
    RETAKEN_FROM = "presence.retaken_from",
    || r"^ from (?:the )?⟨G(\d+)⟩".to_string()
);
rule!(
    /// "⟨L⟩, a village in ⟨L⟩, where ⟨G⟩ has a base": a relative clause of place.
    WHERE_CLAUSE = "presence.where_clause",
    || r"(?x)
        ^(?:,\ (?:a|an|the)\ [^⟨;]{0,40}?(?:⟨L\d+⟩[^⟨;,]{0,30})?)?,?\ where\ (?:the\ )?⟨G(\d+)⟩
    ".to_string()
);
rule!(
    /// "swaths of ⟨L⟩ under the group's so-called ⟨G⟩": the place is held by the group after it.
    UNDER = "presence.under",
    || r"(?ix)
        ^,?\ (?:[\w-]+\ ){0,2}?under\ (?:the\ )?
        (?:control\ of\ |rule\ of\ |sway\ of\ |grip\ of\ )?(?:the\ )?
        (?:⟨G\d+⟩'s?\ (?:so-called\ |self-styled\ |self-declared\ )?)?⟨G(\d+)⟩
    ".to_string()
);
rule!(
    /// "⟨P⟩'s self-declared caliphate in ⟨L⟩": the person's group is there.
    PERSONS_REALM = "presence.persons_realm",
    || r"(?ix)
        ⟨P(\d+)⟩'s?\ (?:self-declared\ |self-styled\ |so-called\ |new\ |declared\ |own\ )?
        (?:  # what a person's group is called
            caliphate|emirate|islamic\ state|state|group|organi[sz]ation|movement|forces|fighters
            |militants|men|network|followers|loyalists|faction|wing
        )
        \ (?:  # up to three words of being somewhere: is now based
            (?:
                is|are|was|were|has\ been|have\ been|remains?|remained|now|still|largely|mostly
                |mainly|based|active|operating|operates|operate|hiding|holed\ up|entrenched
            )
        \ ){0,3}
        (?:in|across|throughout|inside|over|spanning|stretching\ (?:from|across))
        \ (?:the\ |parts\ of\ |much\ of\ )?(?:⟨L\d+⟩(?:,|\ and|,\ and)\ )*$  # the place follows
    ".to_string()
);
rule!(
    /// "fighting the ⟨G⟩ in ⟨L⟩": a verb right before the group.
    VERB_BEFORE = "presence.verb_before",
    || r"(?i)\b[a-z]+(?:ed|ing|s)\s+(?:the\s+)?$".to_string()
);
rule!(
    /// "alongside the ⟨G⟩", "against ⟨G⟩": words ending in -ed/-ing/-s that are no verbs here.
    NOT_A_VERB = "presence.not_a_verb",
    || r"(?ix)
        \b
        (?:
            alongside|including|against|on|of|with|by|from|for|between|and|as|like|among|to|than|via
            |besides|plus
        )
        \s+(?:the\s+)?$
    ".to_string()
);
rule!(
    /// "Hezbollah in Lebanon", "al-Qaeda's branch in Yemen": a group the place qualifies
    /// directly.
    QUALIFIED_BY_PLACE = "presence.qualified_by_place",
    || r"(?x)
        ^
        (?:
            's?\ (?:[\w-]+\ ){0,2}?
            (?:
                branch|affiliate|wing|cell|cells|fighters|forces|presence|franchise|chapter
                |militants|network|insurgency|bases?|strongholds?|positions|camps?|operations
                |territory|caliphate|emirate|rule|control|campaign|foothold
            )
            \ |
            \ (?:fighters|militants|forces|strongholds?|bases?|positions|camps?|presence|cells)\ |
        \ )
        (?:in|inside|based\ in|active\ in)\ (?:the\ )?
        (?:
            (?:
                north|south|east|west|central|northern|southern|eastern|western|north-eastern
                |north-western|south-eastern|south-western
            )
        \ )?
        (?:⟨L\d+⟩(?:'s?)?\ )?$
    ".to_string()
);
rule!(
    /// "Militants linked to the ⟨G⟩": a group named only to qualify the actors.
    MODIFIER_ONLY = "presence.modifier_only",
    || r"(?ix)
        \b
        (?:
            linked|tied|affiliated|allied|aligned|loyal|close|connected|related|inspired|backed
            |sympathetic
        )
        \ (?:to|with|by)\ (?:the\ )?$
    ".to_string()
);
rule!(
    /// "the ⟨L⟩ region of ⟨L⟩": the container of a place already given.
    CONTAINER = "presence.container",
    || r"(?ix)
        ⟨L\d+⟩\ (?:region|province|area|part|district|state|governorate)s?\ of\ (?:the\ )?$
    ".to_string()
);
rule!(
    /// A place named right after "by" is a designator, not a location.
    BY_DESIGNATOR = "presence.by_designator",
    || r"(?i)\bby (?:the )?(?:⟨[LB]\d+⟩,? (?:and )?)*$".to_string()
);

rule!(
    /// The locative phrase opens with a preposition (not a verb of holding or moving): only then
    /// may it qualify the noun before it.
    LOCATIVE_PREPOSITION = "presence.locative_preposition",
    || r"(?i)^(?:in|across|throughout|inside|within|into|from|on|at|near|along|around)\b".to_string()
);
rule!(
    /// A noun phrase right before the locative phrase, opened by a determiner or a preposition:
    /// "in response to growing warlordism in ⟨L⟩", "support to \"revolutionary struggles\" in
    /// ⟨L⟩", "groups in ⟨L⟩". The phrase qualifies that noun (`head`), not the clause.
    NOUN_HEAD = "presence.noun_head",
    || r#"(?ix)
        \b(?:
            the|a|an|its|their|his|her|this|that|these|those|some|many|several|other|such|any|no
            |of|for|with|as\ well\ as
            |to\ [\w"'-]+  # "to" with a word between: not an infinitive ("to operate in")
        )
        \ (?:[\w"'-]+\ ){0,2}?"?(?P<head>[\w-]+)"?\ $
    "#.to_string()
);
rule!(
    /// Heads that place their owner where the phrase says: nouns ("a strong presence in",
    /// "bases in", "its insurgency in"), spans of time ("for years in"), and verbs or
    /// participles after a subject ("the militants operate in", "the men are based in").
    PRESENCE_HEAD = "presence.presence_head",
    || r"(?ix)
        ^(?:
            [\w-]+(?:ed|ing)
            |is|are|was|were|be|been|remains?|operates?|lives?|exists?|active|present|strong
            |hides|stays?|sits?|fights?|runs?|holds?|keeps?|has|have|had|grew|spread|hid|fought
            |built|based|stationed|entrenched|
            presence|foothold|footholds|base|bases|stronghold|strongholds|bastions?|hideouts?
            |havens?|sanctuary|sanctuaries|camps?|headquarters|positions|outposts?|cells?
            |fighters|militants|forces|troops|units|men|gunmen|members|loyalists|followers
            |operations|activities|activity|control|grip|hold|rule|power|territory|territories
            |caliphate|emirate|insurgency|rebellion|uprising|war|fight|fighting|campaign|jihad
            |supremacy|dominance
            |years?|months?|decades?|weeks?|days?|time|times|now|long|while|ever
        )$
    ".to_string()
);
rule!(
    /// What a possessive place owns when it names land: "⟨L⟩'s northern provinces", "⟨L⟩'s
    /// tribal areas"; not "⟨L⟩'s anti-terror stance".
    POSSESSED_LAND = "presence.possessed_land",
    || r"(?ix)
        ^'s?\ (?:[\w-]+\ ){0,3}?
        (?:
            regions?|areas?|parts?|territor(?:y|ies)|provinces?|districts?|states?|counties
            |county|borders?|borderlands?|north|south|east|west|capital|cities|city|towns?
            |villages?|countryside|mountains|deserts?|coast|coastline|interior|heartland
            |hinterland|frontier|soil|lands?|islands?|valleys?|forests?|jungles?|cities
        )\b
    ".to_string()
);
rule!(
    /// "near the ⟨L⟩ border", "along its border with ⟨L⟩": a border is the edge of a country,
    /// not a place inside it.
    BORDER_OF = "presence.border_of",
    || r"(?i)\bborders? with (?:the )?$".to_string()
);
rule!(
    /// "⟨L⟩ border", "⟨L⟩ frontier" right after an adjective place.
    BORDER_NOUN = "presence.border_noun",
    || r"(?i)^ (?:border|borders|frontier|boundary)\b".to_string()
);
rule!(
    /// "⟨L⟩, the ⟨G⟩'s main stronghold in ⟨L⟩": a place described as a group's base.
    STRONGHOLD_APPOSED = "presence.stronghold_apposed",
    || r"(?ix)
        ^,\ (?:the\ |a\ |an\ )?(?:(?:former|key|main|major|last|one-time|onetime|traditional)\ )?
        ⟨G(\d+)⟩(?:'s?)?\ (?:[\w-]+\ ){0,2}?
        (?:stronghold|bastion|heartland|base|capital|hideout|sanctuary|safe\ haven)s?\b
    ".to_string()
);

rule!(
    /// "an ⟨G⟩ affiliate in ⟨L⟩, ⟨G⟩": the part in the place is the group named after it.
    APPOSED_PART = "presence.apposed_part",
    || r"(?ix)
        ^(?:'s?)?\ (?:[\w-]+\ ){0,2}?
        (?:branch|affiliate|wing|cell|franchise|chapter|offshoot|faction|arm)\ in\ (?:the\ )?$
    ".to_string()
);
rule!(
    /// The group named right after the place, in apposition: ", ⟨G⟩".
    APPOSED_GROUP = "presence.apposed_group",
    || r"^,\ (?:the\ |known\ as\ |called\ )?⟨G(\d+)⟩".to_string()
);

rule!(
    /// People of a group before it: "militants of the ⟨G⟩".
    PEOPLE_OF = "presence.people_of",
    || r"(?ix)
        \b(?:militants|fighters|members|forces|units|cells|commanders|leaders|troops|operatives)
        \ of\ (?:the\ )?$
    ".to_string()
);

rule!(
    /// "its base in ⟨L⟩", "their strongholds in the ⟨L⟩": the group the pronoun stands for has
    /// the base there, whatever else the clause says it did ("killed dozens in attacks launched
    /// from its base in ⟨L⟩").
    OWN_BASE = "presence.own_base",
    || r"(?ix)
        \b(?:its|their)\ (?:own\ |main\ |last\ |former\ |remaining\ )?
        (?:base|bases|stronghold|strongholds|headquarters|hideouts?|heartland|bastions?|foothold)
        \ (?:in|on|at|inside|within)\ (?:the\ )?$
    ".to_string()
);

rule!(
    /// A participle right before a group, which is its object: "fleeing ⟨G⟩", "fighting the ⟨G⟩".
    PARTICIPLE_OBJECT = "presence.participle_object",
    || r"(?i)\b(?:[a-z]{2,}ing)\s+(?:the\s+)?$".to_string()
);
rule!(
    /// Words in -ing that are prepositions: "including ⟨G⟩", "during", "following".
    PREPOSITION_IN_ING = "presence.preposition_in_ing",
    || r"(?ix)
        \b(?:including|during|following|regarding|concerning|excluding|according)
        \s+(?:the\s+)?$
    ".to_string()
);

rule!(
    /// A preposition that opens the clause, before its topic: "For the ⟨G⟩, ...".
    FRONTED_TOPIC = "presence.fronted_topic",
    || r"(?i)^\W*(?:for|to|among|within|inside)\ (?:the\ )?$".to_string()
);

rule!(
    /// A verb of saying: "said", "told".
    SAYING = "presence.saying",
    || r"(?i)\b(?:said|says|say|told|tells|stated|states|announced|announces|added)\b".to_string()
);

/// The group after a place that is the subject of its clause, not inside a phrase: "In ⟨L⟩,
/// the ⟨G⟩ fighters joined ...", but not "factions in ⟨L⟩ pledged allegiance to ⟨G⟩".
fn subject_after(m: &Masked, st: &Structure, place: (usize, usize)) -> Option<usize> {
    let place_end = place.1;
    let clause = m.clause_of(place_end);
    // The place must open the clause ("In ⟨L⟩, ..."): after a verb ("he had moved to ⟨L⟩ to
    // establish an ⟨G⟩ presence") a later group is no subject of it.
    let lead = &m.masked[m.clause_of(place.0).0..place.0];
    if FINITE_VERB.is_match(lead) || SAYING.is_match(lead) || lead.contains("⟨G") {
        return None;
    }
    st.chunks
        .iter()
        .find(|c| c.at.0 >= place_end && c.at.1 <= clause.1 && c.kind == EntityKind::Group)
        .filter(|c| {
            // The phrase that governs it is the place's own ("at the ⟨L⟩ border ⟨G⟩ is ..."), or
            // names its people ("militants of ⟨G⟩").
            let gap = &m.masked[place_end..c.at.0];
            let own_phrase = c.prep.is_none() || !GOVERNING_PREPOSITION.is_match(gap);
            // "Officials in ⟨L⟩ said ⟨G⟩ ...": a verb between, so the place is another subject's.
            let verb_between = FINITE_VERB.is_match(gap) || SAYING.is_match(gap);
            (own_phrase || PEOPLE_OF.is_match(gap)) && !c.compound && !verb_between
        })
        .map(|c| c.slots[0])
}

pub(super) fn presences(m: &Masked, st: &Structure, out: &mut Vec<RawFact>) {
    // "a bomb ⟨G⟩ had planted in ⟨L⟩": where a group leaves a bomb it attacks, read as an attack.
    let bombed: Vec<usize> =
        PLANTED.captures_iter(&m.masked).filter_map(|c| m.slot_of_capture(&c["p"])).collect();
    for (p, slot) in m.slots.iter().enumerate() {
        if slot.kind != EntityKind::Place || bombed.contains(&p) {
            continue;
        }
        if slot.adjective && !adjective_names_land(m, p) {
            continue;
        }
        let before = &m.masked[..slot.at.0];
        // "Iran-backed", "US-designated": a compound adjective, not a location.
        if m.masked[slot.at.1..].starts_with('-') {
            continue;
        }
        // "central ⟨L⟩'s ⟨L⟩ province": the place meant is the one owned; "the ⟨L⟩' anti-terror
        // stance": an owner, not a location.
        let after = &m.masked[slot.at.1..];
        if let Some(owned) = after.strip_prefix("'s ").or_else(|| after.strip_prefix("' ")) {
            if owned.starts_with("⟨L") || !POSSESSED_LAND.is_match(after) {
                continue;
            }
        }
        // "near the ⟨L⟩ border", "its border with ⟨L⟩": the edge of the country, not inside it.
        if (slot.adjective && BORDER_NOUN.is_match(after)) || BORDER_OF.is_match(before) {
            continue;
        }
        // "⟨L⟩, the ⟨G⟩'s main stronghold": the place is described as the group's.
        if let Some(c) = STRONGHOLD_APPOSED.captures(after) {
            if let Some(g) = m.slot_of_capture(&c[1]) {
                let region = (slot.at.0, c.get(0).map_or(slot.at.1, |w| slot.at.1 + w.end()));
                let (rule, attrs) = (STRONGHOLD_APPOSED.id(), FactAttrs::None);
                push(out, m, rule, FactType::Presence, (g, Some(p)), attrs, region);
                continue;
            }
        }
        // "to reclaim ⟨L⟩ from the rebels": the place is held by the group it is taken from.
        if RETAKEN.is_match(before) {
            if let Some(c) = RETAKEN_FROM.captures(&m.masked[slot.at.1..]) {
                if let Some(g) = m.slot_of_capture(&c[1]) {
                    let region = (slot.at.0, m.slots[g].at.1);
                    let (rule, attrs) = (RETAKEN_FROM.id(), FactAttrs::None);
                    push(out, m, rule, FactType::Presence, (g, Some(p)), attrs, region);
                    continue;
                }
            }
        }
        if let Some(c) = WHERE_CLAUSE.captures(&m.masked[slot.at.1..]) {
            if let Some(g) = m.slot_of_capture(&c[1]) {
                let end = m.clause_of(slot.at.0).1.max(m.slots[g].at.1);
                let after = prefix(&m.masked[m.slots[g].at.1..end], 60);
                if !NOT_PRESENCE.is_match(after) {
                    let region = (slot.at.0, m.slots[g].at.1);
                    let (rule, attrs) = (WHERE_CLAUSE.id(), FactAttrs::None);
                    push(out, m, rule, FactType::Presence, (g, Some(p)), attrs, region);
                    continue;
                }
            }
        }
        if let Some(c) = UNDER.captures(&m.masked[slot.at.1..]) {
            if let Some(g) = m.slot_of_capture(&c[1]) {
                let region = (slot.at.0, m.slots[g].at.1);
                let (rule, attrs) = (UNDER.id(), FactAttrs::None);
                push(out, m, rule, FactType::Presence, (g, Some(p)), attrs, region);
                continue;
            }
        }
        // Direct speech ("“The ⟨G⟩ threatens ... in ⟨L⟩,” he said") is rhetoric; a description
        // quoted from a source mid-sentence ("operates \"throughout ⟨L⟩\"") is still read.
        let direct_speech = m.masked.trim_start().starts_with('"') || m.in_quotes(0);
        if !LOCATIVE.is_match(before) || (direct_speech && m.in_quotes(slot.at.0)) {
            continue;
        }
        let clause = m.clause_of(slot.at.0);
        if ORIGIN.is_match(before)
            || MEETING.is_match(&m.masked[clause.0..slot.at.0])
            || AIM.is_match(&m.masked[clause.0..slot.at.0])
        {
            continue;
        }
        if let Some(c) = PERSONS_REALM.captures(before) {
            if let Some(person) = m.slot_of_capture(&c[1]) {
                // Moved to the person's group once the document's leaders are known.
                let subject = m.slots[person].entity;
                if Some(subject) != Some(m.slots[p].entity) {
                    out.push(RawFact {
                        fact_type: FactType::Presence,
                        subject,
                        object: Some(m.slots[p].entity),
                        attrs: FactAttrs::None,
                        region: (m.slots[person].at.0, slot.at.1),
                        rule: PERSONS_REALM.id(),
                        pending: Pending::PersonsGroup,
                    });
                }
                continue;
            }
        }
        // The group: the clause's subject before the place, else the latest before it, else the
        // first after it.
        // "Hezbollah in Lebanon", "al-Qaeda's branch in Yemen": a group the place qualifies
        // directly is the one there.
        let adjacent = m.nearest_before(slot.at.0, GROUP).filter(|&g| {
            // Not a verb's object: "fighting the Taliban in ⟨L⟩" says where the fighting is.
            let ahead = &m.masked[m.clause_of(slot.at.0).0..m.slots[g].at.0];
            let object_of_verb = VERB_BEFORE.is_match(ahead) && !NOT_A_VERB.is_match(ahead);
            !object_of_verb && QUALIFIED_BY_PLACE.is_match(&m.masked[m.slots[g].at.1..slot.at.0])
        });
        let modifier_only = |g: usize| MODIFIER_ONLY.is_match(&m.masked[..m.slots[g].at.0]);
        // "militants of ⟨G⟩" are the group's own people, not a phrase about it; "For the ⟨G⟩,
        // ..." opens the clause with its topic.
        // "⟨G⟩-held prisoners were released in ⟨L⟩": a compound modifier is no actor either.
        let governed = |g: usize| {
            let ahead = &m.masked[m.clause_of(m.slots[g].at.0).0..m.slots[g].at.0];
            let in_phrase = st.chunk_of_slot(g).is_some_and(|c| st.chunks[c].prep.is_some())
                && !PEOPLE_OF.is_match(ahead)
                && !FRONTED_TOPIC.is_match(ahead);
            in_phrase || m.masked[m.slots[g].at.1..].starts_with('-')
        };
        let g = adjacent
            .or_else(|| subject_before(m, slot.at.0))
            // The latest group before, unless a preposition governs it ("the formation of a ⟨G⟩
            // and support to struggles in ⟨L⟩").
            .or_else(|| {
                m.nearest_before(slot.at.0, GROUP).filter(|&g| !modifier_only(g) && !governed(g))
            })
            .or_else(|| subject_after(m, st, slot.at))
            .or_else(|| m.carried_subject(slot.at.0));
        let Some(g) = g else { continue };
        // "Refugees fleeing ⟨G⟩ crossed into ⟨L⟩": the object of a participle is not the one
        // that went there.
        let ahead = &m.masked[clause.0.min(m.slots[g].at.0)..m.slots[g].at.0];
        if adjacent.is_none()
            && PARTICIPLE_OBJECT.is_match(ahead)
            && !PREPOSITION_IN_ING.is_match(ahead)
        {
            continue;
        }
        // "⟨G⟩, the Asian wing of ⟨G2⟩, ... in ⟨L⟩": outside the apposition, ⟨G⟩ is meant.
        let g = match st.described_outside(m.slots[g].at.0, slot.at.0) {
            None => g,
            Some(Some(head)) => head,
            Some(None) => continue,
        };
        // "an ⟨G⟩ affiliate in ⟨L⟩, ⟨G2⟩": the affiliate is ⟨G2⟩.
        let g = if m.slots[g].at.1 <= slot.at.0
            && APPOSED_PART.is_match(&m.masked[m.slots[g].at.1..slot.at.0])
        {
            // Without one, the part is unnamed: the place is its, not ⟨G⟩'s.
            let apposed = APPOSED_GROUP.captures(&m.masked[slot.at.1..]);
            match apposed.and_then(|c| m.slot_of_capture(&c[1])) {
                Some(part) => part,
                None => continue,
            }
        } else {
            g
        };
        // "formed in response to growing warlordism in ⟨L⟩": a locative phrase after a noun
        // qualifies that noun, unless the noun places its owner ("a presence in", "bases in").
        if adjacent.is_none() {
            let locative =
                LOCATIVE.find(before).filter(|l| LOCATIVE_PREPOSITION.is_match(l.as_str()));
            if let Some(l) = locative {
                let lead = &m.masked[clause.0.min(l.start())..l.start()];
                let head = NOUN_HEAD.captures(lead);
                if head.is_some_and(|c| !PRESENCE_HEAD.is_match(&c["head"])) {
                    continue;
                }
            }
        }
        // "after the founder was killed in ⟨L⟩": a subordinate clause has a subject of its own.
        if st.apart(m.slots[g].at.0, slot.at.0) && adjacent.is_none() {
            continue;
        }
        let (a, b) = if m.slots[g].at.0 < slot.at.0 {
            (m.slots[g].at.1, slot.at.0)
        } else {
            (slot.at.1, m.slots[g].at.0)
        };
        // A group slot overlapping the place (names run together, "…Mindanao(Bangsamoro…")
        // has nothing between them to read: no presence.
        let Some(between) = m.masked.get(a.max(clause.0)..b) else { continue };
        let own_base = m.slots[g].at.0 < slot.at.0 && OWN_BASE.is_match(before);
        let elsewhere = NOT_PRESENCE.is_match(between)
            || ATTACK.is_match(between)
            || ATTACK_NOUN.is_match(between)
            || ATTACK_VERB.is_match(between);
        if (elsewhere && !own_base) || between.len() > 160 {
            continue;
        }
        if CONTAINER.is_match(before) || BY_DESIGNATOR.is_match(before) {
            continue;
        }
        let (rule, region) = (LOCATIVE.id(), (a.min(b), b.max(a)));
        // "⟨G⟩ and ⟨G⟩ operate in ⟨L⟩": each member of a coordinated subject is there.
        let members = st
            .chunk_of_slot(g)
            .map(|c| &st.chunks[c])
            .filter(|c| c.prep.is_none() && c.at.1 <= slot.at.0)
            // "⟨G⟩ in ⟨L⟩ and ⟨G⟩": each member has its own place.
            .filter(|c| m.slots_in(c.at, super::PLACE).next().is_none())
            .map_or_else(|| vec![g], |c| c.slots.clone());
        for g in members {
            push(out, m, rule, FactType::Presence, (g, Some(p)), FactAttrs::None, region);
        }
    }
}

rule!(
    /// "a ⟨L⟩-based group, ⟨G⟩".
    BASED = "presence.based_prefix",
    || r"(?i)⟨L(\d+)⟩-based (?:[\w'-]+ ){0,3}?(?:[\w'-]+,? )?⟨G(\d+)⟩".to_string()
);
rule!(
    /// "⟨G⟩, Colombia's largest rebel group", "Nigeria's Boko Haram": a country's own group.
    COUNTRYS_GROUP = "presence.countrys_group",
    || r"(?ix)
        (?:
            ⟨G(\d+)⟩,?\ (?:is\ |was\ |remains\ |became\ )?(?:the\ |now\ )?⟨L(\d+)⟩'s?
            \ (?:[\w-]+\ ){0,4}?
            (?:
                group|movement|insurgency|militia|organi[sz]ation|faction|rebels|insurgents
                |jihadists
            )
            \b
            # a group's name may stand among the modifiers: two dominant ⟨G⟩ groups
            |⟨L(\d+)⟩'s?\ (?:[\w-]+\ |⟨G\d+⟩\ ){0,4}?
             (?:group|movement|insurgency|militia|organi[sz]ation|faction)s?,?\ (?:the\ )?⟨G(\d+)⟩
        )
    ".to_string()
);
rule!(
    /// "⟨G⟩ overthrew the Yemeni government", "⟨G⟩ has ruled Gaza since 2007": whoever rules a
    /// country, or overthrew its government, is there.
    RULES = "presence.rules_country",
    || r"(?ix)
        ⟨G(\d+)⟩[^⟨;]{0,40}?\b
        (?:
            overthrew|overthrown|toppled|ousted|overran|took\ over|seized\ power\ in
            |seized\ control\ of|rules|ruled|governs|governed|has\ run|had\ run|runs
        )
        \s+(?:the\s+)?⟨L(\d+)⟩
        (?P<noun>(?:'s)?\s+(?:government|capital|state|regime|presidency|parliament|army))?
    ".to_string()
);
rule!(
    /// "⟨G⟩-held ⟨L⟩", "the ⟨G⟩-controlled port of ⟨L⟩": a place the group holds.
    HELD = "presence.held",
    || r"(?ix)
        ⟨G(\d+)⟩-(?:held|controlled|run|dominated|occupied|ruled)
        \ (?:
            (?:city|town|port|village|district|province|region|area|territory|capital|parts?|the
              |northern|southern|eastern|western|central|north|south|east|west)
        \ ){0,3}?(?:of\ )?⟨L(\d+)⟩
    ".to_string()
);
rule!(
    /// "⟨G⟩ is a ⟨L⟩-based militant group".
    IS_BASED = "presence.is_based",
    || r"(?ix)
        ⟨G(\d+)⟩,?\ (?:is\ |was\ |remains\ |,\ )?(?:an?\ |the\ )(?:[\w'-]+\ )?
        ⟨L(\d+)⟩-based\b
    ".to_string()
);

rule!(
    /// "the base of ⟨G⟩ became ⟨L⟩", "⟨G⟩'s headquarters moved to ⟨L⟩", "⟨L⟩ became the main base
    /// of ⟨G⟩": a place named as the group's base.
    BASE_IS = "presence.base_is",
    || {
        let base = r"(?x:(?:main\ |new\ |principal\ |operational\ |last\ |key\ |largest\ |biggest
            |final\ |remaining\ |former\ )?
            (?:base|headquarters|stronghold|hub|home\ base|safe\ haven|sanctuary))";
        let linked = r"(?x:became|becomes|become|has\ become|had\ become|was|is|remained|remains
            |moved\ to|shifted\ to|was\ moved\ to|relocated\ to)";
        // "the base ... became southern ⟨L⟩": a part of the place named by its compass point.
        let part = r"(?x:(?:the\ )?(?:(?:northern|southern|eastern|western|central|north-eastern
            |north-western|south-eastern|south-western|northeastern|northwestern|southeastern
            |southwestern)\ )?)";
        format!(
            r"(?ix)
            \b(?:the\ )?{base}\ of\ (?:the\ )?⟨G(?P<g1>\d+)⟩\ {linked}\ {part}⟨L(?P<p1>\d+)⟩
            |⟨G(?P<g2>\d+)⟩'s?\ {base}\ {linked}\ {part}⟨L(?P<p2>\d+)⟩
            |⟨L(?P<p3>\d+)⟩\ {linked}\ (?:the\ |a\ )?{base}\ of\ (?:the\ )?⟨G(?P<g3>\d+)⟩
            "
        )
    }
);

rule!(
    /// A place's adjective that describes a group: "the Syrian rebel group ⟨G⟩", "the Afghan
    /// ⟨G⟩", "a Somali militia, ⟨G⟩" (the adjective slot is checked to be one).
    DEMONYM_GROUP = "presence.demonym_group",
    || r"(?x)
        (?:^|\b(?:the|a|an|The|A|An)\ )⟨L(?P<p>\d+)⟩
        \ (?:(?:rebel|militant|jihadist|armed|insurgent|extremist|guerrilla|Islamist|Maoist
            |separatist|terrorist|paramilitary|Salafist|Kurdish|Sunni|Shia|Shiite|Islamic)\ ){0,2}
        (?:(?:group|movement|militia|faction|organi[sz]ation|outfit|network),?\ (?:the\ )?)?
        ⟨G(?P<g>\d+)⟩
        (?P<people>\ (?:fighters|militants|members|commanders|recruits|volunteers|operatives)\b)?
    ".to_string()
);

rule!(
    /// "a base belonging to ⟨G⟩", "camps run by ⟨G⟩": a place of the group's own, placed by a
    /// locative right after it or by the event's place earlier in the clause.
    BASE_BELONGING = "presence.base_belonging",
    || r"(?ix)
        \b(?:bases?|camps?|training\ camps?|headquarters|hideouts?|positions?|outposts?
            |strongholds?|compounds?|checkpoints?|safe\ houses?)
        \ (?:belonging\ to|run\ by|used\ by|held\ by|controlled\ by|operated\ by|manned\ by)
        \ (?:the\ )?⟨G(?P<g>\d+)⟩
        (?:\ (?:in|near|at|outside)\ (?:the\ )?⟨L(?P<p>\d+)⟩)?
    ".to_string()
);
rule!(
    /// The preposition of the event's place: "Airstrikes ... in ⟨L⟩".
    EVENT_PLACE = "presence.event_place",
    || r"(?i)\b(?:in|near|at|outside)\ (?:the\ )?$".to_string()
);

rule!(
    /// "⟨G⟩, a Pakistani militant group", "⟨G⟩, the Somali jihadist movement": an apposition that
    /// names the group by its country's adjective.
    DEMONYM_APPOSED = "presence.demonym_apposed",
    || r"(?x)
        ⟨G(?P<g>\d+)⟩,\ (?:a|an|the)\ ⟨L(?P<p>\d+)⟩
        \ (?:[\w-]+\ ){0,2}?
        (?:group|movement|militia|faction|organi[sz]ation|outfit|network|insurgency|rebels
            |insurgents|guerrillas|jihadists|militants)\b
    ".to_string()
);

rule!(
    /// "⟨G⟩, another Islamist militia in ⟨L⟩", "⟨G⟩, a rebel group active in northern ⟨L⟩": an
    /// apposition that describes the group by where it is, wherever the group stands in the
    /// sentence ("from ⟨G⟩, a militia in ⟨L⟩").
    APPOSED_IN = "presence.apposed_in",
    || r"(?ix)
        ⟨G(?P<g>\d+)⟩,\ (?:a|an|another|the|one\ of\ the)\ (?:[\w-]+\ ){0,3}?
        (?:group|militia|faction|movement|organi[sz]ation|outfit|network|insurgency|guerrilla
            |rebels|militants|insurgents|jihadists)s?
        \ (?:(?:based|active|operating|fighting|entrenched)\ )?(?:in|across|inside|throughout)
        \ (?:the\ )?
        (?:(?:northern|southern|eastern|western|central|north|south|east|west)\ (?:of\ )?)?
        ⟨L(?P<p>\d+)⟩
    ".to_string()
);

/// "a Pakistan-based group, ⟨G⟩", "Nigeria's Boko Haram": presence from a compound adjective or
/// a country's possessive.
pub(super) fn located_groups(m: &Masked, out: &mut Vec<RawFact>) {
    let mut push_presence = |rule: &'static str, g: usize, p: usize, w: regex::Match| {
        let region = (w.start(), w.end());
        push(out, m, rule, FactType::Presence, (g, Some(p)), FactAttrs::None, region);
    };
    for c in COUNTRYS_GROUP.captures_iter(&m.masked) {
        let (g, p) = match (c.get(1), c.get(2), c.get(3), c.get(4)) {
            (Some(g), Some(p), _, _) => (g.as_str(), p.as_str()),
            (_, _, Some(p), Some(g)) => (g.as_str(), p.as_str()),
            _ => continue,
        };
        if let (Some(g), Some(p)) = (m.slot_of_capture(g), m.slot_of_capture(p)) {
            // "⟨L⟩'s two main groups, ⟨G⟩ and ⟨G⟩": each member of the list.
            for g in m.coordinated(g) {
                push_presence(COUNTRYS_GROUP.id(), g, p, c.get(0).unwrap());
            }
        }
    }
    for c in RULES.captures_iter(&m.masked) {
        if let (Some(g), Some(p)) = (m.slot_of_capture(&c[1]), m.slot_of_capture(&c[2])) {
            if m.slots[p].adjective && c.name("noun").is_none() {
                continue;
            }
            push_presence(RULES.id(), g, p, c.get(0).unwrap());
        }
    }
    for c in BASE_IS.captures_iter(&m.masked) {
        let pick = |a: &str, b: &str, c3: &str| {
            c.name(a).or_else(|| c.name(b)).or_else(|| c.name(c3)).map(|x| x.as_str())
        };
        let g = pick("g1", "g2", "g3").and_then(|g| m.slot_of_capture(g));
        let p = pick("p1", "p2", "p3").and_then(|p| m.slot_of_capture(p));
        if let (Some(g), Some(p)) = (g, p) {
            if !m.slots[p].adjective {
                push_presence(BASE_IS.id(), g, p, c.get(0).unwrap());
            }
        }
    }
    for c in APPOSED_IN.captures_iter(&m.masked) {
        if let (Some(g), Some(p)) = (m.slot_of_capture(&c["g"]), m.slot_of_capture(&c["p"])) {
            if !m.slots[p].adjective {
                push_presence(APPOSED_IN.id(), g, p, c.get(0).unwrap());
            }
        }
    }
    for c in BASE_BELONGING.captures_iter(&m.masked) {
        let Some(g) = m.slot_of_capture(&c["g"]) else { continue };
        let w = c.get(0).unwrap();
        // "killed 50 fighters at a base belonging to ⟨G⟩": the place the clause's event is in.
        let clause = m.clause_of(w.start());
        let place = c.name("p").and_then(|p| m.slot_of_capture(p.as_str())).or_else(|| {
            m.slots_in((clause.0, w.start()), super::PLACE)
                .find(|(_, s)| !s.adjective && EVENT_PLACE.is_match(&m.masked[..s.at.0]))
                .map(|(p, _)| p)
        });
        if let Some(p) = place.filter(|&p| !m.slots[p].adjective) {
            push_presence(BASE_BELONGING.id(), g, p, w);
        }
    }
    for c in DEMONYM_APPOSED.captures_iter(&m.masked) {
        if let (Some(g), Some(p)) = (m.slot_of_capture(&c["g"]), m.slot_of_capture(&c["p"])) {
            if m.slots[p].adjective {
                push_presence(DEMONYM_APPOSED.id(), g, p, c.get(0).unwrap());
            }
        }
    }
    for c in DEMONYM_GROUP.captures_iter(&m.masked) {
        // "Chechen ⟨G⟩ fighters": where the people come from, not where the group is.
        if c.name("people").is_some() {
            continue;
        }
        if let (Some(g), Some(p)) = (m.slot_of_capture(&c["g"]), m.slot_of_capture(&c["p"])) {
            if m.slots[p].adjective {
                push_presence(DEMONYM_GROUP.id(), g, p, c.get(0).unwrap());
            }
        }
    }
    for c in HELD.captures_iter(&m.masked) {
        if let (Some(g), Some(p)) = (m.slot_of_capture(&c[1]), m.slot_of_capture(&c[2])) {
            push_presence(HELD.id(), g, p, c.get(0).unwrap());
        }
    }
    for c in IS_BASED.captures_iter(&m.masked) {
        if let (Some(g), Some(p)) = (m.slot_of_capture(&c[1]), m.slot_of_capture(&c[2])) {
            push_presence(IS_BASED.id(), g, p, c.get(0).unwrap());
        }
    }
    for c in BASED.captures_iter(&m.masked) {
        if let (Some(p), Some(g)) = (m.slot_of_capture(&c[1]), m.slot_of_capture(&c[2])) {
            push_presence(BASED.id(), g, p, c.get(0).unwrap());
        }
    }
}
