//! What the command line refuses before doing anything: a server on the network without
//! `--public` and a token, and a `--db` that is not a database file (named once, not twice).

mod common;
use common::bin;

fn stderr_of(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn serving_beyond_loopback_needs_public_and_a_token() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("none.db");
    let serve =
        |args: &[&str]| bin().arg("--db").arg(&db).arg("serve").args(args).output().unwrap();

    let out = serve(&["--addr", "0.0.0.0:0"]);
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("0.0.0.0:0") && err.contains("--public"), "{err}");

    let out = serve(&["--addr", "0.0.0.0:0", "--public"]);
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("--public needs a token"), "{err}");

    let out = serve(&["--addr", "0.0.0.0:0", "--public", "--token", "short"]);
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("at least 16"), "{err}");

    let missing = dir.path().join("no-token-file");
    let out = bin()
        .arg("--db")
        .arg(&db)
        .args(["serve", "--addr", "0.0.0.0:0", "--public", "--token-file"])
        .arg(&missing)
        .output()
        .unwrap();
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("no-token-file"), "{err}");
}

#[test]
fn a_folder_given_as_the_database_is_an_error_said_once() {
    let dir = tempfile::tempdir().unwrap();
    let out = bin().arg("--db").arg(dir.path()).arg("facts").output().unwrap();
    let err = stderr_of(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains(&dir.path().display().to_string()), "{err}");
    assert_eq!(err.matches("unable to open database file").count(), 1, "said once: {err}");
}
