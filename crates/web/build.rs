//! Builds the browser UI in `web/` (`npm ci`, then `npm run build`) when `web/dist` is missing or
//! older than the UI's sources, so that `cargo build` and `cargo test` work on a fresh clone. The
//! built files are embedded into the crate by rust-embed. Needs Node.js (20.19 or newer) and npm;
//! `ALLEGIANCE_NPM` names another npm executable.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;
use std::{env, fs};

/// What the built UI depends on, relative to `web/`.
const SOURCES: &[&str] =
    &["src", "public", "index.html", "package.json", "package-lock.json", "vite.config.js"];

fn main() {
    let manifest =
        PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let web = manifest.join("../../web");
    for s in SOURCES {
        println!("cargo:rerun-if-changed={}", web.join(s).display());
    }
    println!("cargo:rerun-if-changed={}", web.join("dist/index.html").display());
    println!("cargo:rerun-if-env-changed=ALLEGIANCE_NPM");

    let built = modified(&web.join("dist/index.html"));
    let newest_source = SOURCES.iter().filter_map(|s| newest(&web.join(s))).max();
    if let (Some(built), Some(source)) = (built, newest_source) {
        if built >= source {
            return;
        }
    }

    let npm = env::var("ALLEGIANCE_NPM").unwrap_or_else(|_| "npm".into());
    match Command::new(&npm).arg("--version").output() {
        Ok(out) if out.status.success() => {}
        _ => fail(&format!(
            "building the web UI (web/ → web/dist, embedded by allegiance-web) needs Node.js 20.19+ and npm, and `{npm} --version` \
             did not run. Install them (Debian: `apt-get install nodejs npm`, or from nodejs.org), or set ALLEGIANCE_NPM to an npm \
             executable."
        )),
    }
    // `npm ci` only when the installed packages are missing or older than the lockfile.
    let installed = modified(&web.join("node_modules/.package-lock.json"));
    let locked = modified(&web.join("package-lock.json"));
    if installed.is_none() || installed < locked {
        run(&npm, &["ci", "--no-audit", "--no-fund"], &web);
    }
    run(&npm, &["run", "build"], &web);
    if !web.join("dist/index.html").exists() {
        fail("`npm run build` in web/ finished but wrote no web/dist/index.html");
    }
}

fn run(npm: &str, args: &[&str], dir: &Path) {
    let shown = format!("{npm} {}", args.join(" "));
    let out = Command::new(npm)
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| fail(&format!("running `{shown}` in {}: {e}", dir.display())));
    if !out.status.success() {
        let tail = |b: &[u8]| {
            let s = String::from_utf8_lossy(b);
            let lines: Vec<&str> = s.lines().collect();
            lines[lines.len().saturating_sub(40)..].join("\n")
        };
        fail(&format!(
            "`{shown}` in {} failed ({}):\n{}\n{}",
            dir.display(),
            out.status,
            tail(&out.stdout),
            tail(&out.stderr)
        ));
    }
}

fn modified(path: &Path) -> Option<SystemTime> {
    fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// The newest modification time of a file, or of any file under a folder.
fn newest(path: &Path) -> Option<SystemTime> {
    let meta = fs::metadata(path).ok()?;
    if !meta.is_dir() {
        return meta.modified().ok();
    }
    fs::read_dir(path).ok()?.filter_map(|e| e.ok()).filter_map(|e| newest(&e.path())).max()
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    panic!("{message}");
}
