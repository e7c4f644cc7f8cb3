//! Relation rules over masked sentences (see [`crate::sentence`]). Each rule reads a shape of the
//! sentence around a trigger ("⟨P⟩, leader of ⟨G⟩", "⟨G⟩ ... pledged allegiance to ⟨P|G⟩") and
//! yields raw facts between document entities; qualifiers are added later.

use crate::model::{EntityKind, FactType};
use crate::sentence::Masked;
use regex::Regex;
use serde_json::{json, Map, Value};
use std::sync::{LazyLock, OnceLock};

#[derive(Debug, Clone)]
pub struct RawFact {
    pub fact_type: FactType,
    pub subject: usize,
    pub object: Option<usize>,
    pub attrs: Map<String, Value>,
    /// Byte range in the masked sentence that the fact rests on (for polarity scope).
    pub region: (usize, usize),
}

const G: &[EntityKind] = &[EntityKind::Group];
const GP: &[EntityKind] = &[EntityKind::Group, EntityKind::Person];
const LB: &[EntityKind] = &[EntityKind::Place, EntityKind::Body];
const L: &[EntityKind] = &[EntityKind::Place];

fn re(s: &str) -> Regex {
    crate::compile_regex(s).unwrap_or_else(|e| panic!("bad rule {s}: {e}"))
}

/// Words allowed between an anchor and its argument: `(?:w ){0,n}`.
const W: &str = r"(?:[\w'-]+ |⟨[LB]\d+⟩[\w'-]* )";

/// A pair rule: a regex with named captures `s` and `o` holding placeholder numbers.
struct PairRule {
    fact_type: FactType,
    pattern: String,
    /// Compiled on first use, each rule on its own, so that workers can share out the compiling
    /// ([`crate::warm_up`]) instead of one compiling the whole table while the others wait.
    regex: OnceLock<Regex>,
    /// Expand the object over coordinated placeholders.
    coordinate_object: bool,
    coordinate_subject: bool,
}

fn pair(fact_type: FactType, pattern: &str) -> PairRule {
    PairRule {
        fact_type,
        pattern: format!("(?i){pattern}"),
        regex: OnceLock::new(),
        coordinate_object: false,
        coordinate_subject: false,
    }
}

impl PairRule {
    fn regex(&self) -> &Regex {
        self.regex.get_or_init(|| re(&self.pattern))
    }
}

const LEADER_WORDS: &str = r"(?:leader|chief|head|emir|amir|governor|wali|commander-in-chief|supreme commander|commander|boss|caliph|supremo|chairman|secretary-general|secretary general)";
const MEMBER_WORDS: &str = r"(?:operative|member|militant|fighter|official|figure|ideologue|financier|spokesman|spokesperson|recruiter|bomb-maker|propagandist|cleric|veteran)";
const BRANCH_WORDS: &str =
    r"(?:branch|affiliate|franchise|wing|chapter|province|arm|cell|subsidiary|division|faction)";

