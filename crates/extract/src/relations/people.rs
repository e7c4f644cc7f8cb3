//! People and the groups they lead, found or belong to: leader_of, founder_of, member_of.
//!
//! All of them are pair rules (a person and a group in one shape), run in the order of
//! [`PAIR_RULES`]; `appointed_as_leader_of` sits among the member rules because that is where it
//! has always run, and facts come out in rule order.

use super::{PairRule, LEADER_WORDS, MEMBER_WORDS, W};
use crate::model::FactType;

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
    /// "⟨G⟩'s leader ⟨P⟩", "⟨G⟩ commander, ⟨P⟩".
    GROUP_LEADER_NAME = "leader_of.group_title_name",
    || format!(r"(?i)⟨G(?P<o>\d+)⟩(?:'s?)? {W}{{0,3}}?{LEADER_WORDS}s?,? (?:\w+ )?⟨P(?P<s>\d+)⟩")
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
    /// "⟨P⟩, who leads ⟨G⟩", "⟨P⟩ took the helm of ⟨G⟩".
    LEADS_VERB = "leader_of.leads",
    || r"(?ix)
        ⟨P(?P<s>\d+)⟩,?\ (?:who\ )?(?:had\ |has\ |have\ )?
        (?:now\ |currently\ |long\ |once\ |previously\ |formerly\ )?
        (?:
            leads|led|heads|headed|commands|commanded|runs|ran
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
        \b(?:[Uu]nder|[Ll]ed\ by)\ (?:its|their|the\ group's)\ (?:[\w-]+\ )?{LEADER_WORDS},?
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
        ⟨G(?P<o>\d+)⟩,?\ (?:which\ is\ |which\ was\ |who\ are\ |now\ )?
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
    /// "⟨P⟩ became the new leader of ⟨G⟩", "⟨P⟩ succeeded ⟨P⟩ as emir of ⟨G⟩".
    BECAME_LEADER = "leader_of.became_leader",
    || format!(
        r"(?ix)
        ⟨P(?P<s>\d+)⟩,?\ {W}{{0,4}}?
        (?:
            became|becomes|was\ named|was\ appointed|was\ declared|was\ chosen\ as
            |took\ over\ as|succeeded\ {W}{{1,4}}as|succeeded\ (?:the\ late\ )?⟨P\d+⟩\ as
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
    /// "⟨P⟩, the founder of ⟨G⟩", "⟨P⟩, co-founder and ideologue of ⟨G⟩".
    FOUNDER_APPOSITION = "founder_of.apposition",
    || format!(
        r"(?ix)
        ⟨P(?P<s>\d+)⟩,?\ (?:who\ is\ |who\ was\ |is\ |was\ |as\ )?
        (?:the\ |a\ |an\ |its\ )?{W}{{0,2}}?(?:co-)?founders?(?:\ and\ [\w\ ]{{0,24}}?)?
        \ of\ (?:the\ )?⟨G(?P<o>\d+)⟩
        "
    )
);

rule!(
    /// "⟨G⟩'s founder ⟨P⟩".
    GROUP_FOUNDER_NAME = "founder_of.group_founder_name",
    || r"(?i)⟨G(?P<o>\d+)⟩(?:'s?)? (?:co-)?founders?,? (?:\w+ )?⟨P(?P<s>\d+)⟩".to_string()
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
    /// "⟨P⟩, a Tuareg veteran of earlier rebellions who founded ⟨G⟩".
    WHO_FOUNDED = "founder_of.who_founded",
    || r"(?ix)
        ⟨P(?P<s>\d+)⟩,\ (?:[^⟨;]|⟨L\d+⟩){0,90}?\bwho\ (?:had\ |has\ |later\ |then\ |also\ )*
        (?:founded|co-founded|created|established|formed|set\ up|launched)\ (?:the\ )?
        ⟨G(?P<o>\d+)⟩
    ".to_string()
);

rule!(
    /// "⟨P⟩, a senior ⟨G⟩ operative".
    MEMBER_APPOSITION = "member_of.group_member_apposition",
    || format!(r"(?i)⟨P(?P<s>\d+)⟩, (?:a|an|the) {W}{{0,2}}?⟨G(?P<o>\d+)⟩ {MEMBER_WORDS}")
);

rule!(
    /// "⟨P⟩, a member of ⟨G⟩", "⟨P⟩ was a fighter with the ⟨G⟩".
    MEMBER_OF_GROUP = "member_of.member_of_group",
    || format!(
        r"(?ix)
        ⟨P(?P<s>\d+)⟩,?\ (?:is\ |was\ |as\ )?(?:a\ |an\ |the\ )?
        {W}{{0,2}}?{MEMBER_WORDS}s?\ (?:of|in|with|for)\ (?:the\ )?⟨G(?P<o>\d+)⟩
        "
    )
);

rule!(
    /// "⟨G⟩ spokesman ⟨P⟩", "⟨G⟩'s financier, ⟨P⟩".
    GROUP_MEMBER_NAME = "member_of.group_member_name",
    || format!(r"(?i)⟨G(?P<o>\d+)⟩(?:'s?)? {W}{{0,2}}?{MEMBER_WORDS}s?,? ⟨P(?P<s>\d+)⟩")
);

rule!(
    /// "⟨P⟩, a Moroccan who had joined ⟨G⟩", "⟨P⟩ defected to ⟨G⟩".
    WHO_JOINED = "member_of.who_joined",
    || format!(
        r"(?ix)
        ⟨P(?P<s>\d+)⟩,?\ (?:an?\ |the\ )?(?:[\w-]+\ ){{0,2}}?(?:who\ |which\ )?
        (?:had\ |has\ |have\ )?(?:been\ |also\ )?{W}{{0,3}}?
        (?:
            joined|join|joining|defected\ to|enlisted\ (?:in|with)|signed\ up\ (?:with|for)
            |rose\ through\ the\ ranks\ of
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
        ⟨P(?P<s>\d+)⟩,\ (?:the\ |a\ )?⟨G(?P<o>\d+)⟩'s?
        \ (?:(?:new|current|overall|top|supreme|military|spiritual|political|founding|longtime
            |long-time|former|late|acting|interim|self-styled|self-proclaimed|de\ facto)\ ){{0,2}}
        {LEADER_WORDS}\b
        "
    )
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
    PairRule::new(FactType::FounderOf, &GROUP_FOUNDER_NAME),
    PairRule::new(FactType::FounderOf, &FOUNDED),
    PairRule::new(FactType::FounderOf, &FOUNDED_BY),
    PairRule::new(FactType::FounderOf, &WHO_FOUNDED),
    PairRule::new(FactType::MemberOf, &MEMBER_APPOSITION),
    PairRule::new(FactType::MemberOf, &MEMBER_OF_GROUP),
    PairRule::new(FactType::MemberOf, &GROUP_MEMBER_NAME),
    PairRule::new(FactType::MemberOf, &WHO_JOINED),
    PairRule::new(FactType::MemberOf, &ONE_OF_ITS_RANKS),
    PairRule::new(FactType::LeaderOf, &APPOINTED_AS_LEADER_OF),
    PairRule::new(FactType::MemberOf, &JOINED),
    PairRule::new(FactType::MemberOf, &ROLES_INCLUDING),
];
