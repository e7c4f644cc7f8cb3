//! Hedges ("reportedly", "may", "is believed to") and denials ("denied", "has no organised
//! presence", "did not pledge") in a sentence, and the polarity they give a fact whose evidence
//! lies in a byte region of that sentence.
//!
//! Scope: a cue bears on a region only within the same clause (clauses split at ';', ':', a dash
//! and at the contrast words but/however/while/whereas/although/though). Local cues (negations, modals,
//! "believed to", "suspected") must precede the region or lie inside it; sentence-level cues
//! ("denied", "reportedly", "allegedly", "officials believe", "unconfirmed") may sit anywhere in the
//! clause. A cue inside a comma- or bracket-delimited aside ("the group, which may have 500
//! fighters, pledged ...") does not reach a region outside that aside, unless the aside is the cue
//! itself ("the group, reportedly, pledged").
//!
//! "claim" as a reporting verb ("security forces claim it has ...") is attribution, not a hedge;
//! "claimed to" / "claimed that" are hedges; "claimed responsibility" is neither.

use crate::model::Polarity;
use regex::Regex;
use std::sync::OnceLock;

/// One hedge or denial cue: its byte span in the sentence and what it signals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PolarityCue {
    pub start: usize,
    pub end: usize,
    pub polarity: Polarity,
}

/// All hedge and denial cues in `sentence`, in order, non-overlapping.
pub fn cues(sentence: &str) -> Vec<PolarityCue> {
    scoped_cues(sentence).into_iter().map(|(c, _)| c).collect()
}

