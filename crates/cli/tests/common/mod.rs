//! What the end-to-end test binaries share: the built binary and our bundled examples.
// Each test binary compiles this module and uses only part of it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The built `allegiance`, without colours.
pub fn bin() -> Command {
    let mut cmd = Command::cargo_bin("allegiance").expect("binary built");
    cmd.env("NO_COLOR", "1");
    cmd
}

/// The repository's `examples/` folder.
pub fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples").canonicalize().unwrap()
}
