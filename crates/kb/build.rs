//! Compiles the repository's `kb/**/*.toml` into the binary. The files are parsed here, at build
//! time, and stored as a compact postcard blob, so that loading the built-in KB at run time costs
//! milliseconds rather than re-parsing megabytes of TOML on every start.

#[path = "src/load.rs"]
#[allow(dead_code)]
mod load;
#[path = "src/model.rs"]
#[allow(dead_code)]
mod model;

use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "toml") {
            out.push(p);
        }
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let kb_dir =
        manifest.join("../../kb").canonicalize().expect("kb/ folder at the repository root");
    println!("cargo:rerun-if-changed={}", kb_dir.display());
    println!("cargo:rerun-if-changed=src/model.rs");
    println!("cargo:rerun-if-changed=src/load.rs");
    let mut files = Vec::new();
    collect(&kb_dir, &mut files);
    // Later files override earlier ones by id, as at run time.
    let mut entries: Vec<model::Entry> = Vec::new();
    let mut index = std::collections::HashMap::new();
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let rel = f.strip_prefix(&kb_dir).unwrap().to_string_lossy().replace('\\', "/");
        let text = std::fs::read_to_string(f).unwrap();
        let parsed = load::parse(&text, &format!("kb/{rel}")).unwrap_or_else(|e| panic!("{e}"));
        for e in parsed {
            match index.get(&e.id) {
                Some(&i) => entries[i] = e,
                None => {
                    index.insert(e.id.clone(), entries.len());
                    entries.push(e);
                }
            }
        }
    }
    let blob = postcard::to_allocvec(&entries).expect("KB serialises");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("builtin.postcard");
    std::fs::write(out, blob).unwrap();
}