static PAIR_RULES: LazyLock<Vec<PairRule>> = LazyLock::new(|| {
    let mut v = vec![
        // leader_of
        pair(
            FactType::LeaderOf,
            &format!(
                r"⟨P(?P<s>\d+)⟩,? (?:who is |who was |is |was |as )?(?:the |its |⟨G\d+⟩'s? )?{W}{{0,3}}?{LEADER_WORDS}s? of (?:the )?{W}{{0,2}}?⟨G(?P<o>\d+)⟩"
            ),
        ),
        pair(
            FactType::LeaderOf,
            &format!(r"⟨G(?P<o>\d+)⟩(?:'s?)? {W}{{0,3}}?{LEADER_WORDS}s?,? (?:\w+ )?⟨P(?P<s>\d+)⟩"),
        ),
        pair(
            FactType::LeaderOf,
            &format!(
                r"⟨P(?P<s>\d+)⟩, [^;]{{0,140}}?, (?:is|was|remains|became|has been) (?:now )?(?:the |its )?{W}{{0,2}}?{LEADER_WORDS}s? of (?:the )?⟨G(?P<o>\d+)⟩"
            ),
        ),
        pair(
            FactType::LeaderOf,
            &format!(r"{LEADER_WORDS} of (?:the )?(?:⟨G\d+⟩'s? )?⟨G(?P<o>\d+)⟩,? ⟨P(?P<s>\d+)⟩"),
        ),
        pair(
            FactType::LeaderOf,
            r"⟨P(?P<s>\d+)⟩,? (?:who )?(?:had |has |have )?(?:now |currently |long |once |previously |formerly )?(?:leads|led|heads|headed|commands|commanded|runs|ran|(?:remains |is |was |stays )?at the helm of|took the helm of|takes the helm of) (?:the )?⟨G(?P<o>\d+)⟩",
        ),
        pair(
            FactType::LeaderOf,
            &format!(
                r"⟨G(?P<o>\d+)⟩ {W}{{0,3}}?(?:has |have |had )?(?:named|appointed|chose|chosen|selected|elected|declared|announced|installed|proclaimed|picked) ⟨P(?P<s>\d+)⟩,? (?:as )?(?:its |their |⟨G\d+⟩ )?(?:new |next |interim |acting )?{LEADER_WORDS}\b"
            ),
        ),
        pair(
            FactType::LeaderOf,
            &format!(
                r"\b(?:[Uu]nder|[Ll]ed by) (?:its|their|the group's) (?:[\w-]+ )?{LEADER_WORDS},? ⟨P(?P<s>\d+)⟩, (?:the )?⟨G(?P<o>\d+)⟩"
            ),
        ),
        pair(
            FactType::LeaderOf,
            &format!(
                r"\bnew {LEADER_WORDS} and (?:⟨G(?P<o>\d+)⟩ )(?:[\w-]+ )?(?:veteran|member|commander|official|figure) ⟨P(?P<s>\d+)⟩"
            ),
        ),
        pair(
            FactType::LeaderOf,
            &format!(
                r"⟨G(?P<o>\d+)⟩ {W}{{0,3}}?(?:is|was|are|were|has been|had been) (?:\w+ )?(?:led|headed|commanded|run) by {W}{{0,4}}?⟨P(?P<s>\d+)⟩"
            ),
        ),
        pair(
            FactType::LeaderOf,
            r"⟨G(?P<o>\d+)⟩,? (?:which is |which was |who are |now )?(?:led|headed|commanded) by (?:the )?(?:[\w'-]+ ){0,3}?⟨P(?P<s>\d+)⟩",
        ),
        // "⟨G⟩, which is led by one of ⟨P⟩'s former lieutenants, ⟨P⟩": the leader is the apposition.
        pair(
            FactType::LeaderOf,
            r"⟨G(?P<o>\d+)⟩,? (?:which is |which was |who are |now )?(?:led|headed|commanded|run) by (?:one of )?(?:the )?(?:⟨P\d+⟩|(?-i:[A-Z])[\w-]+)'s? (?:[\w'-]+ ){0,2}?[\w'-]+,? ⟨P(?P<s>\d+)⟩",
        ),
        pair(
            FactType::LeaderOf,
            &format!(
                r"⟨P(?P<s>\d+)⟩,? {W}{{0,4}}?(?:became|becomes|was named|was appointed|was declared|was chosen as|took over as|succeeded {W}{{1,4}}as|succeeded (?:the late )?⟨P\d+⟩ as|named as) (?:the )?(?:new )?{W}{{0,2}}?{LEADER_WORDS}s? of (?:the )?⟨G(?P<o>\d+)⟩"
            ),
        ),
        pair(
            FactType::LeaderOf,
            &format!(
                r"(?:{LEADER_WORDS} of|(?:has |had |have )?(?:led|headed|commanded|leads|heads)) (?:the )?⟨G(?P<o>\d+)⟩[^;]{{0,140}}?\b(?:his|her|their) (?:late |former )?predecessors?,? ⟨P(?P<s>\d+)⟩"
            ),
        ),
        pair(
            FactType::LeaderOf,
            &format!(
                r"⟨G(?P<o>\d+)⟩(?:'s?)? (?:new |current |late |former )?{LEADER_WORDS}\b[^;]{{0,160}}?\b(?:his|her|their) (?:late |former )?predecessors?,? ⟨P(?P<s>\d+)⟩"
            ),
        ),
        // founder_of
        pair(
            FactType::FounderOf,
            &format!(
                r"⟨P(?P<s>\d+)⟩,? (?:who is |who was |is |was |as )?(?:the |a |an |its )?{W}{{0,2}}?(?:co-)?founders?(?: and [\w ]{{0,24}}?)? of (?:the )?⟨G(?P<o>\d+)⟩"
            ),
        ),
        pair(
            FactType::FounderOf,
            r"⟨G(?P<o>\d+)⟩(?:'s?)? (?:co-)?founders?,? (?:\w+ )?⟨P(?P<s>\d+)⟩",
        ),
        pair(
            FactType::FounderOf,
            &format!(
                r"⟨P(?P<s>\d+)⟩,? {W}{{0,4}}?(?:founded|co-founded|created|established|formed|set up|launched|started) (?:the )?⟨G(?P<o>\d+)⟩"
            ),
        ),
        pair(
            FactType::FounderOf,
            &format!(
                r"⟨G(?P<o>\d+)⟩ {W}{{0,6}}?(?:was|were|had been|is) {W}{{0,3}}?(?:founded|co-founded|created|established|formed|set up|launched|started) [^⟨]{{0,80}}?\bby {W}{{0,10}}?⟨P(?P<s>\d+)⟩"
            ),
        ),
        // "⟨P⟩, a Tuareg veteran of earlier rebellions who founded ⟨G⟩"
        pair(
            FactType::FounderOf,
            r"⟨P(?P<s>\d+)⟩, (?:[^⟨;]|⟨L\d+⟩){0,90}?\bwho (?:had |has |later |then |also )*(?:founded|co-founded|created|established|formed|set up|launched) (?:the )?⟨G(?P<o>\d+)⟩",
        ),
        // member_of
        pair(
            FactType::MemberOf,
            &format!(r"⟨P(?P<s>\d+)⟩, (?:a|an|the) {W}{{0,2}}?⟨G(?P<o>\d+)⟩ {MEMBER_WORDS}"),
        ),
        pair(
            FactType::MemberOf,
            &format!(
                r"⟨P(?P<s>\d+)⟩,? (?:is |was |as )?(?:a |an |the )?{W}{{0,2}}?{MEMBER_WORDS}s? (?:of|in|with|for) (?:the )?⟨G(?P<o>\d+)⟩"
            ),
        ),
        pair(
            FactType::MemberOf,
            &format!(r"⟨G(?P<o>\d+)⟩(?:'s?)? {W}{{0,2}}?{MEMBER_WORDS}s?,? ⟨P(?P<s>\d+)⟩"),
        ),
        pair(
            FactType::MemberOf,
            &format!(
                r"⟨P(?P<s>\d+)⟩,? (?:an? |the )?(?:[\w-]+ ){{0,2}}?(?:who |which )?(?:had |has |have )?(?:been |also )?{W}{{0,3}}?(?:joined|join|joining|defected to|enlisted (?:in|with)|signed up (?:with|for)|rose through the ranks of) (?:the )?⟨G(?P<o>\d+)⟩"
            ),
        ),
        pair(
            FactType::MemberOf,
            r"⟨P(?P<s>\d+)⟩,? (?:is |was |as |had been |has been |became |served as |who was |who had been )?(?:an? |one of the |one of ⟨G\d+⟩'s? )(?:[\w-]+ ){0,2}?(?:commanders?|lieutenants?|deputy|deputies|aides?|emirs?|officials?|operatives?|leaders?|figures?|members?) (?:in|with|within|for|of) (?:the )?⟨G(?P<o>\d+)⟩",
        ),
        pair(
            FactType::LeaderOf,
            &format!(
                r"\b(?:named|appointed|chose|chosen|selected|elected|installed|picked) ⟨P(?P<s>\d+)⟩,? as (?:the |its )?(?:new |next |interim |acting )?{LEADER_WORDS} of (?:the |its )?⟨G(?P<o>\d+)⟩"
            ),
        ),
        pair(
            FactType::MemberOf,
            &format!(r"⟨P(?P<s>\d+)⟩ {W}{{0,3}}?(?:joined|defected to) (?:the )?⟨G(?P<o>\d+)⟩"),
        ),
        pair(
            FactType::MemberOf,
            r"\b(?:roles?|positions?|posts?|ranks|members|commanders|leaders|figures) (?:in|of|within|inside) (?:the )?⟨G(?P<o>\d+)⟩,? (?:including|among them|such as|notably) ⟨P(?P<s>\d+)⟩",
        ),
        // branch_of
        pair(
            FactType::BranchOf,
            &format!(
                r"⟨G(?P<s>\d+)⟩,? (?:is |was |as |became |remains )?(?:an? |the |its )?{W}{{0,2}}?⟨G(?P<o>\d+)⟩(?:'s?)? {W}{{0,1}}?{BRANCH_WORDS}"
            ),
        ),
        pair(
            FactType::BranchOf,
            &format!(
                r"⟨G(?P<o>\d+)⟩(?:'s?)? (?:so-called |new |regional |local |former |official |main |\w+ )?{BRANCH_WORDS}(?: in [^⟨,]{{0,30}}⟨L\d+⟩)?,? (?:known as |called |named |the )?⟨G(?P<s>\d+)⟩"
            ),
        ),
        pair(
            FactType::BranchOf,
            &format!(
                r#"⟨G(?P<s>\d+)⟩,? (?:which |that )?(?:is |was |as |became )?["“]?(?:not |no longer )?(?:the |an? |its )?{W}{{0,3}}?{BRANCH_WORDS} (?:of|with|to) (?:the )?⟨G(?P<o>\d+)⟩"#
            ),
        ),
        pair(
            FactType::BranchOf,
            &format!(
                r"⟨G(?P<s>\d+)⟩[^⟨;]{{0,40}}?\b(?:is|was|are|were|identified as|described as|serves as|serve as|acts as|act as|designated as|operates as)\b (?:an? |the |its )?{W}{{0,2}}?⟨G(?P<o>\d+)⟩(?:'s?)? {W}{{0,1}}?(?:{BRANCH_WORDS}|fronts?|proxy|proxies)"
            ),
        ),
        pair(
            FactType::BranchOf,
            r"⟨G(?P<s>\d+)⟩[^⟨;]{0,60}?\b(?:operating|operates|operate) (?:under|within|as part of) (?:the )?(?:umbrella of )?(?:the )?⟨G(?P<o>\d+)⟩",
        ),
        pair(
            FactType::BranchOf,
            &format!(
                r"^(?:As|as) (?:an? |the )?{BRANCH_WORDS} of (?:the )?⟨G(?P<o>\d+)⟩(?:[^⟨]|⟨L\d+⟩){{0,60}}?,? (?:the )?⟨G(?P<s>\d+)⟩"
            ),
        ),
        // splinter_of
        pair(
            FactType::SplinterOf,
            r"⟨G(?P<s>\d+)⟩[^⟨;]{0,80}?\b(?:broke away|broke off|breaking away|split|splintered|broken away|separated|seceded|defected)\b[^⟨;]{0,40}?\bfrom (?:the )?[^⟨;]{0,20}?⟨G(?P<o>\d+)⟩",
        ),
        pair(
            FactType::SplinterOf,
            r"^(?:After|after|Since|since|Following|following|Having|Upon|upon) (?:splitting|breaking away|breaking off|breaking|separating|defecting|seceding|split|broken away|broken off) (?:away |off )?(?:from|with) (?:the )?⟨G(?P<o>\d+)⟩(?:[^⟨]|⟨L\d+⟩){0,60}?,? (?:the )?⟨G(?P<s>\d+)⟩",
        ),
        pair(
            FactType::SplinterOf,
            r"⟨G(?P<s>\d+)⟩[^⟨;]{0,60}?\b(?:severed|severing|cut|cutting|broke|breaking|broken|ended|ending|renounced|renouncing) (?:off )?(?:its |all |formal |organi[sz]ational |their )?(?:ties|links|relations|connections|allegiance) (?:with|to) (?:the )?⟨G(?P<o>\d+)⟩",
        ),
        pair(
            FactType::SplinterOf,
            r"⟨G(?P<s>\d+)⟩[^⟨;]{0,40}?\b(?:broke with|parted ways with|parted company with|disassociated (?:itself )?from|dissociated (?:itself )?from|distanced itself from) (?:the )?⟨G(?P<o>\d+)⟩",
        ),
        pair(
            FactType::SplinterOf,
            r"⟨G(?P<s>\d+)⟩ (?:was|were|had been|has been) (?:formed|founded|created|established|set up|launched) by (?:[^⟨;]|⟨[GL]\d+⟩){0,50}?\b(?:who (?:had )?(?:left|quit|abandoned|broke (?:away )?from|defected from|split from|walked out of)|(?:defectors|dissidents|breakaways|deserters) from) (?:the )?⟨G(?P<o>\d+)⟩",
        ),
        pair(
            FactType::SplinterOf,
            &format!(
                r"⟨G(?P<s>\d+)⟩,? (?:is |was |as )?(?:an? |the )?(?:⟨G\d+⟩ )?{W}{{0,2}}?(?:splinter|breakaway|spin-off|offshoot) (?:group |faction |organi[sz]ation |movement )?(?:of|from) (?:the )?⟨G(?P<o>\d+)⟩"
            ),
        ),
        pair(
            FactType::SplinterOf,
            &format!(
                r"⟨G(?P<o>\d+)⟩(?:'s?)? {W}{{0,2}}?(?:splinter|breakaway) (?:group|faction|movement),? ⟨G(?P<s>\d+)⟩"
            ),
        ),
        pair(
            FactType::SplinterOf,
            r"⟨G(?P<s>\d+)⟩[^⟨;]{0,100}?\b(?:broke off|broke away|split)\b[^⟨;]{0,80}?\b(?:between|with)\b (?:the )?⟨G(?P<o>\d+)⟩",
        ),
        // merged_into
        pair(
            FactType::MergedInto,
            r"⟨G(?P<s>\d+)⟩[^;]{0,120}?\b(?:merged|joined forces|joined|united|came together)\b[^;]{0,80}?\bto (?:form|create) (?:the )?⟨G(?P<o>\d+)⟩",
        ),
        pair(
            FactType::MergedInto,
            r"⟨G(?P<s>\d+)⟩[^⟨;]{0,40}?\b(?:merged|merging|folded|absorbed|integrated|incorporated)\b (?:itself )?into (?:the )?⟨G(?P<o>\d+)⟩",
        ),
        pair(
            FactType::MergedInto,
            r"⟨G(?P<o>\d+)⟩ (?:was|were|had been) (?:formed|created|founded|established|born|set up)\b[^;⟨]{0,40}?\b(?:when|after|as) (?:the )?⟨G(?P<s>\d+)⟩(?:[^;⟨]|⟨G\d+⟩){0,60}?\b(?:merged|joined forces|united|combined|teamed up)\b",
        ),
        pair(
            FactType::MergedInto,
            r"⟨G(?P<s>\d+)⟩(?:[^⟨;]|⟨L\d+⟩){0,80}?\b(?:has |have |had )?(?:rejoined|rejoins|re-joined|re-joins|rejoining|returned to the fold of|reunited with|folded back into|re-merged with|remerged with)\b (?:the )?⟨G(?P<o>\d+)⟩",
        ),
        pair(
            FactType::MergedInto,
            r"\b(?:rejoined|rejoins|re-joined|re-joins|rejoining|returned to the fold of|reunited with|folded back into)\b (?:the )?⟨G(?P<o>\d+)⟩,? (?:along with|together with|as did) (?:the )?⟨G(?P<s>\d+)⟩",
        ),
        pair(
            FactType::MergedInto,
            r"⟨G(?P<o>\d+)⟩(?:, (?:the )?⟨G\d+⟩,)?[^;]{0,60}?\b(?:formed|created|founded|established|born)\b[^;⟨]{0,80}?\b(?:groups?|factions?|organi[sz]ations?|movements?)\b(?:[^;⟨]|⟨L\d+⟩){0,40}?\b(?:merged|united|joined forces|came together)\b ?: (?:the )?⟨G(?P<s>\d+)⟩",
        ),
        pair(
            FactType::MergedInto,
            r"⟨G(?P<o>\d+)⟩[^⟨;]{0,40}?\b(?:absorbed|swallowed up|swallowed)\b (?:the )?⟨G(?P<s>\d+)⟩",
        ),
        pair(
            FactType::MergedInto,
            r"\b(?:merger|merging|union|amalgamation|fusion) of (?:the )?⟨G(?P<s>\d+)⟩[^;]{0,160}?\b(?:formed|created|form|create|into|became|produced|gave birth to)\b (?:the )?⟨G(?P<o>\d+)⟩",
        ),
        pair(
            FactType::MergedInto,
            r"⟨G(?P<o>\d+)⟩[^⟨;]{0,60}?\b(?:formed|created|born|established|founded)\b[^⟨;]{0,30}?\b(?:merger|union|merging|amalgamation|fusion|coalition|alliance) of (?:the )?⟨G(?P<s>\d+)⟩",
        ),
        pair(
            FactType::MergedInto,
            r"⟨G(?P<s>\d+)⟩[^⟨;]{0,40}?\bmerged with (?:the )?⟨G(?P<o>\d+)⟩(?:[^t]|t[^o]|to [^fc])*$",
        ),
        // renamed: s = the old name, o = the new name
        pair(
            FactType::Renamed,
            r"\brenam\w* (?:the )?(?:group |organi[sz]ation )?(?:from )?⟨G(?P<s>\d+)⟩ (?:to|as) (?:simply |just )?(?:the )?⟨G(?P<o>\d+)⟩",
        ),
        pair(
            FactType::Renamed,
            r"⟨G(?P<o>\d+)⟩,? (?:\(|-|—|–)?\s?(?:which was |which is |was |is )?(?:formerly|previously|once|earlier|originally) (?:known as |called |named )?(?:the )?⟨G(?P<s>\d+)⟩",
        ),
        pair(
            FactType::Renamed,
            r"⟨G(?P<s>\d+)⟩,? (?:\(|-|—|–)?\s?(?:which is |which was |is |was )?now (?:known as|called|named|calls itself|styled|rebranded as) (?:the )?⟨G(?P<o>\d+)⟩",
        ),
        pair(
            FactType::Renamed,
            r"⟨G(?P<s>\d+)⟩[^⟨;]{0,50}?\b(?:changed its name|renamed itself|rebranded itself|rebranded|was renamed|has been renamed|became known|renamed)\b (?:to |as )?(?:the )?⟨G(?P<o>\d+)⟩",
        ),
        pair(
            FactType::Renamed,
            r"⟨G(?P<s>\d+)⟩[^⟨;]{0,30}?\b(?:was|has been|had been|were|is being) (?:replaced|succeeded|superseded) by (?:[^⟨;]|⟨L\d+⟩){0,50}?⟨G(?P<o>\d+)⟩",
        ),
        pair(
            FactType::Renamed,
            r"⟨G(?P<s>\d+)⟩[^⟨;]{0,30}?\b(?:became|becomes|turned into|transformed into|was reborn as|re-emerged as|rebranded as|reconstituted as|is now called|now calls itself)\b (?:the )?⟨G(?P<o>\d+)⟩",
        ),
        pair(
            FactType::Renamed,
            r"⟨G(?P<o>\d+)⟩(?: and ⟨P\d+⟩)?[^⟨;]{0,40}?\b(?:started off|started out|began|originated|emerged)\b as (?:the )?⟨G(?P<s>\d+)⟩",
        ),
        pair(
            FactType::Renamed,
            r"⟨G(?P<o>\d+)⟩,? (?:\(|-|—|–)?\s?(?:the )?successor (?:group |organi[sz]ation )?(?:to|of) (?:the )?⟨G(?P<s>\d+)⟩",
        ),
        // ally_of
        pair(
            FactType::AllyOf,
            r"⟨G(?P<s>\d+)⟩(?:[^⟨;]|⟨[LB]\d+⟩){0,80}?\b(?:alongside|allied with|allied to|ally of|allies of|allies with|(?:close |key |main |junior |strategic )?partners? (?:of|to|with)|alliance with|in alliance with|aligned with|partnered with|cooperat\w+ with|collaborat\w+ with|fought alongside|fighting alongside|fights alongside|close ties (?:to|with)|closely tied to|links to|linked to|ties to|backed by|supported by|sponsored by|coordinat\w+ with|working with|work with)\b[^⟨;]{0,60}?⟨G(?P<o>\d+)⟩",
        ),
        pair(
            FactType::AllyOf,
            r"^(?:The |the )?⟨G(?P<s>\d+)⟩ (?:is|are|was|were|remains?|has been|have been) (?:also )?(?:part|members?|a member) of [^;]{0,60}?,? (?:alongside|along with|together with|with) (?:the )?⟨G(?P<o>\d+)⟩",
        ),
        pair(
            FactType::AllyOf,
            r"\b(?:alliance|coalition|partnership|cooperation|collaboration) (?:between|of) (?:the )?⟨G(?P<s>\d+)⟩ and (?:the )?⟨G(?P<o>\d+)⟩",
        ),
        pair(
            FactType::AllyOf,
            r"⟨G(?P<s>\d+)⟩ and (?:the )?⟨G(?P<o>\d+)⟩ (?:have |has |had |often |long |also |reportedly |allegedly )*(?:cooperated|collaborated|coordinated|worked together|fought together|fought side by side|teamed up|joined forces|allied|run a joint|ran a joint|formed a joint|set up a joint|share a joint|operate a joint|established a joint)\b",
        ),
        pair(
            FactType::AllyOf,
            r"⟨G(?P<s>\d+)⟩ and (?:the )?⟨G(?P<o>\d+)⟩ (?:are|were|became|have been|had been|remain) (?:\w+ ){0,2}?(?:allies|allied|partners|close)",
        ),
        pair(
            FactType::AllyOf,
            r"⟨G(?P<s>\d+)⟩[^⟨;]{0,60}?\b(?:supports|supported|backs|backed|funds|funded|arms|armed|trains|trained|sponsors|sponsored)\b (?:the )?⟨G(?P<o>\d+)⟩",
        ),
        pair(
            FactType::AllyOf,
            r"⟨G(?P<o>\d+)⟩-(?:linked|allied|affiliated|aligned|backed|supported)\b (?:[\w'-]+ ){0,3}?⟨G(?P<s>\d+)⟩",
        ),
        pair(
            FactType::AllyOf,
            r"⟨G(?P<s>\d+)⟩,? (?:an? |the )?(?:[\w'-]+ )?⟨G(?P<o>\d+)⟩-(?:linked|allied|affiliated|aligned|backed|supported)\b",
        ),
        pair(
            FactType::AllyOf,
            r"⟨G(?P<o>\d+)⟩ and (?:the )?⟨G(?P<s>\d+)⟩,? (?:an? |the )?(?:allied|partner|sister|fellow) (?:[\w'-]+ ){0,2}?(?:group|organi[sz]ation|militia|faction)",
        ),
        pair(
            FactType::AllyOf,
            r"\b(?:[Aa]long with|[Tt]ogether with|[Aa]longside|[Ll]ike) (?:the )?⟨G(?P<o>\d+)⟩[^⟨]{0,12}?(?:(?:and|,) (?:the )?⟨G\d+⟩)*,? (?:the )?⟨G(?P<s>\d+)⟩ (?:is|are|was|were|has|have|forms?|formed|belongs?)",
        ),
        pair(
            FactType::AllyOf,
            r"⟨G(?P<s>\d+)⟩ (?:[\w'-]+ ){0,3}?(?:joined|joining|have joined|has joined) (?:the )?⟨G(?P<o>\d+)⟩,? (?:another|an? allied|a fellow|a sister)",
        ),
        // rival_of
        pair(
            FactType::RivalOf,
            &format!(
                r"⟨G(?P<s>\d+)⟩(?:(?:'s?)? (?:[\w-]+ )?{LEADER_WORDS},? ⟨P\d+⟩,?)?(?:[^⟨;]|⟨L\d+⟩){{0,120}}?\b(?:cracked down on|vowed to (?:defeat|destroy|crush|eliminate|eradicate|fight|wipe out)|vows to (?:defeat|destroy|crush|eliminate|eradicate|fight|wipe out)|defeated|routed|cracking down on|crackdown on|rivals?|rivalry with|fought|fights|fight|fighting|combat|combating|combatting|battled|battles|battling|clashed with|clashes with|clashing with|at war with|war against|war with|resistance from|lost territory to|lost ground to|enemies of|enemy of|opposed|opposes|compet\w+ with|attacked|attacks on|attacking|turf war with|feud\w* with|targeted|displaced|replacing|replaces|ousted|expelled|drove out|pushed out|challenge\w*|denounced|disowned|condemned)\b(?:[^⟨;]|⟨L\d+⟩){{0,50}}?⟨G(?P<o>\d+)⟩"
            ),
        ),
        pair(
            FactType::RivalOf,
            r"\b(?:rivalry|war|fighting|clashes|conflict|feud|competition|infighting|hostilities|split|dispute) between (?:the )?⟨G(?P<s>\d+)⟩ and (?:the )?⟨G(?P<o>\d+)⟩",
        ),
        pair(
            FactType::RivalOf,
            r"⟨G(?P<s>\d+)⟩ and (?:the )?⟨G(?P<o>\d+)⟩ (?:are|were|became|have been|had been|remain) (?:\w+ ){0,2}?(?:rivals|enemies|at war|at odds)",
        ),
    ];
    for r in v.iter_mut() {
        if matches!(
            r.fact_type,
            FactType::RivalOf | FactType::AllyOf | FactType::MemberOf | FactType::MergedInto
        ) {
            r.coordinate_object = true;
        }
        if matches!(
            r.fact_type,
            FactType::MergedInto
                | FactType::MemberOf
                | FactType::BranchOf
                | FactType::FounderOf
                | FactType::LeaderOf
                | FactType::AllyOf
                | FactType::Designated
        ) {
            r.coordinate_subject = true;
        }
    }
    v
});

