//! How many fighters a group has: strength (subject the group, object the place if one is
//! given, the figure and its unit in the attributes).

use super::{push, strip_placeholders, RawFact, GROUP, PLACE};
use crate::model::{EntityKind, FactAttrs, FactType, StrengthAttrs};
use crate::sentence::Masked;

/// A figure (spaces written `\ ` so that the fragment reads the same in verbose patterns).
const NUM: &str = r"(?x:
    \d{1,3}(?:,\d{3})+                                  # 7,000 or 1,500,000
    |\d{1,3}(?:\ \d{3})+                               # 7 000
    |\d+(?:\.\d+)?(?:\ (?:million|thousand|hundred))?  # 700, 1.5 million
    |(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a\ few|several|twenty|thirty
        |forty|fifty)\ (?:hundred|thousand)              # two thousand, a few hundred
    |a\ dozen|dozens|hundreds|thousands
)";
/// What a group's strength is counted in.
const UNIT: &str = r"(?x:
    fighters|members|militants|men|soldiers|loyalists|troops|followers|recruits|combatants
    |jihadists|extremists|supporters|gunmen|cadres|operatives|personnel|insurgents|mercenaries
    |volunteers|foreign\ fighters|guerrillas|rebels|contractors|adherents|warriors
)";

rule!(
    /// A figure or range with its hedge and unit: "as many as 5,000 fighters", "7,000-9,000".
    STRENGTH = "strength.figure",
    || format!(
        r#"(?ix)
        (?P<q>  # how the figure is hedged
            as\ many\ as|up\ to|more\ than|over|around|about|some|nearly|almost|roughly
            |approximately|at\ least|fewer\ than|less\ than|an\ estimated|estimated|between
            |close\ to|upwards\ of
        )?
        \s*"?(?P<a>{NUM})                               # the figure
        (?:\s*(?:–|-|—|to|and)\s*(?P<b>{NUM}))?"?       # the top of a range
        (?P<u>(?:\ (?:[\w'-]+|⟨G\d+⟩)){{0,3}}?\ {UNIT})?\b  # the unit: "Daesh fighters"
        "#
    )
);
rule!(
    /// A verb of having before a figure without a unit: "commands 5,000", "numbering 900".
    STRENGTH_VERB = "strength.having_verb",
    || r"(?ix)
        \b
        (?:
            commands?|commanding|numbers?|numbering|boasts?|fields?|musters?|has|have|had|counts?
            |strength\ of|force\ of
        )
        \W*\s*$
    ".to_string()
);
rule!(
    /// The unit before the figure: "its fighters, estimated at 200".
    STRENGTH_AFTER_UNIT = "strength.unit_then_figure",
    || format!(
        r"(?ix)
        (?P<u>(?:[\w'-]+\ ){{0,2}}{UNIT})[^⟨.;]{{0,40}}?\b
        (?:estimated|calculated|believed|thought|said|put|reported|numbered|counted)\s+
        (?:to\s+(?:be|number|total)\s+)?(?:at\s+)?
        (?P<q>
            as\ many\ as|up\ to|more\ than|over|around|about|some|nearly|almost|roughly
            |approximately|at\ least|between
        )?
        \s*(?P<a>{NUM})
        (?:\s*(?:–|-|—|to|and)\s*(?P<b>{NUM}))?
        "
    )
);
rule!(
    /// "its fighters", "their foreign recruits": a possessive that looks ahead to the group.
    POSSESSIVE_AHEAD = "strength.possessive_ahead",
    || r"(?i)\b(?:its|their)\s+(?:[\w'-]+\s+){0,2}$".to_string()
);
rule!(
    /// A picture's count is not an estimate: "photos showing a group of about 50 fighters".
    PICTURED = "strength.pictured",
    || r"(?ix)
        \b
        (?:showing|shows|showed|show|depict\w*|featur\w*|pictured|photographed|filmed|seen)\b
        (?:\s+[\w-]+){0,4}\s*$
    ".to_string()
);
rule!(
    /// Casualty and hostage counts are not strength: "killed about 50 fighters".
    CASUALTIES = "strength.casualties",
    || r"(?ix)
        \b
        (?:
            killed|killing|kills|kill|wounded|injured|arrested|captured|detained|executed|abducted
            |kidnapped|freed|released|rescued|lost|killing\ of|kidnapping\ of|abduction\ of
            |massacre\ of|execution\ of|deaths?\ of
        )
        \s+(?:\w+\s+){0,2}$
    ".to_string()
);
rule!(
    /// "⟨G⟩, an ⟨G⟩ affiliate": a group in an apposition only describes the one before it.
    APPOSITION = "strength.apposition",
    || r"(?i), (?:an?|its|the) (?:[\w-]+ )?$".to_string()
);
rule!(
    /// "10,000 loyalists of ⟨G⟩": what ties a figure to a group after it.
    GROUP_AFTER = "strength.group_after",
    || r"(?i)\b(?:of|from|in|for|belonging to|loyal to|joined|with|within|inside)\b".to_string()
);
rule!(
    /// "in ⟨L⟩", "on Afghan soil": where the fighters are.
    PLACE_AFTER = "strength.place_after",
    || r"(?i)\b(?:in|on|across|inside|within|throughout)\b[^⟨]*$".to_string()
);

/// The value of a figure as written: "15,000", "a thousand", "two hundred".
fn word_number(s: &str) -> Option<f64> {
    let t = s.to_ascii_lowercase().replace([',', ' '], "");
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

fn strengths_after_unit(m: &Masked, out: &mut Vec<RawFact>) {
    for c in STRENGTH_AFTER_UNIT.captures_iter(&m.masked) {
        let whole = c.get(0).unwrap();
        let Some(min) = word_number(c.name("a").unwrap().as_str()) else { continue };
        let max = c.name("b").and_then(|b| word_number(b.as_str())).unwrap_or(min);
        if min < 10.0 {
            continue;
        }
        // "Despite the numbers of its fighters, estimated at 200, ⟨G⟩ ...": "its" looks ahead to
        // the group the sentence is about.
        let unit = c.name("u").unwrap();
        let unit_noun = unit.start() + unit.as_str().rfind(' ').map_or(0, |i| i + 1);
        let ahead = || {
            let possessive = POSSESSIVE_AHEAD.is_match(&m.masked[..unit_noun]);
            possessive
                .then(|| m.slots_in((whole.end(), m.masked.len()), GROUP).map(|(i, _)| i).next())
                .flatten()
        };
        let Some(g) = m
            .nearest_before(whole.start(), GROUP)
            .or_else(|| m.slots_in((whole.start(), whole.end()), GROUP).map(|(i, _)| i).next())
            .or_else(ahead)
        else {
            continue;
        };
        let unit = c.name("u").unwrap().as_str().trim().to_string();
        let attrs = FactAttrs::Strength(StrengthAttrs { max, min, qualifier: None, unit });
        let (rule, region) = (STRENGTH_AFTER_UNIT.id(), (whole.start(), whole.end()));
        push(out, m, rule, FactType::Strength, (g, None), attrs, region);
    }
}

pub(super) fn strengths(m: &Masked, out: &mut Vec<RawFact>) {
    strengths_after_unit(m, out);
    let mut last_strength: Option<(usize, usize, Option<String>)> = None;
    for c in STRENGTH.captures_iter(&m.masked) {
        let a = c.name("a").unwrap();
        let unit = c.name("u").map(|u| strip_placeholders(u.as_str()));
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
        if PICTURED.is_match(before) || CASUALTIES.is_match(before) {
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
        let described = |g: usize| APPOSITION.is_match(&m.masked[clause.0..m.slots[g].at.0]);
        let before_figure = m
            .slots_in((clause.0, whole.start()), GROUP)
            .map(|(i, _)| i)
            .filter(|&g| !described(g))
            .last();
        let group_after = || {
            m.nearest_after(whole.end(), GROUP).filter(|&g| {
                let gap = &m.masked[whole.end()..m.slots[g].at.0];
                let opening = m.masked[..whole.start()].len() < 30;
                gap.len() < 60 && (opening || GROUP_AFTER.is_match(gap))
            })
        };
        let g = before_figure
            .or_else(|| m.nearest_before(whole.start(), GROUP))
            .or_else(|| m.carried_subject(whole.start()))
            .or_else(group_after);
        // "7,000 Daesh members": the group inside the unit comes first.
        let inner = m.slots_in((whole.start(), whole.end()), GROUP).map(|(i, _)| i).next();
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
        let place = m.nearest_after(whole.end(), PLACE).filter(|&p| {
            let gap = &m.masked[whole.end()..m.slots[p].at.0];
            gap.len() < 70 && PLACE_AFTER.is_match(gap)
        });
        let attrs = FactAttrs::Strength(StrengthAttrs {
            max,
            min,
            qualifier: c.name("q").map(|q| q.as_str().to_ascii_lowercase()),
            unit: unit.unwrap_or_else(|| "members".into()),
        });
        let (rule, region) = (STRENGTH.id(), (whole.start(), whole.end()));
        push(out, m, rule, FactType::Strength, (g, place), attrs, region);
    }
}

#[cfg(test)]
mod tests {
    use super::word_number;

    #[test]
    fn word_numbers() {
        assert_eq!(word_number("15,000"), Some(15000.0));
        assert_eq!(word_number("a thousand"), Some(1000.0));
        assert_eq!(word_number("two hundred"), Some(200.0));
        assert_eq!(word_number("1.5 million"), Some(1_500_000.0));
        assert_eq!(word_number("a few thousand"), Some(3000.0));
    }
}
