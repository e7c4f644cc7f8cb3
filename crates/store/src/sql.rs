//! The one way the store's queries reach a database, whichever it is: [`Sql`], implemented for a
//! SQLite connection here and for PostgreSQL in `postgres/`. Queries are written once, in SQLite's
//! spelling (`?1` parameters, `instr`, `group_concat`, `json_group_array`); [`Dialect::translate`]
//! is the one place that rewrites them for PostgreSQL. Rows come back as owned [`SqlRow`]s of
//! [`Value`]s, read with typed getters ([`FromValue`]).

use crate::bulk::Rows;
use crate::stored::{Stored, StoredWord};
use std::borrow::Cow;
use std::sync::Arc;

/// Which SQL a database speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

/// SQLite's function names and their PostgreSQL equivalents (same arguments, same meaning).
const FUNCTIONS: &[(&str, &str)] = &[
    ("instr(", "strpos("),
    ("group_concat(", "string_agg("),
    ("json_group_array(", "json_agg("),
    ("json_each(", "json_array_elements_text("),
];

impl Dialect {
    /// A query written for SQLite, in this dialect: for PostgreSQL `?N` becomes `$N` and SQLite's
    /// functions their PostgreSQL names. Quoted literals, identifiers and comments are left as
    /// they are.
    pub fn translate(self, q: &str) -> Cow<'_, str> {
        if self == Dialect::Sqlite {
            return Cow::Borrowed(q);
        }
        let mut out = String::with_capacity(q.len() + 16);
        let mut rest = q;
        while let Some(c) = rest.chars().next() {
            if rest.starts_with("--") {
                // A comment, to the end of its line (its apostrophes open no literal).
                let end = rest.find('\n').map_or(rest.len(), |i| i + 1);
                out.push_str(&rest[..end]);
                rest = &rest[end..];
                continue;
            }
            match c {
                '\'' | '"' => {
                    let end = rest[1..].find(c).map_or(rest.len(), |i| i + 2);
                    out.push_str(&rest[..end]);
                    rest = &rest[end..];
                }
                '?' => {
                    out.push('$');
                    rest = &rest[1..];
                }
                _ => {
                    let word = FUNCTIONS.iter().find(|(from, _)| {
                        rest.len() >= from.len()
                            && rest[..from.len()].eq_ignore_ascii_case(from)
                            && !out.ends_with(|p: char| p.is_ascii_alphanumeric() || p == '_')
                    });
                    match word {
                        Some((from, to)) => {
                            out.push_str(to);
                            rest = &rest[from.len()..];
                        }
                        None => {
                            out.push(c);
                            rest = &rest[c.len_utf8()..];
                        }
                    }
                }
            }
        }
        Cow::Owned(out)
    }
}

/// A parameter of a query, borrowed from the caller.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Arg<'a> {
    Null,
    Int(i64),
    Real(f64),
    Text(&'a str),
    Blob(&'a [u8]),
}

impl From<i64> for Arg<'_> {
    fn from(v: i64) -> Self {
        Arg::Int(v)
    }
}
impl From<&i64> for Arg<'_> {
    fn from(v: &i64) -> Self {
        Arg::Int(*v)
    }
}
impl From<usize> for Arg<'_> {
    fn from(v: usize) -> Self {
        Arg::Int(v as i64)
    }
}
impl From<bool> for Arg<'_> {
    fn from(v: bool) -> Self {
        Arg::Int(v as i64)
    }
}
impl From<f64> for Arg<'_> {
    fn from(v: f64) -> Self {
        Arg::Real(v)
    }
}
impl<'a> From<&'a str> for Arg<'a> {
    fn from(v: &'a str) -> Self {
        Arg::Text(v)
    }
}
impl<'a> From<&'a String> for Arg<'a> {
    fn from(v: &'a String) -> Self {
        Arg::Text(v)
    }
}
impl<'a> From<&'a &str> for Arg<'a> {
    fn from(v: &'a &str) -> Self {
        Arg::Text(v)
    }
}
impl<'a> From<&'a [u8]> for Arg<'a> {
    fn from(v: &'a [u8]) -> Self {
        Arg::Blob(v)
    }
}
impl<'a> From<&'a Vec<u8>> for Arg<'a> {
    fn from(v: &'a Vec<u8>) -> Self {
        Arg::Blob(v)
    }
}
impl<'a> From<&'a Option<String>> for Arg<'a> {
    fn from(v: &'a Option<String>) -> Self {
        v.as_deref().map_or(Arg::Null, Arg::Text)
    }
}
impl From<&Option<i64>> for Arg<'_> {
    fn from(v: &Option<i64>) -> Self {
        v.map_or(Arg::Null, Arg::Int)
    }
}
impl<'a> From<Option<&'a str>> for Arg<'a> {
    fn from(v: Option<&'a str>) -> Self {
        v.map_or(Arg::Null, Arg::Text)
    }
}
impl From<Option<i64>> for Arg<'_> {
    fn from(v: Option<i64>) -> Self {
        v.map_or(Arg::Null, Arg::Int)
    }
}