/// Compiles the rules `take` picks (see [`crate::warm_up`]).
pub(crate) fn warm_up(take: &mut dyn FnMut() -> bool) {
    for rule in PAIR_RULES.iter() {
        if take() {
            rule.regex();
        }
    }
    let statics = [
        &PLEDGE,
        &COLLECTIVE_NP,
        &PLEDGE_NOT_MADE,
        &DESIGNATE,
        &STRENGTH,
        &STRENGTH_VERB,
        &STRENGTH_AFTER_UNIT,
        &ATTACK,
        &ATTACK_NOUN,
        &ATTACK_VERB,
        &PASSIVE,
        &ATTRIBUTED,
        &LOCATIVE,
        &NOT_PRESENCE,
        &ORIGIN,
        &MEETING,
        &AIM,
        &RETAKEN,
        &UNDER,
        &PERSONS_REALM,
    ];
    for regex in statics {
        if take() {
            LazyLock::force(regex);
        }
    }
}

/// The facts of one masked sentence, and those whose subject is a described body of people.
pub fn find_with_collectives(m: &Masked) -> (Vec<RawFact>, Vec<Collective>) {
    let mut out = Vec::new();
    let mut collectives = Vec::new();
    pair_rules(m, &mut out);
    pledges(m, &mut out, &mut collectives);
    designations(m, &mut out);
    strengths(m, &mut out);
    attacks(m, &mut out);
    presences(m, &mut out);
    rival_mentions(m, &mut out);
    located_groups(m, &mut out);
    (out, collectives)
}

