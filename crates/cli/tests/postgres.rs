//! `--db postgres://...`: the same articles ingested into SQLite and into PostgreSQL give the
//! same output, byte for byte, from every command that reads the store.

mod common;

use common::{bin, examples};
use std::path::{Path, PathBuf};

/// Runs `allegiance --db DB ARGS...`, which must succeed, and gives its stdout.
fn run(db: &str, args: &[&str]) -> Vec<u8> {
    let out = bin().arg("--db").arg(db).arg("--quiet").args(args).output().unwrap();
    assert!(
        out.status.success(),
        "allegiance --db {db} {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn articles() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/articles")
}

#[test]
fn every_command_answers_the_same_from_postgres_as_from_sqlite() {
    let Some(pg) = allegiance_testpg::database("cli_same_answers") else { return };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("lite.db");
    let lite = file.to_str().unwrap();
    let inputs = [examples(), articles()];
    let inputs: Vec<&str> = inputs.iter().map(|p| p.to_str().unwrap()).collect();
    for db in [lite, pg.url.as_str()] {
        let mut args = vec!["ingest", "--batch", "7"];
        args.extend(&inputs);
        run(db, &args);
    }

    let mut questions: Vec<Vec<String>> = Vec::new();
    let words = |s: &str| s.split(' ').map(str::to_string).collect::<Vec<_>>();
    for group in [
        "Islamic State",
        "Boko Haram",
        "al-Shabaab",
        "Hayat Tahrir al-Sham",
        "Wagner Group",
        "ISKP",
    ] {
        for format in ["table", "json"] {
            questions.push(vec!["group".into(), group.into(), "--format".into(), format.into()]);
        }
    }
    for q in [
        "facts --format json",
        "facts --subject Islamic --format json",
        "facts --format csv",
        "facts --format table",
        "facts --type pledge --format json",
        "facts --since 2015 --until 2021-06 --format json",
        "conflicts --format json",
        "conflicts",
        "kb suggest --min-documents 1",
        "export --format graphml",
        "export --format gexf",
        "export --format ftm",
        "export --format stix",
        "export --format csv --table entities",
        "export --format csv --table facts",
        "export --format csv --table claims",
        "export --format graphml --since 2016",
    ] {
        questions.push(words(q));
    }
    let mut asked = 0;
    for q in &questions {
        let args: Vec<&str> = q.iter().map(String::as_str).collect();
        let (mut a, mut b) = (run(lite, &args), run(&pg.url, &args));
        if q[0] == "kb" {
            // Its header names the database it read, which is the one thing meant to differ.
            for out in [&mut a, &mut b] {
                let first = out.iter().position(|&c| c == b'\n').map_or(0, |i| i + 1);
                out.drain(..first);
            }
        }
        assert!(!a.is_empty(), "{q:?} printed nothing");
        assert!(
            a == b,
            "{q:?}: SQLite and PostgreSQL differ:\n{}\n----\n{}",
            String::from_utf8_lossy(&a),
            String::from_utf8_lossy(&b)
        );
        asked += 1;
    }
    // Parquet goes to a file: the files are compared.
    for table in ["entities", "facts", "claims"] {
        let files: Vec<PathBuf> = ["lite", "pg"]
            .iter()
            .map(|n| dir.path().join(format!("{n}-{table}.parquet")))
            .collect();
        for (db, out) in [lite, pg.url.as_str()].iter().zip(&files) {
            run(
                db,
                &[
                    "export",
                    "--format",
                    "parquet",
                    "--table",
                    table,
                    "--out",
                    out.to_str().unwrap(),
                ],
            );
        }
        assert_eq!(
            std::fs::read(&files[0]).unwrap(),
            std::fs::read(&files[1]).unwrap(),
            "parquet {table}"
        );
        asked += 1;
    }
    assert_eq!(asked, questions.len() + 3);
}

#[test]
fn a_postgres_url_that_reaches_no_server_is_an_error_naming_it() {
    let out = bin()
        .args(["--db", "postgres://nobody:secret@127.0.0.1:1/none", "facts"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("postgres://nobody:***@127.0.0.1:1/none: cannot connect to PostgreSQL"),
        "{err}"
    );
    assert!(!err.contains("secret"), "{err}");
}