/// `args![a, b, c]`: the parameters of a query, each converted with `Arg::from`.
macro_rules! args {
    ($($a:expr),* $(,)?) => { &[$($crate::sql::Arg::from($a)),*] as &[$crate::sql::Arg] };
}
pub(crate) use args;

/// A value read from a database.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

/// A database error of either backend, or a column that did not hold what its reader expects.
///
/// The chain of causes ends here: rusqlite's own cause is the bare result code ("Error code 14:
/// unable to open database file") and the PostgreSQL client's the server's error, both only
/// repeating the message shown, so a caller printing the whole chain printed it twice. The
/// driver's error stays reachable in the variant.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("{0}")]
    Sqlite(rusqlite::Error),
    #[error("{}", postgres_message(.0))]
    Postgres(postgres::Error),
    #[error("column {column}: {message}")]
    Column { column: String, message: String },
    /// A method called where it cannot work (a bulk write outside a write transaction).
    #[error("{0}")]
    Misuse(&'static str),
}

impl From<rusqlite::Error> for DbError {
    fn from(e: rusqlite::Error) -> Self {
        DbError::Sqlite(e)
    }
}

impl From<postgres::Error> for DbError {
    fn from(e: postgres::Error) -> Self {
        DbError::Postgres(e)
    }
}

/// PostgreSQL's own message (with its detail) rather than the client library's "db error".
fn postgres_message(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => match db.detail() {
            Some(detail) => format!("{} ({detail})", db.message()),
            None => db.message().to_string(),
        },
        None => e.to_string(),
    }
}

pub type DbResult<T> = std::result::Result<T, DbError>;

/// One row of a result, owned.
#[derive(Debug, Clone)]
pub struct SqlRow {
    names: Arc<[String]>,
    values: Vec<Value>,
}

/// A column by position or by name.
pub trait ColumnIndex: Copy {
    fn position(self, names: &[String]) -> Option<usize>;
    fn label(self) -> String;
}

impl ColumnIndex for usize {
    fn position(self, names: &[String]) -> Option<usize> {
        (self < names.len()).then_some(self)
    }
    fn label(self) -> String {
        self.to_string()
    }
}

impl ColumnIndex for &str {
    fn position(self, names: &[String]) -> Option<usize> {
        // Exact first: the store's own queries name columns as they read them.
        names
            .iter()
            .position(|n| n == self)
            .or_else(|| names.iter().position(|n| n.eq_ignore_ascii_case(self)))
    }
    fn label(self) -> String {
        self.to_string()
    }
}

impl SqlRow {
    pub fn new(names: Arc<[String]>, values: Vec<Value>) -> SqlRow {
        SqlRow { names, values }
    }

    fn position(&self, column: impl ColumnIndex) -> DbResult<usize> {
        column.position(&self.names).ok_or_else(|| DbError::Column {
            column: column.label(),
            message: "no such column".into(),
        })
    }

    /// The value of a column, as `T`.
    pub fn get<T: FromValue>(&self, column: impl ColumnIndex) -> DbResult<T> {
        let at = self.position(column)?;
        T::from_value(&self.values[at])
            .map_err(|message| DbError::Column { column: column.label(), message })
    }

    /// The value of a column, as `T`, moved out of the row (text is not copied again); the
    /// column reads as NULL afterwards.
    pub fn take<T: FromValue>(&mut self, column: impl ColumnIndex) -> DbResult<T> {
        let at = self.position(column)?;
        T::from_owned(std::mem::replace(&mut self.values[at], Value::Null))
            .map_err(|message| DbError::Column { column: column.label(), message })
    }

    pub fn value(&self, at: usize) -> Option<&Value> {
        self.values.get(at)
    }

    /// A blob column without copying it (`None` for anything else).
    pub fn blob(&self, at: usize) -> Option<&[u8]> {
        match self.values.get(at) {
            Some(Value::Blob(b)) => Some(b),
            _ => None,
        }
    }
}

/// A Rust value read from a [`Value`]: as lenient as SQLite's own conversions (integers read as
/// floats, booleans from integers).
pub trait FromValue: Sized {
    fn from_value(v: &Value) -> Result<Self, String>;
    /// [`from_value`](FromValue::from_value) of a value given away: text can move instead of
    /// being copied.
    fn from_owned(v: Value) -> Result<Self, String> {
        Self::from_value(&v)
    }
}