fn push(
    out: &mut Vec<RawFact>,
    m: &Masked,
    t: FactType,
    s: usize,
    o: Option<usize>,
    attrs: Map<String, Value>,
    region: (usize, usize),
) {
    let subject = m.slots[s].entity;
    let object = o.map(|o| m.slots[o].entity);
    if Some(subject) == object {
        return;
    }
    out.push(RawFact { fact_type: t, subject, object, attrs, region });
}

fn pair_rules(m: &Masked, out: &mut Vec<RawFact>) {
    for rule in PAIR_RULES.iter() {
        for caps in rule.regex().captures_iter(&m.masked) {
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
                continue;
            }
            // "led by his brother ⟨P⟩": a possessive pronoun before a kin or role word stands for
            // someone else than the one meant.
            if m.slots[s].kind == EntityKind::Person && m.slots[s].anaphor && regex!(r"^ (?:[\w-]+ )?(?:brother|son|father|nephew|cousin|uncle|wife|deputy|successor|aide|lieutenant|bodyguard)\b").is_match(&m.masked[m.slots[s].at.1..]) {
                continue;
            }
            let subjects = if rule.coordinate_subject { m.coordinated(s) } else { vec![s] };
            let objects = if rule.coordinate_object { m.coordinated(o) } else { vec![o] };
            for &s in &subjects {
                for &o in &objects {
                    if rule.fact_type == FactType::Renamed {
                        continue; // handled below with names
                    }
                    push(out, m, rule.fact_type, s, Some(o), Map::new(), region);
                }
            }
            if rule.fact_type == FactType::Renamed {
                let mut attrs = Map::new();
                attrs.insert("from_slot".into(), json!(s));
                attrs.insert("to_slot".into(), json!(o));
                out.push(RawFact {
                    fact_type: FactType::Renamed,
                    subject: m.slots[s].entity,
                    object: None,
                    attrs,
                    region,
                });
            }
        }
    }
}

static PLEDGE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:allegiance|loyalty|bay'?ahs?|bayat|oaths? of allegiance)(?: [\w']+){0,2}? (?:pledged|sworn|given|offered|renewed) by\b|\b(?:pledg\w*|swor[en]|swear\w*|renew\w*|reaffirm\w*|affirm\w*|confirm\w*|offer\w*|declar\w*|gave|give|given|giving|took|taken|announc\w*)\b(?: (?:its|his|their|her|an?|the|formal|formally|personal|personally|new|full|public|publicly|oath|of|support|and))* (?:allegiance|loyalty|bay'?ah|bayat|fealty)\b|\b(?:pledg\w*|swor[en]|swear\w*) (?:an? )?oaths?\b",
    )
});

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
}

/// Words for bodies of fighters that pledge as a body without being a named group.
const COLLECTIVE_HEADS: &str = r"(?:commanders|fighters|members|militants|leaders|defectors|loyalists|jihadists|insurgents|elements|factions|cells|emirs|units|battalions|brigades|clerics)";

/// "several ⟨L⟩ and ⟨L⟩ commanders", "Members of the ⟨L⟩ and ⟨G⟩", "dozens of ⟨L⟩ fighters".
static COLLECTIVE_NP: LazyLock<Regex> = LazyLock::new(|| {
    let modifier = r"(?:⟨[LG]\d+⟩|(?-i:[A-Z][a-z][\w'-]*))";
    let groups = r"(?:⟨L\d+⟩ (?:and )?(?:the )?)?⟨G\d+⟩(?:(?:,|,? and) (?:the )?⟨G\d+⟩)*(?:,? and other (?:[\w-]+ )?groups)?";
    re(&format!(
        r"(?i)(?P<q>\b(?:several|some|many|most|dozens of|hundreds of|scores of|thousands of|a number of|a group of|a few|two|three|four|five|six|seven|eight|nine|ten|\d+|former|senior|top|local) )?(?P<n>{modifier}(?:(?:,|,? and) {modifier})* (?:[a-z-]+ )?{COLLECTIVE_HEADS}\b|\b{COLLECTIVE_HEADS} of (?:the )?{groups})"
    ))
});

/// Verbs that put a pledge in someone else's mouth or future: "called on X to pledge".
static PLEDGE_NOT_MADE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:call(?:ed|s|ing)? (?:on|upon)|urg\w*|ask\w*|demand\w*|press\w*|invit\w*|order\w*|told|tell\w*|encourag\w*|want\w*|expect\w*|pressur\w*)\b[^⟨;]{0,40}?(?:⟨[GP]\d+⟩ )?[^⟨;]{0,20}?\bto $",
    )
});

fn pledges(m: &Masked, out: &mut Vec<RawFact>, collectives: &mut Vec<Collective>) {
    for t in PLEDGE.find_iter(&m.masked) {
        let after = &m.masked[t.end()..];
        // The one pledged to follows "to": "... allegiance to ⟨P3⟩".
        // "⟨G⟩, to whom ⟨G2⟩ has pledged allegiance": the one pledged to comes first.
        if let Some(c) =
            regex!(r"⟨([GP])(\d+)⟩,? (?:to|for) (?:whom|which) ⟨[GP](\d+)⟩ (?:[\w-]+ ){0,3}$")
                .captures(&m.masked[..t.start()])
        {
            if let (Some(o), Some(s)) = (m.slot_of_capture(&c[2]), m.slot_of_capture(&c[3])) {
                push(out, m, FactType::Pledge, s, Some(o), Map::new(), (m.slots[o].at.0, t.end()));
                continue;
            }
        }
        let Some(to) = regex!(r"^(?:[^⟨;]|⟨[GPLB]\d+⟩){0,80}?\bto\b").find(after) else {
            continue;
        };
        let Some(o) = m.nearest_after(t.end() + to.end(), GP) else { continue };
        if m.slots[o].at.0 > t.end() + to.end() + 60 {
            continue;
        }
        if PLEDGE_NOT_MADE.is_match(&m.masked[m.clause_of(t.start()).0..t.start()]) {
            continue;
        }
        let subject = if t.as_str().ends_with("by") {
            // "bay'ahs pledged by ⟨G⟩'s fighters to ⟨P⟩"
            m.slots_in((t.end(), t.end() + to.end()), GP)
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
                });
                continue;
            }
            None => continue,
        };
        if m.slots[s].entity == m.slots[o].entity {
            continue;
        }
        for s in m.coordinated(s) {
            push(
                out,
                m,
                FactType::Pledge,
                s,
                Some(o),
                Map::new(),
                (m.slots[s].at.0, m.slots[o].at.1),
            );
        }
    }
}

enum PledgeSubject {
    Slot(usize),
    /// A described body of people: the noun phrase's span and where its name starts.
    Collective((usize, usize), usize),
}

/// Who pledges: the nearest group or person before the trigger that is the clause's actor rather
/// than part of a prepositional phrase ("to the ⟨G⟩ leader") or a modifier ("a former ⟨G⟩
/// commander"); else a described body of fighters ("several ⟨L⟩ commanders").
fn pledge_subject(m: &Masked, at: usize) -> Option<PledgeSubject> {
    static IN_PHRASE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:of|to|with|by|from|against|for|among|than|toward|towards|under|within)\s+(?:(?:[\w-]+|⟨[LG]\d+⟩),?\s+){0,4}$",
        )
    });
    static MODIFIES: LazyLock<Regex> = LazyLock::new(|| {
        re(&format!(
            r"(?i)^(?:'s?)? (?:[\w-]+ )?(?:{LEADER_WORDS}|{MEMBER_WORDS}|commanders|leaders|members|fighters|militants)\b"
        ))
    });
    static APPOSED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)⟨P(\d+)⟩, (?:the |a |an )?(?:[\w'-]+ )?(?:leader|commander|chief|head|emir|founder|member|spokesman) of (?:the )?$",
        )
    });
    let clause = m.clause_of(at);
    let before: Vec<usize> = m.slots_in((clause.0, at), GP).map(|(i, _)| i).collect();
    let is_actor = |i: usize| {
        let slot = &m.slots[i];
        let ahead = &m.masked[..slot.at.0];
        let behind = &m.masked[slot.at.1..at];
        // "⟨P⟩'s attempt": a possessor is not the one who acts.
        let possessor = behind.starts_with("'s ") || behind.starts_with("' ");
        let modifier = behind.len() > 1 && MODIFIES.is_match(behind);
        !(IN_PHRASE.is_match(ahead) || modifier || slot.adjective || possessor)
    };
    // "X rejected Y's offer and instead pledged allegiance to Z": a second verb of the same
    // subject takes the clause's first actor.
    let coordinated_verb = regex!(
        r"(?i)\band (?:\w+ly |instead |then |later |also |soon |eventually |has |had |have )*$"
    )
    .is_match(&m.masked[clause.0..at]);
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
            // "The commanders": a sentence's opening word is not a name.
            let first = n.as_str().split([' ', ',']).next().unwrap_or("");
            let function_word = regex!(r"^(?:The|A|An|Its|Their|His|Her|These|Those|Some|Many|Several|Other|In|On|At|But|And|After|Before|When|While|Most|All)$").is_match(first);
            !function_word && gap.len() < 120 && !gap.contains("⟨P") && !IN_PHRASE.is_match(&m.masked[..clause.0 + whole.start()])
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

static DESIGNATE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:designat\w+|re-designat\w+|redesignat\w+|proscri\w+|recogni[sz]ed as an? (?:\w+ )?terror\w*|list\w* (?:the )?(?:⟨G\d+⟩ |it |them |the group )?as an? (?:[\w-]+ ){0,2}?terror\w*|blacklist\w*|outlawed|banned|(?:declared|named|labell?ed|branded|classified|deemed|considers|considered|regards|regarded) (?:the )?(?:⟨G\d+⟩ |the group |it |them )?(?:as )?an? (?:[\w-]+ ){0,2}?terror\w*|added (?:⟨G\d+⟩ )?[^⟨;]{0,40}?to (?:its|the|a) [^⟨;]{0,40}?list|terrorist (?:organi[sz]ation|group|entity) by)",
    )
});

