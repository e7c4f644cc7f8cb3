//! Whose side a group is on: pledge, ally_of, rival_of.
//!
//! Alliances and rivalries are mostly pair rules ([`PAIR_RULES`]); a pledge is read from its
//! trigger ("pledged allegiance", "gave its bay'ah") with the one pledged to after it and the
//! clause's actor before it, which may be a described body of fighters ([`Collective`]). Rivals
//! are also read where only one of them is the clause's subject ([`rival_mentions`]).

use super::frames::{Frame, Takes};
use super::{
    push, Collective, PairRule, RawFact, GROUP, GROUP_OR_PERSON, LEADER_WORDS, MEMBER_WORDS,
};
use crate::clause::segments::SegmentKind;
use crate::clause::Structure;
use crate::model::{EntityKind, FactAttrs, FactType};
use crate::sentence::Masked;

rule!(
    /// "⟨G⟩ fought alongside ⟨G⟩", "⟨G⟩ is backed by ⟨G⟩", "⟨G⟩ has close ties to ⟨G⟩".
    ALONGSIDE = "ally_of.alongside",
    || r"(?ix)
        ⟨G(?P<s>\d+)⟩(?:[^⟨;]|⟨[LB]\d+⟩){0,80}?\b
        (?:
            alongside|allied\ with|allied\ to|ally\ of|allies\ of|allies\ with
            |(?:close\ |key\ |main\ |junior\ |strategic\ )?partners?\ (?:of|to|with)|alliance\ with
            |in\ alliance\ with|aligned\ with|partnered\ with|cooperat\w+\ with|collaborat\w+\ with
            |fought\ alongside|fighting\ alongside|fights\ alongside|close\ ties\ (?:to|with)
            |closely\ tied\ to|links\ to|linked\ to|ties\ to|backed\ by|supported\ by|sponsored\ by
            |coordinat\w+\ with|working\ with|work\ with
            |(?:fight\w*|fought|operat\w*|act\w*)\ on\ behalf\ of
        )
        \b[^⟨;]{0,60}?⟨G(?P<o>\d+)⟩
    ".to_string()
);

rule!(
    /// "The ⟨G⟩ is part of the coalition, along with the ⟨G⟩".
    PART_OF_ALONGSIDE = "ally_of.part_of_alongside",
    || r"(?ix)
        ^(?:The\ |the\ )?⟨G(?P<s>\d+)⟩\ (?:is|are|was|were|remains?|has\ been|have\ been)
        \ (?:also\ )?(?:part|members?|a\ member)\ of\ [^;]{0,60}?,?
        \ (?:alongside|along\ with|together\ with|with)\ (?:the\ )?⟨G(?P<o>\d+)⟩
    ".to_string()
);

rule!(
    /// "an alliance between ⟨G⟩ and ⟨G⟩".
    ALLIANCE_BETWEEN = "ally_of.alliance_between",
    || r"(?ix)
        \b(?:alliance|coalition|partnership|cooperation|collaboration)\ (?:between|of)\ (?:the\ )?
        ⟨G(?P<s>\d+)⟩\ and\ (?:the\ )?⟨G(?P<o>\d+)⟩
    ".to_string()
);

rule!(
    /// "⟨G⟩ and ⟨G⟩ have often cooperated", "... run a joint operations room".
    ACTED_TOGETHER = "ally_of.acted_together",
    || r"(?ix)
        ⟨G(?P<s>\d+)⟩\ and\ (?:the\ )?⟨G(?P<o>\d+)⟩
        \ (?:have\ |has\ |had\ |often\ |long\ |also\ |reportedly\ |allegedly\ )*
        (?:
            cooperated|collaborated|coordinated|worked\ together|fought\ together
            |fought\ side\ by\ side|teamed\ up|joined\ forces|allied|run\ a\ joint|ran\ a\ joint
            |formed\ a\ joint|set\ up\ a\ joint|share\ a\ joint|operate\ a\ joint
            |established\ a\ joint
            |signed\ an?\ (?:[\w-]+\ )?(?:cooperation|alliance|defen[cs]e|partnership|unity)
                \ (?:pact|agreement|accord|deal)
            |(?:formed|forged|struck|sealed|announced|entered\ into)\ an?\ (?:[\w-]+\ )?alliance
        )
        \b
    ".to_string()
);

rule!(
    /// "⟨G⟩ and ⟨G⟩ are close allies".
    ARE_ALLIES = "ally_of.are_allies",
    || r"(?ix)
        ⟨G(?P<s>\d+)⟩\ and\ (?:the\ )?⟨G(?P<o>\d+)⟩
        \ (?:are|were|became|have\ been|had\ been|remain)\ (?:\w+\ ){0,2}?
        (?:allies|allied|partners|close)
    ".to_string()
);

rule!(
    /// "⟨G⟩ has long funded ⟨G⟩", "⟨G⟩ trains the ⟨G⟩".
    SUPPORTS = "ally_of.supports",
    || r"(?ix)
        ⟨G(?P<s>\d+)⟩[^⟨;]{0,60}?\b
        (?:
            supports|supported|backs|backed|funds|funded|arms|armed|trains|trained|sponsors
            |sponsored
        )
        \b
        \ (?:the\ )?⟨G(?P<o>\d+)⟩
    ".to_string()
);

