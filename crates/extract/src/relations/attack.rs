//! Who attacked, what and where: attack (subject the group, object the place, what was done in
//! the attributes).
//!
//! Three readings: a claim or blame before the attack noun ("claimed responsibility for the
//! bombing", [`ATTACK`]), a verb of attacking after its group ("⟨G⟩ stormed a prison",
//! [`ATTACK_VERB`]), and an attack attributed to a group after it ("the blast was blamed on ⟨G⟩",
//! [`ATTRIBUTED`]).

use super::{
    adjective_names_land, innermost_place, prefix, push, strip_placeholders, subject_before,
    RawFact, GROUP, PLACE,
};
use crate::model::{AttackAttrs, FactAttrs, FactType};
use crate::rule::Rule;
use crate::sentence::Masked;

rule!(
    /// A claim of or blame for an attack, before the attack noun: "claimed responsibility for",
    /// "carried out", "was behind".
    pub(super) ATTACK = "attack.claimed",
    || r"(?ix)
        \b
        (?:
            accused\ of\ (?:involvement\ in\ )?
            |accus\w*\ (?:the\ )?⟨G\d+⟩\ of\ (?:(?:involvement|participation)\ in\ )?
            |(?:blamed|blames|blame|blaming)\ (?:the\ )?(?:⟨G\d+⟩\ )?for|commit\w*
            |claimed\ (?:the\ )?responsibility\ for|claiming\ responsibility\ for
            |took\ responsibility\ for|taken\ responsibility\ for|takes\ responsibility\ for
            |claimed|carried\ out|carries\ out|carrying\ out|was\ behind|were\ behind
            |is\ behind|are\ behind|been\ behind|responsible\ for|staged|launched|perpetrated|conducted|mounted
        )
        \b
    ".to_string()
);
rule!(
    /// Waging attacks: "waged decades of attacks in ⟨L⟩". Apart from [`ATTACK`], which also tells
    /// presence that a place is an attack's: "waging an insurgency in ⟨L⟩" is a presence there.
    WAGED = "attack.waged",
    || r"(?i)\b(?:waged|wages|waging|wage)\b".to_string()
);
rule!(
    /// Another group that claimed the same attack, between the claim and "for": "claimed
    /// responsibility along with ⟨G⟩, its ally, for".
    CO_CLAIMANT = "attack.co_claimant",
    || r"(?x)
        ^\ (?:the\ )?(?:joint\ )?responsibility\ (?:along|together|jointly)\ with\ (?:the\ )?
        ⟨G(?P<g>\d+)⟩(?:\ and\ (?:the\ )?⟨G(?P<and>\d+)⟩)?
        (?:,\ [^,;]{1,60}?,)?  # an apposition after the partner
        \ for\b
    ".to_string()
);
rule!(
    /// Nouns for attacks: "bombing", "ambush", "air strikes", "kidnapping".
    pub(super) ATTACK_NOUN = "attack.noun",
    || r"(?ix)
        \b
        (?:
            attacks?|bombings?|assaults?|raids?|ambush\w*|suicide|killings?|massacres?|kidnappings?
            |abductions?|explosions?|blasts?|shootings?|strikes?|airstrikes?|air\ strikes?|rockets?
            |missiles?|beheadings?|assassinations?|offensives?|hostage|incursions?
            |murders?|crimes?|deaths?|sabotage|arson|dynamit\w*|actions?
            |murdering|assassinating|attacking|burning|abducting
            |bombs?|drones?|drone\ strikes?|mortars?|grenades?|IEDs?
        )
        \b
    ".to_string()
);
rule!(
    /// Verbs of attacking: "stormed", "fired rockets at", "killed at least 20".
    pub(super) ATTACK_VERB = "attack.verb",
    || {
        // How many were killed: "at least", "more than", "as many as".
        let hedge = r"(?x:
            at\ least\ |more\ than\ |about\ |around\ |nearly\ |some\ |over\ |up\ to\ |
            as\ many\ as\ )";
        // A count of the dead: "20", "dozens", "twelve", "a number of".
        let count = r"(?x:
            \d[\d,]*|dozens|hundreds|thousands|scores|two|three|four|five|six|seven|eight|nine|ten|twelve
            |twenty|several|many|a\ number\ of|an?|the|his|her|their
        )";
        format!(
            r"(?ix)
            \b(?:
                attacked|attacking|attacks|bombed|bombing|stormed|storming|ambushed|ambushing
                |raiding|shelling
                |fired\ (?:[\w-]+\ ){{0,4}}?(?:at|on|into|towards?)  # fired rockets at
                |shelled|raided|struck|overran|massacred|abducted|kidnapped|targeted|hit
                |burned|burnt|torched|dynamited|blew\ up|machine-?gunned|assassinated|destroyed
                |set\ fire\ to|murdered|blew\ (?:himself|herself|themselves)\ up
                |(?:planted|detonated)\ (?:an?\ |the\ |two\ |three\ |several\ )?(?:[\w-]+\ )?
                 (?:bombs?|explosives?|devices?|mines?|IEDs?)
                |(?:killed|killing|kills|murdered|executed|beheaded|massacred)\ {hedge}?{count}
            )\b
            "
        )
    }
);
rule!(
    /// A passive verb phrase ending before the trigger: "⟨G⟩ was", "⟨G⟩ has been repeatedly".
    PASSIVE = "attack.passive",
    || r"(?i)\b(?:was|were|been|being|is|are|get|gets|got)\s+(?:\w+ly\s+)?$".to_string()
);
rule!(
    /// A verb of saying between a group and a verb, which then has a subject of its own: "⟨G⟩
    /// said soldiers had", "⟨G⟩ claimed that troops".
    REPORTED_SUBJECT = "attack.reported_subject",
    || r"(?ix)
        \b(?:said|says|say|told|tells|claimed|claims|reported|announced|denied|denies|added
            |stated|alleged|accused|that)\b
    ".to_string()
);
rule!(
    /// A pronoun that takes up the group after a verb of saying: "they", "it", "we".
    RESUMING_PRONOUN = "attack.resuming_pronoun",
    || r"(?i)\b(?:they|it|we)\b".to_string()
);
rule!(
    /// Nothing but a copula between a group and what is said of it: "⟨G⟩ was", "⟨G⟩) has been".
    COPULA_ONLY = "attack.copula_only",
    || r"(?ix)
        ^[\s)\x22]*(?:was|were|is|are|has\ been|have\ been|had\ been)\s+(?:\w+ly\s+)?$
    ".to_string()
);
rule!(
    /// Between two groups named as the agents of one attack: "by the Maoist \"⟨G⟩\" group or
    /// the \"⟨G⟩\"", "on ⟨G⟩ guerrillas and ⟨G⟩".
    ALTERNATIVE_AGENT = "attack.alternative_agent",
    || r#"(?ix)
        ^"?\s*(?:groups?|organi[sz]ations?|movements?|guerrillas|rebels|terrorists)?\s*"?
        \s*(?:,\s*|,?\s*or\s+|,?\s*and\s+)(?:the\s+)?(?:[\w-]+\s+)?"?$
    "#.to_string()
);
rule!(
    /// A passive verb coordinated with the trigger: "⟨G⟩ is being bombed and".
    COORDINATED_PASSIVE = "attack.coordinated_passive",
    || r"(?i)\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?\w+(?:ed|en)\s+(?:and|or)\s+$".to_string()
);
rule!(
    /// "blamed on ⟨G⟩", "carried out by the ⟨G⟩".
    ATTRIBUTED = "attack.attributed",
    || r#"(?ix)
        \b
        (?:
            attributed\ to|blamed\ on|claimed\ by|carried\ out\ by|perpetrated\ by
            |committed\ by|conducted\ by
        )
        \s+(?:the\ |a\ |an\ )?
        (?:[\w'"-]+\ "?){0,4}?⟨G(\d+)⟩
    "#.to_string()
);
rule!(
    /// "attributed the murder to ⟨G⟩", "blamed the bombings on the ⟨G⟩": the attack named
    /// between the verb and the group.
    ATTRIBUTED_AROUND = "attack.attributed_around",
    || r#"(?ix)
        \b(?:attributed|attributes|attributing|blamed|blames|blaming)
        \ ((?:[\w'-]+\ ){1,6}?)(?:to|on)\ (?:the\ )?(?:[\w'"-]+\ "?){0,2}?⟨G(\d+)⟩
    "#.to_string()
);
rule!(
    /// A passive verb of attacking and its agent: "were kidnapped by members of ⟨G⟩", "was shot
    /// to death last night by a group of terrorists from the ⟨G⟩".
    BY_AGENT = "attack.by_agent",
    || r#"(?ix)
        \b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?
        (?:killed|murdered|kidnapped|abducted|attacked|bombed|shot|assassinated|ambushed
            |dynamited|burned|destroyed|wounded|injured|executed|machine-?gunned|seized|blown\ up
            |taken\ hostage|massacred|raided|set\ on\ fire|shelled)
        \b((?:\ [\w'-]+){0,5}?)\ by\ ((?:[\w'"-]+\ "?){0,7}?)⟨G(\d+)⟩
    "#.to_string()
);
rule!(
    /// Words between "by" and its agent that leave the group the actor: "by a commando of the",
    /// not "by the army's offensive against".
    AGENT_WORDS_BREAK = "attack.agent_words_break",
    || r"(?i)\b(?:against|on|with|and|to|in|at|for|after|during|while|near|into|over)\b".to_string()
);
rule!(
    /// People of a group, as the subject of an attack: "members of ⟨G⟩", "an unknown number of
    /// ⟨G⟩ terrorists", "a column of the ⟨G⟩".
    PARTITIVE_ACTORS = "attack.partitive_actors",
    || r"(?ix)
        \b(?:members?|number|group|column|commandos?|units?|squads?|cells?|bands?|detachment
            |contingent|dozens|hundreds|scores|guerrillas|rebels|terrorists|fighters|militants
            |gunmen|attackers|assailants|bombers?|suicide\ bombers?|insurgents|jihadists)
        \ (?:of|from)\ (?:the\ )?(?:[\w'-]+\ ){0,2}?$
    ".to_string()
);
rule!(
    /// The preposition before the place of a claimed attack: "in", "near the northern".
    CLAIMED_PLACE = "attack.claimed_place",
    || r"(?ix)
        \b(?:in|on|at|near|across|throughout|inside|outside)\b(?:\ the)?
        (?:
            \ (?:
                neighbouring|neighboring|northern|southern|eastern|western|central|north-eastern
                |north-western|south-eastern|south-western|northeastern|northwestern|southeastern
                |southwestern|rural|remote
            )
        )?
        \s*$
    ".to_string()
);
rule!(
    /// The preposition before a place the attack list goes on to name: "in", "at the".
    LISTED_PLACE = "attack.listed_place",
    || r"(?i)\b(?:in|at|on|near)\s+(?:the\s+)?$".to_string()
);
rule!(
    /// "..., and the kidnapping of 70 men in": a further attack of the list.
    LISTED_AND = "attack.listed_and",
    || r"(?i)^[^;]{0,60}?(?:,? and |,? as well as )".to_string()
);
rule!(
    /// The preposition right before a further listed attack's place.
    LISTED_AT = "attack.listed_at",
    || r"(?i)\b(?:in|at|on|near) (?:the )?$".to_string()
);
rule!(
    /// Verbs of attacking that are also nouns ("separate attacks in ⟨L⟩").
    AMBIGUOUS_VERB = "attack.ambiguous_verb",
    || r"(?i)^(?:attacks|attacking|bombing|raiding|shelling|storming|ambushing)$".to_string()
);
rule!(
    /// Nothing but adverbs and auxiliaries between a group and its verb.
    AUXILIARIES_ONLY = "attack.auxiliaries_only",
    || r"(?ix)
        ^
        (?:
            \s*
            (?:
                \w+ly|also|has|have|had|is|are|was|were|been|still|now|often|then|again|repeatedly
                |kept|keeps|continues\ to|continued|began|started
            )
        )*
        \s*$
    ".to_string()
);
rule!(
    /// A group inside a phrase is not the actor: "Clashes between ⟨G⟩ and ⟨G⟩ killed dozens",
    /// "the raid on an ⟨G⟩ camp killed four".
    IN_PHRASE = "attack.in_phrase",
    || r"(?ix)
        \b(?:of|between|among|by|with|against|from|to|on|at|in|into|near|over)
        \s+(?:the\s+|an?\s+)?$
    ".to_string()
);
rule!(
    /// Groups named as the sides of a fight act together, with no subject besides.
    BETWEEN_SIDES = "attack.between_sides",
    || r"(?i)\b(?:between|among)\s+(?:the\s+)?$".to_string()
);
rule!(
    /// A verb of attacking that takes its place at once: "fired rockets at".
    ENDS_IN_PREPOSITION = "attack.ends_in_preposition",
    || r"(?i)\b(?:at|on|into|towards?)$".to_string()
);
rule!(
    /// The preposition before the place of an attacking verb: "in", "transiting", "off".
    VERB_PLACE = "attack.verb_place",
    || r"(?ix)
        \b
        (?:in|on|at|near|across|inside|transiting|crossing|off|targeting|towards?)\b(?:\ the)?\s*$
    ".to_string()
);
rule!(
    /// Nothing but an article, and a compass word, between a preposition-final verb and its
    /// place: "fired rockets into northern ⟨L⟩".
    ARTICLE_ONLY = "attack.article_only",
    || r"(?ix)
        ^\s*(?:the\s*)?
        (?:(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern
            |south-western|northeastern|northwestern|southeastern|southwestern)\s+)?$
    ".to_string()
);
rule!(
    /// A place as the object of a verb of attacking: "shelled ⟨L⟩", "burned down the town of ⟨L⟩".
    PLACE_OBJECT = "attack.place_object",
    || r"(?ix)
        ^\ (?:down\ |up\ )?(?:the\ )?
        (?:(?:[\w-]+\ )?(?:town|city|village|district|capital|port|provincial\ capital)\ of\ (?:the\ )?)?
        ⟨L(?P<p>\d+)⟩
    ".to_string()
);
rule!(
    /// A place a relative clause of place is about, right before its group: "⟨L⟩, where the".
    WHERE_PLACE = "attack.where_place",
    || r"(?i)⟨L(?P<p>\d+)⟩,?\ where\ (?:the\ )?(?:[\w-]+\ )?$".to_string()
);
rule!(
    /// A place that opens the clause as its setting: "In ⟨L⟩, ⟨G⟩ bombed a wedding party".
    FRONTED_PLACE = "attack.fronted_place",
    || r"(?ix)
        ^\W*(?:in|at|near|outside)\ (?:the\ )?
        (?:(?:northern|southern|eastern|western|central)\ )?⟨L(?P<p>\d+)⟩,
    ".to_string()
);

/// Place `p` and the places listed with it ("in ⟨L⟩, ⟨L⟩ and ⟨L⟩"); "⟨L⟩, ⟨L⟩" with no "and"
/// or "or" is a town and its region ("near Omagh, County Tyrone"), the town alone.
fn listed_places(m: &Masked, p: usize) -> Vec<usize> {
    let listed = m.coordinated(p);
    let joined = listed.windows(2).any(|w| {
        let gap = &m.masked[m.slots[w[0]].at.1..m.slots[w[1]].at.0];
        gap.contains("and") || gap.contains("or")
    });
    if joined {
        listed
    } else {
        vec![p]
    }
}

/// The place that opens the clause of byte `at` as its setting, when no group comes before it.
fn fronted_place(m: &Masked, at: usize) -> Option<usize> {
    let clause = m.clause_of(at);
    let c = FRONTED_PLACE.captures(&m.masked[clause.0..at])?;
    m.slot_of_capture(&c["p"]).filter(|&p| !m.slots[p].adjective)
}
rule!(
    /// The preposition before an attributed attack's place: "the bombing in ⟨L⟩".
    ATTRIBUTED_PLACE = "attack.attributed_place",
    || r"(?i)\b(?:in|on|at|near)\s*(?:the )?$".to_string()
);

rule!(
    /// Words between an attack and a later place that end the attack's phrase: a report's
    /// attribution ("said in ⟨L⟩"), another clause, or the attackers' own base.
    PLACE_BREAK = "attack.place_break",
    || r"(?ix)
        ;|⟨G|\b(?:said|says|told|according|reported|announced)\b
        # where the attackers came from: launched from its base in ⟨L⟩
        |\b(?:its|their)\ (?:own\ |main\ )?(?:base|bases|stronghold|strongholds|headquarters)\b
    ".to_string()
);

/// The place of an attack named after byte `from`: the first place of the clause within
/// `max_gap` bytes that `preposition` introduces, passing over places that only qualify the
/// target ("on ⟨L⟩ army posts in ⟨L⟩", "⟨L⟩-American tourists from a resort in ⟨L⟩").
fn place_after(m: &Masked, from: usize, max_gap: usize, preposition: &Rule) -> Option<usize> {
    let clause = m.clause_of(from);
    m.slots_in((from, clause.1), PLACE)
        .take_while(|(_, s)| {
            let gap = &m.masked[from..s.at.0];
            gap.len() < max_gap && !PLACE_BREAK.is_match(gap)
        })
        .find(|&(p, s)| {
            let owner = m.masked[s.at.1..].starts_with('-');
            let land = !s.adjective || adjective_names_land(m, p);
            !owner && land && preposition.is_match(&m.masked[from..s.at.0])
        })
        .map(|(p, _)| settled_place(m, p))
}

rule!(
    /// A place that names the target, followed by where the target stands: "the ⟨L⟩ hotel in
    /// ⟨L⟩", "the ⟨L⟩ mall just outside ⟨L⟩".
    TARGET_NAMED = "attack.target_named",
    || r"(?ix)
        ^\ (?:
            hotel|mall|airport|embassy|consulate|mosque|church|temple|shrine|market|restaurant
            |cafe|school|university|college|stadium|resort|barracks|prison|jail|bank|station
            |checkpoint|base|office|headquarters|compound|bridge|pipeline|refinery|port|club
        )s?\b
        [^⟨;]{0,30}?\b(?:in|near|outside)\ (?:the\ )?⟨L(?P<p>\d+)⟩
    ".to_string()
);
rule!(
    /// A country's city named right after it: "⟨L⟩'s capital, ⟨L⟩", "⟨L⟩'s second city ⟨L⟩".
    CITY_OF_COUNTRY = "attack.city_of_country",
    || r"(?ix)
        ^'s?\ (?:capital|capital\ city|largest\ city|main\ city|second\ city|commercial\ capital
            |economic\ capital),?\ (?:the\ city\ of\ )?⟨L(?P<p>\d+)⟩
    ".to_string()
);

/// The place an attack's phrase means by place `p`: the town a named target stands in ("the
/// ⟨L⟩ hotel in ⟨L⟩"), the city named after its country ("⟨L⟩'s capital, ⟨L⟩").
fn settled_place(m: &Masked, p: usize) -> usize {
    let after = &m.masked[m.slots[p].at.1..];
    let named = TARGET_NAMED.captures(after).or_else(|| CITY_OF_COUNTRY.captures(after));
    match named.and_then(|c| m.slot_of_capture(&c["p"])) {
        Some(q) if !m.slots[q].adjective => settled_place(m, q),
        _ => p,
    }
}

rule!(
    /// An attack noun with its agent after "by": "an attack by the ⟨G⟩ on a police station",
    /// "the kidnapping of two engineers by members of ⟨G⟩". The noun's own "of" phrase (its
    /// victims or target) may stand between.
    NOMINAL_AGENT = "attack.nominal_agent",
    || r#"(?ix)
        \b(?P<noun>
            attacks?|bombings?|assaults?|raids?|ambush(?:es)?|killings?|massacres?|kidnappings?
            |abductions?|murders?|assassinations?|shootings?|sabotage|dynamiting|burning
            |destruction|execution|executions
        )
        (?P<of>\ of(?:\ [\w'-]+|\ ⟨[LB]\d+⟩[\w'-]*){1,6}?)?
        \ by\ (?P<agent>(?:the\ |a\ |an\ )?(?:[\w'"-]+\ "?){0,3}?)⟨G(?P<g>\d+)⟩
        "#
    .to_string()
);
rule!(
    /// A verb in a noun's "of" phrase: "the murder of the mayor was condemned by": the "by"
    /// belongs to that verb.
    OF_PHRASE_VERB = "attack.of_phrase_verb",
    || r"(?i)\b(?:was|were|is|are|has|have|had|been|be|being)\b".to_string()
);

pub(super) fn attacks(m: &Masked, out: &mut Vec<RawFact>) {
    nominal_agents(m, out);
    possessed_attacks(m, out);
    claimed_attacks(m, out);
    attacking_verbs(m, out);
    captured_places(m, out);
    planted_bombs(m, out);
    attributed_attacks(m, out);
    attributed_around(m, out);
    passive_agents(m, out);
}

rule!(
    /// A group's own attack on a place: "⟨G⟩'s attack on ⟨L⟩", "⟨G⟩'s capture of the town of ⟨L⟩".
    POSSESSED_ATTACK = "attack.possessed",
    || r"(?ix)
        ⟨G(?P<g>\d+)⟩'s?\ (?:[\w-]+\ ){0,2}?
        (?P<noun>
            attacks?|assaults?|raids?|offensive|bombings?|ambush|siege|massacre|capture|seizure
            |takeover|invasion|kidnappings?|shelling|sack
        )
        \ (?:on|of|in|against)\ (?:the\ )?
        (?:(?:[\w-]+\ )?(?:town|city|village|district|capital|port)\ of\ (?:the\ )?)?
        ⟨L(?P<p>\d+)⟩
    ".to_string()
);

/// "⟨G⟩'s attack on ⟨L⟩": the group's own attack, on the place named.
fn possessed_attacks(m: &Masked, out: &mut Vec<RawFact>) {
    for c in POSSESSED_ATTACK.captures_iter(&m.masked) {
        let (Some(g), Some(p)) = (m.slot_of_capture(&c["g"]), m.slot_of_capture(&c["p"])) else {
            continue;
        };
        let after = &m.masked[m.slots[p].at.1..];
        if m.slots[p].adjective || after.starts_with('-') || after.starts_with('\'') {
            continue;
        }
        let w = c.get(0).unwrap();
        let attrs = FactAttrs::Attack(AttackAttrs { what: c["noun"].to_string() });
        push(
            out,
            m,
            POSSESSED_ATTACK.id(),
            FactType::Attack,
            (g, Some(p)),
            attrs,
            (w.start(), w.end()),
        );
    }
}

/// "an attack by the ⟨G⟩ on a police station in ⟨L⟩": the agent of a nominalised attack.
fn nominal_agents(m: &Masked, out: &mut Vec<RawFact>) {
    for c in NOMINAL_AGENT.captures_iter(&m.masked) {
        let Some(g) = m.slot_of_capture(&c["g"]) else { continue };
        let of = c.name("of").map_or("", |x| x.as_str());
        // "by the army's offensive against ⟨G⟩": the group is not the agent.
        if OF_PHRASE_VERB.is_match(of) || AGENT_WORDS_BREAK.is_match(&c["agent"]) {
            continue;
        }
        let w = c.get(0).unwrap();
        let what = c["noun"].to_string();
        let place = place_after(m, m.slots[g].at.1, 120, &CLAIMED_PLACE);
        let attrs = FactAttrs::Attack(AttackAttrs { what });
        let region = (w.start(), w.end());
        for s in alternative_agents(m, g) {
            push(out, m, NOMINAL_AGENT.id(), FactType::Attack, (s, place), attrs.clone(), region);
        }
    }
}

/// "⟨G⟩ claimed responsibility for the bombing in ⟨L⟩".
fn claimed_attacks(m: &Masked, out: &mut Vec<RawFact>) {
    for t in ATTACK.find_iter(&m.masked).chain(WAGED.find_iter(&m.masked)) {
        let clause = m.clause_of(t.start());
        if let Some(g) = m.nearest_before(t.start(), GROUP) {
            // "⟨G⟩ is accused of", "was blamed for": passive, yet the group is the one said to act;
            // so in "⟨G⟩ was responsible for", where nothing but the copula stands between; "⟨G⟩
            // is waging" is progressive.
            let gap = &m.masked[m.slots[g].at.1..t.start()];
            let verb = t.as_str().split(' ').next().unwrap_or_default();
            let names_the_actor = verb == "blamed"
                || verb.starts_with("accused")
                || verb.ends_with("ing")
                || (verb == "responsible" && COPULA_ONLY.is_match(gap));
            if PASSIVE.is_match(gap) && !names_the_actor {
                continue;
            }
        }
        // "claimed responsibility along with ⟨G⟩ for": the partner claims it too.
        let co_claim = CO_CLAIMANT.captures(&m.masked[t.end()..clause.1]);
        let partners: Vec<usize> = co_claim
            .as_ref()
            .map(|c| ["g", "and"].iter().filter_map(|k| m.slot_of_capture(c.name(k)?.as_str())))
            .into_iter()
            .flatten()
            .collect();
        let claim_end = t.end() + co_claim.map_or(0, |c| c.get(0).map_or(0, |w| w.end()));
        let rest = &m.masked[claim_end..clause.1];
        // "the raids launched by the army": a participle with an agent of its own after it.
        if rest.starts_with(" by ") {
            continue;
        }
        // The attack itself: the noun phrase after the trigger, up to a break.
        let np_end = [", ", ";", ". ", " as ", " that ", " which ", " while ", " but "]
            .iter()
            .filter_map(|p| rest.find(p))
            .min()
            .unwrap_or(rest.len())
            .min(120);
        let mut np = prefix(rest, np_end).trim();
        if let Some(p) = np.find(" in ⟨").or_else(|| np.find(" on ⟨")).or_else(|| np.find(" at ⟨"))
        {
            np = np[..p].trim();
        }
        if !ATTACK_NOUN.is_match(np) {
            continue;
        }
        let inside = m.slots_in((t.start(), t.end()), GROUP).map(|(i, _)| i).next();
        // "⟨G⟩, an affiliate of ⟨G⟩, has carried out attacks": the clause's actor, not the group
        // an apposition names.
        // "It said ⟨G⟩ was responsible for": a group joined to the trigger by a copula is the
        // one it speaks of, whoever the clause's subject is.
        let copula_subject = m
            .nearest_before(t.start(), GROUP)
            .filter(|&g| COPULA_ONLY.is_match(&m.masked[m.slots[g].at.1..t.start()]));
        let Some(g) = inside
            .or(copula_subject)
            .or_else(|| subject_before(m, t.start()))
            .or_else(|| m.nearest_before(t.start(), GROUP))
        else {
            continue;
        };
        // "the attack on the French embassy": an adjective names the target's owner, not the place.
        let place =
            place_after(m, claim_end, 120, &CLAIMED_PLACE).or_else(|| fronted_place(m, t.start()));
        let attrs = FactAttrs::Attack(AttackAttrs { what: strip_placeholders(np) });
        let mut places: Vec<usize> = place
            .map(|p| listed_places(m, p))
            .unwrap_or_default()
            .into_iter()
            .map(|p| innermost_place(m, p))
            .collect();
        // "the deadliest attacks in ⟨L⟩, including the 2016 bombing of a park in ⟨L⟩": the
        // attacks the phrase goes on to list have places of their own.
        if let Some(first) = places.first().copied() {
            let inc = &m.masked[m.slots[first].at.1..clause.1];
            if let Some(i) = inc.find(", including ").or_else(|| inc.find(" including ")) {
                let from = m.slots[first].at.1 + i;
                for (p, s) in m.slots_in((from, clause.1), PLACE) {
                    if !places.contains(&p)
                        && LISTED_PLACE.is_match(&m.masked[..s.at.0])
                        && !s.adjective
                    {
                        places.push(p);
                    }
                }
            }
        }
        // "killings in ⟨L⟩ in 2016 and the kidnapping of 70 men in ⟨L⟩, and killing 49 in ⟨L⟩":
        // each further attack the list names has its place.
        if let Some(mut last) = places.last().map(|&p| m.slots[p].at.1) {
            for (p, s) in m.slots_in((last, clause.1), PLACE) {
                // "attacks on ⟨L⟩ troops": a place adjective qualifies a target, not a place.
                if s.adjective {
                    continue;
                }
                let gap = &m.masked[last..s.at.0];
                // Nothing but place adjectives named between ("as well as attacks on ⟨L⟩
                // troops, and coordinated attacks in ⟨L⟩").
                let only_adjectives = m
                    .slots
                    .iter()
                    .filter(|x| x.at.0 >= last && x.at.1 <= s.at.0)
                    .all(|x| x.adjective);
                let listed = only_adjectives
                    && gap.len() < 120
                    && LISTED_AND.is_match(gap)
                    && ATTACK_NOUN.is_match(gap)
                    && LISTED_AT.is_match(gap);
                if !listed {
                    break;
                }
                let p = innermost_place(m, p);
                if !places.contains(&p) {
                    places.push(p);
                }
                last = m.slots[p].at.1;
            }
        }
        let (rule, region) = (ATTACK.id(), (t.start(), claim_end.max(t.end())));
        let places: Vec<Option<usize>> =
            if places.is_empty() { vec![None] } else { places.into_iter().map(Some).collect() };
        for s in std::iter::once(g).chain(partners.iter().copied()) {
            for &p in &places {
                push(out, m, rule, FactType::Attack, (s, p), attrs.clone(), region);
            }
        }
    }
}

/// The group that does what the verb at `t` says: the nearest group before it, unless the
/// verb is passive, a noun ("separate attacks"), or the group sits inside a phrase.
fn verb_actor(m: &Masked, t: &regex::Match) -> Option<usize> {
    let g = m.nearest_before(t.start(), GROUP)?;
    let gap = &m.masked[m.slots[g].at.1..t.start()];
    // "⟨G⟩ was attacked by drones": the group is the target; so in "⟨G⟩ is being bombed and
    // destroyed".
    if gap.len() > 80 || PASSIVE.is_match(gap) || COORDINATED_PASSIVE.is_match(gap) {
        return None;
    }
    // "⟨G⟩ said soldiers had captured ...": the group reports what another subject did, unless
    // a pronoun takes it up ("announced that they will release the people they abducted").
    if let Some(say) = REPORTED_SUBJECT.find_iter(gap).last() {
        if !RESUMING_PRONOUN.is_match(&gap[say.end()..]) {
            return None;
        }
    }
    // "attacks", "bombing": also nouns ("separate attacks in ⟨L⟩"); as verbs they follow
    // their group with nothing but adverbs and auxiliaries between.
    let ambiguous = AMBIGUOUS_VERB.is_match(t.as_str());
    // ", attacking villages in ⟨L⟩": a participle after the clause takes its subject.
    let verb = t.as_str().split(' ').next().unwrap_or_default();
    let participle = verb.ends_with("ing") && m.masked[..t.start()].trim_end().ends_with(',');
    if ambiguous && !participle && !AUXILIARIES_ONLY.is_match(gap) {
        return None;
    }
    // "⟨G⟩ attacked ⟨G2⟩ in ⟨L⟩, killing 13": the participle's subject is the clause's, not
    // the group attacked (the same attack without its place gives way later).
    let g = if participle { subject_before(m, t.start()).unwrap_or(g) } else { g };
    // "Clashes between ⟨G⟩ and ⟨G⟩ killed dozens": a group inside a phrase is not the actor;
    // "⟨G⟩, a group loyal to ⟨G⟩, killed 42": the clause's subject is.
    let first = m.coordinated(g)[0];
    let before_first = &m.masked[..m.slots[first].at.0];
    if IN_PHRASE.is_match(before_first) && !PARTITIVE_ACTORS.is_match(before_first) {
        return subject_before(m, t.start())
            .filter(|&s| s != g && !BETWEEN_SIDES.is_match(&m.masked[..m.slots[first].at.0]));
    }
    Some(g)
}

/// "⟨G⟩ stormed a prison in ⟨L⟩", "⟨G⟩ killed at least 20 people".
fn attacking_verbs(m: &Masked, out: &mut Vec<RawFact>) {
    for t in ATTACK_VERB.find_iter(&m.masked) {
        let Some(g) = verb_actor(m, &t) else { continue };
        let clause = m.clause_of(t.start());
        let rest = &m.masked[t.end()..clause.1];
        // "⟨G⟩ attacked ⟨G⟩" is a rivalry, read elsewhere; an attack on a group in a place
        // ("attacked ⟨G⟩ positions in ⟨L⟩") is also an event there.
        // "attacked an ⟨G⟩ position in ⟨L⟩": the group names the target.
        let object = rest.trim_start();
        let object =
            ["the ", "an ", "a "].iter().find_map(|d| object.strip_prefix(d)).unwrap_or(object);
        let group_object =
            object.starts_with("⟨G").then(|| m.nearest_after(t.end(), GROUP)).flatten();
        let object_place =
            group_object.and_then(|o| place_after(m, m.slots[o].at.1, 60, &VERB_PLACE));
        if group_object.is_some() && object_place.is_none() {
            continue;
        }
        let np_end = rest.find([',', ';', '.']).unwrap_or(rest.len()).min(80);
        let what = strip_placeholders(&format!("{}{}", t.as_str(), prefix(rest, np_end)));
        let ends_in_preposition = ENDS_IN_PREPOSITION.is_match(t.as_str());
        let at_once = m.nearest_after(t.end(), PLACE).filter(|&p| {
            ends_in_preposition && ARTICLE_ONLY.is_match(&m.masked[t.end()..m.slots[p].at.0])
        });
        // "shelled ⟨L⟩", "burned down the town of ⟨L⟩": the place is the verb's object.
        let object = PLACE_OBJECT.captures(rest).and_then(|c| m.slot_of_capture(&c["p"]));
        let object = object.filter(|&p| {
            let after = &m.masked[m.slots[p].at.1..];
            !m.slots[p].adjective && !after.starts_with('-') && !after.starts_with('\'')
        });
        // "⟨L⟩, where ⟨G⟩ had killed dozens": the place the relative clause is about.
        let where_place = WHERE_PLACE
            .captures(&m.masked[..m.slots[g].at.0])
            .and_then(|c| m.slot_of_capture(&c["p"]))
            .filter(|&p| !m.slots[p].adjective);
        let place = object_place
            .or(at_once)
            .or(object)
            .or_else(|| place_after(m, t.end(), 160, &VERB_PLACE))
            .or(where_place)
            .or_else(|| fronted_place(m, t.start()));
        let attrs = FactAttrs::Attack(AttackAttrs { what });
        let (rule, region) = (ATTACK_VERB.id(), (t.start(), t.end()));
        for s in m.coordinated(g) {
            push(out, m, rule, FactType::Attack, (s, place), attrs.clone(), region);
        }
    }
}

rule!(
    /// Taking a place by force: "seized the town of ⟨L⟩", "overran ⟨L⟩", "captured the town and
    /// port of ⟨L⟩".
    CAPTURED = "attack.captured_place",
    || r"(?ix)
        \b(?P<verb>
            captured|captures|capturing|seized|seizes|seizing|overran|overrun|overruns|stormed
            |storming|(?:took|taken|takes|taking|seized|gained|wrested)\ control\ of
        )
        \ (?:the\ )?
        (?:  # what kind of place: the strategic town and port of
            (?:[\w-]+\ |⟨L\d+⟩\ ){0,2}?
            (?:
                town|city|village|port|district|capital|region|area|base|airport|garrison
                |border\ crossing|oil\ field|island
            )s?
            (?:\ and\ (?:the\ )?(?:[\w-]+\ )?(?:town|city|village|port|capital|base|airport)s?)?
            \ (?:of\ (?:the\ )?)?
        )?
        ⟨L(?P<p>\d+)⟩
    ".to_string()
);
rule!(
    /// A bomb a group left somewhere: "a car bomb ⟨G⟩ had planted in ⟨L⟩", "explosives that
    /// ⟨G⟩ placed outside a barracks in ⟨L⟩".
    pub(super) PLANTED = "attack.planted",
    || r"(?ix)
        \b(?P<what>(?:car\ |truck\ |roadside\ |time\ |parcel\ )?(?:bomb|explosive|device|mine|IED)s?)
        \ (?:that\ |which\ )?(?:the\ )?⟨G(?P<g>\d+)⟩\ (?:had\ |has\ |have\ )?(?:\w+ly\ )?
        (?:planted|placed|left|hid|hidden|set|detonated)
        \ (?:in|at|on|near|outside|inside|under)\ (?:the\ )?(?:[\w-]+\ ){0,3}?(?:in\ )?⟨L(?P<p>\d+)⟩
    ".to_string()
);

/// "⟨G⟩ captured the town of ⟨L⟩": an attack on the place taken.
fn captured_places(m: &Masked, out: &mut Vec<RawFact>) {
    for c in CAPTURED.captures_iter(&m.masked) {
        let (Some(verb), Some(p)) = (c.name("verb"), m.slot_of_capture(&c["p"])) else { continue };
        // "the Syrian town": a place adjective is no place taken.
        if m.slots[p].adjective || m.masked[m.slots[p].at.1..].starts_with('-') {
            continue;
        }
        let Some(g) = verb_actor(m, &verb) else { continue };
        let w = c.get(0).unwrap();
        let attrs = FactAttrs::Attack(AttackAttrs { what: strip_placeholders(w.as_str()) });
        let (rule, region) = (CAPTURED.id(), (verb.start(), w.end()));
        for s in m.coordinated(g) {
            push(out, m, rule, FactType::Attack, (s, Some(p)), attrs.clone(), region);
        }
    }
}

/// "a car bomb ⟨G⟩ had placed in ⟨L⟩ killed 29": the group that placed it attacked there.
fn planted_bombs(m: &Masked, out: &mut Vec<RawFact>) {
    for c in PLANTED.captures_iter(&m.masked) {
        let (Some(g), Some(p)) = (m.slot_of_capture(&c["g"]), m.slot_of_capture(&c["p"])) else {
            continue;
        };
        if m.slots[p].adjective {
            continue;
        }
        let w = c.get(0).unwrap();
        let attrs = FactAttrs::Attack(AttackAttrs { what: c["what"].to_string() });
        push(out, m, PLANTED.id(), FactType::Attack, (g, Some(p)), attrs, (w.start(), w.end()));
    }
}

/// "the bombing in ⟨L⟩ was blamed on ⟨G⟩", "the 2008 ⟨L⟩ attacks were carried out by ⟨G⟩".
fn attributed_attacks(m: &Masked, out: &mut Vec<RawFact>) {
    for c in ATTRIBUTED.captures_iter(&m.masked) {
        let Some(g) = m.slot_of_capture(&c[1]) else { continue };
        let w = c.get(0).unwrap();
        let clause = m.clause_of(w.start());
        let before = &m.masked[clause.0..w.start()];
        if !ATTACK_NOUN.is_match(before) {
            continue;
        }
        let place = m
            .slots_in((clause.0, w.start()), PLACE)
            .filter(|(_, s)| {
                ATTRIBUTED_PLACE.is_match(&m.masked[..s.at.0])
                    || ATTACK_NOUN.find(&m.masked[s.at.1..]).is_some_and(|n| n.start() == 1)
            })
            .map(|(i, _)| i)
            .last();
        let what =
            strip_placeholders(ATTACK_NOUN.find(before).map(|x| x.as_str()).unwrap_or("attack"));
        let attrs = FactAttrs::Attack(AttackAttrs { what });
        let (rule, region) = (ATTRIBUTED.id(), (clause.0, w.end()));
        for g in alternative_agents(m, g) {
            push(out, m, rule, FactType::Attack, (g, place), attrs.clone(), region);
        }
    }
}

/// "⟨P⟩ attributed the murder to the ⟨G⟩", "officials blamed the bombings on ⟨G⟩".
fn attributed_around(m: &Masked, out: &mut Vec<RawFact>) {
    for c in ATTRIBUTED_AROUND.captures_iter(&m.masked) {
        let Some(g) = m.slot_of_capture(&c[2]) else { continue };
        let between = &c[1];
        let Some(noun) = ATTACK_NOUN.find(between) else { continue };
        // A group between the verb and the preposition is the one blamed ("blamed ⟨G⟩ for"),
        // which `ATTACK` reads.
        if between.contains("⟨G") {
            continue;
        }
        let w = c.get(0).unwrap();
        let attrs = FactAttrs::Attack(AttackAttrs { what: strip_placeholders(noun.as_str()) });
        let region = (w.start(), w.end());
        push(out, m, ATTRIBUTED_AROUND.id(), FactType::Attack, (g, None), attrs, region);
    }
}

/// "two priests were kidnapped by members of ⟨G⟩ in ⟨L⟩": the agent of a passive attack verb.
fn passive_agents(m: &Masked, out: &mut Vec<RawFact>) {
    for c in BY_AGENT.captures_iter(&m.masked) {
        let Some(g) = m.slot_of_capture(&c[3]) else { continue };
        // "by the army's offensive against ⟨G⟩": the group is not the agent.
        if AGENT_WORDS_BREAK.is_match(&c[2]) || c[2].contains('⟨') || c[1].contains('⟨') {
            continue;
        }
        let w = c.get(0).unwrap();
        let verb_end = c.get(1).map_or(w.end(), |x| x.start());
        let what = strip_placeholders(m.masked[w.start()..verb_end].trim());
        let clause = m.clause_of(w.start());
        let place = m
            .slots_in(clause, PLACE)
            .filter(|(_, s)| !s.adjective && ATTRIBUTED_PLACE.is_match(&m.masked[..s.at.0]))
            .map(|(i, _)| i)
            .next();
        let attrs = FactAttrs::Attack(AttackAttrs { what });
        let region = (w.start(), w.end());
        for s in m.coordinated(g) {
            push(out, m, BY_AGENT.id(), FactType::Attack, (s, place), attrs.clone(), region);
        }
    }
}

/// Group `g` and the groups named after it as alternative or joint agents of the same attack
/// ("by the ⟨G⟩ group or the ⟨G⟩").
fn alternative_agents(m: &Masked, g: usize) -> Vec<usize> {
    let mut out = vec![g];
    let clause = m.clause_of(m.slots[g].at.0);
    let mut last = g;
    for (i, s) in m.slots_in((m.slots[g].at.1, clause.1), GROUP) {
        let gap = &m.masked[m.slots[last].at.1..s.at.0];
        if gap.len() > 60 || gap.contains('⟨') || !ALTERNATIVE_AGENT.is_match(gap) {
            break;
        }
        out.push(i);
        last = i;
    }
    out
}
