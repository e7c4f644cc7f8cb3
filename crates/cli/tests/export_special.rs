//! `export --out` onto files that are not regular: a device and a FIFO are written in place (a
//! rename over them would put a regular file in their stead), a symlink is followed and kept.
#![cfg(unix)]

use std::os::unix::fs::FileTypeExt;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

mod common;
use common::{bin, examples};

fn example_db() -> &'static Path {
    static DB: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, db) = DB.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("examples.db");
        let out =
            bin().arg("--db").arg(&db).args(["-q", "ingest"]).arg(examples()).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        (dir, db)
    });
    db
}

fn export_csv_to(out: &Path) -> std::process::Output {
    bin()
        .arg("--db")
        .arg(example_db())
        .args(["export", "--format", "csv", "--table", "entities", "--out"])
        .arg(out)
        .output()
        .unwrap()
}

fn no_temporaries_in(dir: &Path) -> bool {
    std::fs::read_dir(dir)
        .unwrap()
        .all(|e| !e.unwrap().file_name().to_string_lossy().starts_with(".allegiance-export-"))
}

#[test]
fn dev_null_stays_a_device() {
    let out = export_csv_to(Path::new("/dev/null"));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let meta = std::fs::metadata("/dev/null").unwrap();
    assert!(meta.file_type().is_char_device(), "/dev/null is still a character device");
}

#[test]
fn a_fifo_is_written_in_place_and_stays_a_fifo() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("entities.pipe");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success(), "mkfifo");
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    let out = export_csv_to(&fifo);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let csv = reader.join().unwrap();
    assert!(csv.lines().count() > 5, "the reader got the table: {csv}");
    assert!(csv.contains("Boko Haram"), "{csv}");
    assert!(std::fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
    assert!(no_temporaries_in(dir.path()));
}

#[test]
fn a_symlink_is_followed_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real.csv");
    std::fs::write(&real, "old").unwrap();
    let link = dir.path().join("latest.csv");
    std::os::unix::fs::symlink("real.csv", &link).unwrap();
    let out = export_csv_to(&link);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "link kept");
    let written = std::fs::read_to_string(&real).unwrap();
    assert!(written.contains("Boko Haram"), "the target holds the export: {written}");
    assert!(no_temporaries_in(dir.path()));
}

#[test]
fn a_dangling_symlink_is_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let link = dir.path().join("gone.csv");
    std::os::unix::fs::symlink("missing/folder/file.csv", &link).unwrap();
    let out = export_csv_to(&link);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("gone.csv") && err.contains("symlink"), "{err}");
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    assert!(no_temporaries_in(dir.path()));
}