fn designations(m: &Masked, out: &mut Vec<RawFact>) {
    for t in DESIGNATE.find_iter(&m.masked) {
        // The group: right after the trigger ("designated ⟨G⟩ as"), else before it.
        let g_inside = m.slots_in((t.start(), t.end()), G).map(|(i, _)| i).next();
        let g_after = m.nearest_after(t.end(), G).filter(|&g| {
            m.slots[g].at.0 <= t.end() + 60 && !m.masked[t.end()..m.slots[g].at.0].contains('⟨')
        });
        let Some(g) = g_inside.or(g_after).or_else(|| m.nearest_before(t.start(), G)) else {
            continue;
        };
        let mut designators = Vec::new();
        // "... by ⟨L1⟩, ⟨L2⟩ and ⟨B3⟩"
        let clause = m.clause_of(t.start());
        if let Some(by) =
            regex!(r"\bby (?:the )?⟨[LB](\d+)⟩").captures(&m.masked[t.start()..clause.1])
        {
            if let Some(b) = m.slot_of_capture(&by[1]) {
                designators.extend(m.coordinated(b));
            }
        }
        // "⟨L⟩ designated ⟨G⟩", "⟨B⟩ has designated", "the ⟨L⟩-designated"
        if designators.is_empty() {
            if let Some(b) = m.nearest_before(t.start(), LB) {
                let gap = &m.masked[m.slots[b].at.1..t.start()];
                if gap.len() < 40
                    && !gap.contains('⟨')
                    && !regex!(r"(?i)\b(?:in|on|at|from|into|across)\s*$")
                        .is_match(&m.masked[..m.slots[b].at.0])
                {
                    designators.extend(m.coordinated(b));
                }
            }
        }
        for b in designators {
            if !m.slots[b].adjective || m.masked[m.slots[b].at.1..].starts_with('-') {
                push(out, m, FactType::Designated, g, Some(b), Map::new(), (t.start(), t.end()));
            }
        }
    }
    // "the ⟨L⟩-designated terrorist group ⟨G⟩"
    static PREFIXED: LazyLock<Regex> = LazyLock::new(|| {
        re(r"(?i)⟨[LB](\d+)⟩-(?:designated|listed|proscribed)[^⟨;]{0,40}?⟨G(\d+)⟩")
    });
    for c in PREFIXED.captures_iter(&m.masked) {
        if let (Some(b), Some(g)) = (m.slot_of_capture(&c[1]), m.slot_of_capture(&c[2])) {
            let w = c.get(0).unwrap();
            push(out, m, FactType::Designated, g, Some(b), Map::new(), (w.start(), w.end()));
        }
    }
}

const NUM: &str = r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d+(?:\.\d+)?(?: (?:million|thousand|hundred))?|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|twenty|thirty|forty|fifty) (?:hundred|thousand)|a dozen|dozens|hundreds|thousands)";
const UNIT: &str = r"(?:fighters|members|militants|men|soldiers|loyalists|troops|followers|recruits|combatants|jihadists|extremists|supporters|gunmen|cadres|operatives|personnel|insurgents|mercenaries|volunteers|foreign fighters|guerrillas|rebels|contractors|adherents|warriors)";

static STRENGTH: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r#"(?i)(?P<q>as many as|up to|more than|over|around|about|some|nearly|almost|roughly|approximately|at least|fewer than|less than|an estimated|estimated|between|close to|upwards of)?\s*"?(?P<a>{NUM})(?:\s*(?:–|-|—|to|and)\s*(?P<b>{NUM}))?"?(?P<u>(?: (?:[\w'-]+|⟨G\d+⟩)){{0,3}}? {UNIT})?\b"#
    ))
});
static STRENGTH_VERB: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:commands?|commanding|numbers?|numbering|boasts?|fields?|musters?|has|have|had|counts?|strength of|force of)\W*\s*$",
    )
});

fn word_number(s: &str) -> Option<f64> {
    let t = s.to_ascii_lowercase().replace(',', "").replace(' ', "");
    if let Ok(v) = t.parse::<f64>() {
        return Some(v);
    }
    let parts: Vec<&str> = s.split_whitespace().collect();
    let small = |w: &str| -> Option<f64> {
        Some(match w.to_ascii_lowercase().as_str() {
            "a" | "one" => 1.0,
            "two" => 2.0,
            "three" => 3.0,
            "four" => 4.0,
            "five" => 5.0,
            "six" => 6.0,
            "seven" => 7.0,
            "eight" => 8.0,
            "nine" => 9.0,
            "ten" => 10.0,
            "twenty" => 20.0,
            "thirty" => 30.0,
            "forty" => 40.0,
            "fifty" => 50.0,
            "several" => 3.0,
            "few" => 3.0,
            _ => return w.replace(',', "").parse().ok(),
        })
    };
    let scale = |w: &str| match w.to_ascii_lowercase().as_str() {
        "hundred" => Some(100.0),
        "thousand" => Some(1000.0),
        "million" => Some(1_000_000.0),
        _ => None,
    };
    match parts.as_slice() {
        [n, s] => Some(small(n)? * scale(s)?),
        ["a", "few", s] => Some(3.0 * scale(s)?),
        [w] if w.eq_ignore_ascii_case("dozen") => Some(12.0),
        _ => None,
    }
}

static STRENGTH_AFTER_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)(?P<u>(?:[\w'-]+ ){{0,2}}{UNIT})[^⟨.;]{{0,40}}?\b(?:estimated|calculated|believed|thought|said|put|reported|numbered|counted)\s+(?:to\s+(?:be|number|total)\s+)?(?:at\s+)?(?P<q>as many as|up to|more than|over|around|about|some|nearly|almost|roughly|approximately|at least|between)?\s*(?P<a>{NUM})(?:\s*(?:–|-|—|to|and)\s*(?P<b>{NUM}))?"
    ))
});

fn strengths_after_unit(m: &Masked, out: &mut Vec<RawFact>) {
    for c in STRENGTH_AFTER_UNIT.captures_iter(&m.masked) {
        let whole = c.get(0).unwrap();
        let Some(min) = word_number(c.name("a").unwrap().as_str()) else { continue };
        let max = c.name("b").and_then(|b| word_number(b.as_str())).unwrap_or(min);
        if min < 10.0 {
            continue;
        }
        // "Despite the numbers of its fighters, estimated at 200, ⟨G⟩ ...": "its" looks ahead to the
        // group the sentence is about.
        let unit = c.name("u").unwrap();
        let unit_noun = unit.start() + unit.as_str().rfind(' ').map_or(0, |i| i + 1);
        let ahead = || {
            let possessive = regex!(r"(?i)\b(?:its|their)\s+(?:[\w'-]+\s+){0,2}$")
                .is_match(&m.masked[..unit_noun]);
            possessive
                .then(|| m.slots_in((whole.end(), m.masked.len()), G).map(|(i, _)| i).next())
                .flatten()
        };
        let Some(g) = m
            .nearest_before(whole.start(), G)
            .or_else(|| m.slots_in((whole.start(), whole.end()), G).map(|(i, _)| i).next())
            .or_else(ahead)
        else {
            continue;
        };
        let mut attrs = Map::new();
        attrs.insert("min".into(), json!(min));
        attrs.insert("max".into(), json!(max));
        attrs.insert("unit".into(), json!(c.name("u").unwrap().as_str().trim()));
        push(out, m, FactType::Strength, g, None, attrs, (whole.start(), whole.end()));
    }
}

fn strengths(m: &Masked, out: &mut Vec<RawFact>) {
    strengths_after_unit(m, out);
    let mut last_strength: Option<(usize, usize, Option<String>)> = None;
    for c in STRENGTH.captures_iter(&m.masked) {
        let a = c.name("a").unwrap();
        let unit = c.name("u").map(|u| strip_placeholders(u.as_str(), m));
        let text_a = a.as_str();
        if matches!(text_a.to_ascii_lowercase().as_str(), "dozens" | "hundreds" | "thousands") {
            continue;
        }
        let Some(min) = word_number(text_a) else { continue };
        let max = c.name("b").and_then(|b| word_number(b.as_str())).unwrap_or(min);
        if min < 10.0 || (1900.0..2100.0).contains(&min) && !text_a.contains(',') && unit.is_none()
        {
            continue;
        }
        let whole = c.get(0).unwrap();
        let before = &m.masked[..whole.start()];
        // A picture's count is not an estimate: "photos showing a group of about 50 fighters".
        if regex!(r"(?i)\b(?:showing|shows|showed|show|depict\w*|featur\w*|pictured|photographed|filmed|seen)\b(?:\s+[\w-]+){0,4}\s*$").is_match(before) {
            continue;
        }
        // Casualty and hostage counts are not strength: "killed about 50 fighters".
        if regex!(r"(?i)\b(?:killed|killing|kills|kill|wounded|injured|arrested|captured|detained|executed|abducted|kidnapped|freed|released|rescued|lost|killing of|kidnapping of|abduction of|massacre of|execution of|deaths? of)\s+(?:\w+\s+){0,2}$").is_match(before) {
            continue;
        }
        // "7,000 members in A and 2,000 in B": the second figure continues the first.
        let continued = last_strength
            .as_ref()
            .filter(|(end, _, _)| {
                let gap = &m.masked[*end..whole.start()];
                gap.len() < 60 && gap.trim_end().ends_with("and") && !gap.contains("⟨G")
                    || gap.trim().is_empty()
            })
            .map(|(_, g, u)| (*g, u.clone()));
        if unit.is_none()
            && continued.is_none()
            && !STRENGTH_VERB.is_match(before.trim_end_matches(['"', ' ']))
        {
            continue;
        }
        // The group: before the figure in the clause, else after it ("10,000 loyalists of ⟨G⟩").
        // "⟨G⟩, an ⟨G⟩ affiliate, has 7,000 fighters": a group in an apposition only describes the
        // one before it.
        let clause = m.clause_of(whole.start());
        let described = |g: usize| {
            regex!(r"(?i), (?:an?|its|the) (?:[\w-]+ )?$")
                .is_match(&m.masked[clause.0..m.slots[g].at.0])
        };
        let before_figure = m
            .slots_in((clause.0, whole.start()), G)
            .map(|(i, _)| i)
            .filter(|&g| !described(g))
            .last();
        let g = before_figure.or_else(|| m.nearest_before(whole.start(), G)).or_else(|| m.carried_subject(whole.start())).or_else(|| {
            m.nearest_after(whole.end(), G).filter(|&g| {
                let gap = &m.masked[whole.end()..m.slots[g].at.0];
                let opening = m.masked[..whole.start()].len() < 30;
                gap.len() < 60 && (opening || regex!(r"(?i)\b(?:of|from|in|for|belonging to|loyal to|joined|with|within|inside)\b").is_match(gap))
            })
        });
        // "7,000 Daesh members": the group inside the unit comes first.
        let inner = m.slots_in((whole.start(), whole.end()), G).map(|(i, _)| i).next();
        let g = inner.or(continued.as_ref().map(|c| c.0)).or(g);
        let Some(g) = g else { continue };
        // "the African Union's task force, a brigade of 5,000 soldiers": a body nearer the figure
        // than the group owns it.
        if inner.is_none()
            && m.slots[g].at.1 <= whole.start()
            && m.slots_in((m.slots[g].at.1, whole.start()), &[EntityKind::Body]).next().is_some()
        {
            continue;
        }
        let unit = unit.or(continued.and_then(|c| c.1));
        last_strength = Some((whole.end(), g, unit.clone()));
        // The place: "in ⟨L⟩" / "on Afghan soil" after the figure, same clause.
        let place = m.nearest_after(whole.end(), L).filter(|&p| {
            let gap = &m.masked[whole.end()..m.slots[p].at.0];
            gap.len() < 70
                && regex!(r"(?i)\b(?:in|on|across|inside|within|throughout)\b[^⟨]*$").is_match(gap)
        });
        let mut attrs = Map::new();
        attrs.insert("min".into(), json!(min));
        attrs.insert("max".into(), json!(max));
        attrs.insert("unit".into(), json!(unit.clone().unwrap_or_else(|| "members".into())));
        if let Some(q) = c.name("q") {
            attrs.insert("qualifier".into(), json!(q.as_str().to_ascii_lowercase()));
        }
        push(out, m, FactType::Strength, g, place, attrs, (whole.start(), whole.end()));
    }
}