/// Polarity of a fact whose evidence lies in `sentence` between bytes `region.0..region.1`:
/// Denied if a denial cue scopes over that region, else Hedged if a hedge cue does, else Asserted.
pub fn polarity_of(sentence: &str, region: (usize, usize)) -> Polarity {
    let len = sentence.len();
    let r0 = region.0.min(len);
    let r1 = region.1.min(len).max(r0);
    let (c0, c1) = clause_bounds(sentence, (r0, r1));
    let mut hedged = false;
    for (cue, scope) in scoped_cues(sentence) {
        if cue.start < c0 || cue.end > c1 {
            continue;
        }
        if scope == Scope::Local && cue.start >= r1.max(r0 + 1) {
            continue;
        }
        if in_aside(sentence, &cue, (r0, r1), (c0, c1)) {
            continue;
        }
        match cue.polarity {
            Polarity::Denied => return Polarity::Denied,
            Polarity::Hedged => hedged = true,
            Polarity::Asserted => {}
        }
    }
    if hedged {
        Polarity::Hedged
    } else {
        Polarity::Asserted
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scope {
    /// Must precede the region or lie inside it.
    Local,
    /// Anywhere in the clause.
    Wide,
}

struct Rule {
    re: &'static str,
    polarity: Polarity,
    scope: Scope,
    /// Post-check on the match (exclusions the regex crate cannot express with look-around).
    check: Option<fn(&str, usize, usize) -> bool>,
}

const H: Polarity = Polarity::Hedged;
const D: Polarity = Polarity::Denied;

/// In priority order: an earlier rule's match suppresses later matches that overlap it.
const RULES: &[Rule] = &[
    // Negated confirmation is a hedge, not a denial.
    Rule {
        re: r"(?i)\bneither\s+(?:confirm(?:ed|s|ing)?|verif(?:y|ied|ies))\s+nor\s+den(?:y|ied|ies)\b",
        polarity: H,
        scope: Scope::Wide,
        check: None,
    },
    Rule {
        re: r"(?i)\b(?:not|n['’]t|cannot|never)\s+(?:yet\s+|immediately\s+|independently\s+|officially\s+|publicly\s+|be\s+|been\s+|able\s+to\s+|possible\s+to\s+)*(?:confirm(?:ed|s)?|verif(?:y|ied)|corroborat(?:e|ed)|clear|known|certain|sure|rule[sd]?\s+out|ruled\s+out|deny|denied|denies)\b",
        polarity: H,
        scope: Scope::Wide,
        check: None,
    },
    Rule {
        re: r"(?i)\baccording\s+to\s+(?:unconfirmed|unverified|some|local|media|press|several)\s+reports\b",
        polarity: H,
        scope: Scope::Wide,
        check: None,
    },
    Rule {
        re: r"(?i)\b(?:unconfirmed|unverified|unsubstantiated|uncorroborated|unclear)\b",
        polarity: H,
        scope: Scope::Wide,
        check: None,
    },
    // Denials.
    Rule {
        re: r"(?i)\b(?:rejected|rejects|rejecting|reject|dismissed|dismisses|dismissing|dismiss|refuted|refutes|refuting|refute|disputed|disputes|dispute|rebuffed|rebutted)\s+(?:the\s+|such\s+|these\s+|those\s+|any\s+|all\s+|media\s+|press\s+)?(?:claims?|reports?|allegations?|accusations?|suggestions?|assertions?|speculation|rumou?rs?|notion|idea|charges?)\b",
        polarity: D,
        scope: Scope::Wide,
        check: None,
    },
    Rule {
        re: r"(?i)\bden(?:y|ies|ied|ying|ial|ials)\b",
        polarity: D,
        scope: Scope::Wide,
        check: None,
    },
    Rule {
        re: r"(?i)\bno\s+(?:organi[sz]ed\s+|real\s+|significant\s+|operational\s+|permanent\s+|active\s+|physical\s+|military\s+)?presence\b",
        polarity: D,
        scope: Scope::Local,
        check: None,
    },
    Rule { re: r"(?i)\bno\s+longer\b", polarity: D, scope: Scope::Local, check: None },
    Rule {
        re: r"(?i)\b(?:refused|refuses|refuse|declined|declines|decline)\s+to\s+(?:pledge|join|swear|recogni[sz]e|accept|endorse|back|support|align|ally|submit)\b",
        polarity: D,
        scope: Scope::Local,
        check: None,
    },
    Rule {
        re: r"(?i)\bthere\s+(?:is|was|are|were|has\s+been|have\s+been)\s+no\b",
        polarity: D,
        scope: Scope::Local,
        check: Some(there_no_ok),
    },
    Rule {
        re: r"(?i)\b(?:never|neither|nor|nobody|none)\b",
        polarity: D,
        scope: Scope::Local,
        check: Some(never_ok),
    },
    Rule { re: r"(?i)\bnot\b", polarity: D, scope: Scope::Local, check: Some(not_ok) },
    Rule { re: r"(?i)\b\w+n['’]t\b", polarity: D, scope: Scope::Local, check: Some(not_ok) },
    Rule { re: r"(?i)\bcannot\b", polarity: D, scope: Scope::Local, check: Some(not_ok) },
    Rule { re: r"(?i)\bno\b", polarity: D, scope: Scope::Local, check: Some(no_ok) },
    // Hedges that may sit anywhere in the clause.
    Rule {
        re: r"(?i)\b(?:allegedly|alleged|alleges|alleging|reportedly|purportedly|purported|supposedly|apparently|presumably|ostensibly|rumou?red|rumou?rs?|hinted|hints|speculated|speculation)\b",
        polarity: H,
        scope: Scope::Wide,
        check: None,
    },
    Rule {
        re: r"(?i)\b(?:it\s+is\s+|it\s+was\s+)?(?:believed|believes|believe|thought\s+that|suspects|suspect\s+that)\b",
        polarity: H,
        scope: Scope::Wide,
        check: None,
    },
    Rule {
        re: r"(?i)\b(?:is|are|was|were|been|being)\s+(?:also\s+|widely\s+|previously\s+)?reported\b",
        polarity: H,
        scope: Scope::Wide,
        check: None,
    },
    Rule {
        re: r"(?i)\b(?:accused|accuses|accusing|accusation|accusations|blamed|blames|blaming)\b",
        polarity: H,
        scope: Scope::Wide,
        check: None,
    },
    Rule {
        re: r"(?i)\breports?\s+(?:that|suggest(?:ed|s|ing)?|indicat(?:e|ed|es|ing))\b",
        polarity: H,
        scope: Scope::Wide,
        check: None,
    },
    Rule {
        re: r"(?i)\bestimat(?:ed|es|e|ing|ion|ions)\b",
        polarity: H,
        scope: Scope::Wide,
        check: None,
    },
    Rule {
        re: r"(?i)\bclaim(?:s|ed|ing)?\s+(?:that|to)\b",
        polarity: H,
        scope: Scope::Wide,
        check: None,
    },
    // Hedges bound to the verb they precede.
    Rule {
        re: r"(?i)\b(?:reported|thought|said|understood|rumou?red|claimed|alleged|suspected|feared|assumed|presumed)\s+to\s+(?:be|have|number|control|command|lead|include|operate|hold|maintain|comprise|total)\b",
        polarity: H,
        scope: Scope::Local,
        check: None,
    },
    Rule {
        re: r"(?i)\b(?:appears?|appeared|seems?|seemed)\s+to\b",
        polarity: H,
        scope: Scope::Local,
        check: None,
    },
    Rule {
        re: r"(?i)\bis\s+thought\b|\bsuspected\b|\bsuspicion\b",
        polarity: H,
        scope: Scope::Local,
        check: None,
    },
    Rule {
        re: r"(?i)\b(?:may|might|could|possibly|possible|probably|probable|likely|unlikely|perhaps|maybe|conceivably)\b",
        polarity: H,
        scope: Scope::Local,
        check: Some(may_ok),
    },
];

fn regexes() -> &'static Vec<Regex> {
    static RES: OnceLock<Vec<Regex>> = OnceLock::new();
    RES.get_or_init(|| {
        RULES.iter().map(|r| crate::compile_regex(r.re).expect("valid polarity regex")).collect()
    })
}

fn scoped_cues(s: &str) -> Vec<(PolarityCue, Scope)> {
    let mut out: Vec<(PolarityCue, Scope)> = Vec::new();
    for (rule, re) in RULES.iter().zip(regexes()) {
        for m in re.find_iter(s) {
            if let Some(check) = rule.check {
                if !check(s, m.start(), m.end()) {
                    continue;
                }
            }
            if out.iter().any(|(c, _)| c.start < m.end() && m.start() < c.end) {
                continue;
            }
            out.push((
                PolarityCue { start: m.start(), end: m.end(), polarity: rule.polarity },
                rule.scope,
            ));
        }
    }
    out.sort_by_key(|(c, _)| (c.start, c.end));
    out
}

// ---------------------------------------------------------------------------------------------
// Exclusions

fn words_after(s: &str, end: usize, n: usize) -> Vec<String> {
    s.get(end..)
        .unwrap_or("")
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .take(n)
        .map(|w| w.to_lowercase())
        .collect()
}

fn words_before(s: &str, start: usize, n: usize) -> Vec<String> {
    let mut v: Vec<String> = s
        .get(..start)
        .unwrap_or("")
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .take(n)
        .map(|w| w.to_lowercase())
        .collect();
    v.reverse();
    v
}

/// "not only", "not least", "if not", "whether or not", "not until" ... are no denials.
fn not_ok(s: &str, start: usize, end: usize) -> bool {
    let after = words_after(s, end, 2);
    let a0 = after.first().map(String::as_str).unwrap_or("");
    let a1 = after.get(1).map(String::as_str).unwrap_or("");
    if matches!(
        a0,
        "only"
            | "just"
            | "least"
            | "merely"
            | "simply"
            | "long"
            | "far"
            | "until"
            | "till"
            | "unlike"
            | "uncommon"
            | "unusual"
            | "surprisingly"
            | "surprising"
            | "necessarily"
            | "all"
            | "even"
    ) || (a0 == "to" && a1 == "mention")
        || (a0 == "a" && a1 == "few")
    {
        return false;
    }
    let before = words_before(s, start, 2);
    let b1 = before.last().map(String::as_str).unwrap_or("");
    let b0 = if before.len() == 2 { before[0].as_str() } else { "" };
    !(b1 == "if" || (b0 == "whether" && b1 == "or") || b1 == "or" && a0.is_empty())
}

/// "no fewer than 500", "no doubt", "No. 2" are no denials.
fn no_ok(s: &str, start: usize, end: usize) -> bool {
    let tail = s.get(end..).unwrap_or("");
    if tail.starts_with('.')
        || tail.starts_with('-')
        || tail.trim_start().starts_with(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    let after = words_after(s, end, 1);
    let a0 = after.first().map(String::as_str).unwrap_or("");
    if matches!(
        a0,
        "fewer"
            | "less"
            | "more"
            | "later"
            | "sooner"
            | "doubt"
            | "matter"
            | "exception"
            | "stranger"
            | "small"
            | "mean"
            | "surprise"
            | "secret"
            | "coincidence"
    ) || a0.is_empty()
    {
        return false;
    }
    let _ = start;
    true
}

/// "there is no doubt" is no denial either.
fn there_no_ok(s: &str, start: usize, end: usize) -> bool {
    no_ok(s, end.saturating_sub(2).max(start), end)
}

/// "never before seen" stays a denial of nothing much, but "nor" after "neither confirm" is
/// handled by the hedge rule; here only bare sentence-initial "None" of a list is excluded.
fn never_ok(s: &str, start: usize, end: usize) -> bool {
    let w = s.get(start..end).unwrap_or("").to_lowercase();
    if w == "none" {
        return words_after(s, end, 1).first().is_some_and(|a| a == "of");
    }
    true
}

/// The modal "may", not the month: "in May", "May 2015", "on 5 May".
fn may_ok(s: &str, start: usize, end: usize) -> bool {
    let w = s.get(start..end).unwrap_or("");
    if w != "May" && w != "MAY" {
        return true;
    }
    let tail = s.get(end..).unwrap_or("").trim_start_matches([' ', ',']);
    if tail.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let before = words_before(s, start, 1);
    let b = before.last().map(String::as_str).unwrap_or("");
    if b.chars().all(|c| c.is_ascii_digit()) && !b.is_empty() {
        return false;
    }
    if matches!(
        b,
        "in" | "since"
            | "until"
            | "by"
            | "of"
            | "from"
            | "early"
            | "late"
            | "mid"
            | "last"
            | "this"
            | "next"
            | "during"
            | "through"
            | "before"
            | "after"
            | "between"
            | "and"
            | "to"
            | "till"
    ) {
        return false;
    }
    // sentence-initial "May" followed by a verb-like word is the modal; mid-sentence capital
    // "May" is the month (or a name)
    s.get(..start).unwrap_or("").trim().is_empty()
}

// ---------------------------------------------------------------------------------------------
// Clauses and asides

fn clause_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        crate::compile_regex(r"(?i);|—|\s–\s|:\s|\b(?:but|however|whereas|while|although|though)\b")
            .expect("valid clause regex")
    })
}