fn mismatch(v: &Value, wanted: &str) -> String {
    format!("{v:?} is not {wanted}")
}

impl FromValue for i64 {
    fn from_value(v: &Value) -> Result<i64, String> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Text(t) => t.parse().map_err(|_| mismatch(v, "an integer")),
            _ => Err(mismatch(v, "an integer")),
        }
    }
}
impl FromValue for usize {
    fn from_value(v: &Value) -> Result<usize, String> {
        i64::from_value(v).map(|i| i.max(0) as usize)
    }
}
impl FromValue for bool {
    fn from_value(v: &Value) -> Result<bool, String> {
        i64::from_value(v).map(|i| i != 0)
    }
}
impl FromValue for f64 {
    fn from_value(v: &Value) -> Result<f64, String> {
        match v {
            Value::Int(i) => Ok(*i as f64),
            Value::Real(r) => Ok(*r),
            _ => Err(mismatch(v, "a number")),
        }
    }
}
impl FromValue for String {
    fn from_value(v: &Value) -> Result<String, String> {
        match v {
            Value::Text(t) => Ok(t.clone()),
            _ => Err(mismatch(v, "text")),
        }
    }
    fn from_owned(v: Value) -> Result<String, String> {
        match v {
            Value::Text(t) => Ok(t),
            _ => Err(mismatch(&v, "text")),
        }
    }
}
impl FromValue for Vec<u8> {
    fn from_value(v: &Value) -> Result<Vec<u8>, String> {
        match v {
            Value::Blob(b) => Ok(b.clone()),
            _ => Err(mismatch(v, "a blob")),
        }
    }
}
impl<T: FromValue> FromValue for Option<T> {
    fn from_value(v: &Value) -> Result<Option<T>, String> {
        match v {
            Value::Null => Ok(None),
            _ => T::from_value(v).map(Some),
        }
    }
    fn from_owned(v: Value) -> Result<Option<T>, String> {
        match v {
            Value::Null => Ok(None),
            _ => T::from_owned(v).map(Some),
        }
    }
}
impl<T: StoredWord> FromValue for Stored<T> {
    fn from_value(v: &Value) -> Result<Stored<T>, String> {
        let text = String::from_value(v)?;
        T::from_stored(&text)
            .map(Stored)
            .ok_or_else(|| format!("`{text}` is not a value this column holds"))
    }
}

/// A connection (or a transaction on one) that runs the store's queries.
pub trait Sql {
    fn dialect(&self) -> Dialect;
    /// Runs one statement; the number of rows it changed.
    fn exec(&self, q: &str, args: &[Arg]) -> DbResult<usize>;
    /// Every row of a query.
    fn rows(&self, q: &str, args: &[Arg]) -> DbResult<Vec<SqlRow>>;
    /// Several statements without parameters (schema changes).
    fn batch(&self, q: &str) -> DbResult<()>;

    /// The first row of a query, if any.
    fn row(&self, q: &str, args: &[Arg]) -> DbResult<Option<SqlRow>> {
        Ok(self.rows(q, args)?.into_iter().next())
    }
    /// The first row of a query that always has one.
    fn one_row(&self, q: &str, args: &[Arg]) -> DbResult<SqlRow> {
        self.row(q, args)?
            .ok_or_else(|| DbError::Column { column: "0".into(), message: "no row".into() })
    }
    /// The first column of the first row, which the query always has.
    fn one<T: FromValue>(&self, q: &str, args: &[Arg]) -> DbResult<T> {
        match self.row(q, args)? {
            Some(r) => r.get(0),
            None => Err(DbError::Column { column: "0".into(), message: "no row".into() }),
        }
    }
    /// The first column of the first row, if there is one.
    fn maybe<T: FromValue>(&self, q: &str, args: &[Arg]) -> DbResult<Option<T>> {
        self.row(q, args)?.map(|r| r.get(0)).transpose()
    }
    /// Whether the query has a row.
    fn exists(&self, q: &str, args: &[Arg]) -> DbResult<bool> {
        Ok(self.row(q, args)?.is_some())
    }
    /// Starts a write transaction and takes the store's write lock: one writing transaction at a
    /// time, whichever process runs it (SQLite: `BEGIN IMMEDIATE`; PostgreSQL: a
    /// transaction-level advisory lock).
    fn begin_write(&self) -> DbResult<()>;
    fn commit(&self) -> DbResult<()> {
        self.batch("COMMIT")
    }
    fn rollback(&self) -> DbResult<()> {
        self.batch("ROLLBACK")
    }
    /// Runs an `INSERT` and gives the `id` of the new row.
    fn insert_id(&self, q: &str, args: &[Arg]) -> DbResult<i64> {
        self.one(&format!("{q} RETURNING id"), args)
    }
    /// Adds a batch's buffered mentions, aliases and facts ([`Rows`]), each table's rows in the
    /// order buffered, inside the write transaction [`Sql::begin_write`] started. By default one
    /// prepared statement per row (SQLite, where that is a function call); PostgreSQL copies
    /// them into staging tables and inserts from there (`pg/copy.rs`).
    fn bulk_insert(&self, rows: &Rows) -> DbResult<()> {
        crate::bulk::insert_row_by_row(self, rows)
    }
}

