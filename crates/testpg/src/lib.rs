//! A real PostgreSQL for tests, started by the project's own script.
//!
//! [`database`] gives each test a fresh, empty database. The server is, in this order: the one
//! `ALLEGIANCE_TEST_PG` names (a connection URL with a user allowed to create databases), the one
//! libpq's `PGHOST`/`PGPORT`/`PGUSER` name, or a private cluster this test binary starts once with
//! `tools/pg/start.sh --watch <pid>`, which stops it when the binary has ended. Where none can be
//! had, tests skip with a loud message, unless `ALLEGIANCE_REQUIRE_PG=1` (CI) makes that a failure.

use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

/// A database made for one test, dropped (with its connections) when this value is.
pub struct TestDb {
    /// The connection URL of the database, as `--db` takes it.
    pub url: String,
    name: String,
    admin: String,
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Ok(mut client) = postgres::Client::connect(&self.admin, postgres::NoTls) {
            let _ = client
                .batch_execute(&format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name));
        }
    }
}

/// The server's URL on its `postgres` database, found or started once per test binary.
fn server() -> Option<&'static str> {
    static SERVER: OnceLock<Option<String>> = OnceLock::new();
    SERVER.get_or_init(find_or_start).as_deref()
}

fn find_or_start() -> Option<String> {
    if let Ok(url) = std::env::var("ALLEGIANCE_TEST_PG") {
        if !url.trim().is_empty() {
            return Some(url);
        }
    }
    if let Ok(host) = std::env::var("PGHOST") {
        let port = std::env::var("PGPORT").unwrap_or_else(|_| "5432".into());
        let user = std::env::var("PGUSER").or_else(|_| std::env::var("USER")).unwrap_or_default();
        return Some(format!("postgresql://{user}@localhost:{port}/postgres?host={host}"));
    }
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tools/pg/start.sh");
    let out = Command::new("bash")
        .arg(&script)
        .arg("--watch")
        .arg(std::process::id().to_string())
        .output();
    match out {
        Ok(out) if out.status.success() => {
            let stdout = String::from_utf8_lossy(&out.stdout);
            let url = stdout.lines().find_map(|l| {
                l.strip_prefix("export ALLEGIANCE_TEST_PG=")
                    .map(|v| v.trim_matches('\'').to_string())
            });
            if url.is_none() {
                eprintln!("testpg: {} printed no ALLEGIANCE_TEST_PG line", script.display());
            }
            url
        }
        Ok(out) => {
            eprintln!(
                "testpg: {} failed: {}",
                script.display(),
                String::from_utf8_lossy(&out.stderr).trim()
            );
            None
        }
        Err(e) => {
            eprintln!("testpg: cannot run {}: {e}", script.display());
            None
        }
    }
}

/// The server's URL on its `postgres` database (found or started as for [`database`]), for a
/// caller that keeps a database of its own between runs (the benchmarks); `None` when there is
/// none.
pub fn server_url() -> Option<&'static str> {
    server()
}

/// `url` with its database name replaced by `name`.
pub fn with_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let scheme_end = base.find("://").map_or(0, |i| i + 3);
    let authority_end = base[scheme_end..].find('/').map_or(base.len(), |i| scheme_end + i);
    let mut out = format!("{}/{name}", &base[..authority_end]);
    if let Some(q) = query {
        out.push('?');
        out.push_str(q);
    }
    out
}

/// A fresh, empty database for one test (named after `hint`), or `None` with a loud message when
/// no PostgreSQL can be found or started. With `ALLEGIANCE_REQUIRE_PG=1` that is a panic instead.
pub fn database(hint: &str) -> Option<TestDb> {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let Some(admin) = server() else {
        let required = std::env::var("ALLEGIANCE_REQUIRE_PG").is_ok_and(|v| v == "1");
        assert!(!required, "ALLEGIANCE_REQUIRE_PG=1 but no PostgreSQL could be found or started");
        eprintln!(
            "\n*** SKIPPED {hint}: no PostgreSQL (set ALLEGIANCE_TEST_PG or install initdb/pg_ctl) ***\n"
        );
        return None;
    };
    let clean: String = hint
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '_' })
        .take(30)
        .collect();
    let name = format!("t_{}_{}_{clean}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
    let mut client = postgres::Client::connect(admin, postgres::NoTls)
        .unwrap_or_else(|e| panic!("testpg: cannot connect to {admin}: {e}"));
    client
        .batch_execute(&format!(
            "CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
        ))
        .unwrap_or_else(|e| panic!("testpg: cannot create the database {name}: {e}"));
    Some(TestDb { url: with_database(admin, &name), name, admin: admin.to_string() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_database_name_is_replaced_and_the_options_kept() {
        assert_eq!(
            with_database("postgresql://a@localhost:5/postgres?host=/tmp/x", "t_1"),
            "postgresql://a@localhost:5/t_1?host=/tmp/x"
        );
        assert_eq!(with_database("postgres://u@h", "d"), "postgres://u@h/d");
    }

    #[test]
    fn a_fresh_database_takes_connections_and_is_empty() {
        let Some(db) = database("testpg_self") else { return };
        let mut client = postgres::Client::connect(&db.url, postgres::NoTls).unwrap();
        let tables: i64 = client
            .query_one("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", &[])
            .unwrap()
            .get(0);
        assert_eq!(tables, 0);
        let collation: String = client.query_one("SHOW lc_collate", &[]).unwrap().get(0);
        assert_eq!(collation, "C");
    }
}
