//! People and the groups they lead, found or belong to: leader_of, founder_of, member_of.
//!
//! Most are pair rules (a person and a group in one shape), run in the order of [`PAIR_RULES`];
//! `appointed_as_leader_of` sits among the member rules because that is where it has always run,
//! and facts come out in rule order. [`drop_misread_titles`] then removes what they read too
//! widely (a deputy, a chief spokesman, one commander among several), and
//! [`described_leaders`] reads leaders whose group is not next to them: the clause's subject
//! ("⟨G⟩ will be led by a commander who goes by the name ⟨P⟩") or the one group of the sentence
//! ("the late leader ⟨P⟩").

use super::{push, subject_before, PairRule, Pending, RawFact, LEADER_WORDS, MEMBER_WORDS, W};
use crate::model::{EntityKind, FactAttrs, FactType};
use crate::sentence::Masked;

/// Titles of the one who heads a group when written before his name after the group's
/// ("⟨G⟩ chief ⟨P⟩"): [`LEADER_WORDS`] without a bare "commander", since "⟨G⟩ commander ⟨P⟩"
/// names one of its commanders, not its head.
const HEAD_WORDS: &str = r"(?x:
    leader|chief|head|emir|amir|governor|wali|commander-in-chief|supreme\ commander
    |overall\ commander|boss|caliph|supremo|chairman|secretary-general|secretary\ general
)";

/// What may stand between a person's name and the comma of an apposition: an age (", 59,").
const AGE: &str = r"(?:,\ (?:aged\ )?\d{1,3})?";