impl rusqlite::ToSql for Arg<'_> {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(ToSqlOutput::Borrowed(match *self {
            Arg::Null => ValueRef::Null,
            Arg::Int(i) => ValueRef::Integer(i),
            Arg::Real(r) => ValueRef::Real(r),
            Arg::Text(t) => ValueRef::Text(t.as_bytes()),
            Arg::Blob(b) => ValueRef::Blob(b),
        }))
    }
}

fn sqlite_rows(st: &mut rusqlite::Statement, args: &[Arg]) -> rusqlite::Result<Vec<SqlRow>> {
    use rusqlite::types::ValueRef;
    let names: Arc<[String]> = st.column_names().map(str::to_string).collect();
    let n = names.len();
    let mut rows = st.query(rusqlite::params_from_iter(args.iter()))?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let mut values = Vec::with_capacity(n);
        for i in 0..n {
            values.push(match r.get_ref(i)? {
                ValueRef::Null => Value::Null,
                ValueRef::Integer(i) => Value::Int(i),
                ValueRef::Real(f) => Value::Real(f),
                ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
                ValueRef::Blob(b) => Value::Blob(b.to_vec()),
            });
        }
        out.push(SqlRow::new(names.clone(), values));
    }
    Ok(out)
}

impl Sql for rusqlite::Connection {
    fn dialect(&self) -> Dialect {
        Dialect::Sqlite
    }
    fn exec(&self, q: &str, args: &[Arg]) -> DbResult<usize> {
        Ok(self.prepare_cached(q)?.execute(rusqlite::params_from_iter(args.iter()))?)
    }
    fn rows(&self, q: &str, args: &[Arg]) -> DbResult<Vec<SqlRow>> {
        let mut st = self.prepare_cached(q)?;
        Ok(sqlite_rows(&mut st, args)?)
    }
    fn batch(&self, q: &str) -> DbResult<()> {
        Ok(self.execute_batch(q)?)
    }
    fn begin_write(&self) -> DbResult<()> {
        self.batch("BEGIN IMMEDIATE")
    }
    fn exists(&self, q: &str, args: &[Arg]) -> DbResult<bool> {
        Ok(self.prepare_cached(q)?.exists(rusqlite::params_from_iter(args.iter()))?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postgres_gets_numbered_parameters_and_its_function_names_outside_literals() {
        let q = "SELECT instr(norm, ?1), group_concat(a.name, '|'), json_group_array(DISTINCT x), 'a?b', \"end\" FROM t WHERE x = ?12 AND myinstr(y)";
        assert_eq!(
            Dialect::Postgres.translate(q),
            "SELECT strpos(norm, $1), string_agg(a.name, '|'), json_agg(DISTINCT x), 'a?b', \"end\" FROM t WHERE x = $12 AND myinstr(y)"
        );
        assert_eq!(Dialect::Sqlite.translate(q), q);
        assert_eq!(
            Dialect::Postgres.translate("-- the article's instr(\nSELECT instr(a, ?1)"),
            "-- the article's instr(\nSELECT strpos(a, $1)"
        );
    }

    #[test]
    fn rows_are_read_by_name_or_position_with_lenient_types() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        let r = conn
            .row("SELECT 3 AS n, 2.5 AS x, 'group' AS kind, NULL AS none, ?1 AS given", args![7i64])
            .unwrap()
            .unwrap();
        assert_eq!(r.get::<i64>("n").unwrap(), 3);
        assert_eq!(r.get::<f64>(0).unwrap(), 3.0);
        assert!(r.get::<bool>("N").unwrap());
        assert_eq!(r.get::<Option<String>>("none").unwrap(), None);
        assert_eq!(r.get::<i64>("given").unwrap(), 7);
        assert_eq!(r.get::<Stored<allegiance_model::EntityKind>>(2).unwrap().0.as_str(), "group");
        let err = r.get::<i64>("x").unwrap_err().to_string();
        assert!(err.contains("column x"), "{err}");
        assert!(r.get::<i64>("missing").is_err());
        assert!(conn.maybe::<i64>("SELECT 1 WHERE 0", &[]).unwrap().is_none());
    }
}
