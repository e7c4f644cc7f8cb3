//! A PostgreSQL connection as an [`Sql`]: statements prepared once per connection, parameters
//! converted to the types PostgreSQL inferred for them, results read into [`Value`]s.

use super::copy;
use crate::bulk::Rows;
use crate::sql::{Arg, DbError, DbResult, Dialect, Sql, SqlRow, Value};
use postgres::types::{FromSql, IsNull, ToSql, Type};
use postgres::{Client, Statement};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::error::Error;
use std::mem::ManuallyDrop;
use std::sync::Arc;

type BoxError = Box<dyn Error + Sync + Send>;

/// A connection with its prepared statements (by query text, as written for SQLite).
pub struct PgConn {
    client: ManuallyDrop<RefCell<Client>>,
    statements: RefCell<HashMap<String, Statement>>,
    /// Whether a transaction [`Sql::begin_write`] started is open.
    in_write: Cell<bool>,
    /// Whether the session has the bulk path's staging tables (`copy.rs`).
    staging: Cell<Staging>,
}

/// The staging tables of a session. Created inside a transaction, they exist for good only once
/// it commits: a rolled-back batch takes them with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Staging {
    Absent,
    CreatedUncommitted,
    Ready,
}

impl PgConn {
    pub fn new(client: Client) -> PgConn {
        PgConn {
            client: ManuallyDrop::new(RefCell::new(client)),
            statements: RefCell::new(HashMap::new()),
            in_write: Cell::new(false),
            staging: Cell::new(Staging::Absent),
        }
    }

    /// Marks the end of a write transaction: committed or not.
    fn ended(&self, committed: bool) {
        self.in_write.set(false);
        if self.staging.get() == Staging::CreatedUncommitted {
            self.staging.set(if committed { Staging::Ready } else { Staging::Absent });
        }
    }

    fn statement(&self, q: &str) -> DbResult<Statement> {
        if let Some(st) = self.statements.borrow().get(q) {
            return Ok(st.clone());
        }
        let st = self.client.borrow_mut().prepare(&Dialect::Postgres.translate(q))?;
        let mut cache = self.statements.borrow_mut();
        if cache.len() > 256 {
            cache.clear();
        }
        cache.insert(q.to_string(), st.clone());
        Ok(st)
    }
}

impl Drop for PgConn {
    fn drop(&mut self) {
        self.statements.get_mut().clear();
        // SAFETY: `client` is taken once, here, and never used again.
        let client = unsafe { ManuallyDrop::take(&mut self.client) };
        // Closing the connection blocks on the client's own runtime, which panics on a thread
        // that drives another one (`serve` drops its stores inside tokio): closed on a thread
        // of its own.
        let _ = std::thread::spawn(move || drop(client)).join();
    }
}

impl Sql for PgConn {
    fn dialect(&self) -> Dialect {
        Dialect::Postgres
    }

    fn exec(&self, q: &str, args: &[Arg]) -> DbResult<usize> {
        let st = self.statement(q)?;
        let params: Vec<&(dyn ToSql + Sync)> = args.iter().map(|a| a as _).collect();
        Ok(self.client.borrow_mut().execute(&st, &params)? as usize)
    }

    fn rows(&self, q: &str, args: &[Arg]) -> DbResult<Vec<SqlRow>> {
        let st = self.statement(q)?;
        let params: Vec<&(dyn ToSql + Sync)> = args.iter().map(|a| a as _).collect();
        let rows = self.client.borrow_mut().query(&st, &params)?;
        let names: Arc<[String]> = st.columns().iter().map(|c| c.name().to_string()).collect();
        rows.iter()
            .map(|r| {
                let values = (0..names.len())
                    .map(|i| r.try_get::<_, PgValue>(i).map(|v| v.0))
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(SqlRow::new(names.clone(), values))
            })
            .collect()
    }

    fn batch(&self, q: &str) -> DbResult<()> {
        Ok(self.client.borrow_mut().batch_execute(q)?)
    }

    fn begin_write(&self) -> DbResult<()> {
        // READ COMMITTED, and every writing transaction under one advisory lock, held until it
        // commits or rolls back: batches from any number of processes are applied one after the
        // other, each seeing every batch committed before it (ARCHITECTURE.md, "Many writers").
        self.batch(&format!("BEGIN; SELECT pg_advisory_xact_lock({WRITE_LOCK});"))?;
        self.in_write.set(true);
        Ok(())
    }

    fn commit(&self) -> DbResult<()> {
        let done = self.batch("COMMIT");
        self.ended(done.is_ok());
        done
    }

    fn rollback(&self) -> DbResult<()> {
        let done = self.batch("ROLLBACK");
        self.ended(false);
        done
    }

