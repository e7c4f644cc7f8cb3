//! Builds the gazetteer's tables (name automata and what each name denotes) for the built-in
//! knowledge base at compile time, so that a start loads them instead of spending a fifth of a
//! second building them. The code is the run-time code itself (src/patterns.rs), compiled in here.

#[path = "src/normalize.rs"]
#[allow(dead_code)]
mod normalize;
#[path = "src/patterns.rs"]
#[allow(dead_code)]
mod patterns;

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/normalize.rs");
    println!("cargo:rerun-if-changed=src/patterns.rs");
    let kb = allegiance_kb::Kb::builtin().expect("the built-in KB loads");
    let tables = patterns::Tables::build(kb.entries());
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR set by cargo"))
        .join("gazetteer.tables");
    std::fs::write(&out, tables.to_bytes()).expect("OUT_DIR is writable");
}