rule!(
    /// "⟨P⟩, the leader of ⟨G⟩", "⟨P⟩, who was the supreme commander of the ⟨G⟩".
    LEADER_APPOSITION = "leader_of.apposition",
    || format!(
        r"(?ix)
        ⟨P(?P<s>\d+)⟩,?\ (?:who\ is\ |who\ was\ |is\ |was\ |as\ )?
        (?:the\ |its\ |⟨G\d+⟩'s?\ )?{W}{{0,3}}?{LEADER_WORDS}s?\ of\ (?:the\ )?
        {W}{{0,2}}?⟨G(?P<o>\d+)⟩
        "
    )
);

rule!(
    /// "⟨G⟩'s leader ⟨P⟩", "⟨G⟩ chief, ⟨P⟩", "the ⟨G⟩'s then-leader ⟨P⟩".
    GROUP_LEADER_NAME = "leader_of.group_title_name",
    || format!(
        r"(?i)⟨G(?P<o>\d+)⟩(?:'s?)? {W}{{0,3}}?(?:then-|ex-)?{HEAD_WORDS}s?,? (?:\w+ )?⟨P(?P<s>\d+)⟩"
    )
);

rule!(
    /// "⟨G⟩ commander ⟨P⟩", "⟨G⟩'s senior commander, ⟨P⟩": one of its commanders.
    GROUP_COMMANDER_NAME = "member_of.group_commander_name",
    || r"(?ix)
        ⟨G(?P<o>\d+)⟩(?:'s?)?
        \ (?:(?:senior|local|field|regional|military|former|top|top-ranking|veteran|mid-level
            |battlefield|provincial|district|rebel|militia|guerrilla)\ ){0,2}
        commanders?,?\ ⟨P(?P<s>\d+)⟩
    ".to_string()
);

rule!(
    /// "the ⟨P⟩-led ⟨G⟩", "a ⟨P⟩-led rebel ⟨G⟩".
    PERSON_LED_COMPOUND = "leader_of.person_led_compound",
    || r"⟨P(?P<s>\d+)⟩-led (?:[\w-]+ ){0,2}?⟨G(?P<o>\d+)⟩".to_string()
);

rule!(
    /// "⟨P⟩ was named ⟨G⟩'s emir", "⟨P⟩ has been appointed ⟨G⟩ chief", "⟨P⟩ became the
    /// ⟨G⟩'s new leader", "⟨P⟩ remains the ⟨G⟩'s supreme leader".
    NAMED_GROUP_HEAD = "leader_of.named_group_head",
    || format!(
        r"(?ix)
        ⟨P(?P<s>\d+)⟩,?\ {W}{{0,4}}?
        (?:
            (?:was|were|is|has\ been|had\ been|will\ be)\ (?:later\ |then\ |formally\ )?
            (?:named|appointed|chosen|elected|declared|installed|made|proclaimed|picked)\ (?:as\ )?
            |became\ |becomes\ |took\ over\ as\ |(?:is|was|remains|remained)\ (?:still\ |now\ )?
        )
        (?:the\ )?⟨G(?P<o>\d+)⟩(?:'s?)?\ (?:new\ |next\ |interim\ |acting\ |overall\ |supreme\ )?
        {HEAD_WORDS}\b
        "
    )
);

rule!(
    /// "⟨P⟩, a cleric from the north, is now the leader of ⟨G⟩".
    LEADER_AFTER_APPOSITION = "leader_of.apposition_then_copula",
    || format!(
        r"(?ix)
        ⟨P(?P<s>\d+)⟩,\ [^;]{{0,140}}?,\ (?:is|was|remains|became|has\ been)\ (?:now\ )?
        (?:the\ |its\ )?{W}{{0,2}}?{LEADER_WORDS}s?\ of\ (?:the\ )?⟨G(?P<o>\d+)⟩
        "
    )
);

rule!(
    /// "leader of the ⟨G⟩, ⟨P⟩".
    LEADER_OF_GROUP_NAME = "leader_of.title_of_group_name",
    || format!(r"(?i){LEADER_WORDS} of (?:the )?(?:⟨G\d+⟩'s? )?⟨G(?P<o>\d+)⟩,? ⟨P(?P<s>\d+)⟩")
);

rule!(
    /// "⟨P⟩, who leads ⟨G⟩", "⟨P⟩ took the helm of ⟨G⟩", "⟨P⟩, who was killed in 2021, led
    /// ⟨G⟩" (an apposition without names may stand between), "⟨P⟩ is leading ⟨G⟩".
    LEADS_VERB = "leader_of.leads",
    || r"(?ix)
        ⟨P(?P<s>\d+)⟩(?:,\ [^;⟨,]{1,80}?,)?,?\ (?:who\ )?(?:had\ |has\ |have\ )?
        (?:now\ |currently\ |long\ |once\ |previously\ |formerly\ )?
        (?:
            leads|led|heads|headed|commands|commanded|runs|ran
            |(?:is|was|has\ been|had\ been)\ (?:now\ )?(?:leading|heading)
            |took\ over|takes\ over|has\ taken\ over|had\ taken\ over
            |(?:remains\ |is\ |was\ |stays\ )?at\ the\ helm\ of|took\ the\ helm\ of
            |takes\ the\ helm\ of|(?:took|takes|taking|is\ in|was\ in)\ charge\ of
            |(?:assumed|assumes|took|takes)\ (?:the\ )?(?:command|leadership|reins)\ of
        )
        \ (?:the\ )?⟨G(?P<o>\d+)⟩
    ".to_string()
);

rule!(
    /// "⟨G⟩ has named ⟨P⟩ as its new leader".
    APPOINTED_BY_GROUP = "leader_of.appointed_by_group",
    || format!(
        r"(?ix)
        ⟨G(?P<o>\d+)⟩\ {W}{{0,3}}?(?:has\ |have\ |had\ )?
        (?:
            named|appointed|chose|chosen|selected|elected|declared|announced|installed|proclaimed
            |picked
        )
        \ ⟨P(?P<s>\d+)⟩,?\ (?:as\ )?(?:its\ |their\ |⟨G\d+⟩\ )?
        (?:new\ |next\ |interim\ |acting\ )?{LEADER_WORDS}\b
        "
    )
);

rule!(
    /// "Under its leader, ⟨P⟩, the ⟨G⟩ ...".
    UNDER_ITS_LEADER = "leader_of.under_its_leader",
    || format!(
        r"(?ix)
        \b(?:[Uu]nder|[Ll]ed\ by)\ (?:its|their|the\ group's|⟨G\d+⟩)\ (?:[\w-]+\ )?{LEADER_WORDS},?
        \ ⟨P(?P<s>\d+)⟩,\ (?:the\ )?⟨G(?P<o>\d+)⟩
        "
    )
);

rule!(
    /// "its new leader and ⟨G⟩ veteran ⟨P⟩".
    NEW_LEADER_AND_VETERAN = "leader_of.new_leader_and_veteran",
    || format!(
        r"(?ix)
        \bnew\ {LEADER_WORDS}\ and\ (?:⟨G(?P<o>\d+)⟩\ )(?:[\w-]+\ )?
        (?:veteran|member|commander|official|figure)\ ⟨P(?P<s>\d+)⟩
        "
    )
);

rule!(
    /// "⟨G⟩ in the north is led by its founder ⟨P⟩".
    PASSIVE_LED_BY = "leader_of.passive_led_by",
    || format!(
        r"(?ix)
        ⟨G(?P<o>\d+)⟩\ {W}{{0,3}}?(?:is|was|are|were|has\ been|had\ been)\ (?:\w+\ )?
        (?:led|headed|commanded|run)\ by\ {W}{{0,4}}?⟨P(?P<s>\d+)⟩
        "
    )
);

rule!(
    /// "⟨G⟩, which is led by ⟨P⟩".
    LED_BY = "leader_of.led_by",
    || r"(?ix)
        ⟨G(?P<o>\d+)⟩['’\x22”]?,?\ (?:which\ is\ |which\ was\ |who\ are\ |now\ )?
        (?:led|headed|commanded)\ by\ (?:the\ )?(?:[\w'-]+\ ){0,3}?⟨P(?P<s>\d+)⟩
    ".to_string()
);

rule!(
    /// "⟨G⟩, which is led by one of ⟨P⟩'s former lieutenants, ⟨P⟩": the leader is the
    /// apposition.
    LED_BY_APPOSITION = "leader_of.led_by_apposition",
    || r"(?ix)
        ⟨G(?P<o>\d+)⟩,?\ (?:which\ is\ |which\ was\ |who\ are\ |now\ )?
        (?:led|headed|commanded|run)\ by\ (?:one\ of\ )?(?:the\ )?
        (?:⟨P\d+⟩|(?-i:[A-Z])[\w-]+)'s?\ (?:[\w'-]+\ ){0,2}?[\w'-]+,?\ ⟨P(?P<s>\d+)⟩
    ".to_string()
);

rule!(
    /// "⟨G⟩, whose leader ⟨P⟩ spoke", "⟨G⟩, whose supreme leader is ⟨P⟩".
    WHOSE_LEADER = "leader_of.whose_leader",
    || format!(
        r"(?ix)
        ⟨G(?P<o>\d+)⟩['’\x22”]?,?\ whose\ (?:(?:new|current|overall|supreme|top|late|former|longtime)\ )?
        {HEAD_WORDS},?\ (?:is\ |was\ |remains\ )?⟨P(?P<s>\d+)⟩
        "
    )
);

rule!(
    /// "⟨G⟩ under ⟨P⟩", "⟨G⟩, now under the command of ⟨P⟩,", "Under the leadership of ⟨P⟩,
    /// ⟨G⟩ ...".
    UNDER_PERSON = "leader_of.under_person",
    || r"(?ix)
        ⟨G(?P<o>\d+)⟩['’\x22”]?,?\ (?:now\ |then\ |still\ )?under
        \ (?:the\ (?:leadership|command|control)\ of\ )?⟨P(?P<s>\d+)⟩(?:[^'’]|$)
    ".to_string()
);

rule!(
    /// "Under the leadership of ⟨P⟩, ⟨G⟩ ...".
    UNDER_LEADERSHIP_OF = "leader_of.under_leadership_of",
    || r"(?ix)
        \bunder\ (?:the\ )?(?:leadership|command)\ of\ ⟨P(?P<s>\d+)⟩,\ (?:the\ )?⟨G(?P<o>\d+)⟩
    ".to_string()
);

rule!(
    /// "⟨P⟩, the one-eyed veteran who commanded ⟨G⟩".
    WHO_LED = "leader_of.who_led",
    || r"(?ix)
        ⟨P(?P<s>\d+)⟩,\ (?:[^⟨;,]|⟨L\d+⟩){0,90}?\bwho\ (?:had\ |has\ |later\ |then\ |also\ |once\ |long\ )*
        (?:led|leads|heads|headed|commanded|commands)\ (?:the\ )?⟨G(?P<o>\d+)⟩
    ".to_string()
);

rule!(
    /// "⟨P⟩ became the new leader of ⟨G⟩", "⟨P⟩ succeeded ⟨P⟩ as emir of ⟨G⟩".
    BECAME_LEADER = "leader_of.became_leader",
    || format!(
        r"(?ix)
        ⟨P(?P<s>\d+)⟩,?\ {W}{{0,4}}?
        (?:
            became|becomes|was\ named|was\ appointed|was\ declared|was\ chosen\ as
            |took\ over\ as|succeeded\ {W}{{1,4}}as|(?:succeeded|replaced)\ (?:the\ late\ )?⟨P\d+⟩\ as
            |named\ as
        )
        \ (?:the\ )?(?:new\ )?{W}{{0,2}}?{LEADER_WORDS}s?\ of\ (?:the\ )?⟨G(?P<o>\d+)⟩
        "
    )
);

rule!(
    /// "has led ⟨G⟩ since the death of his predecessor, ⟨P⟩".
    LEADER_PREDECESSOR = "leader_of.predecessor_of_leader",
    || format!(
        r"(?ix)
        (?:
            {LEADER_WORDS}\ of|(?:has\ |had\ |have\ )?(?:led|headed|commanded|leads|heads)
            |(?:took|takes)\ charge\ of|(?:assumed|assumes|took|takes)\ (?:the\ )?(?:command|leadership|reins)\ of
        )
        \ (?:the\ )?⟨G(?P<o>\d+)⟩[^;]{{0,140}}?\b(?:his|her|their)\ (?:late\ |former\ )?
        predecessors?,?\ ⟨P(?P<s>\d+)⟩
        "
    )
);

rule!(
    /// "⟨G⟩'s new leader ... his late predecessor ⟨P⟩".
    GROUP_LEADER_PREDECESSOR = "leader_of.group_leader_predecessor",
    || format!(
        r"(?ix)
        ⟨G(?P<o>\d+)⟩(?:'s?)?\ (?:new\ |current\ |late\ |former\ )?
        {LEADER_WORDS}\b[^;]{{0,160}}?\b(?:his|her|their)\ (?:late\ |former\ )?predecessors?,?
        \ ⟨P(?P<s>\d+)⟩
        "
    )
);

rule!(
    /// "⟨P⟩, the founder of ⟨G⟩", "⟨P⟩, co-founder and ideologue of ⟨G⟩", "⟨P⟩, 59, was a
    /// founding member of ⟨G⟩".
    FOUNDER_APPOSITION = "founder_of.apposition",
    || format!(
        r"(?ix)
        ⟨P(?P<s>\d+)⟩{AGE},?\ (?:who\ is\ |who\ was\ |is\ |was\ |as\ )?
        (?:the\ |a\ |an\ |its\ |one\ of\ the\ )?{W}{{0,2}}?
        (?:(?:co-)?founders?|founding\ (?:members?|fathers?|figures?|leaders?))
        (?:\ and\ [\w\ ]{{0,24}}?)?\ of\ (?:the\ )?⟨G(?P<o>\d+)⟩
        "
    )
);

rule!(
    /// "the founder of ⟨G⟩, ⟨P⟩", "a co-founder of the original ⟨G⟩ in ⟨L⟩, ⟨P⟩".
    FOUNDER_OF_GROUP_NAME = "founder_of.title_of_group_name",
    || r"(?ix)
        \b(?:co-)?founders?\ of\ (?:the\ )?(?:original\ |first\ )?⟨G(?P<o>\d+)⟩
        (?:\ in\ ⟨L\d+⟩)?,\ ⟨P(?P<s>\d+)⟩
    ".to_string()
);

rule!(
    /// "⟨P⟩, ⟨G⟩'s founder", "⟨P⟩, the late ⟨G⟩ co-founder".
    FOUNDER_POSSESSIVE_APPOSITION = "founder_of.possessive_apposition",
    || r"(?ix)
        ⟨P(?P<s>\d+)⟩,\ (?:the\ |a\ )?(?:(?:late|slain|former)\ )?⟨G(?P<o>\d+)⟩(?:'s?)?
        \ (?:(?:late|original|reclusive|spiritual)\ )?(?:co-)?founders?\b
    ".to_string()
);

rule!(
    /// "a ⟨G⟩ member named ⟨P⟩", "⟨G⟩ militants identified as ⟨P⟩ and ⟨P⟩".
    MEMBER_NAMED = "member_of.member_named",
    || format!(
        r"(?ix)
        ⟨G(?P<o>\d+)⟩(?:'s?)?\ (?:[\w-]+\ )?(?:{MEMBER_WORDS}|commander)s?
        \ (?:named|identified\ as|called|known\ as)\ ⟨P(?P<s>\d+)⟩
        "
    )
);

rule!(
    /// "⟨G⟩'s founder ⟨P⟩", "⟨G⟩ founding leader ⟨P⟩".
    GROUP_FOUNDER_NAME = "founder_of.group_founder_name",
    || r"(?ix)
        ⟨G(?P<o>\d+)⟩(?:'s?)?
        \ (?:(?:co-)?founders?|founding\ (?:leader|emir|amir|father|chief)s?),?\ (?:\w+\ )?⟨P(?P<s>\d+)⟩
    ".to_string()
);

rule!(
    /// "⟨P⟩ founded ⟨G⟩", "⟨P⟩, a former officer, set up the ⟨G⟩".
    FOUNDED = "founder_of.founded",
    || format!(
        r"(?ix)
        ⟨P(?P<s>\d+)⟩,?\ {W}{{0,4}}?
        (?:founded|co-founded|created|established|formed|set\ up|launched|started)\ (?:the\ )?
        ⟨G(?P<o>\d+)⟩
        "
    )
);

rule!(
    /// "⟨G⟩ was founded in 2002 by ⟨P⟩".
    FOUNDED_BY = "founder_of.passive_founded_by",
    || format!(
        r"(?ix)
        ⟨G(?P<o>\d+)⟩\ {W}{{0,6}}?(?:was|were|had\ been|is)\ {W}{{0,3}}?
        (?:founded|co-founded|created|established|formed|set\ up|launched|started)
        \ [^⟨]{{0,80}}?\bby\ {W}{{0,10}}?⟨P(?P<s>\d+)⟩
        "
    )
);

rule!(
    /// "⟨G⟩, founded by ⟨P⟩ in 1987,", "⟨G⟩, which was set up in 2002 by ⟨P⟩".
    FOUNDED_BY_PARTICIPLE = "founder_of.founded_by_participle",
    || format!(
        r"(?ix)
        ⟨G(?P<o>\d+)⟩['’\x22”]?,\ (?:which\ was\ |which\ had\ been\ |that\ was\ |originally\ )?
        (?:co-founded|founded|created|established|formed|set\ up|started)
        \ (?:in\ \d{{4}}\ |in\ ⟨L\d+⟩\ )?by\ (?:the\ late\ )?{W}{{0,2}}?⟨P(?P<s>\d+)⟩
        "
    )
);

rule!(
    /// "⟨G⟩, which ⟨P⟩ founded in 2002,".
    WHICH_PERSON_FOUNDED = "founder_of.which_person_founded",
    || r"(?ix)
        ⟨G(?P<o>\d+)⟩['’\x22”]?,?\ (?:which|that)\ ⟨P(?P<s>\d+)⟩\ (?:had\ |has\ |later\ |then\ )?
        (?:co-founded|founded|created|established|formed|set\ up|started)\b
    ".to_string()
);

rule!(
    /// "⟨P⟩ co-founded ⟨G⟩ with ⟨P⟩": the partner founded it too.
    FOUNDED_WITH = "founder_of.founded_with",
    || r"(?ix)
        \b(?:co-founded|founded|created|established|formed|set\ up)\ (?:the\ )?⟨G(?P<o>\d+)⟩
        \ (?:in\ \d{4}\ |in\ ⟨L\d+⟩\ )?(?:together\ )?(?:with|alongside)\ ⟨P(?P<s>\d+)⟩
    ".to_string()
);

rule!(
    /// "⟨G⟩, which ⟨P⟩ led until 2019,", "⟨G⟩, which ⟨P⟩ now heads".
    WHICH_PERSON_LED = "leader_of.which_person_led",
    || r"(?ix)
        ⟨G(?P<o>\d+)⟩['’\x22”]?,?\ (?:which|that)\ ⟨P(?P<s>\d+)⟩\ (?:had\ |has\ |now\ |then\ |once\ )?
        (?:led|leads|heads|headed|commanded|commands|runs|ran)\b
    ".to_string()
);

rule!(
    /// "⟨P⟩, a Tuareg veteran of earlier rebellions who founded ⟨G⟩".
    WHO_FOUNDED = "founder_of.who_founded",
    || r"(?ix)
        ⟨P(?P<s>\d+)⟩,\ (?:[^⟨;]|⟨L\d+⟩){0,90}?\bwho\ (?:had\ |has\ |later\ |then\ |also\ )*
        (?:founded|co-founded|created|established|formed|set\ up|launched)\ (?:the\ )?
        ⟨G(?P<o>\d+)⟩
    ".to_string()
);

rule!(
    /// "⟨P⟩, a senior ⟨G⟩ operative", "⟨P⟩, 41, a ⟨G⟩ commander".
    MEMBER_APPOSITION = "member_of.group_member_apposition",
    || format!(
        r"(?i)⟨P(?P<s>\d+)⟩{AGE}, (?:a|an|the) {W}{{0,2}}?⟨G(?P<o>\d+)⟩ (?:{MEMBER_WORDS}|commander)"
    )
);

rule!(
    /// "⟨P⟩, a member of ⟨G⟩", "⟨P⟩ was a fighter with the ⟨G⟩", "⟨P⟩, who was a member of ⟨G⟩".
    MEMBER_OF_GROUP = "member_of.member_of_group",
    || format!(
        r"(?ix)
        ⟨P(?P<s>\d+)⟩,?
        \ (?:who\ (?:is|was|had\ been|has\ been|became)\ |is\ |was\ |as\ |had\ been\ |has\ been\ |became\ )?
        (?:a\ |an\ |the\ )?{W}{{0,2}}?{MEMBER_WORDS}s?\ (?:of|in|with|for)\ (?:the\ )?⟨G(?P<o>\d+)⟩
        "
    )
);

rule!(
    /// "⟨G⟩ spokesman ⟨P⟩", "⟨G⟩'s financier, ⟨P⟩".
    GROUP_MEMBER_NAME = "member_of.group_member_name",
    || format!(r"(?i)⟨G(?P<o>\d+)⟩(?:'s?)? {W}{{0,2}}?{MEMBER_WORDS}s?,? ⟨P(?P<s>\d+)⟩")
);

rule!(
    /// "⟨P⟩, a Moroccan who had joined ⟨G⟩", "⟨P⟩ defected to ⟨G⟩", "⟨P⟩ fought for ⟨G⟩",
    /// "⟨P⟩ belonged to ⟨G⟩".
    WHO_JOINED = "member_of.who_joined",
    || format!(
        r"(?ix)
        ⟨P(?P<s>\d+)⟩,?\ (?:an?\ |the\ )?(?:[\w-]+\ ){{0,2}}?(?:who\ |which\ )?
        (?:had\ |has\ |have\ )?(?:been\ |also\ )?{W}{{0,3}}?
        (?:
            joined|join|joining|defected\ to|enlisted\ (?:in|with)|signed\ up\ (?:with|for)
            |rose\ through\ the\ ranks\ of|fought\ (?:for|in\ the\ ranks\ of)
            |belonged\ to|belongs\ to|(?:was|is)\ part\ of|served\ (?:in|with)
            |(?:was|were)\ recruited\ (?:by|into)
        )
        \ (?:the\ )?⟨G(?P<o>\d+)⟩
        "
    )
);

rule!(
    /// "⟨P⟩, one of the commanders of ⟨G⟩", "⟨P⟩ served as a deputy in ⟨G⟩".
    ONE_OF_ITS_RANKS = "member_of.one_of_its_ranks",
    || r"(?ix)
        ⟨P(?P<s>\d+)⟩,?
        \ (?:
            is\ |was\ |as\ |had\ been\ |has\ been\ |became\ |served\ as\ |who\ was
            \ |who\ had\ been
        \ )?
        (?:an?\ |one\ of\ the\ |one\ of\ ⟨G\d+⟩'s?\ )(?:[\w-]+\ ){0,2}?
        (?:
            commanders?|lieutenants?|deputy|deputies|aides?|emirs?|officials?|operatives?|leaders?
            |figures?|members?
        )
        \ (?:in|with|within|for|of)\ (?:the\ )?⟨G(?P<o>\d+)⟩
    ".to_string()
);

rule!(
    /// "killed commanders ⟨P⟩ and ⟨P⟩ from the rival ⟨G⟩", "militants ⟨P⟩ of ⟨G⟩".
    RANKS_FROM_GROUP = "member_of.ranks_from_group",
    || r"(?ix)
        \b(?:
            commanders?|members?|fighters?|militants?|officials?|operatives?|figures?
            |lieutenants?|militiamen|militiaman|insurgents?|jihadists?
        )
        \ ⟨P(?P<s>\d+)⟩(?:(?:,|,?\ and)\ ⟨P\d+⟩)*
        \ (?:from|of|with)\ (?:the\ )?(?:(?:rival|same|former|local)\ )?(?:⟨L\d+⟩\ )?⟨G(?P<o>\d+)⟩
    ".to_string()
);

rule!(
    /// "⟨P⟩, from ⟨G⟩, was also killed", "⟨P⟩ of ⟨G⟩ said": a group named like a person's home.
    PERSON_FROM_GROUP = "member_of.person_from_group",
    || r"(?ix)
        ⟨P(?P<s>\d+)⟩(?:,\ from|\ of)\ (?:the\ )?⟨G(?P<o>\d+)⟩
        (?:,|\ (?:said|says|told|was|is|has|had|who)\b)
    ".to_string()
);

rule!(
    /// "⟨P⟩, the ⟨G⟩'s chief spokesman", "⟨P⟩, ⟨G⟩'s top recruiter".
    MEMBER_POSSESSIVE_APPOSITION = "member_of.possessive_apposition",
    || format!(
        r"(?ix)
        ⟨P(?P<s>\d+)⟩,\ (?:the\ |a\ )?⟨G(?P<o>\d+)⟩'s?\ (?:[\w-]+\ ){{0,2}}?{MEMBER_WORDS}s?\b
        "
    )
);

rule!(
    /// "⟨P⟩, the second in command of ⟨G⟩", "⟨P⟩ was deputy leader of ⟨G⟩": a deputy belongs
    /// to the group he does not lead.
    SECOND_IN_COMMAND = "member_of.second_in_command",
    || r"(?ix)
        ⟨P(?P<s>\d+)⟩,?
        \ (?:who\ (?:is|was|had\ been|has\ been)\ |is\ |was\ |as\ |had\ been\ |has\ been\ |became\ )?
        (?:the\ |a\ |its\ )?(?:former\ |then\ |current\ )?
        (?:
            (?:second|third|number\ two)[\ -]in[\ -]command
            |deputy(?:\ (?:leader|chief|commander|head|emir|amir))?|number\ two
        )
        \ (?:of|in|at|within)\ (?:the\ )?(?:former\ )?⟨G(?P<o>\d+)⟩
    ".to_string()
);

rule!(
    /// "⟨G⟩'s deputy leader ⟨P⟩", "⟨G⟩ second-in-command ⟨P⟩".
    GROUP_DEPUTY_NAME = "member_of.group_deputy_name",
    || r"(?ix)
        ⟨G(?P<o>\d+)⟩(?:'s?)?\ (?:second-in-command|deputy(?:\ [\w-]+)?|number\ two),?
        \ ⟨P(?P<s>\d+)⟩
    ".to_string()
);

rule!(
    /// "⟨P⟩, ⟨G⟩'s deputy chief", "⟨P⟩, the ⟨G⟩'s second-in-command".
    DEPUTY_APPOSITION = "member_of.deputy_apposition",
    || r"(?ix)
        ⟨P(?P<s>\d+)⟩,\ (?:the\ )?⟨G(?P<o>\d+)⟩'s?\ (?:second-in-command|deputy|number\ two)\b
    ".to_string()
);

rule!(
    /// "⟨P⟩, who has been designated amir of ⟨L⟩ by ⟨G⟩": the group gave him a post in it.
    POST_GIVEN_BY_GROUP = "member_of.post_given_by_group",
    || format!(
        r"(?ix)
        ⟨P(?P<s>\d+)⟩,?\ (?:who\ )?(?:has\ been\ |had\ been\ |was\ |is\ )?
        (?:designated|named|appointed|made|declared|proclaimed|installed)\ (?:as\ )?(?:the\ |its\ |⟨G\d+⟩'s?\ )?
        [\x22“‘']?(?:[\w-]+\ )?{LEADER_WORDS}\ (?:of|for|in)\ (?:the\ )?(?:[\w-]+\ )?⟨L\d+⟩[\x22”’']?,?
        \ by\ (?:⟨G\d+⟩\ )?(?:the\ )?⟨G(?P<o>\d+)⟩
        "
    )
);

rule!(
    /// "appointed ⟨P⟩ as the new emir of ⟨G⟩".
    APPOINTED_AS_LEADER_OF = "leader_of.appointed_as_leader_of",
    || format!(
        r"(?ix)
        \b(?:named|appointed|chose|chosen|selected|elected|installed|picked)\ ⟨P(?P<s>\d+)⟩,?
        \ as\ (?:the\ |its\ )?(?:new\ |next\ |interim\ |acting\ )?{LEADER_WORDS}\ of
        \ (?:the\ |its\ )?⟨G(?P<o>\d+)⟩
        "
    )
);

rule!(
    /// "⟨P⟩ later joined the ⟨G⟩".
    JOINED = "member_of.joined",
    || format!(r"(?i)⟨P(?P<s>\d+)⟩ {W}{{0,3}}?(?:joined|defected to) (?:the )?⟨G(?P<o>\d+)⟩")
);

rule!(
    /// "commanders in the ⟨G⟩, including ⟨P⟩".
    ROLES_INCLUDING = "member_of.roles_including",
    || r"(?ix)
        \b(?:roles?|positions?|posts?|ranks|members|commanders|leaders|figures)
        \ (?:in|of|within|inside)\ (?:the\ )?⟨G(?P<o>\d+)⟩,?
        \ (?:including|among\ them|such\ as|notably)\ ⟨P(?P<s>\d+)⟩
    ".to_string()
);

rule!(
    /// "⟨P⟩, the ⟨G⟩'s leader since 2012", "⟨P⟩, ⟨G⟩'s military chief,": a possessive
    /// apposition.
    POSSESSIVE_APPOSITION = "leader_of.possessive_apposition",
    || format!(
        r"(?ix)
        ⟨P(?P<s>\d+)⟩(?:,|\ \()\ ?(?:the\ |a\ )?⟨G(?P<o>\d+)⟩(?:'s?)?
        \ (?:(?:new|current|overall|top|supreme|military|spiritual|political|founding|longtime
            |long-time|former|late|acting|interim|self-styled|self-proclaimed|de\ facto)\ ){{0,2}}
        (?:then-|ex-)?{HEAD_WORDS}\b
        "
    )
);

rule!(
    /// "⟨P⟩, the ⟨G⟩'s military commander", "⟨P⟩, a ⟨G⟩ commander in ⟨L⟩": one of its
    /// commanders.
    COMMANDER_APPOSITION = "member_of.commander_apposition",
    || r"(?ix)
        ⟨P(?P<s>\d+)⟩,\ (?:the\ |a\ )?⟨G(?P<o>\d+)⟩'s?
        \ (?:(?:senior|local|field|regional|military|former|top|top-ranking|veteran|mid-level
            |battlefield|provincial|district|late)\ ){0,2}
        commanders?\b
    ".to_string()
);

rule!(
    /// "the leader of ⟨G⟩ became ⟨P⟩", "the head of ⟨G⟩ is now ⟨P⟩": the title as the subject.
    TITLE_IS_PERSON = "leader_of.title_is_person",
    || format!(
        r"(?ix)
        \b{LEADER_WORDS}\ of\ (?:the\ )?⟨G(?P<o>\d+)⟩,?
        \ (?:became|becomes|is|was|remains|remained|has\ been)\ (?:now\ |then\ )?⟨P(?P<s>\d+)⟩
        "
    )
);

rule!(
    /// "succeeded ⟨P⟩ in the leadership of ⟨G⟩", "... at the helm of ⟨G⟩": the one succeeded led
    /// it too.
    SUCCEEDED_IN_LEADERSHIP = "leader_of.succeeded_in_leadership",
    || format!(
        r"(?ix)
        \b(?:succeeded|replaced|succeeds|replaces)\ (?:the\ late\ )?⟨P(?P<s>\d+)⟩
        \ (?:in\ the\ leadership\ of|at\ the\ helm\ of|as\ (?:the\ )?(?:[\w-]+\ )?{LEADER_WORDS}\ of)
        \ (?:the\ )?⟨G(?P<o>\d+)⟩
        "
    )
);

rule!(
    /// "⟨P⟩ succeeded ⟨P⟩ in the leadership of ⟨G⟩": the successor leads it.
    SUCCESSOR_IN_LEADERSHIP = "leader_of.successor_in_leadership",
    || format!(
        r"(?ix)
        ⟨P(?P<s>\d+)⟩,?\ {W}{{0,6}}?(?:succeeded|replaced|succeeds|replaces)\ (?:the\ late\ )?⟨P\d+⟩
        \ (?:in\ the\ leadership\ of|at\ the\ helm\ of)\ (?:the\ )?⟨G(?P<o>\d+)⟩
        "
    )
);

/// The people pair rules, in the order they run.
pub(super) static PAIR_RULES: &[PairRule] = &[
    PairRule::new(FactType::LeaderOf, &LEADER_APPOSITION),
    PairRule::new(FactType::LeaderOf, &GROUP_LEADER_NAME),
    PairRule::new(FactType::LeaderOf, &PERSON_LED_COMPOUND),
    PairRule::new(FactType::LeaderOf, &NAMED_GROUP_HEAD),
    PairRule::new(FactType::LeaderOf, &WHOSE_LEADER),
    PairRule::new(FactType::LeaderOf, &UNDER_PERSON),
    PairRule::new(FactType::LeaderOf, &UNDER_LEADERSHIP_OF),
    PairRule::new(FactType::LeaderOf, &WHO_LED),
    PairRule::new(FactType::LeaderOf, &WHICH_PERSON_LED),
    PairRule::new(FactType::LeaderOf, &LEADER_AFTER_APPOSITION),
    PairRule::new(FactType::LeaderOf, &LEADER_OF_GROUP_NAME),
    PairRule::new(FactType::LeaderOf, &LEADS_VERB),
    PairRule::new(FactType::LeaderOf, &APPOINTED_BY_GROUP),
    PairRule::new(FactType::LeaderOf, &UNDER_ITS_LEADER),
    PairRule::new(FactType::LeaderOf, &NEW_LEADER_AND_VETERAN),
    PairRule::new(FactType::LeaderOf, &PASSIVE_LED_BY),
    PairRule::new(FactType::LeaderOf, &LED_BY),
    PairRule::new(FactType::LeaderOf, &LED_BY_APPOSITION),
    PairRule::new(FactType::LeaderOf, &BECAME_LEADER),
    PairRule::new(FactType::LeaderOf, &LEADER_PREDECESSOR),
    PairRule::new(FactType::LeaderOf, &GROUP_LEADER_PREDECESSOR),
    PairRule::new(FactType::LeaderOf, &POSSESSIVE_APPOSITION),
    PairRule::new(FactType::LeaderOf, &TITLE_IS_PERSON),
    PairRule::new(FactType::LeaderOf, &SUCCEEDED_IN_LEADERSHIP),
    PairRule::new(FactType::LeaderOf, &SUCCESSOR_IN_LEADERSHIP),
    PairRule::new(FactType::FounderOf, &FOUNDER_APPOSITION),
    PairRule::new(FactType::FounderOf, &FOUNDER_OF_GROUP_NAME),
    PairRule::new(FactType::FounderOf, &GROUP_FOUNDER_NAME),
    PairRule::new(FactType::FounderOf, &FOUNDER_POSSESSIVE_APPOSITION),
    PairRule::new(FactType::FounderOf, &FOUNDED),
    PairRule::new(FactType::FounderOf, &FOUNDED_BY),
    PairRule::new(FactType::FounderOf, &WHO_FOUNDED),
    PairRule::new(FactType::FounderOf, &FOUNDED_BY_PARTICIPLE),
    PairRule::new(FactType::FounderOf, &WHICH_PERSON_FOUNDED),
    PairRule::new(FactType::FounderOf, &FOUNDED_WITH),
    PairRule::new(FactType::MemberOf, &MEMBER_APPOSITION),
    PairRule::new(FactType::MemberOf, &MEMBER_OF_GROUP),
    PairRule::new(FactType::MemberOf, &GROUP_MEMBER_NAME),
    PairRule::new(FactType::MemberOf, &WHO_JOINED),
    PairRule::new(FactType::MemberOf, &ONE_OF_ITS_RANKS),
    PairRule::new(FactType::LeaderOf, &APPOINTED_AS_LEADER_OF),
    PairRule::new(FactType::MemberOf, &JOINED),
    PairRule::new(FactType::MemberOf, &ROLES_INCLUDING),
    PairRule::new(FactType::MemberOf, &GROUP_COMMANDER_NAME),
    PairRule::new(FactType::MemberOf, &COMMANDER_APPOSITION),
    PairRule::new(FactType::MemberOf, &MEMBER_POSSESSIVE_APPOSITION),
    PairRule::new(FactType::MemberOf, &MEMBER_NAMED),
    PairRule::new(FactType::MemberOf, &RANKS_FROM_GROUP),
    PairRule::new(FactType::MemberOf, &PERSON_FROM_GROUP),
    PairRule::new(FactType::MemberOf, &SECOND_IN_COMMAND),
    PairRule::new(FactType::MemberOf, &GROUP_DEPUTY_NAME),
    PairRule::new(FactType::MemberOf, &DEPUTY_APPOSITION),
    PairRule::new(FactType::MemberOf, &POST_GIVEN_BY_GROUP),
];

rule!(
    /// "⟨G⟩ ... will be led by a local commander who goes by the pseudonym ⟨P⟩": a leader
    /// described before the name he goes by; the group is the clause's subject.
    LED_BY_PSEUDONYM = "leader_of.led_by_pseudonym",
    || r#"(?ix)
        \b(?:led|headed|commanded|run)\ by\ (?:an?|the)\ (?:[\w-]+\ ){0,4}?
        (?:man|commander|militant|leader|figure|cleric|jihadist|emir|amir|fighter|veteran|preacher)
        \ (?:
            who\ (?:goes|went)\ by|who\ uses|going\ by|known\ (?:only\ )?as|called|named
            |nicknamed|using|identified\ (?:only\ )?as
        )
        \ (?:the\ )?(?:(?:pseudonym|name|nom\ de\ guerre|alias|moniker|code\ ?name|nickname|kunya)
        \ (?:of\ )?)?["“‘']?⟨P(?P<s>\d+)⟩
    "#.to_string()
);

rule!(
    /// A title right before a name with no group or place of its own: "the late leader ⟨P⟩",
    /// "said chief ⟨P⟩". The title opens the sentence or follows a function word or a comma.
    BARE_TITLE = "leader_of.bare_title",
    || r"(?x)
        (?:^|(?i:\b(?:the|and|by|as|that|which|when|while|after|before|said|says|with|of|to|from
            |for|under|against|killed|including|where|whom)\ )|[,;(–—]\ )
        (?:(?i:the)\ )?
        (?:(?:late|former|slain|deceased|now-deceased|current|new|top|overall|supreme|longtime
            |long-time|then|reclusive|elusive|self-styled|self-proclaimed|founding)\ ){0,2}
        (?:leader|chief|emir|amir|caliph)\ ⟨P(?P<s>\d+)⟩(?:[^']|$)
    ".to_string()
);

rule!(
    /// A deputy's title: "deputy leader", "vice-chief", "second-in-command".
    DEPUTY_TITLE = "relation.deputy_title",
    || r"(?ix)\b(?:deputy|vice|assistant|second-in-command|number\ two)[\ -]".to_string()
);

rule!(
    /// A word between a group and a title after it that shows the title is not the group's:
    /// a verb or a preposition ("⟨G⟩ envoys met opposition leader ⟨P⟩", "⟨G⟩ fighters killed
    /// commander ⟨P⟩").
    CLAUSE_IN_TITLE_GAP = "relation.clause_in_title_gap",
    || r"(?ix)
        (?:^|\s)(?:
            met|meet|meets|said|says|told|tells|and|or|but|with|to|by|of|in|on|at|for|from
            |as|has|have|had|is|was|were|are|will|would|who|which|that|against|after|before
            |took|take|takes|fought|fight|fights|shot|hit|won|lost|saw|sees|led|leads|held|holds
            |killed|kill|kills|captured|arrested|attacked|ambushed|kidnapped|abducted|targeted
            |executed|murdered|named|appointed|accused|welcomed|praised|critici[sz]ed|blamed
            |replaced|ousted|joined|claimed|announced|released|warned|reported|ruled|refused
        )(?:\s|,|$)
        |[–—;:(]
    ".to_string()
);

rule!(
    /// A head's title that is part of another's: "chief spokesman", "head of intelligence".
    TITLE_OF_ANOTHER_POST = "relation.title_of_another_post",
    || r"(?ix)
        \b(?:chief|head)\ (?:
            spokes\w+|negotiator|of\ staff|executive|strategist|ideologue|financier|recruiter
            |bomb-maker|propagandist|prosecutor|justice|of\ (?:intelligence|security|media|operations
            |finance|logistics|propaganda|military\ operations|external\ operations)
        )\b
    ".to_string()
);

rule!(
    /// A title one holds among others: "a leader of", "one of the commanders of", "an emir in".
    INDEFINITE_TITLE = "relation.indefinite_title",
    || format!(
        r"(?ix)
        \b(?:a|an|one\ of\ (?:the|its|their)|among\ (?:the|its|their))\ (?:[\w-]+\ ){{0,2}}?
        {LEADER_WORDS}s?\ (?:of|in|within)\b
        "
    )
);

rule!(
    /// Before "⟨G⟩ leader ⟨P⟩", words that make him one of its leaders: "a senior ⟨G⟩ leader
    /// ⟨P⟩", "another ⟨G⟩ commander". The facts so read are memberships under this id.
    ONE_OF_ITS_LEADERS = "member_of.one_of_its_leaders",
    || r"(?ix)
        \b(?:a|an|another|senior|local|regional|mid-level|provincial|district|field|prominent)
        \ (?:(?:senior|top|local|regional|prominent|key)\ )?$
    ".to_string()
);

rule!(
    /// A title in the plural: "⟨G⟩ leaders ⟨P⟩ and ⟨P⟩" are some of its leaders.
    PLURAL_TITLE = "relation.plural_title",
    || r"(?ix)\b(?:leaders|chiefs|heads|emirs|amirs|bosses)\b".to_string()
);

/// Rules whose title follows the group ("⟨G⟩ chief ⟨P⟩"), read with words between them.
const GROUP_TITLE_RULES: &[&str] = &[
    "leader_of.group_title_name",
    "member_of.group_member_name",
    "member_of.group_commander_name",
];

/// Reads "a senior ⟨G⟩ leader ⟨P⟩" and "⟨G⟩ leaders ⟨P⟩ and ⟨P⟩" as memberships, then drops
/// what the pair rules read too widely in this sentence's facts `out[from..]`: a leader
/// whose title is a deputy's ("⟨P⟩, the deputy leader of ⟨G⟩") or one of several ("⟨P⟩, a
/// commander of ⟨G⟩": a member, which other rules read), a title after a group with a verb or
/// preposition in between, a head of something the group has ("the head of ⟨G⟩'s military
/// wing"), and a membership beside the leadership or founding of the same group
/// ("a founding member of ⟨G⟩" is its founder).
pub(super) fn drop_misread_titles(m: &Masked, out: &mut Vec<RawFact>, from: usize) {
    for f in out[from..].iter_mut().filter(|f| f.rule == GROUP_LEADER_NAME.id()) {
        let text = &m.masked[f.region.0..f.region.1];
        if ONE_OF_ITS_LEADERS.is_match(&m.masked[..f.region.0]) || PLURAL_TITLE.is_match(text) {
            f.fact_type = FactType::MemberOf;
            f.rule = ONE_OF_ITS_LEADERS.id();
        }
    }
    let mut i = from;
    while i < out.len() {
        let f = &out[i];
        let text = &m.masked[f.region.0..f.region.1];
        let deputy = f.fact_type == FactType::LeaderOf && f.rule.starts_with("leader_of.") && {
            DEPUTY_TITLE.is_match(text)
                || INDEFINITE_TITLE.is_match(text)
                || TITLE_OF_ANOTHER_POST.is_match(&m.masked[f.region.0..title_end(m, f.region.1)])
        };
        let gap_clause = GROUP_TITLE_RULES.contains(&f.rule) && {
            // The gap runs from the first placeholder's end to the last word before the name.
            let gap_start = text.find('⟩').map_or(0, |p| p + '⟩'.len_utf8());
            let gap_end = text.rfind('⟨').unwrap_or(text.len());
            gap_start < gap_end && CLAUSE_IN_TITLE_GAP.is_match(&text[gap_start..gap_end])
        };
        // "the head of ⟨G⟩'s military wing": he heads the wing, not the group.
        let of_possessed = matches!(f.fact_type, FactType::LeaderOf | FactType::FounderOf)
            && text.ends_with('⟩')
            && m.masked[f.region.1..].starts_with(['\'', '’']);
        if deputy || gap_clause || of_possessed {
            out.remove(i);
        } else {
            i += 1;
        }
    }
    let heads: Vec<(usize, Option<usize>)> = out[from..]
        .iter()
        .filter(|f| matches!(f.fact_type, FactType::LeaderOf | FactType::FounderOf))
        .map(|f| (f.subject, f.object))
        .collect();
    let mut i = from;
    while i < out.len() {
        let f = &out[i];
        if f.fact_type == FactType::MemberOf && heads.contains(&(f.subject, f.object)) {
            out.remove(i);
        } else {
            i += 1;
        }
    }
}

/// Where a title that ends a match at `at` may go on: up to three more words ("chief" of "chief
/// of staff"), not past punctuation or a name.
fn title_end(m: &Masked, at: usize) -> usize {
    let after = &m.masked[at..];
    let stop = after.find([',', '.', ';', ':', '⟨', '(']).unwrap_or(after.len());
    let words_end = after[..stop].match_indices(' ').nth(3).map_or(stop, |(i, _)| i);
    at + words_end
}

/// People rules read over more than one shape: the group is the clause's subject
/// ([`LED_BY_PSEUDONYM`]) or the one group the sentence names ([`BARE_TITLE`]; where it names
/// several, the person's own group in the knowledge base, settled in `lib.rs`).
pub(super) fn described_leaders(m: &Masked, out: &mut Vec<RawFact>) {
    for c in LED_BY_PSEUDONYM.captures_iter(&m.masked) {
        let whole = c.get(0).unwrap();
        let Some(s) = c.name("s").and_then(|x| m.slot_of_capture(x.as_str())) else { continue };
        let Some(g) = subject_before(m, whole.start()) else { continue };
        let region = (m.slots[g].at.0, whole.end());
        push(
            out,
            m,
            LED_BY_PSEUDONYM.id(),
            FactType::LeaderOf,
            (s, Some(g)),
            FactAttrs::None,
            region,
        );
    }
    let group = only_group(m);
    for c in BARE_TITLE.captures_iter(&m.masked) {
        let whole = c.get(0).unwrap();
        let Some(s) = c.name("s").and_then(|x| m.slot_of_capture(x.as_str())) else { continue };
        if m.slots[s].anaphor {
            continue;
        }
        let Some(group) = group else {
            // Several groups: which one he leads is for the knowledge base to say.
            out.push(RawFact {
                fact_type: FactType::LeaderOf,
                subject: m.slots[s].entity,
                object: None,
                attrs: FactAttrs::None,
                region: (whole.start(), whole.end()),
                rule: BARE_TITLE.id(),
                pending: Pending::TitledPersonsGroup,
            });
            continue;
        };
        let region = (whole.start().min(m.slots[group].at.0), whole.end().max(m.slots[group].at.1));
        push(
            out,
            m,
            BARE_TITLE.id(),
            FactType::LeaderOf,
            (s, Some(group)),
            FactAttrs::None,
            region,
        );
    }
}

/// The slot of the one group the sentence names (however often), if it names exactly one.
fn only_group(m: &Masked) -> Option<usize> {
    let mut groups = m.slots.iter().enumerate().filter(|(_, s)| s.kind == EntityKind::Group);
    let (first, slot) = groups.next()?;
    groups.all(|(_, s)| s.entity == slot.entity).then_some(first)
}

rule!(
    /// Between a person and his alias in a list: ", a.k.a. ", " (alias ", ", known as ".
    ALIAS_IN_LIST = "relation.alias_in_list",
    || r"(?ix)
        ^(?:,\s*|\s+|\s*\(\s*|\s+[-–—]\s+)
        (?:a\.k\.a\.?|aka|alias|(?:also\ |better\ )?known\ as|nicknamed)\s*$
    ".to_string()
);

rule!(
    /// A leader's title repeated in the plural between two leaders of one group: "⟨G⟩ leader ⟨P⟩
    /// and now-deceased leaders ⟨P⟩ and ⟨P⟩".
    LEADERS_IN_LIST = "relation.leaders_in_list",
    || r"(?ix)
        ^,?\ and\ (?:the\ |its\ |his\ )?
        (?:(?:former|late|slain|deceased|now-deceased|current|fellow|other|top)\ )?
        (?:leaders|chiefs|heads|emirs|amirs)\ $
    ".to_string()
);

/// The people listed with slot `s` ([`Masked::coordinated`]), the list read on past an alias
/// (", a.k.a. ⟨P⟩") and, for a leader, past the title repeated ("and former leaders ⟨P⟩").
pub(super) fn listed_people(m: &Masked, s: usize, fact_type: FactType) -> Vec<usize> {
    let mut out = m.coordinated(s);
    let mut last = out.iter().copied().max().unwrap_or(s);
    while last + 1 < m.slots.len() && m.slots[last + 1].kind == EntityKind::Person {
        let next = last + 1;
        let gap = &m.masked[m.slots[last].at.1..m.slots[next].at.0];
        let joined = ALIAS_IN_LIST.is_match(gap)
            || (fact_type == FactType::LeaderOf && LEADERS_IN_LIST.is_match(gap))
            || m.coordinated(last).contains(&next);
        if !joined {
            break;
        }
        out.push(next);
        last = next;
    }
    out.sort_unstable();
    out.dedup();
    out
}
