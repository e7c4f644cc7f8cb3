//! Shows what the extractor reads in a text: `cargo run -p allegiance-extract --example probe -- "TEXT"`.
use allegiance_extract::{DocMeta, Extractor};

fn main() {
    let text = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    let kb = allegiance_kb::Kb::builtin().expect("built-in KB");
    let ex = Extractor::new(&kb);
    for line in ex.explain(&text) {
        println!("{line}");
    }
    let r = ex.extract(&text, &DocMeta::default());
    println!("{}", serde_json::to_string_pretty(&r).unwrap());
}
