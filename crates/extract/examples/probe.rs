//! Shows what the extractor reads in a text: the masked sentences and the extraction.
//!
//! `cargo run -p allegiance-extract --example probe -- "TEXT"`, or
//! `... --example probe -- -f FILE [WORDS]` to show only the sentences of FILE containing WORDS.
//! (`allegiance explain FILE` shows the same and more: the rules that fired and what they dropped.)
use allegiance_extract::{DocMeta, Extractor};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (text, filter) = if args.first().map(String::as_str) == Some("-f") {
        let path = args.get(1).expect("-f needs a file");
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        (text, args.get(2..).map(|w| w.join(" ")).filter(|w| !w.is_empty()))
    } else {
        (args.join(" "), None)
    };
    let kb = allegiance_kb::Kb::builtin().expect("built-in KB");
    let ex = Extractor::new(&kb);
    let trace = ex.trace(&text, &DocMeta::default());
    for s in &trace.sentences {
        let Some(masked) = &s.masked else { continue };
        let names: Vec<String> = s
            .mentions
            .iter()
            .filter_map(|m| Some(format!("{}={}", m.placeholder.as_ref()?, m.entity.name)))
            .collect();
        let line = format!("{masked}\n    {}", names.join(", "));
        if filter.as_ref().is_none_or(|f| line.contains(f.as_str())) {
            println!("{line}");
        }
    }
    if filter.is_none() {
        println!("{}", serde_json::to_string_pretty(&trace.extraction).unwrap());
    }
}