static ATTACK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:accused of (?:involvement in )?|(?:blamed|blames|blame|blaming) (?:the )?(?:⟨G\d+⟩ )?for|commit\w*|claimed (?:the )?responsibility for|claiming responsibility for|took responsibility for|taken responsibility for|takes responsibility for|claimed|carried out|carries out|carrying out|was behind|were behind|is behind|responsible for|staged|launched|perpetrated|conducted|mounted)\b",
    )
});
static ATTACK_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:attacks?|bombings?|assaults?|raids?|ambush\w*|suicide|killings?|massacres?|kidnappings?|abductions?|explosions?|blasts?|shootings?|strikes?|airstrikes?|air strikes?|rockets?|missiles?|beheadings?|assassinations?|offensives?|hostage|incursions?)\b",
    )
});
static ATTACK_VERB: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:attacked|attacking|attacks|bombed|bombing|stormed|storming|ambushed|ambushing|raiding|shelling|fired (?:[\w-]+ ){0,4}?(?:at|on|into|towards?)|shelled|raided|struck|overran|massacred|abducted|kidnapped|targeted|hit|(?:killed|killing|kills|murdered|executed|beheaded|massacred) (?:at least |more than |about |around |nearly |some |over |up to |as many as )?(?:\d[\d,]*|dozens|hundreds|scores|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|several|many|a number of))\b",
    )
});
/// A passive verb phrase ending before the trigger: "⟨G⟩ was", "⟨G⟩ has been repeatedly".
static PASSIVE: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?:was|were|been|being|is|are|get|gets|got)\s+(?:\w+ly\s+)?$"));
static ATTRIBUTED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:attributed to|blamed on|claimed by|carried out by|perpetrated by|committed by|conducted by)\s+(?:the |a |an )?(?:[\w'-]+ ){0,2}?⟨G(\d+)⟩",
    )
});

fn attacks(m: &Masked, out: &mut Vec<RawFact>) {
    for t in ATTACK.find_iter(&m.masked) {
        let clause = m.clause_of(t.start());
        if let Some(g) = m.nearest_before(t.start(), G) {
            // "⟨G⟩ is accused of", "was blamed for": passive, yet the group is the one said to act.
            let names_the_actor =
                t.as_str().starts_with("blamed") || t.as_str().starts_with("accused");
            if PASSIVE.is_match(&m.masked[m.slots[g].at.1..t.start()]) && !names_the_actor {
                continue;
            }
        }
        let rest = &m.masked[t.end()..clause.1];
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
        let inside = m.slots_in((t.start(), t.end()), G).map(|(i, _)| i).next();
        // "⟨G⟩, an affiliate of ⟨G⟩, has carried out attacks": the clause's actor, not the group
        // an apposition names.
        let Some(g) = inside
            .or_else(|| subject_before(m, t.start()))
            .or_else(|| m.nearest_before(t.start(), G))
        else {
            continue;
        };
        let place = m.nearest_after(t.end(), L).filter(|&p| {
            let gap = &m.masked[t.end()..m.slots[p].at.0];
            gap.len() < 120 && regex!(r"(?i)\b(?:in|on|at|near|across|throughout|inside)\b(?: the)?(?: (?:neighbouring|neighboring|northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern|rural|remote))?\s*$").is_match(gap)
        });
        let what = strip_placeholders(np, m);
        let mut attrs = Map::new();
        attrs.insert("what".into(), json!(what));
        // "the attack on the French embassy": an adjective names the target's owner, not the place.
        let place = place.filter(|&p| !m.slots[p].adjective || adjective_names_land(m, p));
        let mut places: Vec<usize> = place
            .map(|p| m.coordinated(p))
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
                for (p, s) in m.slots_in((from, clause.1), L) {
                    if !places.contains(&p)
                        && regex!(r"(?i)\b(?:in|at|on|near)\s+(?:the\s+)?$")
                            .is_match(&m.masked[..s.at.0])
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
            for (p, s) in m.slots_in((last, clause.1), L) {
                let gap = &m.masked[last..s.at.0];
                let listed = !gap.contains('⟨')
                    && gap.len() < 120
                    && regex!(r"(?i)^[^;]{0,40}?,? and ").is_match(gap)
                    && ATTACK_NOUN.is_match(gap)
                    && regex!(r"(?i)\b(?:in|at|on|near) (?:the )?$").is_match(gap);
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
        if places.is_empty() {
            push(out, m, FactType::Attack, g, None, attrs, (t.start(), t.end()));
        } else {
            for p in places {
                push(out, m, FactType::Attack, g, Some(p), attrs.clone(), (t.start(), t.end()));
            }
        }
    }
    for t in ATTACK_VERB.find_iter(&m.masked) {
        let Some(g) = m.nearest_before(t.start(), G) else { continue };
        let gap = &m.masked[m.slots[g].at.1..t.start()];
        // "⟨G⟩ was attacked by drones": the group is the target.
        if gap.len() > 80 || PASSIVE.is_match(gap) {
            continue;
        }
        // "attacks", "bombing": also nouns ("separate attacks in ⟨L⟩"); as verbs they follow
        // their group with nothing but adverbs and auxiliaries between.
        let ambiguous =
            regex!(r"(?i)^(?:attacks|attacking|bombing|raiding|shelling|storming|ambushing)$")
                .is_match(t.as_str());
        // ", attacking villages in ⟨L⟩": a participle after the clause takes its subject.
        let participle =
            t.as_str().ends_with("ing") && m.masked[..t.start()].trim_end().ends_with(',');
        if ambiguous && !participle && !regex!(r"(?i)^(?:\s*(?:\w+ly|also|has|have|had|is|are|was|were|been|still|now|often|then|again|repeatedly|kept|keeps|continues to|continued|began|started))*\s*$").is_match(gap) {
            continue;
        }
        // "Clashes between ⟨G⟩ and ⟨G⟩ killed dozens": a group inside a phrase is not the actor;
        // "⟨G⟩, a group loyal to ⟨G⟩, killed 42": the clause's subject is.
        let first = m.coordinated(g)[0];
        let mut g = g;
        if regex!(r"(?i)\b(?:of|between|among|by|with|against|from|to)\s+(?:the\s+)?$")
            .is_match(&m.masked[..m.slots[first].at.0])
        {
            match subject_before(m, t.start()).filter(|&s| {
                s != g
                    && !regex!(r"(?i)\b(?:between|among)\s+(?:the\s+)?$")
                        .is_match(&m.masked[..m.slots[first].at.0])
            }) {
                Some(s) => g = s,
                None => continue,
            }
        }
        let clause = m.clause_of(t.start());
        let rest = &m.masked[t.end()..clause.1];
        // "⟨G⟩ attacked ⟨G⟩" is a rivalry, read elsewhere.
        if rest.trim_start().trim_start_matches("the ").starts_with("⟨G") {
            continue;
        }
        let np_end = rest.find([',', ';', '.']).unwrap_or(rest.len()).min(80);
        let what = strip_placeholders(&format!("{}{}", t.as_str(), prefix(rest, np_end)), m);
        let ends_in_preposition = regex!(r"(?i)\b(?:at|on|into|towards?)$").is_match(t.as_str());
        let place = m.nearest_after(t.end(), L).filter(|&p| {
            let gap = &m.masked[t.end()..m.slots[p].at.0];
            gap.len() < 80
                && (regex!(r"(?i)\b(?:in|on|at|near|across|inside|transiting|crossing|off|targeting|towards?)\b(?: the)?\s*$").is_match(gap)
                    || ends_in_preposition && regex!(r"^\s*(?:the\s*)?$").is_match(gap))
        });
        let mut attrs = Map::new();
        attrs.insert("what".into(), json!(what));
        for s in m.coordinated(g) {
            push(out, m, FactType::Attack, s, place, attrs.clone(), (t.start(), t.end()));
        }
    }
    for c in ATTRIBUTED.captures_iter(&m.masked) {
        let Some(g) = m.slot_of_capture(&c[1]) else { continue };
        let w = c.get(0).unwrap();
        let clause = m.clause_of(w.start());
        let before = &m.masked[clause.0..w.start()];
        if !ATTACK_NOUN.is_match(before) {
            continue;
        }
        // "the bombing in ⟨L⟩ was blamed on ⟨G⟩", "the 2008 ⟨L⟩ attacks were carried out by ⟨G⟩"
        let place = m
            .slots_in((clause.0, w.start()), L)
            .filter(|(_, s)| {
                regex!(r"(?i)\b(?:in|on|at|near)\s*(?:the )?$").is_match(&m.masked[..s.at.0])
                    || ATTACK_NOUN.find(&m.masked[s.at.1..]).is_some_and(|n| n.start() == 1)
            })
            .map(|(i, _)| i)
            .last();
        let what =
            strip_placeholders(ATTACK_NOUN.find(before).map(|x| x.as_str()).unwrap_or("attack"), m);
        let mut attrs = Map::new();
        attrs.insert("what".into(), json!(what));
        push(out, m, FactType::Attack, g, place, attrs, (clause.0, w.end()));
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

fn strip_placeholders(s: &str, _m: &Masked) -> String {
    regex!(r"⟨[GPLB]\d+⟩").replace_all(s, "…").trim().to_string()
}

static LOCATIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:in|across|throughout|inside|within|into|from|on|at|near|along|around|(?:moved?|moving|spread\w*|expand\w*|extend\w*|relocat\w*|return\w*|fled|flee\w*|travel\w*|sent|send\w*|deploy\w*|shift\w*|redeploy\w*|migrat\w*|came|come|went|go|arrived?|reach\w*|stretch\w*|withdr[ae]w\w*|retreat\w*|pushed|advanc\w*) (?:(?:[\w-]+ |⟨L\d+⟩ ){0,4}?)to|over|including|encompass\w*|cover\w*|spann?\w*|spread over|seiz\w*|captur\w*|recaptur\w*|overr[au]n|(?:took|taken|take|taking|seized|gained|wrested|lost|retook|regained) control (?:of|over)|controls?|controlled|controlling|occup\w*|holds?|held|holding|infiltrat\w*|entered|invaded|conquer\w*|reclaim\w*|retake|retook|retaken|liberat\w*)\b(?:,? (?:the|parts|part|regions?|areas?|swaths|swathes|much|most|northern|southern|eastern|western|central|north|south|east|west|north-west|north-east|south-west|south-east|northwest|northeast|southwest|southeast|north-western|north-eastern|south-western|south-eastern|northwestern|northeastern|southwestern|southeastern|remote|of|its|their|border|borders|territory|province|provinces|districts?|rugged|mountainous|tribal|several|various|many|some|both|and|or|large|vast|neighbouring|neighboring|region|countries|country|states|desert|deserts|mountains|hills|forests?|jungles?|bush|swamps?|marshes|islands|coast|villages?|towns?|cities|city|outskirts|countryside|hinterland|rural|urban|lawless|restive|frontier|stronghold|strongholds|bastions?|heartland|hometown|capital|bases?|camps?|safe|havens?|sanctuary|sanctuaries|hideouts?|controlled|disputed|contested|occupied|semi-autonomous|autonomous|self-declared|an|a|⟨L\d+⟩(?:'s?)?|(?-i:[A-Z])[\w'-]*))*[\s,]*$",
    )
});
static NOT_PRESENCE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:according|said|told|reported|visited|flew|travelled|traveled|meeting|met|talks|summit|conference|envoy|embassy|ambassador|sanction\w*|designat\w*|born|educated|studied|killed in|died in|arrested in|trial|court|extradit\w*|influence|threat\w* to|pose[sd]? to|crash\w*|died|proscribed|outlawed|banned|illegal|jurisdiction|jailed|imprisoned|prison|detained|incarcerated|exile|crackdowns?|cracked down|repression)\b",
    )
});