fn clause_bounds(s: &str, region: (usize, usize)) -> (usize, usize) {
    let (r0, r1) = region;
    let mut c0 = 0;
    let mut c1 = s.len();
    for m in clause_re().find_iter(s) {
        // "not only ... but also" does not split
        if m.as_str().eq_ignore_ascii_case("but")
            && words_after(s, m.end(), 1).first().is_some_and(|w| w == "also")
        {
            continue;
        }
        if m.end() <= r0 {
            c0 = m.end();
        } else if m.start() >= r1 && m.start() < c1 {
            c1 = m.start();
        }
    }
    (c0, c1)
}

/// The cue lies in a comma- or bracket-delimited aside that the region does not touch, and the
/// aside is more than the cue itself.
fn in_aside(s: &str, cue: &PolarityCue, region: (usize, usize), clause: (usize, usize)) -> bool {
    let (c0, c1) = clause;
    let bytes = s.as_bytes();
    let inside = |a: usize, b: usize| -> bool {
        let touches = region.0 < b && a < region.1;
        if touches {
            return false;
        }
        let before = s.get(a..cue.start).unwrap_or("");
        let after = s.get(cue.end..b).unwrap_or("");
        !(before.trim().is_empty() && after.trim().is_empty())
    };
    // brackets
    let open = (c0..cue.start.min(c1)).rev().find(|&i| bytes[i] == b'(');
    if let Some(o) = open {
        let closed_between = (o..cue.start).any(|i| bytes[i] == b')');
        if !closed_between {
            if let Some(cl) = (cue.end..c1).find(|&i| bytes[i] == b')') {
                if inside(o + 1, cl) {
                    return true;
                }
            }
        }
    }
    // commas
    let p0 = (c0..cue.start.min(c1)).rev().find(|&i| bytes[i] == b',');
    let p1 = (cue.end..c1).find(|&i| bytes[i] == b',');
    if let (Some(p0), Some(p1)) = (p0, p1) {
        if inside(p0 + 1, p1) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Polarity of the fact whose region is the first occurrence of `needle`.
    fn pol(s: &str, needle: &str) -> Polarity {
        let i = s.find(needle).unwrap_or_else(|| panic!("{needle:?} not in {s:?}"));
        polarity_of(s, (i, i + needle.len()))
    }
    const A: Polarity = Polarity::Asserted;

    #[test]
    fn plain_statements_are_asserted() {
        assert_eq!(
            pol(
                "The Nile Brigade pledged allegiance to the caliph in 2016.",
                "pledged allegiance to the caliph"
            ),
            A
        );
        assert_eq!(
            pol("The Nile Brigade has about 300 fighters in the delta.", "has about 300 fighters"),
            A
        );
        assert!(cues("The Nile Brigade pledged allegiance to the caliph.").is_empty());
    }

    #[test]
    fn claimed_responsibility_is_not_a_hedge() {
        let s = "The Sahel Front claimed responsibility for the bombing of the market in Gao.";
        assert_eq!(pol(s, "claimed responsibility for the bombing"), A);
        assert!(cues(s).is_empty());
        let s2 = "The Sahel Front has claimed responsibility for two ambushes, officials said.";
        assert_eq!(pol(s2, "claimed responsibility for two ambushes"), A);
    }

    #[test]
    fn adverb_hedges_anywhere_in_clause() {
        assert_eq!(
            pol(
                "Fighters of the Nile Brigade reportedly withdrew from the town.",
                "withdrew from the town"
            ),
            H
        );
        assert_eq!(
            pol(
                "The Nile Brigade withdrew from the town, reportedly after a truce.",
                "The Nile Brigade withdrew"
            ),
            H
        );
        assert_eq!(
            pol("Allegedly, the cell received funds from the Gulf network.", "received funds"),
            H
        );
        assert_eq!(
            pol("The cell, reportedly, received funds from the Gulf network.", "received funds"),
            H
        );
        assert_eq!(
            pol(
                "According to unconfirmed reports, the cell swore loyalty to the emir.",
                "swore loyalty"
            ),
            H
        );
    }

    #[test]
    fn verb_bound_hedges() {
        assert_eq!(
            pol(
                "The militia is estimated to have around 4,000 recruits.",
                "have around 4,000 recruits"
            ),
            H
        );
        assert_eq!(
            pol("The militia is believed to control three districts.", "control three districts"),
            H
        );
        assert_eq!(
            pol(
                "Its commanders may have joined the northern alliance.",
                "joined the northern alliance"
            ),
            H
        );
        assert_eq!(
            pol("The faction appears to have merged with its rival.", "merged with its rival"),
            H
        );
        assert_eq!(pol("An estimated 700 gunmen serve in the battalion.", "700 gunmen serve"), H);
        assert_eq!(pol("The riverine cell is thought to number 80 men.", "number 80 men"), H);
        assert_eq!(pol("The militia claims to field 9,000 troops.", "field 9,000 troops"), H);
        assert_eq!(
            pol(
                "Analysts believe the cell answers to the coastal command.",
                "answers to the coastal command"
            ),
            H
        );
        assert_eq!(
            pol(
                "The government blamed the Delta Front for the pipeline blast.",
                "the Delta Front for the pipeline blast"
            ),
            H
        );
    }

    #[test]
    fn hedge_in_another_clause_does_not_apply() {
        let s = "The brigade may expand southwards; it pledged allegiance to the emir in March.";
        assert_eq!(pol(s, "pledged allegiance to the emir"), A);
        assert_eq!(pol(s, "expand southwards"), H);
        let s2 =
            "Officials say the group reportedly lost fighters, but it remains loyal to the front.";
        assert_eq!(pol(s2, "remains loyal to the front"), A);
        // a modal after the region does not reach back
        let s3 = "The brigade joined the alliance in 2015 and could soon move into Libya.";
        assert_eq!(pol(s3, "joined the alliance"), A);
        // a hedge in an aside about something else
        let s4 = "The brigade, which may number 500 men, joined the alliance in 2015.";
        assert_eq!(pol(s4, "joined the alliance"), A);
        // a dash or a colon ends the negation's clause
        let s5 = "For the brigade there is no border any more—just a territory stretching from the coast to the hills.";
        assert_eq!(pol(s5, "stretching from the coast"), A);
        let s6 = "There is no doubt about it: the brigade controls the pass.";
        assert_eq!(pol(s6, "brigade controls the pass"), A);
        assert_eq!(
            pol(
                "The brigade has no fighters left in the delta – officials say.",
                "has no fighters left in the delta"
            ),
            D
        );
    }

    #[test]
    fn explicit_denials() {
        assert_eq!(
            pol(
                "The clan elders denied that their militia had joined the insurgents.",
                "militia had joined the insurgents"
            ),
            D
        );
        assert_eq!(
            pol(
                "The militia had joined the insurgents, a spokesman denied.",
                "militia had joined the insurgents"
            ),
            D
        );
        assert_eq!(
            pol(
                "The ministry dismissed reports that the cell operates in the capital.",
                "cell operates in the capital"
            ),
            D
        );
        assert_eq!(
            pol(
                "The army rejected claims that the brigade controls the pass.",
                "brigade controls the pass"
            ),
            D
        );
    }

    #[test]
    fn presence_denial_with_claim_as_attribution() {
        let s =
            "The region's police claim the movement has no organised presence in the highlands.";
        assert_eq!(pol(s, "the movement has no organised presence in the highlands"), D);
        assert_eq!(pol(s, "presence in the highlands"), D);
        let c = cues(s);
        assert_eq!(c.len(), 1);
        assert_eq!(&s[c[0].start..c[0].end], "no organised presence");
        assert_eq!(c[0].polarity, D);
    }

    #[test]
    fn negated_verbs_are_denials() {
        assert_eq!(
            pol(
                "The Delta Front did not pledge allegiance to the caliph.",
                "pledge allegiance to the caliph"
            ),
            D
        );
        assert_eq!(
            pol(
                "The Delta Front has never pledged allegiance to the caliph.",
                "pledged allegiance to the caliph"
            ),
            D
        );
        assert_eq!(
            pol(
                "The Delta Front is not affiliated with the northern command.",
                "affiliated with the northern command"
            ),
            D
        );
        assert_eq!(pol("The Delta Front isn't part of the coalition.", "part of the coalition"), D);
        assert_eq!(
            pol(
                "There is no evidence that the Delta Front received weapons from abroad.",
                "received weapons"
            ),
            D
        );
        assert_eq!(
            pol(
                "The Delta Front is no longer allied with the clan militias.",
                "allied with the clan militias"
            ),
            D
        );
        assert_eq!(
            pol(
                "The Delta Front refused to pledge loyalty to the new emir.",
                "loyalty to the new emir"
            ),
            D
        );
    }

    #[test]
    fn no_and_not_that_do_not_deny() {
        assert_eq!(
            pol(
                "The brigade has no fewer than 500 fighters in the valley.",
                "has no fewer than 500 fighters"
            ),
            A
        );
        assert_eq!(
            pol("The brigade has no less than 500 fighters in the valley.", "500 fighters"),
            A
        );
        assert_eq!(
            pol(
                "Not only did the cell join the front, it also recruited locals.",
                "join the front"
            ),
            A
        );
        assert_eq!(
            pol("It was not until 2014 that the cell joined the front.", "joined the front"),
            A
        );
        assert_eq!(
            pol("The cell, whose leader was not present, joined the front.", "joined the front"),
            A
        );
        assert_eq!(
            pol(
                "The No. 2 commander of the brigade leads the eastern wing.",
                "leads the eastern wing"
            ),
            A
        );
        assert_eq!(pol("There is no doubt the cell joined the front.", "joined the front"), A);
    }

    #[test]
    fn denial_beats_hedge_and_negated_confirmation_is_hedge() {
        assert_eq!(
            pol("The front reportedly did not pledge allegiance to the emir.", "pledge allegiance"),
            D
        );
        assert_eq!(
            pol(
                "Officials could not confirm that the front pledged allegiance to the emir.",
                "pledged allegiance"
            ),
            H
        );
        assert_eq!(
            pol(
                "The ministry would neither confirm nor deny that the front pledged allegiance.",
                "pledged allegiance"
            ),
            H
        );
        assert_eq!(
            pol(
                "The front's pledge to the emir could not be independently verified.",
                "pledge to the emir"
            ),
            H
        );
        assert_eq!(
            pol(
                "The spokesman did not deny that the front pledged allegiance.",
                "pledged allegiance"
            ),
            H
        );
    }

    #[test]
    fn may_the_month_is_not_a_hedge() {
        assert_eq!(pol("In May the brigade joined the alliance.", "joined the alliance"), A);
        assert_eq!(pol("The brigade joined the alliance on 3 May 2015.", "joined the alliance"), A);
        assert_eq!(pol("The brigade joined the alliance in May.", "joined the alliance"), A);
        assert_eq!(pol("May 2015 saw the brigade join the alliance.", "join the alliance"), A);
        assert_eq!(pol("The brigade may join the alliance.", "join the alliance"), H);
    }

    #[test]
    fn cues_in_order_and_no_panic_on_odd_input() {
        let s = "The group allegedly did not join; it is estimated to have 300 men.";
        let c = cues(s);
        let texts: Vec<&str> = c.iter().map(|c| &s[c.start..c.end]).collect();
        assert_eq!(texts, vec!["allegedly", "not", "estimated"]);
        assert_eq!(c[1].polarity, D);
        for s in [
            "",
            "é",
            "not",
            "no",
            "No.",
            "(may",
            "may)",
            ",,may,,",
            "😀 denied 😀",
            "n’t",
            "there is no",
        ] {
            for r in [
                (0, 0),
                (0, s.len()),
                (s.len(), s.len() + 5),
                (3, 1),
                (1, 2),
                (usize::MAX - 1, usize::MAX),
            ] {
                let _ = polarity_of(s, r);
            }
            let _ = cues(s);
        }
        assert_eq!(polarity_of("😀 denied 😀", (0, 4)), D);
    }
}
