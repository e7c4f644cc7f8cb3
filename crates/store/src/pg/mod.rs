//! The shared backend: the store in a PostgreSQL database, for a team or many writing processes.
//!
//! [`PgStore`] is the same [`SqlStore`] as SQLite's, on a [`PgConn`]: every query and the ingest
//! are shared, and the schema is `schema.sql` in PostgreSQL's spelling (`schema::schema_for`).
//! The schema version is the one row of `allegiance_schema`; a database of a newer version is
//! refused. Writers serialise their batches with a transaction-level advisory lock
//! ([`conn::WRITE_LOCK`]), so the near-duplicate clusters and the resolution of new names see
//! every earlier batch, whichever process stored it.

mod conn;
mod copy;

pub use conn::{PgConn, WRITE_LOCK};

use crate::schema::{schema_for, SCHEMA_VERSION};
use crate::sql::{args, Dialect, Sql};
use crate::sqlite::{sql, SqlStore};
use crate::{Result, StoreError};
use std::collections::HashMap;
use std::str::FromStr;

/// The embedded store's twin on PostgreSQL.
pub type PgStore = SqlStore<PgConn>;

/// A connection URL with libpq's `PG*` variables filling in what it leaves out (host, port,
/// user, database, password), as `psql` would: `postgres://` alone connects where `PGHOST` says.
pub fn config(url: &str) -> Result<postgres::Config> {
    let bad = |message: String| StoreError::Connect { url: redact(url), message };
    let mut config = postgres::Config::from_str(url).map_err(|e| bad(e.to_string()))?;
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    if config.get_hosts().is_empty() {
        for host in env("PGHOST").as_deref().unwrap_or("/var/run/postgresql").split(',') {
            if host.starts_with('/') {
                config.host_path(host);
            } else {
                config.host(host);
            }
        }
    }
    if config.get_ports().is_empty() {
        if let Some(port) = env("PGPORT") {
            config.port(port.parse().map_err(|_| bad(format!("PGPORT={port} is not a port")))?);
        }
    }
    if config.get_user().is_none() {
        let user = env("PGUSER").or_else(|| env("USER")).unwrap_or_else(|| "postgres".into());
        config.user(&user);
    }
    if config.get_dbname().is_none() {
        if let Some(db) = env("PGDATABASE") {
            config.dbname(&db);
        }
    }
    if config.get_password().is_none() {
        if let Some(password) = env("PGPASSWORD") {
            config.password(password);
        }
    }
    config.application_name("allegiance");
    Ok(config)
}

/// A URL as it may be shown: without its password.
pub fn redact(url: &str) -> String {
    let Some(scheme_end) = url.find("://").map(|i| i + 3) else { return url.to_string() };
    let authority_end = url[scheme_end..].find(['/', '?']).map_or(url.len(), |i| scheme_end + i);
    match url[scheme_end..authority_end].rfind('@') {
        Some(at) => {
            let userinfo = &url[scheme_end..scheme_end + at];
            match userinfo.split_once(':') {
                Some((user, _)) => {
                    format!("{}{user}:***{}", &url[..scheme_end], &url[scheme_end + at..])
                }
                None => url.to_string(),
            }
        }
        None => url.to_string(),
    }
}

impl PgStore {
    /// Connects to the database `url` names (with `PG*` variables for what it leaves out),
    /// creating the schema in an empty database and upgrading an older one. A database of a
    /// newer allegiance, or one holding other tables than ours without a schema version, is
    /// refused with an error naming it.
    pub fn open(url: &str) -> Result<PgStore> {
        let name = redact(url);
        let client = config(url)?
            .connect(postgres::NoTls)
            .map_err(|e| StoreError::Connect { url: name.clone(), message: e.to_string() })?;
        let conn = PgConn::new(client);
        migrate(&conn, &name)?;
        Ok(SqlStore {
            conn,
            path: name,
            entity_ids: HashMap::new(),
            place_countries: Default::default(),
            band_index: None,
        })
    }

    /// The schema version of the open database (after any upgrade: [`SCHEMA_VERSION`]).
    pub fn schema_version(&self) -> Result<i64> {
        self.conn
            .one("SELECT version FROM allegiance_schema", &[])
            .map_err(sql(format!("{}: reading the schema version", self.path())))
    }
}

/// Creates or upgrades the schema, in one transaction under the write lock, so that processes
/// opening a new database together create it once.
fn migrate(conn: &PgConn, name: &str) -> Result<()> {
    conn.begin_write().map_err(sql(format!("{name}: locking the database")))?;
    // The queue's tables are PostgreSQL's alone and carry no version: created when missing,
    // in a new database or one an earlier version made.
    let done = migrate_locked(conn, name).and_then(|()| {
        crate::queue::create_tables(conn).map_err(sql(format!("{name}: creating the work queue")))
    });
    match done {
        Ok(()) => conn.commit().map_err(sql(format!("{name}: committing the schema"))),
        Err(e) => {
            let _ = conn.rollback();
            Err(e)
        }
    }
}

fn migrate_locked(conn: &PgConn, name: &str) -> Result<()> {
    let ctx = |what: &str| format!("{name}: {what}");
    let versioned: bool = conn
        .one("SELECT to_regclass('allegiance_schema') IS NOT NULL", &[])
        .map_err(sql(ctx("reading the schema")))?;
    let version: i64 = if versioned {
        conn.maybe("SELECT version FROM allegiance_schema", &[])
            .map_err(sql(ctx("reading the schema version")))?
            .unwrap_or(0)
    } else {
        0
    };
    if version > SCHEMA_VERSION {
        return Err(StoreError::TooNew {
            path: name.into(),
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    if version == SCHEMA_VERSION {
        return Ok(());
    }
    if version == 0 {
        let tables: i64 = conn
            .one(
                "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename IN ('documents', 'entities', 'facts')",
                &[],
            )
            .map_err(sql(ctx("reading the schema")))?;
        if tables > 0 {
            return Err(StoreError::NotADatabase {
                path: name.into(),
                message: "it holds tables named like ours but no allegiance schema version".into(),
            });
        }
        conn.batch(&schema_for(Dialect::Postgres)).map_err(sql(ctx("creating the schema")))?;
        conn.batch("CREATE TABLE allegiance_schema (version BIGINT NOT NULL)")
            .map_err(sql(ctx("creating the schema")))?;
        conn.exec("INSERT INTO allegiance_schema (version) VALUES (?1)", args![SCHEMA_VERSION])
            .map_err(sql(ctx("recording the schema version")))?;
        return Ok(());
    }
    // Version 3 is the first PostgreSQL schema; later versions add their steps here, each
    // bringing the schema one version up, as `SqliteStore::migrate` does.
    Err(StoreError::NotADatabase {
        path: name.into(),
        message: format!(
            "schema version {version} is older than any PostgreSQL schema allegiance wrote"
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_not_shown() {
        assert_eq!(
            redact("postgres://ann:secret@db.example/map"),
            "postgres://ann:***@db.example/map"
        );
        assert_eq!(redact("postgres://ann@db/map?host=/tmp"), "postgres://ann@db/map?host=/tmp");
        assert_eq!(redact("postgresql:///map?host=/tmp/x"), "postgresql:///map?host=/tmp/x");
    }

    #[test]
    fn a_bad_url_is_an_error_naming_it() {
        let err = config("postgres://ann:pw@host:notaport/db").unwrap_err().to_string();
        assert!(err.starts_with("postgres://ann:***@host:notaport/db: "), "{err}");
        assert!(!err.contains("pw@"), "{err}");
    }
}