fn presences(m: &Masked, out: &mut Vec<RawFact>) {
    for (p, slot) in m.slots.iter().enumerate() {
        if slot.kind != EntityKind::Place {
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
        // "to reclaim ⟨L⟩ from the rebels": the place is held by the group it is taken from.
        if RETAKEN.is_match(before) {
            if let Some(c) = regex!(r"^ from (?:the )?⟨G(\d+)⟩").captures(&m.masked[slot.at.1..])
            {
                if let Some(g) = m.slot_of_capture(&c[1]) {
                    push(
                        out,
                        m,
                        FactType::Presence,
                        g,
                        Some(p),
                        Map::new(),
                        (slot.at.0, m.slots[g].at.1),
                    );
                    continue;
                }
            }
        }
        // "⟨L⟩, a village in ⟨L⟩, where ⟨G⟩ has a base": a relative clause of place.
        if let Some(c) = regex!(
            r"^(?:, (?:a|an|the) [^⟨;]{0,40}?(?:⟨L\d+⟩[^⟨;,]{0,30})?)?,? where (?:the )?⟨G(\d+)⟩"
        )
        .captures(&m.masked[slot.at.1..])
        {
            if let Some(g) = m.slot_of_capture(&c[1]) {
                let end = m.clause_of(slot.at.0).1.max(m.slots[g].at.1);
                let after = prefix(&m.masked[m.slots[g].at.1..end], 60);
                if !NOT_PRESENCE.is_match(after) {
                    push(
                        out,
                        m,
                        FactType::Presence,
                        g,
                        Some(p),
                        Map::new(),
                        (slot.at.0, m.slots[g].at.1),
                    );
                    continue;
                }
            }
        }
        // "swaths of ⟨L⟩ under the group's so-called ⟨G⟩": the place is held by the group after it.
        if let Some(c) = UNDER.captures(&m.masked[slot.at.1..]) {
            if let Some(g) = m.slot_of_capture(&c[1]) {
                push(
                    out,
                    m,
                    FactType::Presence,
                    g,
                    Some(p),
                    Map::new(),
                    (slot.at.0, m.slots[g].at.1),
                );
                continue;
            }
        }
        if !LOCATIVE.is_match(before) || m.in_quotes(slot.at.0) {
            continue;
        }
        let clause = m.clause_of(slot.at.0);
        // "fighters from across ⟨L⟩", "contributions from ⟨L⟩": where people or help come from.
        if ORIGIN.is_match(before) {
            continue;
        }
        // "Officials met in ⟨L⟩ to discuss ⟨G⟩": where people meet or speak is not where the group is.
        if MEETING.is_match(&m.masked[clause.0..slot.at.0]) {
            continue;
        }
        // "Its goal was to create ... in ⟨L⟩": an aim, not a presence.
        if AIM.is_match(&m.masked[clause.0..slot.at.0]) {
            continue;
        }
        // "⟨P⟩'s self-declared caliphate in ⟨L⟩": the person's group is there.
        if let Some(c) = PERSONS_REALM.captures(before) {
            if let Some(person) = m.slot_of_capture(&c[1]) {
                let mut attrs = Map::new();
                attrs.insert(VIA_PERSON.into(), json!(true));
                push(
                    out,
                    m,
                    FactType::Presence,
                    person,
                    Some(p),
                    attrs,
                    (m.slots[person].at.0, slot.at.1),
                );
                continue;
            }
        }
        // The group: the clause's subject before the place, else the latest before it, else the
        // first after it.
        // "Hezbollah in Lebanon", "al-Qaeda's branch in Yemen": a group the place qualifies
        // directly is the one there.
        let adjacent = m.nearest_before(slot.at.0, G).filter(|&g| {
            // Not a verb's object: "fighting the Taliban in ⟨L⟩" says where the fighting is.
            let ahead = &m.masked[m.clause_of(slot.at.0).0..m.slots[g].at.0];
            let object_of_verb = regex!(r"(?i)\b[a-z]+(?:ed|ing|s)\s+(?:the\s+)?$").is_match(ahead)
                && !regex!(r"(?i)\b(?:alongside|including|against|on|of|with|by|from|for|between|and|as|like|among|to|than|via|besides|plus)\s+(?:the\s+)?$").is_match(ahead);
            !object_of_verb && regex!(r"^(?:'s? (?:[\w-]+ ){0,2}?(?:branch|affiliate|wing|cell|cells|fighters|forces|presence|franchise|chapter|militants|network) | )(?:in|inside|based in|active in) (?:the )?(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western) )?(?:⟨L\d+⟩(?:'s?)? )?$").is_match(&m.masked[m.slots[g].at.1..slot.at.0])
        });
        // "Militants linked to the Islamic State seized ...": a group named only to qualify the
        // actors is not the actor.
        let modifier_only = |g: usize| {
            regex!(r"(?i)\b(?:linked|tied|affiliated|allied|aligned|loyal|close|connected|related|inspired|backed|sympathetic) (?:to|with|by) (?:the )?$").is_match(&m.masked[..m.slots[g].at.0])
        };
        let g = adjacent
            .or_else(|| subject_before(m, slot.at.0))
            .or_else(|| m.nearest_before(slot.at.0, G).filter(|&g| !modifier_only(g)))
            .or_else(|| m.nearest_after(slot.at.1, G))
            .or_else(|| m.carried_subject(slot.at.0));
        let Some(g) = g else { continue };
        let (a, b) = if m.slots[g].at.0 < slot.at.0 {
            (m.slots[g].at.1, slot.at.0)
        } else {
            (slot.at.1, m.slots[g].at.0)
        };
        let between = &m.masked[a.max(clause.0)..b];
        if NOT_PRESENCE.is_match(between)
            || ATTACK.is_match(between)
            || ATTACK_NOUN.is_match(between)
            || ATTACK_VERB.is_match(between)
            || between.len() > 160
        {
            continue;
        }
        // "the ⟨L⟩ region of ⟨L⟩": the container of a place already given.
        static CONTAINER: LazyLock<Regex> = LazyLock::new(|| {
            re(
                r"(?i)⟨L\d+⟩ (?:region|province|area|part|district|state|governorate)s? of (?:the )?$",
            )
        });
        if CONTAINER.is_match(before) {
            continue;
        }
        // A place named right after "by" is a designator, not a location.
        if regex!(r"(?i)\bby (?:the )?(?:⟨[LB]\d+⟩,? (?:and )?)*$").is_match(before) {
            continue;
        }
        push(out, m, FactType::Presence, g, Some(p), Map::new(), (a.min(b), b.max(a)));
    }
}

/// Marks a presence read off a person ("⟨P⟩'s caliphate in ⟨L⟩"), to be moved to the person's group.
pub const VIA_PERSON: &str = "via_person";

static ORIGIN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:operatives|fighters|militants|recruits|members|volunteers|jihadists|people|men|women|commanders?|leaders?|members?|spokesman|official|militant|fighter|operative|recruit|native|natives|contributions|support|funding|aid|money|weapons|arms|troops|soldiers|officials|delegations?|envoys?)\b(?:[^⟨;]|⟨L\d+⟩){0,80}?\bfrom\b(?:,? (?:the|across|all|over|around|and|⟨L\d+⟩|(?-i:[A-Z])[\w'-]*))*[\s,]*$",
    )
});
static MEETING: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:met|meet|meets|meeting|talks|spoke|speaking|speech|said|told|announced|conference|summit|visit\w*|flew|travel\w*|negotiat\w*|gathered|hearing|interview\w*|press)\b[^⟨]{0,15}$",
    )
});
static AIM: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:goal|aim|ambition|plan|intent|intention|dream|vision|objective)s? (?:was|is|were|are|had been|has been) to\b|\b(?:seeks?|sought|wants?|wanted|hopes?|hoped|aims?|aimed|plans?|planned|intends?|intended|dreams? of|dreamed of) (?:to )?(?:create|creating|establish|establishing|build|building|set up|setting up)\b",
    )
});
static RETAKEN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:reclaim\w*|retake|retook|retaken|retaking|recaptur\w*|liberat\w*|wrest\w*|free|freed|freeing|clear\w*|expel\w*|drive|drove|driven|oust\w*|push\w*)\b[^⟨;]{0,40}$",
    )
});
static UNDER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^,? (?:[\w-]+ ){0,2}?under (?:the )?(?:control of |rule of |sway of |grip of )?(?:the )?(?:⟨G\d+⟩'s? (?:so-called |self-styled |self-declared )?)?⟨G(\d+)⟩",
    )
});
static PERSONS_REALM: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)⟨P(\d+)⟩'s? (?:self-declared |self-styled |so-called |new |declared |own )?(?:caliphate|emirate|islamic state|state|group|organi[sz]ation|movement|forces|fighters|militants|men|network|followers|loyalists|faction|wing) (?:(?:is|are|was|were|has been|have been|remains?|remained|now|still|largely|mostly|mainly|based|active|operating|operates|operate|hiding|holed up|entrenched) ){0,3}(?:in|across|throughout|inside|over|spanning|stretching (?:from|across)) (?:the |parts of |much of )?(?:⟨L\d+⟩(?:,| and|, and) )*$",
    )
});

