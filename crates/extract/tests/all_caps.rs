//! Upper-case wire copy: reports written wholly in capitals, with datelines, wire markers and
//! wrapped lines, read as well as ordinary text. The reports are written for these tests.

mod common;

use common::{describe, extract, has_fact};

const WIRE_REPORT: &str = "   SAN SALVADOR, 12 APR 90 (RADIO NACIONAL) -- [TEXT] ARMY SPOKESMEN \
REPORTED\nTODAY THAT FMLN URBAN COMMANDOS ATTACKED A POLICE POST IN THE TOWN OF\nSAN \
MIGUEL LAST NIGHT.\n\n   THE MAYOR OF A NEARBY VILLAGE WAS KIDNAPPED BY MEMBERS OF THE \
PEOPLE'S\nREVOLUTIONARY ARMY [ERP], GEN. RAMOS SAID.\n\n   [BEGIN RECORDING] WE WILL NOT \
NEGOTIATE WITH TERRORISTS. [END RECORDING]\n";

#[test]
fn attacks_come_out_of_an_upper_case_report() {
    let r = extract(WIRE_REPORT);
    assert!(has_fact(&r, "attack", "FMLN", ""), "{}", describe(&r));
    assert!(has_fact(&r, "attack", "ERP", ""), "{}", describe(&r));
}

#[test]
fn evidence_is_quoted_verbatim_from_the_capitals_and_spans_wrapped_lines() {
    let r = extract(WIRE_REPORT);
    assert!(!r.facts.is_empty(), "{}", describe(&r));
    for f in &r.facts {
        let e = &f.evidence;
        assert_eq!(&WIRE_REPORT[e.start..e.end], e.text);
        assert!(!e.text.chars().any(char::is_lowercase), "quoted as written: {}", e.text);
        // The dateline and the marker are not part of the sentence.
        assert!(!e.text.contains("[TEXT]") && !e.text.contains("RADIO NACIONAL"), "{}", e.text);
    }
    let kidnapping = r.facts.iter().find(|f| f.evidence.text.contains("KIDNAPPED")).unwrap();
    assert!(kidnapping.evidence.text.starts_with("THE MAYOR"), "{}", kidnapping.evidence.text);
    assert!(kidnapping.evidence.text.ends_with("GEN. RAMOS SAID."), "one sentence over the wrap");
}

#[test]
fn names_from_capitals_read_in_ordinary_case() {
    let r = extract(WIRE_REPORT);
    let fmln = r.entities.iter().find(|e| e.mentions.iter().any(|m| m == "FMLN")).unwrap();
    assert_eq!(fmln.name, "Farabundo Marti National Liberation Front");
    // Short acronyms count in capitals too ("ERP" inside a shouted sentence).
    assert!(r.entities.iter().any(|e| e.mentions.iter().any(|m| m == "ERP")), "{r:?}");
    // Ordinary words in capitals are no names: nothing called "Army Spokesmen" or "Mayor".
    assert!(
        !r.entities.iter().any(|e| e.name.to_lowercase().contains("spokesmen")
            || e.name.to_lowercase().contains("mayor")),
        "{:?}",
        r.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
}

#[test]
fn unnamed_attackers_in_capitals_stay_unattributed() {
    let text = "   LIMA, 3 MAY 90 (EFE) -- [TEXT] UNIDENTIFIED GUNMEN ATTACKED A BUS IN THE\n\
                CENTRE OF THE CAPITAL TODAY, KILLING TWO PASSENGERS, POLICE SAID.\n";
    let r = extract(text);
    assert!(r.facts.iter().all(|f| f.fact_type.as_str() != "attack"), "{}", describe(&r));
}

#[test]
fn a_denial_in_capitals_is_no_attack() {
    let text = "   BOGOTA, 9 JUN 90 (AFP) -- [TEXT] IN A COMMUNIQUE SENT TO LOCAL RADIO \
                STATIONS,\nTHE M-19 DENIED THAT IT HAD BOMBED THE BANK IN CALI.\n";
    let r = extract(text);
    assert!(
        !r.facts.iter().any(|f| f.fact_type.as_str() == "attack"
            && f.polarity != allegiance_extract::Polarity::Denied),
        "{}",
        describe(&r)
    );
}

#[test]
fn words_in_capitals_that_spell_acronyms_or_titles_stay_words() {
    let text = "   SAN SALVADOR, 2 JUN 90 (EFE) -- [TEXT] THE FACT THAT THE GENERAL COMMAND \
                OF THE\nREBELS ISSUED NO COMMUNIQUE WORRIES THE GOVERNMENT, COLONEL ROBERTO \
                MENDEZ SAID\nTODAY IN THE CAPITAL.\n";
    let r = extract(text);
    let names: Vec<&str> = r.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(!names.iter().any(|n| n.contains("Tchad") || n.contains("Command")), "{names:?}");
    // A title before a name still marks it.
    assert!(names.contains(&"Roberto Mendez"), "{names:?}");
}