rule!(
    /// "the ⟨G⟩-linked ⟨G⟩", "⟨G⟩-backed militia ⟨G⟩".
    LINKED_PREFIX = "ally_of.linked_prefix",
    || r"(?ix)
        ⟨G(?P<o>\d+)⟩-(?:linked|allied|affiliated|aligned|backed|supported)\b
        \ (?:[\w'-]+\ ){0,3}?⟨G(?P<s>\d+)⟩
    ".to_string()
);

rule!(
    /// "⟨G⟩, an ⟨G⟩-aligned faction", "⟨G⟩ – an ⟨G⟩-linked group".
    LINKED_APPOSITION = "ally_of.linked_apposition",
    || r"(?ix)
        ⟨G(?P<s>\d+)⟩(?:,|\ [—–-])?\ (?:an?\ |the\ )?(?:[\w'-]+\ )?⟨G(?P<o>\d+)⟩-
        (?:linked|allied|affiliated|aligned|backed|supported)\b
    ".to_string()
);

rule!(
    /// "⟨G⟩ – an ⟨G⟩ linked umbrella group": without the hyphen, only in an apposition and
    /// before a word for a group (not "⟨G⟩ said ⟨G⟩ backed the deal").
    LINKED_APPOSITION_UNHYPHENATED = "ally_of.linked_apposition_unhyphenated",
    || r"(?ix)
        ⟨G(?P<s>\d+)⟩(?:,|\ [—–-])\ (?:an?\ |the\ )?(?:[\w'-]+\ )?⟨G(?P<o>\d+)⟩
        \ (?:linked|allied|affiliated|aligned|backed)\ (?:[\w-]+\ ){0,2}?
        (?:group|umbrella|faction|militia|coalition|outfit|network|organi[sz]ation|movement
            |alliance|insurgents|militants|fighters|rebels)\b
    ".to_string()
);

rule!(
    /// "⟨G⟩ and ⟨G⟩, an allied militant group".
    ALLIED_GROUP_APPOSITION = "ally_of.allied_group_apposition",
    || r"(?ix)
        ⟨G(?P<o>\d+)⟩\ and\ (?:the\ )?⟨G(?P<s>\d+)⟩,?\ (?:an?\ |the\ )?
        (?:allied|partner|sister|fellow)\ (?:[\w'-]+\ ){0,2}?
        (?:group|organi[sz]ation|militia|faction)
    ".to_string()
);

rule!(
    /// "Like ⟨G⟩ and ⟨G⟩, the ⟨G⟩ is ...", "Along with ⟨G⟩, ⟨G⟩ forms ...".
    LIKE_GROUP = "ally_of.like_group",
    || r"(?ix)
        \b(?:[Aa]long\ with|[Tt]ogether\ with|[Aa]longside|[Ll]ike)\ (?:the\ )?
        ⟨G(?P<o>\d+)⟩[^⟨]{0,12}?(?:(?:and|,)\ (?:the\ )?⟨G\d+⟩)*,?\ (?:the\ )?⟨G(?P<s>\d+)⟩
        \ (?:is|are|was|were|has|have|forms?|formed|belongs?)
    ".to_string()
);

rule!(
    /// "⟨G⟩ fighters joined ⟨G⟩, another ...", "... a fellow ...".
    JOINED_FELLOW = "ally_of.joined_fellow",
    || r"(?ix)
        ⟨G(?P<s>\d+)⟩\ (?:[\w'-]+\ ){0,3}?(?:joined|joining|have\ joined|has\ joined)\ (?:the\ )?
        ⟨G(?P<o>\d+)⟩,?\ (?:another|an?\ allied|a\ fellow|a\ sister)
    ".to_string()
);

rule!(
    /// "⟨G⟩ has fought ⟨G⟩", "⟨G⟩'s leader, ⟨P⟩, vowed to crush ⟨G⟩".
    FIGHTS = "rival_of.fights",
    || {
        // What one does to a rival: fight it, defeat it, oust it, condemn it.
        let hostile = r"(?x:
            cracked\ down\ on
            |vowed\ to\ (?:defeat|destroy|crush|eliminate|eradicate|fight|wipe\ out)
            |vows\ to\ (?:defeat|destroy|crush|eliminate|eradicate|fight|wipe\ out)|defeated
            |routed|cracking\ down\ on|crackdown\ on|rivals?|rivalry\ with|fought|fights|fight
            |fighting|combat|combating|combatting|battled|battles|battling|clashed\ with
            |confrontations?\ with|declared\ war\ on|war\ on|at\ loggerheads\ with
            |(?:seized|captured|wrested|retook|recaptured)\ (?:[\w-]+\ |⟨L\d+⟩\ ){0,4}?from
            |clashes\ with|clashing\ with|at\ war\ with|war\ against|war\ with
            |resistance\ from|lost\ territory\ to|lost\ ground\ to|enemies\ of|enemy\ of
            |opposed|opposes|compet\w+\ with|attacked|attacks\ on|attacking|turf\ war\ with
            |feud\w*\ with|targeted|displaced|replacing|replaces|ousted|expelled|drove\ out
            |pushed\ out|challenge\w*|denounced|disowned|condemned
        )";
        format!(
            r"(?ix)
            ⟨G(?P<s>\d+)⟩
            (?:(?:'s?)?\ (?:[\w-]+\ )?{LEADER_WORDS},?\ ⟨P\d+⟩,?)?  # its leader, ⟨P⟩,
            (?:[^⟨;]|⟨L\d+⟩){{0,120}}?                             # up to 120 characters
            \b(?:{hostile})\b
            (?:[^⟨;]|⟨L\d+⟩){{0,50}}?⟨G(?P<o>\d+)⟩                 # the rival, soon after
            "
        )
    }
);

rule!(
    /// "the rivalry between ⟨G⟩ and ⟨G⟩", "clashes between ⟨G⟩ and ⟨G⟩".
    BETWEEN = "rival_of.between",
    || r"(?ix)
        \b
        (?:
            rivalry|war|fighting|clashes|conflict|feud|competition|infighting|hostilities|split
            |dispute
        )
        \ between\ (?:the\ )?⟨G(?P<s>\d+)⟩\ and\ (?:the\ )?⟨G(?P<o>\d+)⟩
    ".to_string()
);

rule!(
    /// "⟨G⟩ and ⟨G⟩ are bitter rivals", "... remain at odds".
    ARE_RIVALS = "rival_of.are_rivals",
    || r"(?ix)
        ⟨G(?P<s>\d+)⟩\ and\ (?:the\ )?⟨G(?P<o>\d+)⟩
        \ (?:are|were|became|have\ been|had\ been|remain)\ (?:\w+\ ){0,2}?
        (?:rivals|enemies|at\ war|at\ odds)
    ".to_string()
);

rule!(
    /// "⟨G⟩'s alliance with ⟨G⟩", "⟨G⟩'s growing partnership with ⟨G⟩".
    POSSESSIVE_ALLIANCE = "ally_of.possessive_alliance",
    || r"(?ix)
        ⟨G(?P<s>\d+)⟩'s?\ (?:[\w-]+\ ){0,2}?
        (?:alliance|partnership|cooperation|collaboration|pact|coalition)\ with\ (?:the\ )?
        ⟨G(?P<o>\d+)⟩
    ".to_string()
);

rule!(
    /// "⟨G⟩'s rivalry with ⟨G⟩", "⟨G⟩'s bloody feud with ⟨G⟩", "⟨G⟩'s war against ⟨G⟩".
    POSSESSIVE_RIVALRY = "rival_of.possessive_rivalry",
    || r"(?ix)
        ⟨G(?P<s>\d+)⟩'s?\ (?:[\w-]+\ ){0,2}?
        (?:rivalry|feud|war|conflict|competition|rift|enmity|struggle|fight|battle)
        \ (?:with|against)\ (?:the\ )?⟨G(?P<o>\d+)⟩
    ".to_string()
);

rule!(
    /// "⟨G⟩ has attracted support from ⟨G⟩", "⟨G⟩ received funding and weapons from ⟨G⟩".
    SUPPORT_FROM = "ally_of.support_from",
    || r"(?ix)
        ⟨G(?P<s>\d+)⟩\ (?:has\ |have\ |had\ |also\ |long\ |reportedly\ )*
        (?:attract\w*|receiv\w*|enjoy\w*|won|wins|gain\w*|drew|draws|drawn|gets|got|obtain\w*)
        \ (?:[\w-]+,?\ ){0,4}?
        (?:support|backing|funding|finance|financing|assistance|endorsement|aid|weapons|arms
            |training|help)
        (?:,?\ (?:and\ )?[\w-]+){0,3}?
        \ from\ (?:the\ )?⟨G(?P<o>\d+)⟩
    ".to_string()
);

rule!(
    /// "⟨G⟩ has provided weapons and training to ⟨G⟩", "⟨G⟩ sent fighters to help ⟨G⟩".
    SUPPLIES_TO = "ally_of.supplies_to",
    || r"(?ix)
        ⟨G(?P<s>\d+)⟩\ (?:has\ |have\ |had\ |also\ |long\ |reportedly\ |allegedly\ )*
        (?:provid\w*|sen[dt]|sends|sending|suppl\w*|gave|gives|giving|channell?\w*|smuggl\w*
            |transferr?\w*|offer\w*|extend\w*)
        \ (?:[\w-]+,?\ ){0,4}?
        (?:weapons|arms|funding|funds|money|cash|fighters|training|support|assistance|backing
            |logistics|explosives|rockets|drones|safe\ haven|sanctuary|shelter)
        \ (?:to|for)\ (?:help\ )?(?:the\ )?⟨G(?P<o>\d+)⟩
        # not 'to ⟨G⟩-held towns'
        (?:$|[^-\w])
    ".to_string()
);

rule!(
    /// "⟨G⟩'s allegiance to ⟨G⟩", "⟨G⟩'s oath of allegiance to ⟨G⟩": a pledge as a noun.
    POSSESSED_PLEDGE = "pledge.possessed",
    || r"(?ix)
        ⟨G(?P<s>\d+)⟩'s?\ (?:[\w-]+\ ){0,2}?
        (?:allegi[ae]nce|bay'?ah|bay'a|bayat|fealty|oath\ of\ allegi[ae]nce|pledge\ of\ allegi[ae]nce
            |pledge\ of\ loyalty)
        \ to\ (?:the\ )?⟨G(?P<o>\d+)⟩
    ".to_string()
);

rule!(
    /// "⟨G⟩ was formed in 2006 to fight ⟨G⟩": a group set up against another.
    FORMED_AGAINST = "rival_of.formed_against",
    || r"(?ix)
        ⟨G(?P<s>\d+)⟩,?\ (?:which\ |that\ )?(?:was|were|had\ been|has\ been)
        \ (?:originally\ |first\ |initially\ )?(?:formed|founded|created|set\ up|established
            |raised|organi[sz]ed)
        (?:\ (?:in|during|after)\ (?:[\w-]+\ ){0,2}?\d{4})?
        (?:\ (?:[\w-]+\ |⟨[LB]\d+⟩\ ){0,4}?)?
        \ ?(?:to|in\ order\ to|specifically\ to)
        \ (?:fight|counter|combat|oppose|confront|resist|take\ on|drive\ out|defeat|expel)
        \ (?:the\ )?⟨G(?P<o>\d+)⟩
    ".to_string()
);

rule!(
    /// "⟨G⟩ and ⟨G⟩ clashed": a clash is between enemies.
    CLASHED = "rival_of.clashed",
    || r"(?ix)
        ⟨G(?P<s>\d+)⟩\ and\ (?:the\ )?⟨G(?P<o>\d+)⟩
        \ (?:have\ |has\ |had\ |often\ |repeatedly\ |also\ |reportedly\ |again\ )*
        (?:clashed|clash|clashing)
        # not 'clashed with ⟨L⟩ troops': fighting a third side together
        (?:$|[^\w\s]|\ (?:repeatedly|again|in|near|over|at|on|for|during|after|when|as|and
            |often|frequently|several|twice|last|this|early|late|\d+)\b)
    ".to_string()
);

rule!(
    /// "⟨G⟩'s political counterpart is ⟨G⟩", "⟨G⟩'s political wing, ⟨G⟩, ...".
    POLITICAL_COUNTERPART = "ally_of.political_counterpart",
    || r"(?ix)
        ⟨G(?P<s>\d+)⟩'s?\ political\ (?:wing|arm|front|counterpart|ally|allies)
        (?:,|\ (?:is|was|has\ been|remains))\ (?:the\ )?⟨G(?P<o>\d+)⟩
    ".to_string()
);

/// What stands before a group that opens its clause, as the one who acts: the sentence's
/// start, a comma, an article or a quantifier ("Many ⟨G⟩ fighters"), not a verb ("who had left
/// ⟨G⟩").
const OPENS_CLAUSE: &str = r"(?x:
    (?:^|[,;:]\ |\b(?:and|when|after|before|as|while|that|where)\ |\b\d{4}\ )(?:the\ )?
    |\b(?:many|some|several|most|dozens\ of|hundreds\ of|thousands\ of|former)\ 
)";

/// Words between a group and "joined" that keep the group the one who joins: "⟨G⟩ fighters
/// later joined", not "those who left ⟨G⟩ joined".
const JOINERS: &str = r"(?x:(?:\ (?:fighters|members|militants|commanders|men|recruits|cadres
    |veterans|units|elements|also|later|then|had|have|has|reportedly|eventually)){0,3})";

rule!(
    /// "⟨G⟩ fighters joined ⟨G⟩ to fight ...": joining another group for a fight is fighting on
    /// its side.
    JOINED_TO_FIGHT = "ally_of.joined_to_fight",
    || format!(
        r"(?ix)
        {OPENS_CLAUSE}⟨G(?P<s>\d+)⟩{JOINERS}\ (?:joined|join|joins|joining)\ (?:the\ )?
        (?:[\w-]+\ ){{0,2}}?(?:⟨G\d+⟩\ )?⟨G(?P<o>\d+)⟩
        \ (?:to|in\ order\ to)\ (?:fight|battle|combat|help\ fight|wage\ war)\b
    "
    )
);

rule!(
    /// "⟨G⟩ fighters joined ⟨G⟩ to fight against ⟨G⟩": those who join fight the third group.
    JOINED_TO_FIGHT_AGAINST = "rival_of.joined_to_fight_against",
    || format!(
        r"(?ix)
        {OPENS_CLAUSE}⟨G(?P<s>\d+)⟩{JOINERS}\ (?:joined|join|joins|joining)\ (?:the\ )?
        (?:[\w-]+\ ){{0,2}}?(?:⟨G\d+⟩\ )?⟨G\d+⟩
        \ (?:to|in\ order\ to)\ (?:fight|battle|combat|help\ fight|wage\ war)
        (?:\ (?:against|on))?\ (?:the\ )?⟨G(?P<o>\d+)⟩
    "
    )
);

rule!(
    /// "⟨G⟩ killed three ⟨G⟩ commanders", "⟨G⟩ executed two members of ⟨G⟩": killing another
    /// group's men is enmity.
    KILLED_MEMBERS = "rival_of.killed_members",
    || format!(
        r"(?ix)
        {OPENS_CLAUSE}⟨G(?P<s>\d+)⟩(?:\ (?:fighters|militants|gunmen|members|also|reportedly
            |later|has|have|had))*
        \ (?:killed|executed|assassinated|beheaded|abducted|kidnapped|captured|ambushed)
        \ (?:(?:two|three|four|five|six|several|many|dozens\ of|\d+|senior|top|prominent|local
            |a|an|the|one|of)\ ){{0,3}}
        (?:
            (?:the\ )?⟨G(?P<o>\d+)⟩\ (?:[\w-]+\ )?
                (?:commanders?|leaders?|members?|fighters?|militants?|emirs?|officials?|chiefs?)\b
            |(?:commanders?|leaders?|members?|fighters?|militants?|emirs?|officials?)
                \ (?:of|from)\ (?:the\ )?⟨G(?P<o2>\d+)⟩
        )
    "
    )
);

rule!(
    /// "⟨G⟩ and ⟨G⟩ have been fighting each other".
    FIGHT_EACH_OTHER = "rival_of.each_other",
    || r"(?ix)
        ⟨G(?P<s>\d+)⟩\ and\ (?:the\ )?⟨G(?P<o>\d+)⟩
        \ (?:have\ |has\ |had\ |been\ |are\ |were\ |often\ |repeatedly\ |long\ |also\ )*
        (?:fought|fight|fighting|battled|battling|clashed|clashing|attacked|attacking|killed
            |killing|targeted|targeting)
        \ (?:with\ )?(?:each\ other|one\ another)\b
    ".to_string()
);

rule!(
    /// "⟨G⟩'s longtime patron ⟨G⟩", "⟨G⟩'s allies in the ⟨G⟩": the possessor's side named
    /// by a noun.
    POSSESSIVE_ALLY = "ally_of.possessive_ally",
    || r"(?ix)
        ⟨G(?P<s>\d+)⟩'s?\ (?:[\w-]+\ ){0,2}?
        (?:ally|allies|partner|partners|backer|backers|patron|patrons|sponsor|sponsors|proxy
            |proxies|protégé|protege)
        (?:,\ |\ in\ |\ )(?:the\ )?⟨G(?P<o>\d+)⟩
    ".to_string()
);

rule!(
    /// "⟨G⟩'s arch-enemy ⟨G⟩", "⟨G⟩'s main rival, ⟨G⟩,": the possessor's enemy named by a
    /// noun.
    POSSESSIVE_RIVAL = "rival_of.possessive_rival",
    || r"(?ix)
        ⟨G(?P<s>\d+)⟩'s?\ (?:[\w-]+\ ){0,2}?
        (?:rival|rivals|enemy|enemies|arch-enemy|arch-enemies|archenemy|arch-rival|archrival
            |nemesis|foe|foes|adversary|adversaries|competitor|competitors)
        (?:,\ |\ )(?:the\ )?⟨G(?P<o>\d+)⟩
    ".to_string()
);

/// The alignment pair rules, in the order they run.
pub(super) static PAIR_RULES: &[PairRule] = &[
    PairRule::new(FactType::AllyOf, &ALONGSIDE),
    PairRule::new(FactType::AllyOf, &PART_OF_ALONGSIDE),
    PairRule::new(FactType::AllyOf, &ALLIANCE_BETWEEN),
    PairRule::new(FactType::AllyOf, &ACTED_TOGETHER),
    PairRule::new(FactType::AllyOf, &ARE_ALLIES),
    PairRule::new(FactType::AllyOf, &SUPPORTS),
    PairRule::new(FactType::AllyOf, &LINKED_PREFIX),
    PairRule::new(FactType::AllyOf, &LINKED_APPOSITION),
    PairRule::new(FactType::AllyOf, &LINKED_APPOSITION_UNHYPHENATED),
    PairRule::new(FactType::AllyOf, &ALLIED_GROUP_APPOSITION),
    PairRule::new(FactType::AllyOf, &LIKE_GROUP),
    PairRule::new(FactType::AllyOf, &JOINED_FELLOW),
    PairRule::new(FactType::AllyOf, &POSSESSIVE_ALLIANCE),
    PairRule::new(FactType::AllyOf, &SUPPORT_FROM),
    PairRule::new(FactType::AllyOf, &POLITICAL_COUNTERPART),
    PairRule::new(FactType::AllyOf, &JOINED_TO_FIGHT),
    PairRule::new(FactType::AllyOf, &SUPPLIES_TO),
    PairRule::new(FactType::AllyOf, &POSSESSIVE_ALLY),
    PairRule::new(FactType::Pledge, &POSSESSED_PLEDGE),
    PairRule::new(FactType::RivalOf, &FIGHTS),
    PairRule::new(FactType::RivalOf, &BETWEEN),
    PairRule::new(FactType::RivalOf, &ARE_RIVALS),
    PairRule::new(FactType::RivalOf, &POSSESSIVE_RIVALRY),
    PairRule::new(FactType::RivalOf, &JOINED_TO_FIGHT_AGAINST),
    PairRule::new(FactType::RivalOf, &FIGHT_EACH_OTHER),
    PairRule::new(FactType::RivalOf, &CLASHED),
    PairRule::new(FactType::RivalOf, &FORMED_AGAINST),
    PairRule::new(FactType::RivalOf, &POSSESSIVE_RIVAL),
];

rule!(
    /// The pledge itself: "allegiance pledged by", "pledged allegiance", "gave its bay'ah",
    /// "swore an oath".
    PLEDGE = "pledge.allegiance",
    || {
        // Verbs that give, renew or announce a pledge.
        let giving = r"(?x:
            pledg\w*|swor[en]|swear\w*|renew\w*|reaffirm\w*|affirm\w*|confirm\w*|offer\w*
            |declar\w*|gave|give|given|giving|took|taken|announc\w*|vow\w*
        )";
        // Words allowed between the verb and the pledge: "its formal", "an oath of".
        let between = r"(?x:
            its|his|their|her|an?|the|formal|formally|personal|personally|new|full|public
            |publicly|oath|of|support|and
        )";
        format!(
            r"(?ix)
            # allegiance pledged by ⟨G⟩: the one who pledges follows
            \b(?:allegi[ae]nce|loyalty|bay'?ahs?|bayat|oaths?\ of\ allegi[ae]nce)(?:\ [\w']+){{0,2}}?
            \ (?:pledged|sworn|given|offered|renewed)\ by\b
            # pledged its allegiance, gave bay'ah
            |\b(?:{giving})\b(?:\ (?:{between}))*\ (?:allegi[ae]nce|loyalty|bay'?ah|bay'a|bayat|fealty)\b
            # swore an oath
            |\b(?:pledg\w*|swor[en]|swear\w*)\ (?:an?\ )?oaths?\b
            "
        )
    }
);
rule!(
    /// "⟨G⟩, to whom ⟨G2⟩ has pledged allegiance": the one pledged to comes first.
    PLEDGED_TO_WHOM = "pledge.to_whom",
    || r"⟨([GP])(\d+)⟩,? (?:to|for) (?:whom|which) ⟨[GP](\d+)⟩ (?:[\w-]+ ){0,3}$".to_string()
);
rule!(
    /// The "to" after the trigger that the one pledged to follows: "... allegiance to ⟨P3⟩".
    PLEDGED_TO = "pledge.to",
    || r"^(?:[^⟨;]|⟨[GPLB]\d+⟩){0,80}?\bto\b".to_string()
);

/// Words for bodies of fighters that pledge as a body without being a named group.
const COLLECTIVE_HEADS: &str = r"(?x:
    commanders|fighters|members|militants|leaders|defectors|loyalists|jihadists|insurgents
    |elements|factions|cells|emirs|units|battalions|brigades|clerics
)";

rule!(
    /// "several ⟨L⟩ and ⟨L⟩ commanders", "Members of the ⟨L⟩ and ⟨G⟩", "dozens of ⟨L⟩ fighters".
    COLLECTIVE_NP = "pledge.collective_subject",
    || {
        // A word that names the body: a place or group placeholder, or a capitalised word.
        let modifier = r"(?:⟨[LG]\d+⟩|(?-i:[A-Z][a-z][\w'-]*))";
        // The groups a body is drawn from: "the ⟨L⟩ and ⟨G⟩, ⟨G⟩ and other jihadist groups".
        let groups = r"(?x:
            (?:⟨L\d+⟩\ (?:and\ )?(?:the\ )?)?⟨G\d+⟩
            (?:(?:,|,?\ and)\ (?:the\ )?⟨G\d+⟩)*
            (?:,?\ and\ other\ (?:[\w-]+\ )?groups)?
        )";
        format!(
            r"(?ix)
            # How many, or which: several, dozens of, former.
            (?P<q>\b(?:several|some|many|most|dozens\ of|hundreds\ of|scores\ of|thousands\ of
                |a\ number\ of|a\ group\ of|a\ few|two|three|four|five|six|seven|eight|nine|ten
                |\d+|former|senior|top|local)\ )?
            (?P<n>
                # ⟨L⟩ and ⟨L⟩ commanders, Chechen jihadist fighters
                {modifier}(?:(?:,|,?\ and)\ {modifier})*\ (?:[a-z-]+\ )?{COLLECTIVE_HEADS}\b
                # members of the ⟨G⟩
                |\b{COLLECTIVE_HEADS}\ of\ (?:the\ )?{groups}
            )"
        )
    }
);

rule!(
    /// Verbs that put a pledge in someone else's mouth or future: "called on X to pledge".
    PLEDGE_NOT_MADE = "pledge.not_made",
    || r"(?ix)
        \b
        (?:
            call(?:ed|s|ing)?\ (?:on|upon)|urg\w*|ask\w*|demand\w*|press\w*|invit\w*|order\w*|told
            |tell\w*|encourag\w*|want\w*|expect\w*|pressur\w*
        )
        \b[^⟨;]{0,40}?(?:⟨[GP]\d+⟩\ )?
        [^⟨;]{0,20}?\bto\ $
    ".to_string()
);

/// Reads each pledge: who pledges to whom, or which described body of people pledges.
pub(super) fn pledges(
    m: &Masked,
    st: &Structure,
    out: &mut Vec<RawFact>,
    collectives: &mut Vec<Collective>,
) {
    for t in PLEDGE.find_iter(&m.masked) {
        let after = &m.masked[t.end()..];
        if let Some(c) = PLEDGED_TO_WHOM.captures(&m.masked[..t.start()]) {
            if let (Some(o), Some(s)) = (m.slot_of_capture(&c[2]), m.slot_of_capture(&c[3])) {
                let region = (m.slots[o].at.0, t.end());
                let (rule, attrs) = (PLEDGED_TO_WHOM.id(), FactAttrs::None);
                push(out, m, rule, FactType::Pledge, (s, Some(o)), attrs, region);
                continue;
            }
        }
        let Some(to) = PLEDGED_TO.find(after) else {
            continue;
        };
        let Some(o) = m.nearest_after(t.end() + to.end(), GROUP_OR_PERSON) else { continue };
        if m.slots[o].at.0 > t.end() + to.end() + 60 {
            continue;
        }
        if PLEDGE_NOT_MADE.is_match(&m.masked[m.clause_of(t.start()).0..t.start()]) {
            continue;
        }
        // "⟨G⟩, another group which had pledged allegiance to ⟨G⟩": a relative clause's head.
        let described = st
            .segment_at(t.start())
            .filter(|&i| st.segments[i].kind != SegmentKind::Subordinate)
            .and_then(|_| st.subject(&m.masked, t.start(), GROUP))
            .filter(|_| !t.as_str().ends_with("by"));
        if let Some(c) = described {
            let o = last_group_named_since(m, o, (st.chunks[c].at.1, t.start())).unwrap_or(o);
            for &s in &st.chunks[c].slots {
                let region = (m.slots[s].at.0.min(t.start()), m.slots[o].at.1);
                push(out, m, PLEDGE.id(), FactType::Pledge, (s, Some(o)), FactAttrs::None, region);
            }
            continue;
        }
        let subject = if t.as_str().ends_with("by") {
            // "bay'ahs pledged by ⟨G⟩'s fighters to ⟨P⟩"
            m.slots_in((t.end(), t.end() + to.end()), GROUP_OR_PERSON)
                .map(|(i, _)| i)
                .next()
                .map(PledgeSubject::Slot)
        } else {
            pledge_subject(m, t.start())
        };
        let s = match subject {
            Some(PledgeSubject::Slot(s)) => s,
            Some(PledgeSubject::Collective(np, name_start)) => {
                collectives.push(Collective {
                    fact_type: FactType::Pledge,
                    np,
                    name_start,
                    object: m.slots[o].entity,
                    region: (np.0, m.slots[o].at.1),
                    rule: COLLECTIVE_NP.id(),
                });
                continue;
            }
            None => continue,
        };
        let o = last_group_named_since(m, o, (m.slots[s].at.1, t.start())).unwrap_or(o);
        if m.slots[s].entity == m.slots[o].entity {
            let why = crate::trace::DropReason::SelfRelation;
            m.veto(PLEDGE.id(), FactType::Pledge, (s, Some(o)), why);
            continue;
        }
        for s in m.coordinated(s) {
            let region = (m.slots[s].at.0, m.slots[o].at.1);
            push(out, m, PLEDGE.id(), FactType::Pledge, (s, Some(o)), FactAttrs::None, region);
        }
    }
}

/// "⟨P⟩ stands under the flag of ⟨G⟩ and pledges loyalty to the organization": a description
/// ("the organization") pledged to stands for the group named last between the one who pledges
/// and the pledge, not for the one the anaphor was read as. `None` when `o` names its group or
/// no other group is named there.
fn last_group_named_since(m: &Masked, o: usize, (from, to): (usize, usize)) -> Option<usize> {
    if !m.slots[o].anaphor {
        return None;
    }
    m.slots_in((from, to), GROUP)
        .map(|(i, _)| i)
        .filter(|&i| {
            let slot = &m.slots[i];
            let possessor = m.masked[slot.at.1..].starts_with('\'');
            !slot.anaphor && !slot.adjective && !possessor && slot.entity != m.slots[o].entity
        })
        .last()
}

enum PledgeSubject {
    Slot(usize),
    /// A described body of people: the noun phrase's span and where its name starts.
    Collective((usize, usize), usize),
}

rule!(
    /// A mention inside a prepositional phrase ("to the ⟨G⟩ leader") is not the actor.
    IN_PHRASE = "pledge.in_phrase",
    || r"(?ix)
        \b(?:of|to|with|by|from|against|for|among|than|toward|towards|under|within)\s+
        (?:(?:[\w-]+|⟨[LG]\d+⟩),?\s+){0,4}$
    ".to_string()
);
rule!(
    /// A mention that only modifies people after it: "a former ⟨G⟩ commander".
    MODIFIES = "pledge.modifier",
    || format!(
        r"(?ix)
        ^(?:'s?)?\ (?:[\w-]+\ )?
        (?:{LEADER_WORDS}|{MEMBER_WORDS}|commanders|leaders|members|fighters|militants)\b
        "
    )
);
rule!(
    /// "⟨P⟩, the leader of the ⟨G⟩ ...": the person the group is named for is the actor.
    APPOSED = "pledge.apposed_person",
    || r"(?ix)
        ⟨P(\d+)⟩,\ (?:the\ |a\ |an\ )?(?:[\w'-]+\ )?
        (?:leader|commander|chief|head|emir|founder|member|spokesman)\ of\ (?:the\ )?$
    ".to_string()
);
rule!(
    /// "X rejected Y's offer and instead pledged allegiance to Z": a second verb of the same
    /// subject.
    COORDINATED_VERB = "pledge.coordinated_verb",
    || r"(?ix)
        \band
        \ (?:
            \w+ly\ |instead\ |then\ |later\ |also\ |soon\ |eventually\ |has\ |had\ |have
        \ )*
        $
    ".to_string()
);
rule!(
    /// "The commanders": a sentence's opening word is not a name.
    FUNCTION_WORD = "pledge.function_word",
    || r"(?x)
        ^
        (?:
            The|A|An|Its|Their|His|Her|These|Those|Some|Many|Several|Other|In|On|At|But|And|After
            |Before|When|While|Most|All
        )
        $
    ".to_string()
);

/// Who pledges: the nearest group or person before the trigger that is the clause's actor rather
/// than part of a prepositional phrase ("to the ⟨G⟩ leader") or a modifier ("a former ⟨G⟩
/// commander"); else a described body of fighters ("several ⟨L⟩ commanders").
fn pledge_subject(m: &Masked, at: usize) -> Option<PledgeSubject> {
    let clause = m.clause_of(at);
    let before: Vec<usize> = m.slots_in((clause.0, at), GROUP_OR_PERSON).map(|(i, _)| i).collect();
    let is_actor = |i: usize| {
        let slot = &m.slots[i];
        let ahead = &m.masked[..slot.at.0];
        let behind = &m.masked[slot.at.1..at];
        // "⟨P⟩'s attempt": a possessor is not the one who acts.
        let possessor = behind.starts_with("'s ") || behind.starts_with("' ");
        let modifier = behind.len() > 1 && MODIFIES.is_match(behind);
        !(IN_PHRASE.is_match(ahead) || modifier || slot.adjective || possessor)
    };
    // A second verb of the same subject takes the clause's first actor.
    let coordinated_verb = COORDINATED_VERB.is_match(&m.masked[clause.0..at]);
    let actor = if coordinated_verb {
        before.iter().copied().find(|&i| is_actor(i))
    } else {
        before.iter().rev().copied().find(|&i| is_actor(i))
    };
    let collective = COLLECTIVE_NP
        .captures_iter(&m.masked[clause.0..at])
        .filter(|c| {
            let whole = c.get(0).unwrap();
            let n = c.name("n").unwrap();
            // The phrase must be the clause's actor: not inside a prepositional phrase, and no
            // person between it and the trigger.
            let gap = &m.masked[clause.0 + n.end()..at];
            let first = n.as_str().split([' ', ',']).next().unwrap_or("");
            !FUNCTION_WORD.is_match(first)
                && gap.len() < 120
                && !gap.contains("⟨P")
                && !IN_PHRASE.is_match(&m.masked[..clause.0 + whole.start()])
        })
        .last()
        .map(|c| {
            let whole = c.get(0).unwrap();
            let n = c.name("n").unwrap();
            ((clause.0 + whole.start(), clause.0 + n.end()), clause.0 + n.start())
        });
    match (actor, collective) {
        // "⟨G⟩ said several ⟨L⟩ commanders pledged": the nearer described body is the actor.
        (Some(a), Some((np, name))) if m.slots[a].at.0 < np.0 => {
            Some(PledgeSubject::Collective(np, name))
        }
        (Some(mut a), _) => {
            if let Some(c) = APPOSED.captures(&m.masked[..m.slots[a].at.0]) {
                if let Some(p) = m.slot_of_capture(&c[1]) {
                    a = p;
                }
            }
            Some(PledgeSubject::Slot(a))
        }
        (None, Some((np, name))) => Some(PledgeSubject::Collective(np, name)),
        (None, None) => before.last().copied().map(PledgeSubject::Slot),
    }
}

rule!(
    /// "but has lost territory to ⟨G⟩", "faced resistance from ⟨G⟩": the subject sits in the
    /// clause before.
    AGAINST = "rival_of.against",
    || r"(?ix)
        \b
        (?:
            lost\ (?:ground|territory|control)\ to
            |(?:face|faced|facing|faces)\ (?:[\w-]+\ )?resistance\ from|resistance\ from
            |pushed\ back\ by|driven\ out\ by|expelled\ by|fought\ (?:against\ )?
            |fighting\ (?:against\ )?|clashed\ with|clashes\ with|at\ war\ with
        )
        \ (?:the\ )?⟨G(\d+)⟩
    ".to_string()
);
rule!(
    /// "a rival ⟨G⟩ member": the group of the sentence is the rival's rival.
    RIVAL = "rival_of.rival_modifier",
    || r"(?i)\brival (?:\w+ |⟨L\d+⟩ )?⟨G(\d+)⟩".to_string()
);

/// "a rival ⟨G⟩ member": the group of the sentence is the rival's rival; "but has lost
/// territory to ⟨G⟩": the subject sits in the clause before.
pub(super) fn rival_mentions(m: &Masked, st: &Structure, out: &mut Vec<RawFact>) {
    for c in AGAINST.captures_iter(&m.masked) {
        let Some(o) = m.slot_of_capture(&c[1]) else { continue };
        let w = c.get(0).unwrap();
        let s = m.slots[..o]
            .iter()
            .enumerate()
            .filter(|(_, s)| s.kind == EntityKind::Group && s.entity != m.slots[o].entity)
            .map(|(i, _)| i)
            .next_back();
        if let Some(s) = s {
            for o in m.coordinated(o) {
                let region = (w.start(), w.end());
                let attrs = FactAttrs::None;
                push(out, m, AGAINST.id(), FactType::RivalOf, (s, Some(o)), attrs, region);
            }
        }
    }
    for c in RIVAL.captures_iter(&m.masked) {
        let Some(o) = m.slot_of_capture(&c[1]) else { continue };
        let w = c.get(0).unwrap();
        // "⟨G⟩ militants killed commanders from the rival ⟨G⟩": the clause's subject, else the
        // nearest other group.
        let subject = st
            .subject(&m.masked, w.start(), GROUP)
            .map(|c| st.chunks[c].slots[0])
            .filter(|&s| m.slots[s].entity != m.slots[o].entity);
        let s = subject.or_else(|| {
            m.slots
                .iter()
                .enumerate()
                .filter(|(i, s)| {
                    *i != o && s.kind == EntityKind::Group && s.entity != m.slots[o].entity
                })
                .min_by_key(|(_, s)| s.at.0.abs_diff(w.start()))
                .map(|(i, _)| i)
        });
        if let Some(s) = s {
            let region = (w.start(), w.end());
            push(out, m, RIVAL.id(), FactType::RivalOf, (s, Some(o)), FactAttrs::None, region);
        }
    }
}

rule!(
    /// A group's side named as a noun or adjective before the other: "an ally of", "allied
    /// itself with", "close links with", "loyal to", "sided with".
    ALLY_TRIGGER = "ally_of.ally_trigger",
    || r"(?ix)
        \b(?:
            (?:ally|allies|partner|partners)\ (?:of|to)
            |allied\ (?:itself\ |themselves\ |himself\ )?(?:with|to)
            |(?:alliance|partnership)\ with
            |(?:links|ties|connections)\ (?:with|to)
            |loyal\ to|sided\ with|in\ league\ with|aligned\ (?:itself\ )?with|endorsed\ by
            |proxy\ (?:of|for)|proxies\ (?:of|for)
        )
        \ (?:the\ )?
    ".to_string()
);
rule!(
    /// Words that undo a tie before its trigger: "severed its close ties with", "no links to".
    TIES_UNDONE = "ally_of.ties_undone",
    || r"(?ix)
        \b(?:sever\w*|cut\w*|br[eo]ak\w*|broken|end\w*|renounc\w*|no|any|deny|denied|denies)
        \ (?:[\w-]+\ ){0,3}$
    ".to_string()
);
rule!(
    /// Enmity named as a noun or adjective before the other: "the main competitor to", "an enemy
    /// of", "campaigned against".
    RIVAL_TRIGGER = "rival_of.rival_trigger",
    || r"(?ix)
        \b(?:
            (?:competitor|competitors|rival|rivals|enemy|enemies|foe|foes|adversary|adversaries
                |nemesis)\ (?:of|to)
            |campaign(?:ed|s|ing)?\ (?:actively\ )?against
            |(?:rivalry|feud|enmity|hostilities)\ with
            |hostile\ (?:to|towards?)|hostility\ (?:to|towards?)|turned\ (?:its\ guns\ )?against
        )
        \ (?:the\ )?
    ".to_string()
);
rule!(
    /// A fight the coordinated subject is in with each other: "⟨G⟩ and ⟨G⟩ were locked in a
    /// fierce war", "... have been at war".
    LOCKED_IN = "rival_of.locked_in",
    || r"(?ix)
        \b(?:locked|engaged|embroiled|caught)\ in\ (?:an?\ )?(?:[\w-]+\ ){0,3}?
        (?:war|battle|struggle|conflict|rivalry|feud|fight|turf\ war)\b
    ".to_string()
);

rule!(
    /// Support declared for another group, not allegiance: "pledged its support to", "voiced
    /// support for".
    SUPPORT_DECLARED = "ally_of.support_declared",
    || r"(?ix)
        \b(?:pledg\w*|declar\w*|express\w*|voic\w*|announc\w*|offer\w*|promis\w*)
        \ (?:(?:its|their|his|her|full|strong|public|unconditional|continued)\ ){0,2}
        support\ (?:to|for)\ (?:the\ )?
    ".to_string()
);
rule!(
    /// A party that speaks for an armed group: "⟨G⟩, the political wing of ⟨G⟩".
    POLITICAL_WING = "ally_of.political_wing",
    || r"(?ix)
        \bpolitical\ (?:wing|arm|front|counterpart|ally|mouthpiece)\ (?:of|to|for)\ (?:the\ )?
    ".to_string()
);

/// The structure-read alignment frames.
pub(super) static FRAMES: &[Frame] = &[
    Frame {
        fact_type: FactType::AllyOf,
        rule: &ALLY_TRIGGER,
        takes: Takes::Object(24),
        unless_before: Some(&TIES_UNDONE),
        with_partners: false,
    },
    Frame {
        fact_type: FactType::RivalOf,
        rule: &RIVAL_TRIGGER,
        takes: Takes::Object(24),
        unless_before: None,
        with_partners: false,
    },
    Frame {
        fact_type: FactType::RivalOf,
        rule: &LOCKED_IN,
        takes: Takes::AmongSubjects,
        unless_before: None,
        with_partners: false,
    },
    Frame {
        fact_type: FactType::AllyOf,
        rule: &SUPPORT_DECLARED,
        takes: Takes::Object(24),
        unless_before: None,
        with_partners: false,
    },
    Frame {
        fact_type: FactType::AllyOf,
        rule: &POLITICAL_WING,
        takes: Takes::Object(24),
        unless_before: None,
        with_partners: false,
    },
];

rule!(
    /// "clashes between the two", "the rivalry between the two groups": the two groups the
    /// sentence named last.
    BETWEEN_THE_TWO = "rival_of.between_the_two",
    || r"(?ix)
        \b(?:rivalry|war|fighting|clashes|conflict|feud|competition|infighting|hostilities
            |tensions|confrontations?|enmity)
        \ between\ the\ two\b
        (?:\ (?:groups|factions|organi[sz]ations|movements|militias|outfits|cartels|gangs|rivals
            |sides|networks))?
    ".to_string()
);
rule!(
    /// What may follow "between the two" when "two" stands for the groups just named: a verb,
    /// a preposition, punctuation ("clashes between the two are likely"); not another noun
    /// ("between the two countries").
    AFTER_THE_TWO = "rival_of.after_the_two",
    || r"(?ix)
        ^(?:$|[^\w\s]|\s+(?:are|were|is|was|have|has|had|will|would|could|may|might|can|seem\w*
            |continu\w*|remain\w*|escalat\w*|erupt\w*|broke|intensif\w*|in|over|since|after|as
            |and|that|which|for|at|on|during|flared|grew|grow\w*)\b)
    ".to_string()
);
rule!(
    /// "⟨G⟩, which has rejected ⟨G⟩", "⟨G⟩ rejects ⟨G⟩": refusing another group outright.
    REJECTED = "rival_of.rejected",
    || r"(?ix)
        \b(?:rejected|rejects|rejecting|shunned|shuns|spurned|spurns)\ (?:the\ )?⟨G(?P<o>\d+)⟩
    ".to_string()
);
rule!(
    /// What may follow the group rejected: the clause goes on or ends ("rejected ⟨G⟩ in 2014",
    /// "rejected ⟨G⟩ outright"); not a noun the group modifies ("rejected the ⟨G⟩ proposal").
    AFTER_REJECTED = "rival_of.after_rejected",
    || r"(?ix)
        ^(?:$|[^\w\s'’-]|\s+(?:in|and|as|outright|because|after|since|when|which|who|for|over|at
            |on|entirely|completely|publicly|openly|from|altogether|early|from)\b)
    ".to_string()
);
rule!(
    /// "⟨G⟩ recognises ⟨G⟩ as an existential threat", "... views ⟨G⟩ as its main enemy, just
    /// like ⟨G⟩ does".
    SEEN_AS_ENEMY = "rival_of.seen_as_enemy",
    || r"(?ix)
        \b(?:recogni[sz]\w*|sees|see|saw|views?|viewed|viewing|regards?|regarded|considers?
            |considered|deems?|deemed|treats?|treated|brands?|branded|labels?|labell?ed
            |declar\w+|calls|called)
        \ (?:the\ )?⟨G(?P<o>\d+)⟩\ (?:as\ |to\ be\ )?(?:an?\ |its\ |their\ |the\ )?
        (?:[\w-]+\ ){0,2}?
        (?:threat|enemy|enemies|rival|rivals|foe|foes|adversary|adversaries|competitor|menace
            |apostates?|infidels?|kharijites?|khawarij|heretics?|traitors?)
        \b
        (?:,?\ (?:just\ |much\ )?like\ (?:the\ )?⟨G(?P<also>\d+)⟩\ (?:does|did|do)\b)?
    ".to_string()
);
rule!(
    /// "⟨G⟩, a rival dissident faction": the apposition makes the group a rival of the clause's
    /// subject.
    RIVAL_APPOSED = "rival_of.rival_apposed",
    || r"(?ix)
        ⟨G(?P<o>\d+)⟩,\ (?:an?\ |another\ |the\ )(?:[\w-]+\ ){0,2}?rival
        \ (?:[\w-]+\ ){0,2}?
        (?:faction|group|militia|organi[sz]ation|movement|outfit|gang|cartel|network)\b
    ".to_string()
);

/// Enmity read off the sentence's structure: two groups just named ("clashes between the
/// two"), a group rejected or seen as a threat, a group called a rival in an apposition.
pub(super) fn rivals_over_structure(m: &Masked, st: &Structure, out: &mut Vec<RawFact>) {
    for t in BETWEEN_THE_TWO.find_iter(&m.masked) {
        if !AFTER_THE_TWO.is_match(&m.masked[t.end()..]) {
            continue;
        }
        // The last two different groups named before the trigger.
        let mut two: Vec<usize> = Vec::with_capacity(2);
        for (i, s) in m.slots.iter().enumerate().rev() {
            if s.at.1 > t.start() || s.kind != EntityKind::Group {
                continue;
            }
            if two.iter().all(|&j| m.slots[j].entity != s.entity) {
                two.push(i);
            }
            if two.len() == 2 {
                break;
            }
        }
        if let [b, a] = two[..] {
            let region = (m.slots[a].at.0, t.end());
            let rule = BETWEEN_THE_TWO.id();
            push(out, m, rule, FactType::RivalOf, (a, Some(b)), FactAttrs::None, region);
        }
    }
    for c in REJECTED.captures_iter(&m.masked) {
        let Some(o) = m.slot_of_capture(&c["o"]) else { continue };
        // "rejected ⟨G⟩'s offer", "rejected the ⟨G⟩ proposal": the group's words, not the group.
        let modifies = st.chunk_of_slot(o).is_some_and(|k| {
            let k = &st.chunks[k];
            k.possessive || k.compound
        });
        let after = &m.masked[m.slots[o].at.1..];
        if modifies || !AFTER_REJECTED.is_match(after) {
            continue;
        }
        let w = c.get(0).unwrap();
        push_against_subject(m, st, out, (REJECTED.id(), Carried::AfterPronoun), w.start(), o);
    }
    for c in SEEN_AS_ENEMY.captures_iter(&m.masked) {
        let Some(o) = m.slot_of_capture(&c["o"]) else { continue };
        let w = c.get(0).unwrap();
        let rule = (SEEN_AS_ENEMY.id(), Carried::AfterPronoun);
        push_against_subject(m, st, out, rule, w.start(), o);
        // "... just like ⟨G⟩ does": the other group sees it so too.
        if let Some(s) = c.name("also").and_then(|a| m.slot_of_capture(a.as_str())) {
            let region = (w.start(), w.end());
            let rule = SEEN_AS_ENEMY.id();
            push(out, m, rule, FactType::RivalOf, (s, Some(o)), FactAttrs::None, region);
        }
    }
    for c in KILLED_MEMBERS.captures_iter(&m.masked) {
        let killed = c.name("o").or_else(|| c.name("o2"));
        let (Some(s), Some(o)) =
            (m.slot_of_capture(&c["s"]), killed.and_then(|o| m.slot_of_capture(o.as_str())))
        else {
            continue;
        };
        let w = c.get(0).unwrap();
        let rule = KILLED_MEMBERS.id();
        push(out, m, rule, FactType::RivalOf, (s, Some(o)), FactAttrs::None, (w.start(), w.end()));
    }
    for c in RIVAL_APPOSED.captures_iter(&m.masked) {
        let Some(o) = m.slot_of_capture(&c["o"]) else { continue };
        let rule = (RIVAL_APPOSED.id(), Carried::Always);
        push_against_subject(m, st, out, rule, m.slots[o].at.0, o);
    }
}

/// When the sentence's first group stands in for a clause's subject the structure does not
/// find.
#[derive(Clone, Copy, PartialEq)]
enum Carried {
    /// "..., as has ⟨G⟩, a rival faction": always.
    Always,
    /// "while they ... recognise ⟨G⟩ as a threat": when a pronoun is the clause's subject.
    AfterPronoun,
}

rule!(
    /// A pronoun that may be a clause's subject: "they", "it", "which".
    PRONOUN_SUBJECT = "rival_of.pronoun_subject",
    || r"(?i)\b(?:they|it|which|who)\b".to_string()
);

rule!(
    /// A noun phrase opened after a comma right before a verb: ", the ⟨L⟩ government ".
    ANOTHER_SUBJECT = "rival_of.another_subject",
    || r"(?ix),\ (?:the|a|an)\ (?:[\w-]+\ |⟨[LBP]\d+⟩\ ){0,3}$".to_string()
);

/// A rivalry between the group slot `o` and the subject of the clause at byte `at`, or, when
/// the clause names no group before `at`, the group the sentence opened with (see [`Carried`]).
fn push_against_subject(
    m: &Masked,
    st: &Structure,
    out: &mut Vec<RawFact>,
    (rule, carried): (&'static str, Carried),
    at: usize,
    o: usize,
) {
    let other = |s: &usize| {
        m.slots[*s].kind == EntityKind::Group && m.slots[*s].entity != m.slots[o].entity
    };
    // "Before talks with ⟨G⟩, the ⟨L⟩ government rejected ⟨G⟩": outside a relative clause, a
    // group inside a prepositional phrase is not the subject (a relative clause's head may be:
    // "came from ⟨G⟩, a militia which has rejected ⟨G⟩").
    let in_main_clause =
        st.segment_at(at).is_none_or(|i| st.segments[i].kind != SegmentKind::Relative);
    let mut subjects: Vec<usize> = st
        .subject(&m.masked, at, GROUP)
        .filter(|&c| {
            let chunk = &st.chunks[c];
            let governed = IN_PHRASE.is_match(&m.masked[..chunk.at.0]);
            // "After meeting ⟨G⟩ envoys, the ⟨L⟩ government considers ...": another subject
            // stands between the group and the verb.
            let another = ANOTHER_SUBJECT.is_match(&m.masked[chunk.at.1.min(at)..at]);
            !(in_main_clause && (governed || another))
        })
        .map(|c| st.chunks[c].slots.iter().copied().filter(other).collect())
        .unwrap_or_default();
    // "The government rejected ⟨G⟩": a subject of another kind leaves no group to be the rival.
    let any_kind = [EntityKind::Group, EntityKind::Place, EntityKind::Body, EntityKind::Person];
    let other_kind = st
        .subject(&m.masked, at, &any_kind)
        .is_some_and(|c| st.chunks[c].kind != EntityKind::Group);
    // The clause or the segment ("while they ...") the trigger stands in.
    let from = st.segment_at(at).map_or(m.clause_of(at).0, |i| st.segments[i].at.0);
    let from = from.min(m.clause_of(at).0);
    let carries = match carried {
        Carried::Always => !other_kind,
        Carried::AfterPronoun => PRONOUN_SUBJECT.is_match(&m.masked[from..at]),
    };
    if subjects.is_empty() && carries {
        // "..., as has ⟨G⟩, a rival faction": the group the sentence opened with.
        let first = m.slots_in((0, at), GROUP).map(|(i, _)| i).find(|i| other(i));
        subjects = first.map(|s| m.coordinated(s)).unwrap_or_default();
    }
    for s in subjects {
        if !other(&s) {
            continue;
        }
        let region = (m.slots[s].at.0.min(at), m.slots[o].at.1);
        push(out, m, rule, FactType::RivalOf, (s, Some(o)), FactAttrs::None, region);
    }
}