    fn bulk_insert(&self, rows: &Rows) -> DbResult<()> {
        if rows.is_empty() {
            return Ok(());
        }
        // Outside a transaction each statement would commit on its own, and the staging
        // tables' rows vanish at every commit: the copied rows would be lost, silently.
        if !self.in_write.get() {
            return Err(DbError::Misuse("a bulk write outside a write transaction"));
        }
        if self.staging.get() != Staging::Ready {
            self.batch(copy::CREATE_STAGING)?;
            self.staging.set(Staging::CreatedUncommitted);
        }
        if !rows.mentions().is_empty() {
            let st = self.statement(copy::COPY_MENTIONS)?;
            copy::mentions(&mut self.client.borrow_mut(), &st, rows.mentions())?;
        }
        if !rows.aliases().is_empty() {
            let st = self.statement(copy::COPY_ALIASES)?;
            copy::aliases(&mut self.client.borrow_mut(), &st, rows.aliases())?;
        }
        if !rows.facts().is_empty() {
            let st = self.statement(copy::COPY_FACTS)?;
            copy::facts(&mut self.client.borrow_mut(), &st, rows.facts())?;
        }
        self.batch(&copy::move_staged(rows))
    }
}

/// The advisory lock key writers take ("allegian" in ASCII): any value no other program uses.
pub const WRITE_LOCK: i64 = 0x616c_6c65_6769_616e;

impl ToSql for Arg<'_> {
    fn to_sql(&self, ty: &Type, out: &mut bytes::BytesMut) -> Result<IsNull, BoxError> {
        match *self {
            Arg::Null => Ok(IsNull::Yes),
            Arg::Int(i) => match *ty {
                Type::INT8 => i.to_sql(ty, out),
                Type::INT4 => i32::try_from(i)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(i)?.to_sql(ty, out),
                Type::BOOL => (i != 0).to_sql(ty, out),
                Type::FLOAT8 => (i as f64).to_sql(ty, out),
                _ => i.to_string().as_str().to_sql(&Type::TEXT, out),
            },
            Arg::Real(r) => match *ty {
                Type::FLOAT4 => (r as f32).to_sql(ty, out),
                Type::FLOAT8 => r.to_sql(ty, out),
                _ => Err(format!("a number given where PostgreSQL expects {ty}").into()),
            },
            Arg::Text(t) => match *ty {
                Type::JSONB => {
                    out.extend_from_slice(&[1]);
                    out.extend_from_slice(t.as_bytes());
                    Ok(IsNull::No)
                }
                Type::JSON => {
                    out.extend_from_slice(t.as_bytes());
                    Ok(IsNull::No)
                }
                _ => t.to_sql(&Type::TEXT, out),
            },
            Arg::Blob(b) => b.to_sql(ty, out),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    postgres::types::to_sql_checked!();
}

/// A column of any type this store's queries give, as a [`Value`].
struct PgValue(Value);

impl<'a> FromSql<'a> for PgValue {
    fn from_sql(ty: &Type, raw: &'a [u8]) -> Result<PgValue, BoxError> {
        Ok(PgValue(match *ty {
            Type::BOOL => Value::Int(bool::from_sql(ty, raw)? as i64),
            Type::INT2 => Value::Int(i16::from_sql(ty, raw)? as i64),
            Type::INT4 => Value::Int(i32::from_sql(ty, raw)? as i64),
            Type::INT8 => Value::Int(i64::from_sql(ty, raw)?),
            Type::FLOAT4 => Value::Real(f32::from_sql(ty, raw)? as f64),
            Type::FLOAT8 => Value::Real(f64::from_sql(ty, raw)?),
            Type::NUMERIC => numeric(raw)?,
            Type::BYTEA => Value::Blob(raw.to_vec()),
            Type::JSONB => {
                Value::Text(std::str::from_utf8(raw.get(1..).unwrap_or_default())?.to_string())
            }
            _ => Value::Text(std::str::from_utf8(raw)?.to_string()),
        }))
    }

    fn from_sql_null(_: &Type) -> Result<PgValue, BoxError> {
        Ok(PgValue(Value::Null))
    }

    fn accepts(_: &Type) -> bool {
        true
    }
}

/// A NUMERIC in PostgreSQL's binary form (what `SUM` of integers gives): an integer when it has
/// no fraction, else a float. Digits are base 10,000; `weight` is the power of the first.
fn numeric(raw: &[u8]) -> Result<Value, BoxError> {
    let word = |i: usize| -> Result<i16, BoxError> {
        let b = raw.get(2 * i..2 * i + 2).ok_or("a truncated NUMERIC")?;
        Ok(i16::from_be_bytes([b[0], b[1]]))
    };
    let (ndigits, weight, sign) = (word(0)? as usize, word(1)? as i32, word(2)? as u16);
    if sign == 0xC000 {
        return Ok(Value::Real(f64::NAN));
    }
    let mut value = 0f64;
    let mut integral = true;
    for i in 0..ndigits {
        let power = weight - i as i32;
        let digit = word(4 + i)? as f64;
        if power < 0 && digit != 0.0 {
            integral = false;
        }
        value += digit * 10_000f64.powi(power);
    }
    if sign == 0x4000 {
        value = -value;
    }
    Ok(if integral && value.abs() < 9.0e15 { Value::Int(value as i64) } else { Value::Real(value) })
}
