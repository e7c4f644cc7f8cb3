//! The hedge and denial cues, one rule each, and what each signals.

use super::exceptions::{may_ok, never_ok, no_ok, not_ok, there_no_ok};
use super::Scope;
use crate::model::Polarity;
use crate::rule::Rule;

/// One cue: its rule, what it signals, how far it reaches, and an exception its match must pass.
pub(super) struct Cue {
    pub(super) rule: &'static Rule,
    pub(super) polarity: Polarity,
    pub(super) scope: Scope,
    /// Post-check on the match (exclusions the regex crate cannot express with look-around).
    pub(super) check: Option<fn(&str, usize, usize) -> bool>,
}

const H: Polarity = Polarity::Hedged;
const D: Polarity = Polarity::Denied;

rule!(NEITHER_CONFIRM_NOR_DENY = "polarity.neither_confirm_nor_deny", || {
    r"(?i)\bneither\s+(?:confirm(?:ed|s|ing)?|verif(?:y|ied|ies))\s+nor\s+den(?:y|ied|ies)\b"
        .to_string()
});

rule!(NOT_CONFIRMED = "polarity.not_confirmed", || {
    r"(?ix)
        \b(?:not|n['’]t|cannot|never)\s+(?:yet\s+|immediately\s+|independently\s+|officially\s+
        |publicly\s+|be\s+|been\s+|able\s+to\s+|possible\s+to\s+)*(?:confirm(?:ed|s)?|verif(?:y
        |ied)|corroborat(?:e|ed)|clear|known|certain|sure|rule[sd]?\s+out|ruled\s+out|deny|denied
        |denies)\b"
        .to_string()
});

rule!(UNCONFIRMED_REPORTS = "polarity.unconfirmed_reports", || {
    r"(?i)\baccording\s+to\s+(?:unconfirmed|unverified|some|local|media|press|several)\s+reports\b"
        .to_string()
});

rule!(UNCONFIRMED = "polarity.unconfirmed", || {
    r"(?i)\b(?:unconfirmed|unverified|unsubstantiated|uncorroborated|unclear)\b".to_string()
});

rule!(REJECTED_CLAIMS = "polarity.rejected_claims", || {
    r"(?ix)
        \b(?:rejected|rejects|rejecting|reject|dismissed|dismisses|dismissing|dismiss|refuted
        |refutes|refuting|refute|disputed|disputes|dispute|rebuffed|rebutted)\s+(?:the\s+|such\s+
        |these\s+|those\s+|any\s+|all\s+|media\s+|press\s+)?(?:claims?|reports?|allegations?
        |accusations?|suggestions?|assertions?|speculation|rumou?rs?|notion|idea|charges?)\b"
        .to_string()
});

rule!(DENIED = "polarity.denied", || r"(?i)\bden(?:y|ies|ied|ying|ial|ials)\b".to_string());

rule!(NO_PRESENCE = "polarity.no_presence", || {
    r"(?ix)
        \bno\s+(?:organi[sz]ed\s+|real\s+|significant\s+|operational\s+|permanent\s+|active\s+
        |physical\s+|military\s+)?presence\b"
        .to_string()
});

rule!(NO_LONGER = "polarity.no_longer", || r"(?i)\bno\s+longer\b".to_string());

rule!(REFUSED_TO = "polarity.refused_to", || {
    r"(?ix)
        \b(?:refused|refuses|refuse|declined|declines|decline)\s+to\s+(?:pledge|join|swear
        |recogni[sz]e|accept|endorse|back|support|align|ally|submit)\b
        |\b(?:stopped|stops|stop)\s+short\s+of\s+(?:pledging|joining|swearing|declaring
        |recogni[sz]ing|endorsing)\b"
        .to_string()
});

rule!(THERE_IS_NO = "polarity.there_is_no", || {
    r"(?i)\bthere\s+(?:is|was|are|were|has\s+been|have\s+been)\s+no\b".to_string()
});

rule!(NEVER = "polarity.never", || r"(?i)\b(?:never|neither|nor|nobody|none)\b".to_string());

rule!(NOT = "polarity.not", || r"(?i)\bnot\b".to_string());

rule!(CONTRACTED_NOT = "polarity.contracted_not", || r"(?i)\b\w+n['’]t\b".to_string());

rule!(CANNOT = "polarity.cannot", || r"(?i)\bcannot\b".to_string());

rule!(NO = "polarity.no", || r"(?i)\bno\b".to_string());

rule!(ALLEGEDLY = "polarity.allegedly", || {
    r"(?ix)
        \b(?:allegedly|alleged|alleges|alleging|reportedly|purportedly|purported|supposedly
        |apparently|presumably|ostensibly|rumou?red|rumou?rs?|hinted|hints|speculated
        |speculation)\b"
        .to_string()
});

rule!(BELIEVED = "polarity.believed", || {
    r"(?ix)
        \b(?:it\s+is\s+|it\s+was\s+)?(?:believed|believes|believe|thought\s+that|suspects
        |suspect\s+that)\b"
        .to_string()
});

rule!(IS_REPORTED = "polarity.is_reported", || {
    r"(?i)\b(?:is|are|was|were|been|being)\s+(?:also\s+|widely\s+|previously\s+)?reported\b"
        .to_string()
});

rule!(ACCUSED = "polarity.accused", || {
    r"(?i)\b(?:accused|accuses|accusing|accusation|accusations|blamed|blames|blaming)\b".to_string()
});

rule!(REPORTS_THAT = "polarity.reports_that", || {
    r"(?i)\breports?\s+(?:that|suggest(?:ed|s|ing)?|indicat(?:e|ed|es|ing))\b".to_string()
});

rule!(ESTIMATED = "polarity.estimated", || r"(?i)\bestimat(?:ed|es|e|ing|ion|ions)\b".to_string());

rule!(CLAIMS_THAT = "polarity.claims_that", || r"(?i)\bclaim(?:s|ed|ing)?\s+(?:that|to)\b"
    .to_string());

rule!(REPORTED_TO = "polarity.reported_to", || {
    r"(?ix)
        \b(?:reported|thought|said|understood|rumou?red|claimed|alleged|suspected|feared|assumed
        |presumed)\s+to\s+(?:be|have|number|control|command|lead|include|operate|hold|maintain
        |comprise|total)\b"
        .to_string()
});

rule!(APPEARS_TO = "polarity.appears_to", || r"(?i)\b(?:appears?|appeared|seems?|seemed)\s+to\b"
    .to_string());

rule!(SUSPECTED = "polarity.suspected", || r"(?i)\bis\s+thought\b|\bsuspected\b|\bsuspicion\b"
    .to_string());

rule!(MODAL = "polarity.modal", || {
    r"(?ix)
        \b(?:may|might|could|possibly|possible|probably|probable|likely|unlikely|perhaps|maybe
        |conceivably)\b"
        .to_string()
});

/// In priority order: an earlier cue's match suppresses later matches that overlap it.
pub(super) static CUES: &[Cue] = &[
    Cue { rule: &NEITHER_CONFIRM_NOR_DENY, polarity: H, scope: Scope::Wide, check: None },
    Cue { rule: &NOT_CONFIRMED, polarity: H, scope: Scope::Wide, check: None },
    Cue { rule: &UNCONFIRMED_REPORTS, polarity: H, scope: Scope::Wide, check: None },
    Cue { rule: &UNCONFIRMED, polarity: H, scope: Scope::Wide, check: None },
    // Denials.
    Cue { rule: &REJECTED_CLAIMS, polarity: D, scope: Scope::Wide, check: None },
    Cue { rule: &DENIED, polarity: D, scope: Scope::Wide, check: None },
    Cue { rule: &NO_PRESENCE, polarity: D, scope: Scope::Local, check: None },
    Cue { rule: &NO_LONGER, polarity: D, scope: Scope::Local, check: None },
    Cue { rule: &REFUSED_TO, polarity: D, scope: Scope::Local, check: None },
    Cue { rule: &THERE_IS_NO, polarity: D, scope: Scope::Local, check: Some(there_no_ok) },
    Cue { rule: &NEVER, polarity: D, scope: Scope::Local, check: Some(never_ok) },
    Cue { rule: &NOT, polarity: D, scope: Scope::Local, check: Some(not_ok) },
    Cue { rule: &CONTRACTED_NOT, polarity: D, scope: Scope::Local, check: Some(not_ok) },
    Cue { rule: &CANNOT, polarity: D, scope: Scope::Local, check: Some(not_ok) },
    Cue { rule: &NO, polarity: D, scope: Scope::Local, check: Some(no_ok) },
    // Hedges that may sit anywhere in the clause.
    Cue { rule: &ALLEGEDLY, polarity: H, scope: Scope::Wide, check: None },
    Cue { rule: &BELIEVED, polarity: H, scope: Scope::Wide, check: None },
    Cue { rule: &IS_REPORTED, polarity: H, scope: Scope::Wide, check: None },
    Cue { rule: &ACCUSED, polarity: H, scope: Scope::Wide, check: None },
    Cue { rule: &REPORTS_THAT, polarity: H, scope: Scope::Wide, check: None },
    Cue { rule: &ESTIMATED, polarity: H, scope: Scope::Wide, check: None },
    Cue { rule: &CLAIMS_THAT, polarity: H, scope: Scope::Wide, check: None },
    // Hedges bound to the verb they precede.
    Cue { rule: &REPORTED_TO, polarity: H, scope: Scope::Local, check: None },
    Cue { rule: &APPEARS_TO, polarity: H, scope: Scope::Local, check: None },
    Cue { rule: &SUSPECTED, polarity: H, scope: Scope::Local, check: None },
    Cue { rule: &MODAL, polarity: H, scope: Scope::Local, check: Some(may_ok) },
];
