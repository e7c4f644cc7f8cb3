//! Who lists a group as terrorist: designated (subject the group, object the state or body).

use super::{push, RawFact, GROUP, PLACE_OR_BODY};
use crate::model::{FactAttrs, FactType};
use crate::sentence::Masked;

rule!(
    /// The act of listing: "designated", "proscribed", "labelled it a terrorist group", "added
    /// ⟨G⟩ to its list".
    DESIGNATE = "designated.listing",
    || {
        // Verbs that call a group terrorist: "labelled", "considers".
        let calling = r"(?x:
            declared|named|labell?ed|branded|classified|deemed|considers|considered|regards
            |regarded
        )";
        // The one listed, between verb and "as": "⟨G⟩", "it", "the group".
        let listed = r"(?:⟨G\d+⟩\ |the\ group\ |it\ |them\ )";
        format!(
            r"(?ix)
            \b(?:
                designat\w+|re-designat\w+|redesignat\w+|proscri\w+
                |recogni[sz]ed\ as\ an?\ (?:\w+\ )?terror\w*
                # listed the group as a terrorist organisation
                |list\w*\ (?:the\ )?(?:⟨G\d+⟩\ |it\ |them\ |the\ group\ )?as\ an?
                    \ (?:[\w-]+\ ){{0,2}}?terror\w*
                |blacklist\w*|outlawed|banned
                # labelled it a terrorist group
                |{calling}\ (?:the\ )?{listed}?(?:as\ )?an?\ (?:[\w-]+\ ){{0,2}}?terror\w*
                # added ⟨G⟩ to its list of terrorist organisations
                |added\ (?:⟨G\d+⟩\ )?[^⟨;]{{0,40}}?to\ (?:its|the|a)\ [^⟨;]{{0,40}}?list
                |terrorist\ (?:organi[sz]ation|group|entity)\ by
            )
            "
        )
    }
);
rule!(
    /// "... by ⟨L1⟩, ⟨L2⟩ and ⟨B3⟩": the designators after the listing.
    BY_DESIGNATOR = "designated.by_designator",
    || r"\bby (?:the )?⟨[LB](\d+)⟩".to_string()
);
rule!(
    /// "in ⟨L⟩", "from ⟨L⟩": a place in a prepositional phrase is not the one that lists.
    PLACE_PHRASE = "designated.place_phrase",
    || r"(?i)\b(?:in|on|at|from|into|across)\s*$".to_string()
);
rule!(
    /// "the ⟨L⟩-designated terrorist group ⟨G⟩".
    PREFIXED = "designated.prefixed",
    || r"(?i)⟨[LB](\d+)⟩-(?:designated|listed|proscribed)[^⟨;]{0,40}?⟨G(\d+)⟩".to_string()
);

pub(super) fn designations(m: &Masked, out: &mut Vec<RawFact>) {
    for t in DESIGNATE.find_iter(&m.masked) {
        // The group: right after the trigger ("designated ⟨G⟩ as"), else before it.
        let g_inside = m.slots_in((t.start(), t.end()), GROUP).map(|(i, _)| i).next();
        let g_after = m.nearest_after(t.end(), GROUP).filter(|&g| {
            m.slots[g].at.0 <= t.end() + 60 && !m.masked[t.end()..m.slots[g].at.0].contains('⟨')
        });
        let Some(g) = g_inside.or(g_after).or_else(|| m.nearest_before(t.start(), GROUP)) else {
            continue;
        };
        let mut designators = Vec::new();
        let clause = m.clause_of(t.start());
        if let Some(by) = BY_DESIGNATOR.captures(&m.masked[t.start()..clause.1]) {
            if let Some(b) = m.slot_of_capture(&by[1]) {
                designators.extend(m.coordinated(b));
            }
        }
        // "⟨L⟩ designated ⟨G⟩", "⟨B⟩ has designated", "the ⟨L⟩-designated"
        if designators.is_empty() {
            if let Some(b) = m.nearest_before(t.start(), PLACE_OR_BODY) {
                let gap = &m.masked[m.slots[b].at.1..t.start()];
                if gap.len() < 40
                    && !gap.contains('⟨')
                    && !PLACE_PHRASE.is_match(&m.masked[..m.slots[b].at.0])
                {
                    designators.extend(m.coordinated(b));
                }
            }
        }
        for b in designators {
            if !m.slots[b].adjective || m.masked[m.slots[b].at.1..].starts_with('-') {
                let region = (t.start(), t.end());
                let (rule, attrs) = (DESIGNATE.id(), FactAttrs::None);
                push(out, m, rule, FactType::Designated, (g, Some(b)), attrs, region);
            }
        }
    }
    for c in PREFIXED.captures_iter(&m.masked) {
        if let (Some(b), Some(g)) = (m.slot_of_capture(&c[1]), m.slot_of_capture(&c[2])) {
            let w = c.get(0).unwrap();
            let (rule, attrs) = (PREFIXED.id(), FactAttrs::None);
            push(out, m, rule, FactType::Designated, (g, Some(b)), attrs, (w.start(), w.end()));
        }
    }
}
