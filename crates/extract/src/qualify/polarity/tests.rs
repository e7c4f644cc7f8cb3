//! Hedges and denials in sentences written for these tests.

use super::*;

const H: Polarity = Polarity::Hedged;
const D: Polarity = Polarity::Denied;

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
    let s2 = "Officials say the group reportedly lost fighters, but it remains loyal to the front.";
    assert_eq!(pol(s2, "remains loyal to the front"), A);
    // a modal after the region does not reach back
    let s3 = "The brigade joined the alliance in 2015 and could soon move into Libya.";
    assert_eq!(pol(s3, "joined the alliance"), A);
    // a hedge in an aside about something else
    let s4 = "The brigade, which may number 500 men, joined the alliance in 2015.";
    assert_eq!(pol(s4, "joined the alliance"), A);
    // a dash or a colon ends the negation's clause
    let s5 = "For the brigade there is no border any more—just a territory stretching \
        from the coast to the hills.";
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
    let s = "The region's police claim the movement has no organised presence in the highlands.";
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
    assert_eq!(pol("The brigade has no less than 500 fighters in the valley.", "500 fighters"), A);
    assert_eq!(
        pol("Not only did the cell join the front, it also recruited locals.", "join the front"),
        A
    );
    assert_eq!(pol("It was not until 2014 that the cell joined the front.", "joined the front"), A);
    assert_eq!(
        pol("The cell, whose leader was not present, joined the front.", "joined the front"),
        A
    );
    assert_eq!(
        pol("The No. 2 commander of the brigade leads the eastern wing.", "leads the eastern wing"),
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
        pol("The spokesman did not deny that the front pledged allegiance.", "pledged allegiance"),
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
