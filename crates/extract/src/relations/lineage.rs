//! Where groups come from and what they became: branch_of, splinter_of, merged_into, renamed.
//!
//! All of them are pair rules, run in the order of [`PAIR_RULES`]. A rename's subject (`s`) is
//! the old name and its object (`o`) the new one.

use super::frames::{Frame, Takes};
use super::{push, PairRule, Pending, RawFact, GROUP, W};
use crate::clause::Structure;
use crate::model::{FactAttrs, FactType};
use crate::sentence::Masked;

/// Words for a part of a group that operates under it.
const BRANCH_WORDS: &str =
    r"(?:branch|affiliate|franchise|wing|chapter|province|arm|cell|subsidiary|division|faction)";

/// A common noun for a group with up to three words before it, between a preposition and the
/// group's name: "the wing of international terrorism network ⟨G⟩", "an affiliate of militant
/// group ⟨G⟩".
const DESCRIBED_AS_GROUP: &str =
    r"(?x:(?:[a-z-]+\ ){0,3}?(?:network|group|organi[sz]ation|movement|outfit)\ )";

rule!(
    /// "⟨G⟩, an ⟨G⟩ affiliate", "⟨G⟩ became the ⟨G⟩'s Yemeni branch".
    GROUP_BRANCH_APPOSITION = "branch_of.group_branch_apposition",
    || format!(
        r"(?ix)
        ⟨G(?P<s>\d+)⟩,?\ (?:is\ |was\ |as\ |became\ |remains\ )?(?:an?\ |the\ |its\ )?
        {W}{{0,2}}?⟨G(?P<o>\d+)⟩(?:'s?)?\ {W}{{0,1}}?{BRANCH_WORDS}
        "
    )
);

rule!(
    /// "⟨G⟩'s regional branch, known as ⟨G⟩", "⟨G⟩'s affiliate in ⟨L⟩, ⟨G⟩".
    BRANCH_NAMED = "branch_of.branch_named",
    || format!(
        r"(?ix)
        ⟨G(?P<o>\d+)⟩(?:'s?)?
        \ (?:(?:so-called|new|regional|local|former|official|main)\ )?{W}{{0,1}}?
        {BRANCH_WORDS}(?:\ in\ [^⟨,]{{0,30}}⟨L\d+⟩)?,?
        \ (?:known\ as\ |called\ |named\ |the\ )?⟨G(?P<s>\d+)⟩
        "
    )
);

rule!(
    /// "⟨G⟩, which is a wing of ⟨G⟩", "⟨G⟩ is no longer an affiliate of ⟨G⟩".
    BRANCH_OF_GROUP = "branch_of.branch_of_group",
    || format!(
        r#"(?ix)
        ⟨G(?P<s>\d+)⟩,?\ (?:which\ |that\ )?(?:is\ |was\ |as\ |became\ )?
        ["“]?(?:not\ |no\ longer\ )?(?:the\ |an?\ |its\ )?{W}{{0,3}}?{BRANCH_WORDS}
        \ (?:of|with|to)\ (?:the\ )?{DESCRIBED_AS_GROUP}?⟨G(?P<o>\d+)⟩
        "#
    )
);

rule!(
    /// "⟨G⟩ is widely described as ⟨G⟩'s front", "⟨G⟩ acts as a ⟨G⟩ proxy".
    SERVES_AS_BRANCH = "branch_of.serves_as_branch",
    || format!(
        r"(?ix)
        ⟨G(?P<s>\d+)⟩[^⟨;]{{0,40}}?\b
        (?:
            is|was|are|were|identified\ as|described\ as|serves\ as|serve\ as|acts\ as|act\ as
            |designated\ as|operates\ as
            |(?:established|set\ up|founded|created|launched|recognised|recognized|accepted)\ as
        )
        \b
        \ (?:an?\ |the\ |its\ )?{W}{{0,2}}?⟨G(?P<o>\d+)⟩(?:'s?)?\ {W}{{0,1}}?
        (?:{BRANCH_WORDS}|fronts?|proxy|proxies)
        "
    )
);

rule!(
    /// "⟨G⟩'s ⟨G⟩ wing", "⟨G⟩'s ⟨G⟩ military arm": a named part of a group, after its owner.
    NAMED_WING_OF_OWNER = "branch_of.named_wing_of_owner",
    || r"(?ix)
        ⟨G(?P<o>\d+)⟩'s?\ ⟨G(?P<s>\d+)⟩
        \ (?:(?:armed|military|political|youth|women's|student|media|special\ operations)\ )?
        (?:wing|arm|branch|faction|affiliate|unit)\b
    ".to_string()
);

rule!(
    /// "the ⟨G⟩ of the (⟨L⟩) ⟨G⟩": a group named as part of another ("Jaish al-Islam of the Free
    /// Syrian Army", "Ahrar al-Sham of the Syrian Islamic Front").
    GROUP_OF_THE_GROUP = "branch_of.group_of_the_group",
    || r"(?x)⟨G(?P<s>\d+)⟩\ of\ the\ (?:⟨L\d+⟩\ )?⟨G(?P<o>\d+)⟩".to_string()
);

rule!(
    /// "⟨G⟩ operates under the umbrella of ⟨G⟩".
    OPERATES_UNDER = "branch_of.operates_under",
    || r"(?ix)
        ⟨G(?P<s>\d+)⟩[^⟨;]{0,60}?\b(?:operating|operates|operate)
        \ (?:under|within|as\ part\ of)\ (?:the\ )?(?:umbrella\ of\ )?(?:the\ )?⟨G(?P<o>\d+)⟩
    ".to_string()
);

rule!(
    /// "As a branch of ⟨G⟩ in ⟨L⟩, ⟨G⟩ ...".
    AS_A_BRANCH_OF = "branch_of.as_a_branch_of",
    || format!(
        r"(?ix)
        ^(?:As|as)\ (?:an?\ |the\ )?{BRANCH_WORDS}\ of\ (?:the\ )?
        ⟨G(?P<o>\d+)⟩(?:[^⟨]|⟨L\d+⟩){{0,60}}?,?\ (?:the\ )?⟨G(?P<s>\d+)⟩
        "
    )
);

rule!(
    /// "After breaking away from ⟨G⟩ in ⟨L⟩, the ⟨G⟩ ...".
    AFTER_SPLITTING_FROM = "splinter_of.after_splitting_from",
    || r"(?ix)
        ^(?:After|after|Since|since|Following|following|Having|Upon|upon)
        \ (?:
            splitting|breaking\ away|breaking\ off|breaking|separating|defecting|seceding|split
            |broken\ away|broken\ off
        )
        \ (?:away\ |off\ )?(?:from|with)\ (?:the\ )?⟨G(?P<o>\d+)⟩(?:[^⟨]|⟨L\d+⟩){0,60}?,?
        \ (?:the\ )?⟨G(?P<s>\d+)⟩
    ".to_string()
);

rule!(
    /// Cutting ties, before the group left (a frame's trigger): "severed its ties with",
    /// "renounced allegiance to".
    SEVERED_TIES = "splinter_of.severed_ties",
    || r"(?ix)
        \b(?:severed|severing|cut|cutting|broke|breaking|broken|ended|ending|renounced|renouncing)
        \ (?:off\ )?(?:its\ |all\ |formal\ |organi[sz]ational\ |their\ )?
        (?:ties|links|relations|connections|allegiance)\ (?:with|to)\ (?:the\ )?
    ".to_string()
);

rule!(
    /// Parting, before the group left (a frame's trigger): "broke with", "distanced itself
    /// from".
    PARTED_WAYS = "splinter_of.parted_ways",
    || r"(?ix)
        \b(?:
            broke\ with|parted\ ways\ with|parted\ company\ with
            |disassociated\ (?:itself\ )?from|dissociated\ (?:itself\ )?from
            |distanced\ itself\ from
        )
        \ (?:the\ )?
    ".to_string()
);

rule!(
    /// "⟨G⟩ was formed by commanders who left ⟨G⟩", "... by defectors from ⟨G⟩".
    FORMED_BY_DEFECTORS = "splinter_of.formed_by_defectors",
    || r"(?ix)
        ⟨G(?P<s>\d+)⟩\ (?:was|were|had\ been|has\ been)
        \ (?:formed|founded|created|established|set\ up|launched)\ by\ (?:[^⟨;]|⟨[GL]\d+⟩){0,50}?\b
        (?:
            who\ (?:had\ )?
            (?:
                left|quit|abandoned|broke\ (?:away\ )?from|defected\ from|split\ from
                |walked\ out\ of
            )
            |(?:defectors|dissidents|breakaways|deserters)\ from
            # by disaffected members of ⟨G⟩
            |(?:former|ex-|disaffected|dissident|renegade|breakaway)\ (?:[\w-]+\ )?
            (?:members|commanders|leaders|fighters|militants|officials|cadres)\ of
        )
        \ (?:the\ )?⟨G(?P<o>\d+)⟩
    ".to_string()
);

rule!(
    /// "⟨G⟩ was founded by former ⟨G⟩ commanders".
    FORMED_BY_FORMER = "splinter_of.formed_by_former",
    || r"(?ix)
        ⟨G(?P<s>\d+)⟩\ (?:was|were|had\ been|has\ been)
        \ (?:formed|founded|created|established|set\ up|launched)\ by\ (?:[\w-]+\ )?
        (?:former|ex-|disaffected|dissident|renegade|breakaway)\ (?:the\ )?⟨G(?P<o>\d+)⟩
        \ (?:members|commanders|leaders|fighters|militants|officials|cadres)\b
    ".to_string()
);

rule!(
    /// "⟨G⟩ was formed by ⟨G⟩ defectors".
    FORMED_BY_GROUP_DEFECTORS = "splinter_of.formed_by_group_defectors",
    || r"(?ix)
        ⟨G(?P<s>\d+)⟩\ (?:was|were|had\ been|has\ been)
        \ (?:formed|founded|created|established|set\ up|launched)\ by\ (?:[\w-]+\ )?(?:the\ )?
        ⟨G(?P<o>\d+)⟩\ (?:defectors|dissidents|deserters|breakaways)\b
    ".to_string()
);

rule!(
    /// "⟨G⟩, a ⟨G⟩ splinter group", "⟨G⟩ is a ⟨G⟩ offshoot".
    SPLINTER_MODIFIED = "splinter_of.splinter_modified",
    || r"(?ix)
        ⟨G(?P<s>\d+)⟩,?\ (?:is\ |was\ |as\ )?(?:an?\ |the\ )(?:[\w-]+\ )?⟨G(?P<o>\d+)⟩
        \ (?:(?:splinter|breakaway)(?:\ (?:group|faction|movement|cell|outfit))?|offshoot|spin-off)\b
    ".to_string()
);

rule!(
    /// "⟨G⟩, a splinter group of ⟨G⟩", "⟨G⟩ is an offshoot of ⟨G⟩".
    SPLINTER_OF_GROUP = "splinter_of.splinter_of_group",
    || format!(
        r"(?ix)
        ⟨G(?P<s>\d+)⟩,?\ (?:is\ |was\ |as\ )?(?:an?\ |the\ )?(?:⟨G\d+⟩\ )?{W}{{0,2}}?
        (?:splinter|breakaway|spin-off|offshoot)
        \ (?:group\ |faction\ |organi[sz]ation\ |movement\ )?(?:of|from)\ (?:the\ )?
        ⟨G(?P<o>\d+)⟩
        "
    )
);

rule!(
    /// "⟨G⟩'s breakaway faction, ⟨G⟩", "⟨G⟩'s offshoot ⟨G⟩".
    GROUP_SPLINTER_NAME = "splinter_of.group_splinter_name",
    || format!(
        r"(?ix)
        ⟨G(?P<o>\d+)⟩(?:'s?)?\ {W}{{0,2}}?
        (?:(?:splinter|breakaway)\ (?:group|faction|movement)|offshoot|spin-off|splinter),?
        \ (?:the\ )?⟨G(?P<s>\d+)⟩
        "
    )
);

rule!(
    /// "⟨G⟩ formed after a split with ⟨G⟩", "... a split between ⟨G⟩".
    SPLIT_WITH = "splinter_of.split_with",
    || r"(?ix)
        ⟨G(?P<s>\d+)⟩[^⟨;]{0,100}?\b
        (?:broke\ off|broke\ away|split)\b[^⟨;]{0,80}?\b(?:between|with)\b\ (?:the\ )?
        ⟨G(?P<o>\d+)⟩
    ".to_string()
);

rule!(
    /// Going into another group, before it (a frame's trigger): "was folded into", "merged
    /// itself into".
    MERGED_INTO = "merged_into.merged_into",
    || r"(?ix)
        \b(?:merged|merging|folded|absorbed|integrated|incorporated|dissolved)
        \ (?:itself\ )?into\ (?:the\ )?
        # was absorbed by
        |\b(?:absorbed|subsumed|swallowed\ up)\ by\ (?:the\ )?
    ".to_string()
);

rule!(
    /// "⟨G⟩ was formed in 2017 when ⟨G⟩ and ⟨G⟩ merged".
    FORMED_WHEN_MERGED = "merged_into.formed_when_merged",
    || r"(?ix)
        ⟨G(?P<o>\d+)⟩\ (?:was|were|had\ been)
        \ (?:formed|created|founded|established|born|set\ up)\b[^;⟨]{0,40}?\b(?:when|after|as)
        \ (?:the\ )?⟨G(?P<s>\d+)⟩(?:[^;⟨]|⟨G\d+⟩){0,60}?\b
        (?:merged|joined\ forces|united|combined|teamed\ up)\b
    ".to_string()
);

rule!(
    /// A return into a group, before the group: "has rejoined", "returned to the fold of". Its
    /// subject comes from the clause's structure: in "⟨G⟩, which had broken away from ⟨G⟩,
    /// rejoined ⟨G⟩" the group that rejoined is the first.
    REJOINED = "merged_into.rejoined",
    || r"(?ix)
        \b(?:
            rejoined|rejoins|re-joined|re-joins|rejoining
            |(?:returned|came|went)(?:\ back)?\ (?:in)?to\ the\ fold\ of
            |reunited\ with|folded\ back\ into|re-merged\ with|remerged\ with
        )
        \ (?:the\ )?
    ".to_string()
);

rule!(
    /// "rejoined ⟨G⟩, along with ⟨G⟩".
    REJOINED_ALONG_WITH = "merged_into.rejoined_along_with",
    || r"(?ix)
        \b
        (?:
            rejoined|rejoins|re-joined|re-joins|rejoining|returned\ to\ the\ fold\ of
            |reunited\ with|folded\ back\ into
        )
        \b
        \ (?:the\ )?⟨G(?P<o>\d+)⟩,?\ (?:along\ with|together\ with|as\ did)\ (?:the\ )?
        ⟨G(?P<s>\d+)⟩
    ".to_string()
);

rule!(
    /// "⟨G⟩ was formed when four groups merged: the ⟨G⟩, ...".
    FORMED_BY_GROUPS_MERGING = "merged_into.formed_by_groups_merging",
    || r"(?ix)
        ⟨G(?P<o>\d+)⟩(?:,\ (?:the\ )?⟨G\d+⟩,)?[^;]{0,60}?\b
        (?:formed|created|founded|established|born)\b[^;⟨]{0,80}?\b
        (?:groups?|factions?|organi[sz]ations?|movements?)\b(?:[^;⟨]|⟨L\d+⟩){0,40}?\b
        (?:merged|united|joined\ forces|came\ together)\b\ ?:\ (?:the\ )?⟨G(?P<s>\d+)⟩
    ".to_string()
);

rule!(
    /// "⟨G⟩ absorbed the ⟨G⟩".
    ABSORBED = "merged_into.absorbed",
    || r"(?ix)
        ⟨G(?P<o>\d+)⟩[^⟨;]{0,40}?\b(?:absorbed|swallowed\ up|swallowed)\b\ (?:the\ )?
        ⟨G(?P<s>\d+)⟩
    ".to_string()
);

rule!(
    /// "the merger of ⟨G⟩ and ⟨G⟩ created ⟨G⟩".
    MERGER_OF_FORMED = "merged_into.merger_of_formed",
    || r"(?ix)
        \b(?:merger|merging|union|amalgamation|fusion)\ of\ (?:the\ )?⟨G(?P<s>\d+)⟩[^;]{0,160}?\b
        (?:formed|created|form|create|into|became|produced|gave\ birth\ to)\b\ (?:the\ )?
        ⟨G(?P<o>\d+)⟩
    ".to_string()
);

rule!(
    /// "⟨G⟩ was formed from a merger of ⟨G⟩ and ⟨G⟩".
    FORMED_FROM_MERGER_OF = "merged_into.formed_from_merger_of",
    || r"(?ix)
        ⟨G(?P<o>\d+)⟩[^⟨;]{0,60}?\b(?:formed|created|born|established|founded)\b[^⟨;]{0,30}?\b
        (?:merger|union|merging|amalgamation|fusion|coalition|alliance)\ of\ (?:the\ )?
        ⟨G(?P<s>\d+)⟩
    ".to_string()
);

rule!(
    /// "⟨G⟩ merged with ⟨G⟩", unless to form a third group.
    MERGED_WITH = "merged_into.merged_with",
    || r"(?ix)
        ⟨G(?P<s>\d+)⟩[^⟨;]{0,40}?\bmerged\ with\ (?:the\ )?
        ⟨G(?P<o>\d+)⟩(?:[^t]|t[^o]|to\ [^fc])*$
    ".to_string()
);

rule!(
    /// "renamed the group from ⟨G⟩ to ⟨G⟩".
    RENAMED_FROM_TO = "renamed.renamed_from_to",
    || r"(?ix)
        \brenam\w*\ (?:the\ )?(?:group\ |organi[sz]ation\ )?(?:from\ )?⟨G(?P<s>\d+)⟩
        \ (?:to|as)\ (?:simply\ |just\ )?(?:the\ )?⟨G(?P<o>\d+)⟩
    ".to_string()
);

rule!(
    /// "⟨G⟩, formerly known as ⟨G⟩", "⟨G⟩ (previously ⟨G⟩)".
    FORMERLY_KNOWN_AS = "renamed.formerly_known_as",
    || r"(?ix)
        ⟨G(?P<o>\d+)⟩,?\ (?:\(|-|—|–)?\s?(?:which\ was\ |which\ is\ |was\ |is\ )?
        (?:formerly|previously|once|earlier|originally)\ (?:known\ as\ |called\ |named\ )?
        (?:the\ )?⟨G(?P<s>\d+)⟩
    ".to_string()
);

rule!(
    /// "⟨G⟩, now known as ⟨G⟩", "⟨G⟩, which now calls itself ⟨G⟩".
    NOW_KNOWN_AS = "renamed.now_known_as",
    || r"(?ix)
        ⟨G(?P<s>\d+)⟩,?\ (?:\(|-|—|–)?\s?(?:which\ is\ |which\ was\ |is\ |was\ )?
        (?:
            (?:now|today|nowadays|currently)
            \ (?:known\ as|called|named|calls\ itself|styled|rebranded\ as)
            |known\ (?:today|now|nowadays)\ as
        )
        \ (?:the\ )?⟨G(?P<o>\d+)⟩
    ".to_string()
);

rule!(
    /// "⟨G⟩ (now ⟨G⟩)": the later name in brackets.
    NOW_IN_BRACKETS = "renamed.now_in_brackets",
    || r"(?ix)⟨G(?P<s>\d+)⟩\ \((?:now|today)\ (?:the\ )?⟨G(?P<o>\d+)⟩\)".to_string()
);

rule!(
    /// "⟨G⟩ changed its name to ⟨G⟩", "⟨G⟩ was renamed ⟨G⟩".
    CHANGED_ITS_NAME = "renamed.changed_its_name",
    || r#"(?ix)
        ⟨G(?P<s>\d+)⟩[^⟨;]{0,50}?\b
        (?:
            changed\ its\ name|renamed\ itself|rebranded\ itself|rebranded|was\ renamed
            |has\ been\ renamed|became\ known
            |(?:adopted|took|assumed|took\ on)\ the\ (?:new\ )?name(?:\ of)?
        )
        \b
        \ (?:to\ |as\ )?["“']?(?:the\ )?⟨G(?P<o>\d+)⟩
    "#.to_string()
);

rule!(
    /// "⟨G⟩ was replaced by a new group, ⟨G⟩".
    REPLACED_BY = "renamed.replaced_by",
    || r"(?ix)
        ⟨G(?P<s>\d+)⟩[^⟨;]{0,30}?\b(?:was|has\ been|had\ been|were|is\ being)
        \ (?:replaced|succeeded|superseded)\ by\ (?:[^⟨;]|⟨L\d+⟩){0,50}?⟨G(?P<o>\d+)⟩
    ".to_string()
);

rule!(
    /// "⟨G⟩ became ⟨G⟩", "⟨G⟩ re-emerged as ⟨G⟩".
    BECAME = "renamed.became",
    || r"(?ix)
        ⟨G(?P<s>\d+)⟩[^⟨;]{0,30}?\b
        (?:
            became|becomes|turned\ into|transformed\ into|was\ reborn\ as|re-emerged\ as
            |rebranded\ as|reconstituted\ as|is\ now\ called|now\ calls\ itself
        )
        \b
        \ (?:the\ )?⟨G(?P<o>\d+)⟩
    ".to_string()
);

rule!(
    /// "⟨G⟩ began as ⟨G⟩", "⟨G⟩ and ⟨P⟩ started out as the ⟨G⟩".
    STARTED_AS = "renamed.started_as",
    || r"(?ix)
        ⟨G(?P<o>\d+)⟩(?:\ and\ ⟨P\d+⟩)?[^⟨;]{0,40}?\b
        (?:started\ off|started\ out|began|originated|emerged)\b\ as\ (?:the\ )?⟨G(?P<s>\d+)⟩
    ".to_string()
);

rule!(
    /// "⟨G⟩, the successor organisation to ⟨G⟩".
    SUCCESSOR_TO = "renamed.successor_to",
    || r"(?ix)
        ⟨G(?P<o>\d+)⟩,?\ (?:\(|-|—|–)?\s?(?:the\ )?successor\ (?:group\ |organi[sz]ation\ )?
        (?:to|of)\ (?:the\ )?⟨G(?P<s>\d+)⟩
    ".to_string()
);

/// The lineage pair rules, in the order they run.
pub(super) static PAIR_RULES: &[PairRule] = &[
    PairRule::new(FactType::BranchOf, &GROUP_BRANCH_APPOSITION),
    PairRule::new(FactType::BranchOf, &BRANCH_NAMED),
    PairRule::new(FactType::BranchOf, &BRANCH_OF_GROUP),
    PairRule::new(FactType::BranchOf, &SERVES_AS_BRANCH),
    PairRule::new(FactType::BranchOf, &OPERATES_UNDER),
    PairRule::new(FactType::BranchOf, &NAMED_WING_OF_OWNER),
    PairRule::new(FactType::BranchOf, &GROUP_OF_THE_GROUP),
    PairRule::new(FactType::BranchOf, &AS_A_BRANCH_OF),
    PairRule::new(FactType::SplinterOf, &AFTER_SPLITTING_FROM),
    PairRule::new(FactType::SplinterOf, &FORMED_BY_DEFECTORS),
    PairRule::new(FactType::SplinterOf, &FORMED_BY_FORMER),
    PairRule::new(FactType::SplinterOf, &FORMED_BY_GROUP_DEFECTORS),
    PairRule::new(FactType::SplinterOf, &SPLINTER_MODIFIED),
    PairRule::new(FactType::SplinterOf, &SPLINTER_OF_GROUP),
    PairRule::new(FactType::SplinterOf, &GROUP_SPLINTER_NAME),
    PairRule::new(FactType::SplinterOf, &SPLIT_WITH),
    PairRule::new(FactType::MergedInto, &FORMED_WHEN_MERGED),
    PairRule::new(FactType::MergedInto, &REJOINED_ALONG_WITH),
    PairRule::new(FactType::MergedInto, &FORMED_BY_GROUPS_MERGING),
    PairRule::new(FactType::MergedInto, &ABSORBED),
    PairRule::new(FactType::MergedInto, &MERGER_OF_FORMED),
    PairRule::new(FactType::MergedInto, &FORMED_FROM_MERGER_OF),
    PairRule::new(FactType::MergedInto, &MERGED_WITH),
    PairRule::new(FactType::Renamed, &RENAMED_FROM_TO),
    PairRule::new(FactType::Renamed, &FORMERLY_KNOWN_AS),
    PairRule::new(FactType::Renamed, &NOW_KNOWN_AS),
    PairRule::new(FactType::Renamed, &NOW_IN_BRACKETS),
    PairRule::new(FactType::Renamed, &CHANGED_ITS_NAME),
    PairRule::new(FactType::Renamed, &REPLACED_BY),
    PairRule::new(FactType::Renamed, &BECAME),
    PairRule::new(FactType::Renamed, &STARTED_AS),
    PairRule::new(FactType::Renamed, &SUCCESSOR_TO),
];

rule!(
    /// A split, as a verb or a noun, before the group split from: "splintered from", "broke away
    /// in 2014 from", "an offshoot of", "a breakaway faction of". Its subject comes from the
    /// clause's structure, so "⟨G⟩, which split from ⟨G⟩" and "⟨G⟩ and ⟨G⟩ – two groups that
    /// split from ⟨G⟩ –" read alike, and people who split from a group make no fact.
    SPLIT_FROM = "splinter_of.split_from",
    || r"(?ix)
        \b(?:
            (?:broke|broken|breaking|break)\ (?:away|off)|split|splits|splitting|splintered
            |splintering|seceded|separated|defected
            # a group that grew out of another: emerged from the remnants of
            |emerged|emerging|grew|grown|sprang|sprung
        )
        # split in 2013 from, broke away formally from
        (?:\ (?:[a-z]+ly|in\ \d{4}|in\ (?:early\ |late\ |mid-)?[A-Z][a-z]+(?:\ \d{4})?|off|away)){0,2}
        \ (?:from|off(?:\ from)?|out\ of)\ (?:the\ )?
        (?:(?:remnants|ashes|ruins|rump|ranks)\ of\ (?:the\ )?)?
        (?:mainstream\ |main\ |parent\ |original\ |larger\ |former\ |old\ )?
        # the Sinaloa-allied ⟨G⟩: a place in a compound modifier
        (?:⟨L\d+⟩-[\w-]+\ )?
        |\b(?:offshoot|splinter|spin-off|breakaway|break-away)
        (?:\ (?:group|faction|movement|organi[sz]ation|cell|wing))?\ (?:of|from)\ (?:the\ )?
    ".to_string()
);

rule!(
    /// Groups coming together to make another: "merged to form", "united and created", "have
    /// merged into one group called".
    MERGE_TO_FORM = "merged_into.merge_to_form",
    || r"(?ix)
        (?:
            \b(?:
                merged|merge|merging|united|unite|uniting|combined|amalgamated|fused|joined\ forces
                |joined|came\ together|teamed\ up
            )
            (?:\ (?:together|back|formally|officially|again))?
            # with ⟨G⟩ and ⟨G⟩, with four smaller factions
            (?:\ with\ (?:the\ )?
                (?:⟨G\d+⟩(?:(?:,|,?\ and)\ (?:the\ )?⟨G\d+⟩)*|(?:[\w-]+\ |⟨L\d+⟩\ ){0,3}?(?-i:[a-z]+s)))?
            # and other factions
            (?:,?\ and\ (?:[\w-]+\ |⟨L\d+⟩\ ){0,3}?(?:groups|factions|organi[sz]ations|movements|brigades))?
            (?:\ (?:in|on)\ [^⟨;,]{0,25}?)?
            ,?\ (?:to\ (?:form|create|become|establish|launch)
                |and\ (?:formed|created|became|launched|established)|forming|creating|into
                |under\ the\ (?:name|banner|umbrella)(?:\ of)?)
            # their merger into
            |\b(?:their|its)\ (?:planned\ |formal\ )?(?:merger|union|amalgamation|fusion)
            \ (?:into|to\ form|to\ create)
        )
        \ (?:(?:a\ new|one|a\ single)\ (?:[\w-]+\ )?(?:group|alliance|coalition|organi[sz]ation|front)
            # called ⟨G⟩, which they named ⟨G⟩
            (?:,?\ (?:which\ (?:they|it)\ (?:named|called|dubbed)|called|named|known\ as|dubbed)|,)?
        \ )?
        (?:the\ )?
    ".to_string()
);

/// The structure-read lineage frames: each trigger's subject comes from the clause, so the group
/// in "⟨G⟩, which split from ⟨G⟩, merged into ⟨G⟩" that merged is the first.
pub(super) static FRAMES: &[Frame] = &[
    Frame {
        fact_type: FactType::SplinterOf,
        rule: &SEVERED_TIES,
        takes: Takes::Object(4),
        unless_before: None,
        with_partners: false,
    },
    Frame {
        fact_type: FactType::SplinterOf,
        rule: &PARTED_WAYS,
        takes: Takes::Object(4),
        unless_before: None,
        with_partners: false,
    },
    Frame {
        fact_type: FactType::MergedInto,
        rule: &MERGED_INTO,
        takes: Takes::Object(4),
        unless_before: None,
        with_partners: false,
    },
    Frame {
        fact_type: FactType::SplinterOf,
        rule: &SPLIT_FROM,
        takes: Takes::Object(4),
        unless_before: None,
        with_partners: false,
    },
    Frame {
        fact_type: FactType::MergedInto,
        rule: &REJOINED,
        takes: Takes::Object(4),
        unless_before: None,
        with_partners: false,
    },
    Frame {
        fact_type: FactType::MergedInto,
        rule: &MERGE_TO_FORM,
        takes: Takes::Object(4),
        unless_before: None,
        with_partners: true,
    },
];

rule!(
    /// A merger named as a noun, before its members: "the merger of", "a merger between".
    MERGER_OF = "merged_into.merger_of",
    || r"(?ix)
        \b(?:merger|merging|union|amalgamation|fusion|unification)\ (?:of|between)\ (?:the\ )?
        |\bby\ (?:merging|uniting|combining|amalgamating|fusing)\ (?:the\ )?
    ".to_string()
);
rule!(
    /// What the merger made, after its members: "... formed ⟨G⟩", "... gave birth to ⟨G⟩".
    MERGER_MADE = "merged_into.merger_made",
    || r"(?ix)
        ^[^;]{0,80}?\b
        (?:formed|created|form|create|into|became|become|produced|gave\ birth\ to|led\ to
            |resulted\ in|called|named|known\ as)
        \ (?:a\ new\ (?:[\w-]+\ )?(?:group|alliance|coalition|organi[sz]ation)
            (?:\ called|\ named|\ known\ as|,)?\ )?(?:the\ )?⟨G(\d+)⟩
    ".to_string()
);
rule!(
    /// A verb of coming into being before the merger: "⟨G⟩ was formed in 2017 in a merger",
    /// "⟨G⟩, created through the merger".
    FORMED_BEFORE = "merged_into.formed_before",
    || r"(?ix)
        \b(?P<verb>formed|created|founded|established|launched|set\ up|emerged|born|came\ into\ being)
        \b[^⟨;]{0,60}$
    ".to_string()
);
rule!(
    /// More members after a list: "and four other groups including ⟨G⟩".
    INCLUDING = "merged_into.including",
    || r"(?ix)
        ^\ and\ (?:[\w-]+\ ){0,5}?(?:groups|factions|organi[sz]ations|movements|brigades)
        (?:,)?\ (?:including|such\ as|among\ them)\ (?:the\ )?
    ".to_string()
);

rule!(
    /// An article and at most one word: the apposition "⟨G⟩, a (recent) merger of" is the noun.
    ARTICLE_ONLY = "merged_into.article_only",
    || r"^(?:an?|the)\ (?:[\w-]+\ )?$".to_string()
);

/// "the merger of ⟨G⟩ and ⟨G⟩ created ⟨G⟩", "⟨G⟩ was formed in a merger between ⟨G⟩ and ⟨G⟩":
/// each member merged into what the merger made, named after the members or as the subject of
/// a verb of coming into being.
pub(super) fn mergers(m: &Masked, st: &Structure, out: &mut Vec<RawFact>) {
    for t in MERGER_OF.find_iter(&m.masked) {
        let Some(members) = st.object_after(t.end(), GROUP, 4) else { continue };
        let mut slots = st.chunks[members].slots.clone();
        let mut end = st.chunks[members].at.1;
        // "⟨G⟩ (its former name) and four groups including ⟨G⟩": past the brackets.
        if let Some(b) = st.segments.iter().find(|b| {
            b.kind == crate::clause::segments::SegmentKind::Parenthetical
                && (end..=end + 1).contains(&b.at.0)
        }) {
            end = b.at.1;
        }
        if let Some(more) = INCLUDING.find(&m.masked[end..]) {
            if let Some(c) = st.object_after(end + more.end(), GROUP, 2) {
                slots.extend(&st.chunks[c].slots);
                end = st.chunks[c].at.1;
            }
        }
        let made_after =
            MERGER_MADE.captures(&m.masked[end..]).and_then(|c| m.slot_of_capture(&c[1]));
        let made = made_after.or_else(|| {
            let clause_start = m.clause_of(t.start()).0;
            let verb = FORMED_BEFORE.captures(&m.masked[clause_start..t.start()])?;
            let verb = verb.name("verb")?;
            // Made by the merger: "was formed", ", formed", "emerged"; not "⟨G⟩ formed a cell".
            let at = clause_start + verb.start();
            let reduced = m.masked[..at].trim_end().ends_with(',');
            let intransitive = matches!(verb.as_str(), "emerged" | "born" | "came into being");
            (st.passive(&m.masked, at) || reduced || intransitive).then_some(())?;
            let s = st.subject(&m.masked, t.start(), GROUP)?;
            (s != members).then(|| st.chunks[s].slots[0])
        });
        // "⟨G⟩, a merger of ⟨G⟩ and ⟨G⟩, ...": what the apposition describes.
        let made = made.or_else(|| {
            let seg = &st.segments[st.segment_at(t.start())?];
            let apposed = seg.kind == crate::clause::segments::SegmentKind::Apposition
                && ARTICLE_ONLY.is_match(&m.masked[seg.body..t.start()]);
            let head = seg.head.filter(|&h| apposed && h != members)?;
            (st.chunks[head].kind == crate::model::EntityKind::Group)
                .then(|| st.chunks[head].slots[0])
        });
        let Some(made) = made else { continue };
        let region = (t.start().min(m.slots[made].at.0), end.max(m.slots[made].at.1));
        for s in slots {
            push(
                out,
                m,
                MERGER_OF.id(),
                FactType::MergedInto,
                (s, Some(made)),
                FactAttrs::None,
                region,
            );
        }
    }
}

rule!(
    /// Founding, before the group founded: "formed the", "set up".
    FOUNDED_NEW = "splinter_of.founded_new",
    || r"(?ix)
        \b(?:formed|founded|created|launched|established|set\ up|started)\ (?:their\ own\ |a\ new\ )?
        (?:the\ )?
    ".to_string()
);
rule!(
    /// People of a group as the subject: "several commanders of the former ⟨G⟩".
    PEOPLE_OF_GROUP = "splinter_of.people_of_group",
    || r"(?ix)
        \b(?:commanders|leaders|members|fighters|militants|dissidents|defectors|veterans|cadres
            |officers|loyalists)
        \ of\ (?:the\ )?(?:former\ |old\ |original\ )?$
    ".to_string()
);

/// "Several commanders of the former ⟨G⟩ formed ⟨G⟩ in 2019": a group founded by people of
/// another, who are the clause's subject, split from it.
pub(super) fn founded_by_members(m: &Masked, st: &Structure, out: &mut Vec<RawFact>) {
    for t in FOUNDED_NEW.find_iter(&m.masked) {
        let Some(new) = st.object_after(t.end(), GROUP, 2) else { continue };
        if st.segment_at(t.start()).is_some() || st.passive(&m.masked, t.start()) {
            continue;
        }
        let clause = m.clause_of(t.start());
        // The clause's first group, if no preposition but "of" after people governs it.
        let first = st.chunks.iter().find(|c| {
            c.at.0 >= clause.0 && c.at.1 <= t.start() && c.kind == crate::model::EntityKind::Group
        });
        let Some(old) = first else { continue };
        if st.segment_at(old.at.0).is_some()
            || old.prep.as_deref() != Some("of")
            || !PEOPLE_OF_GROUP.is_match(&m.masked[clause.0..old.at.0])
        {
            continue;
        }
        let region = (old.at.0, st.chunks[new].at.1);
        for &o in &old.slots {
            for &s in &st.chunks[new].slots {
                push(
                    out,
                    m,
                    PEOPLE_OF_GROUP.id(),
                    FactType::SplinterOf,
                    (s, Some(o)),
                    FactAttrs::None,
                    region,
                );
            }
        }
    }
}

/// The lineage rules read over the sentence's structure that are not plain frames: a return to
/// the group split from, a rename told in the passive or reflexive, a branch named "as the ...
/// wing of". Runs after [`FRAMES`], whose splits [`merged_back`] reads.
pub(super) fn structured(m: &Masked, st: &Structure, out: &mut Vec<RawFact>) {
    merged_back(m, st, out);
    merged_then_named(m, st, out);
    split_up(m, st, out);
    split_into(m, st, out);
    renamed_verb(m, st, out);
    adopted_as_branch(m, st, out);
}

rule!(
    /// A return to a group left before, with no group named after it: "merge back into one
    /// outfit", "came back into the fold" (but not "went back to their villages").
    MERGE_BACK = "merged_into.merge_back",
    || r"(?ix)
        \b(?:merge|merges|merged|merging|fold|folds|folded|folding)\ back\b
        |\b(?:come|comes|came|coming|return|returns|returned|returning|go|goes|went|going)
        (?:\ back)?\ (?:in)?to\ the\ fold\b
    ".to_string()
);

rule!(
    /// Between "back" and the group merged into: " into the ", " to the fold of ".
    BACK_INTO = "merged_into.back_into",
    || r"(?ix)
        ^\ (?:together\ )?(?:into|to|with|under|within|of)\ (?:the\ )?
        (?:(?:fold|ranks|umbrella)\ of\ (?:the\ )?)?(?:[\w-]+\ ){0,2}$
    ".to_string()
);

/// "⟨G⟩ and ⟨G⟩, the two groups that split from ⟨G⟩, announced they would merge back": groups
/// that split from a group in this sentence and merge back, with no other group named as what
/// they merge into, merge into the group they split from.
fn merged_back(m: &Masked, st: &Structure, out: &mut Vec<RawFact>) {
    for t in MERGE_BACK.find_iter(&m.masked) {
        // "merged back into ⟨G⟩" names what they merged into: the merge frame reads it.
        let named = st.object_after(t.end(), GROUP, 30);
        if named.is_some_and(|o| BACK_INTO.is_match(&m.masked[t.end()..st.chunks[o].at.0])) {
            continue;
        }
        let Some(s) = st.subject(&m.masked, t.start(), GROUP) else { continue };
        let s = super::frames::listed_members(m, st, s);
        let region = (st.chunks[s].at.0, t.end());
        for &slot in &st.chunks[s].slots {
            let member = m.slots[slot].entity;
            let parents: Vec<usize> = out
                .iter()
                .filter(|f| f.fact_type == FactType::SplinterOf && f.subject == member)
                .filter_map(|f| f.object)
                .collect();
            for parent in parents {
                if parent == member {
                    continue;
                }
                out.push(RawFact {
                    fact_type: FactType::MergedInto,
                    subject: member,
                    object: Some(parent),
                    attrs: FactAttrs::None,
                    region,
                    rule: MERGE_BACK.id(),
                    pending: Pending::Nothing,
                });
            }
        }
    }
}

rule!(
    /// A rename as a verb whose subject is the old name: "was later renamed (into)", "has renamed
    /// itself", with the new name, quoted or not, right after.
    RENAMED_VERB = "renamed.renamed_verb",
    || r#"(?ix)
        \b(?P<verb>renamed|re-named|rebranded)
        (?P<reflexive>\ itself)?
        (?:\ (?:into|to|as))?(?:\ simply)?\ ["“']?(?:the\ )?
    "#.to_string()
);

rule!(
    /// A group and a comma right before a participle: a reduced relative clause ("⟨G⟩, later
    /// renamed ⟨G⟩,").
    REDUCED_BEFORE = "renamed.reduced_before",
    || r"(?ix)⟨G\d+⟩,\ (?:[a-z]+ly\ |later\ |since\ |then\ |eventually\ )?$".to_string()
);

/// "⟨G⟩ ... was later renamed into ⟨G⟩", "⟨G⟩, which has renamed itself "the ⟨G⟩"": the
/// subject comes from the clause's structure, so the words between it and the verb do not
/// matter. Only a passive or reflexive verb: in "⟨G⟩ renamed ⟨G⟩ ..." the subject renamed
/// something else.
fn renamed_verb(m: &Masked, st: &Structure, out: &mut Vec<RawFact>) {
    for c in RENAMED_VERB.captures_iter(&m.masked) {
        let (whole, verb) = (c.get(0).unwrap(), c.name("verb").unwrap());
        let reduced = REDUCED_BEFORE.is_match(&m.masked[..verb.start()]);
        if c.name("reflexive").is_none() && !reduced && !st.passive(&m.masked, verb.start()) {
            continue;
        }
        let Some(new) = st.object_after(whole.end(), GROUP, 2) else { continue };
        let Some(old) = st.subject(&m.masked, verb.start(), GROUP) else { continue };
        let (from, to) = (st.chunks[old].slots[0], st.chunks[new].slots[0]);
        if m.slots[from].entity == m.slots[to].entity {
            continue;
        }
        out.push(RawFact {
            fact_type: FactType::Renamed,
            subject: m.slots[from].entity,
            object: None,
            attrs: FactAttrs::None,
            region: (st.chunks[old].at.0, st.chunks[new].at.1),
            rule: RENAMED_VERB.id(),
            pending: Pending::RenameSlots { from, to },
        });
    }
}

rule!(
    /// A branch named after "as": "as the Mozambican wing of (its) ", "as an affiliate of the ".
    AS_BRANCH_OF = "branch_of.as_branch_of",
    || format!(
        r"(?ix)
        \bas\ (?:the|an?)\ {W}{{0,2}}?{BRANCH_WORDS}\ of\ (?:the\ |its\ |their\ )?
        {DESCRIBED_AS_GROUP}?
        "
    )
);

/// "⟨G⟩ was adopted by ⟨G⟩ as the ⟨L⟩ wing of its ⟨G⟩", "⟨G⟩ recognised ⟨G⟩ as an affiliate of
/// ⟨G⟩": the branch is the verb's object when it has one, else its subject.
fn adopted_as_branch(m: &Masked, st: &Structure, out: &mut Vec<RawFact>) {
    for t in AS_BRANCH_OF.find_iter(&m.masked) {
        let Some(parent) = st.object_after(t.end(), GROUP, 2) else { continue };
        let Some(subject) = st.subject(&m.masked, t.start(), GROUP) else { continue };
        // "⟨G1⟩ recognised ⟨G2⟩ as ...": a group right after the verb, governed by nothing, is
        // its object and the one said to be the branch.
        let clause = m.clause_of(t.start());
        let object = st.chunks.iter().rposition(|c| {
            c.at.0 > st.chunks[subject].at.1
                && c.at.1 <= t.start()
                && c.at.0 >= clause.0
                && c.kind == crate::model::EntityKind::Group
                && c.prep.is_none()
                && !c.possessive
                && !c.compound
                && st.segment_at(c.at.0) == st.segment_at(t.start())
        });
        let branch = object.unwrap_or(subject);
        let region = (st.chunks[branch].at.0, st.chunks[parent].at.1);
        for &s in &st.chunks[branch].slots {
            for &o in &st.chunks[parent].slots {
                push(
                    out,
                    m,
                    AS_BRANCH_OF.id(),
                    FactType::BranchOf,
                    (s, Some(o)),
                    FactAttrs::None,
                    region,
                );
            }
        }
    }
}

rule!(
    /// Groups merging with nothing named right after the verb: "have merged, and", "united in
    /// 2017;".
    MERGED_ALONE = "merged_into.merged_alone",
    || r"(?ix)
        \b(?:merged|united|combined|amalgamated|fused|joined\ forces|came\ together)
        (?:\ (?:in\ \d{4}|formally|officially|together))?
        (?:,|;|\ and\b)
    ".to_string()
);
rule!(
    /// The merged group named after the merger, as a described group and its name: ", and the
    /// combined group, ⟨G⟩", "; the new group is called ⟨G⟩".
    NAMED_AFTER_MERGER = "merged_into.named_after_merger",
    || r#"(?ix)
        ^\ ?(?:and\ |but\ )?(?:the\ )?⟨G(?P<described>\d+)⟩
        (?:,\ |\ (?:is|was|will\ be)\ (?:now\ )?(?:called|named|known\ as)\ ["“']?)(?:the\ )?
        ⟨G(?P<name>\d+)⟩
    "#.to_string()
);

/// "⟨G⟩ and ⟨G⟩ have merged, and the combined group, ⟨G⟩, ...": the groups that merged merge
/// into the group named right after the merger through a described group ("the combined
/// group", "the new group": an anaphor), in the same sentence.
fn merged_then_named(m: &Masked, st: &Structure, out: &mut Vec<RawFact>) {
    for t in MERGED_ALONE.find_iter(&m.masked) {
        let Some(c) = NAMED_AFTER_MERGER.captures(&m.masked[t.end()..]) else { continue };
        let (Some(described), Some(name)) =
            (m.slot_of_capture(&c["described"]), m.slot_of_capture(&c["name"]))
        else {
            continue;
        };
        if !m.slots[described].anaphor || m.slots[name].anaphor {
            continue;
        }
        let Some(s) = st.subject(&m.masked, t.start(), GROUP) else { continue };
        let s = super::frames::listed_members(m, st, s);
        let region = (st.chunks[s].at.0, m.slots[name].at.1);
        for &member in &st.chunks[s].slots {
            push(
                out,
                m,
                MERGED_ALONE.id(),
                FactType::MergedInto,
                (member, Some(name)),
                FactAttrs::None,
                region,
            );
        }
    }
}

rule!(
    /// A group splitting up as someone founds another: "splintered in 2017 as its commander
    /// created", "split when ⟨P⟩ founded a new group, the ".
    SPLIT_UP = "splinter_of.split_up",
    || r"(?ix)
        \b(?:splintered|split|splits|fractured|broke\ apart|split\ up)
        (?:\ (?:again|further|in\ \d{4}|in\ (?:early\ |late\ |mid-)?[A-Z][a-z]+(?:\ \d{4})?)){0,2}
        ,?\ (?:as|when|after)\ (?:[^;⟨]|⟨[GP]\d+⟩){0,60}?
        \b(?:created|formed|founded|set\ up|launched|started|established)
        \ (?:(?:his|her|their|its|an?)\ (?:own\ |new\ |separate\ |rival\ )?
            (?:group|faction|outfit|organi[sz]ation|movement),?\ )?
        (?:the\ )?
    ".to_string()
);
rule!(
    /// A described group's name right after it: ", ⟨G⟩", ", the ⟨G⟩".
    NAME_APPOSED = "splinter_of.name_apposed",
    || r"^,\ (?:the\ )?⟨G(\d+)⟩".to_string()
);

/// "⟨G⟩ splintered in 2017 as its commander created his own outfit, ⟨G⟩": a group founded as
/// another split up split from it. The founded group is the one named, or the described one
/// ("his own outfit", an anaphor) when its name follows it.
fn split_up(m: &Masked, st: &Structure, out: &mut Vec<RawFact>) {
    for t in SPLIT_UP.find_iter(&m.masked) {
        let Some(founded) = st.object_after(t.end(), GROUP, 2) else { continue };
        let mut new = st.chunks[founded].slots[0];
        if m.slots[new].anaphor {
            let named = NAME_APPOSED
                .captures(&m.masked[st.chunks[founded].at.1..])
                .and_then(|c| m.slot_of_capture(&c[1]));
            let Some(named) = named else { continue };
            new = named;
        }
        let Some(old) = st.subject(&m.masked, t.start(), GROUP) else { continue };
        let region = (st.chunks[old].at.0, m.slots[new].at.1);
        for &o in &st.chunks[old].slots {
            push(
                out,
                m,
                SPLIT_UP.id(),
                FactType::SplinterOf,
                (new, Some(o)),
                FactAttrs::None,
                region,
            );
        }
    }
}

rule!(
    /// A group dividing into others, before them: "split into two factions, ", "splintered into
    /// the ".
    SPLIT_INTO = "splinter_of.split_into",
    || r"(?ix)
        \b(?:split|splits|splintered|fractured|broke\ up|divided)
        (?:\ in\ \d{4})?
        \ into\ (?:(?:two|three|four|several|many|rival|competing|separate)\ ){0,2}
        (?:(?:factions|groups|wings|camps|organi[sz]ations)(?:,|:|\ -|\ –|\ —)?\ )?
        (?:the\ )?
    ".to_string()
);

/// "⟨G⟩ split into two factions, ⟨G⟩ and ⟨G⟩": each group it split into split from it.
fn split_into(m: &Masked, st: &Structure, out: &mut Vec<RawFact>) {
    for t in SPLIT_INTO.find_iter(&m.masked) {
        let Some(parts) = st.object_after(t.end(), GROUP, 2) else { continue };
        let Some(whole) = st.subject(&m.masked, t.start(), GROUP) else { continue };
        let region = (st.chunks[whole].at.0, st.chunks[parts].at.1);
        for &o in &st.chunks[whole].slots {
            for &s in &st.chunks[parts].slots {
                push(
                    out,
                    m,
                    SPLIT_INTO.id(),
                    FactType::SplinterOf,
                    (s, Some(o)),
                    FactAttrs::None,
                    region,
                );
            }
        }
    }
}