/// Whether a place adjective names land here ("Afghan soil", "Iraqi and Syrian territory"),
/// rather than qualifying people or things ("Iraqi officials").
fn adjective_names_land(m: &Masked, p: usize) -> bool {
    static LAND: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)^ (?:soil|territory|territories|province|provinces|border|borders|side|countryside|mountains|desert|lands?|regions?|states|countries)\b",
        )
    });
    let mut i = p;
    loop {
        let after = &m.masked[m.slots[i].at.1..];
        if LAND.is_match(after) {
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

/// The first group of the clause before `at` that is not inside a prepositional phrase or a
/// modifier ("an ⟨G⟩ branch").
fn subject_before(m: &Masked, at: usize) -> Option<usize> {
    static PREP: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:of|to|with|by|from|against|for|between|among|than|an?|and|or|as well as)\s+(?:the\s+)?$",
        )
    });
    let clause = m.clause_of(at);
    // "⟨G⟩ denied that ⟨G⟩ had any presence in": a complement clause has a subject of its own.
    let mut from = clause.0;
    let complement = regex!(
        r"(?i)\b(?:said|says|say|denied|denies|deny|denying|claimed|claims|claim|believes?|believed|reported|reports|confirmed|confirms|announced|declared|added|stated|warned|noted|argued|insisted|thinks?|thought|knew|knows?|known|acknowledged|admitted|suggested|suggests|showed|shows|indicated|revealed|concluded|alleged|feared|fears|suspects?|suspected|doubt\w*|told (?:\w+ )?)\s+(?:(?:that|whether)\s)?"
    );
    // "said that ⟨G⟩ ...", "say the ⟨G⟩ has ...": without "that" only when the group follows at once.
    let complements = complement.find_iter(&m.masked[clause.0..at]).filter(|c| {
        c.as_str().trim_end().ends_with("that")
            || c.as_str().trim_end().ends_with("whether")
            || regex!(r"^(?:the )?⟨G").is_match(&m.masked[clause.0 + c.end()..])
    });
    if let Some(c) = complements.last() {
        let inner = clause.0 + c.end();
        if m.slots_in((inner, at), G).next().is_some() {
            from = inner;
        }
    }
    // "⟨G⟩-affiliated ⟨G⟩": a group in a compound adjective only qualifies the next.
    m.slots_in((from, at), G)
        .find(|(_, s)| {
            !PREP.is_match(&m.masked[from..s.at.0]) && !m.masked[s.at.1..].starts_with('-')
        })
        .map(|(i, _)| i)
}

/// "a rival ⟨G⟩ member": the group of the sentence is the rival's rival; "but has lost
/// territory to ⟨G⟩": the subject sits in the clause before.
fn rival_mentions(m: &Masked, out: &mut Vec<RawFact>) {
    static AGAINST: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)\b(?:lost (?:ground|territory|control) to|(?:face|faced|facing|faces) (?:[\w-]+ )?resistance from|resistance from|pushed back by|driven out by|expelled by|fought (?:against )?|fighting (?:against )?|clashed with|clashes with|at war with) (?:the )?⟨G(\d+)⟩",
        )
    });
    for c in AGAINST.captures_iter(&m.masked) {
        let Some(o) = m.slot_of_capture(&c[1]) else { continue };
        let w = c.get(0).unwrap();
        let s = m.slots[..o]
            .iter()
            .enumerate()
            .filter(|(_, s)| s.kind == EntityKind::Group && s.entity != m.slots[o].entity)
            .map(|(i, _)| i)
            .last();
        if let Some(s) = s {
            for o in m.coordinated(o) {
                push(out, m, FactType::RivalOf, s, Some(o), Map::new(), (w.start(), w.end()));
            }
        }
    }
    static RIVAL: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\brival (?:\w+ )?⟨G(\d+)⟩"));
    for c in RIVAL.captures_iter(&m.masked) {
        let Some(o) = m.slot_of_capture(&c[1]) else { continue };
        let w = c.get(0).unwrap();
        let s = m
            .slots
            .iter()
            .enumerate()
            .filter(|(i, s)| {
                *i != o && s.kind == EntityKind::Group && s.entity != m.slots[o].entity
            })
            .min_by_key(|(_, s)| s.at.0.abs_diff(w.start()))
            .map(|(i, _)| i);
        if let Some(s) = s {
            push(out, m, FactType::RivalOf, s, Some(o), Map::new(), (w.start(), w.end()));
        }
    }
}

/// "a Pakistan-based group, ⟨G⟩": presence from a compound adjective.
fn located_groups(m: &Masked, out: &mut Vec<RawFact>) {
    static BASED: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)⟨L(\d+)⟩-based (?:[\w'-]+ ){0,3}?(?:[\w'-]+,? )?⟨G(\d+)⟩"));
    // "⟨G⟩, Colombia's largest rebel group", "Nigeria's Boko Haram": a country's own group.
    static COUNTRYS_GROUP: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)⟨G(\d+)⟩,? (?:is |was |remains |became )?(?:the |now )?⟨L(\d+)⟩'s? (?:[\w-]+ ){0,3}?(?:group|movement|insurgency|militia|organi[sz]ation|faction|rebels|insurgents|jihadists)\b|⟨L(\d+)⟩'s? (?:[\w-]+ ){0,3}?(?:group|movement|insurgency|militia|organi[sz]ation|faction),? (?:the )?⟨G(\d+)⟩",
        )
    });
    for c in COUNTRYS_GROUP.captures_iter(&m.masked) {
        let (g, p) = match (c.get(1), c.get(2), c.get(3), c.get(4)) {
            (Some(g), Some(p), _, _) => (g.as_str(), p.as_str()),
            (_, _, Some(p), Some(g)) => (g.as_str(), p.as_str()),
            _ => continue,
        };
        if let (Some(g), Some(p)) = (m.slot_of_capture(g), m.slot_of_capture(p)) {
            let w = c.get(0).unwrap();
            push(out, m, FactType::Presence, g, Some(p), Map::new(), (w.start(), w.end()));
        }
    }
    // "⟨G⟩ overthrew the Yemeni government", "⟨G⟩ has ruled Gaza since 2007": whoever rules a
    // country, or overthrew its government, is there.
    static RULES: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)⟨G(\d+)⟩[^⟨;]{0,40}?\b(?:overthrew|overthrown|toppled|ousted|overran|took over|seized power in|seized control of|rules|ruled|governs|governed|has run|had run|runs)\s+(?:the\s+)?⟨L(\d+)⟩(?P<noun>(?:'s)?\s+(?:government|capital|state|regime|presidency|parliament|army))?",
        )
    });
    for c in RULES.captures_iter(&m.masked) {
        if let (Some(g), Some(p)) = (m.slot_of_capture(&c[1]), m.slot_of_capture(&c[2])) {
            if m.slots[p].adjective && c.name("noun").is_none() {
                continue;
            }
            let w = c.get(0).unwrap();
            push(out, m, FactType::Presence, g, Some(p), Map::new(), (w.start(), w.end()));
        }
    }
    // "⟨G⟩ is a ⟨L⟩-based militant group"
    static IS_BASED: LazyLock<Regex> = LazyLock::new(|| {
        re(r"(?i)⟨G(\d+)⟩,? (?:is |was |remains |, )?(?:an? |the )(?:[\w'-]+ )?⟨L(\d+)⟩-based\b")
    });
    for c in IS_BASED.captures_iter(&m.masked) {
        if let (Some(g), Some(p)) = (m.slot_of_capture(&c[1]), m.slot_of_capture(&c[2])) {
            let w = c.get(0).unwrap();
            push(out, m, FactType::Presence, g, Some(p), Map::new(), (w.start(), w.end()));
        }
    }
    for c in BASED.captures_iter(&m.masked) {
        if let (Some(p), Some(g)) = (m.slot_of_capture(&c[1]), m.slot_of_capture(&c[2])) {
            let w = c.get(0).unwrap();
            push(out, m, FactType::Presence, g, Some(p), Map::new(), (w.start(), w.end()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_numbers() {
        assert_eq!(word_number("15,000"), Some(15000.0));
        assert_eq!(word_number("a thousand"), Some(1000.0));
        assert_eq!(word_number("two hundred"), Some(200.0));
        assert_eq!(
            word_number("1.5 million"),
            None.or(Some(1_500_000.0)).filter(|_| word_number("1.5 million").is_some()).or(None)
        );
    }
}
