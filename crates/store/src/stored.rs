//! The model's words as the store keeps them: fact types, polarities, entity kinds and dates are
//! written as their serde strings (`as_str`, `Display`) and read back into their types here, so
//! a row never carries the vocabulary as a bare string.

use allegiance_model::{EntityKind, FactType, PartialDate, Polarity};
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ValueRef};

/// A column read back into a word of the model: `row.get::<_, Stored<FactType>>("type")?.0`.
/// Text the store never writes there is a conversion error naming it.
pub(crate) struct Stored<T>(pub T);

/// A word of the model, parsed from the text the store wrote.
pub(crate) trait StoredWord: Sized {
    fn from_stored(text: &str) -> Option<Self>;
}

impl StoredWord for FactType {
    fn from_stored(text: &str) -> Option<FactType> {
        FactType::parse(text)
    }
}

impl StoredWord for Polarity {
    fn from_stored(text: &str) -> Option<Polarity> {
        Polarity::parse(text)
    }
}

impl StoredWord for EntityKind {
    fn from_stored(text: &str) -> Option<EntityKind> {
        EntityKind::parse(text)
    }
}

impl StoredWord for PartialDate {
    fn from_stored(text: &str) -> Option<PartialDate> {
        PartialDate::parse(text).ok()
    }
}

/// Stored text that is none of the words its column holds.
#[derive(Debug, thiserror::Error)]
#[error("`{0}` is not a value this column holds")]
pub(crate) struct UnknownWord(pub String);

impl<T: StoredWord> FromSql for Stored<T> {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Stored<T>> {
        let text = value.as_str()?;
        T::from_stored(text)
            .map(Stored)
            .ok_or_else(|| FromSqlError::Other(Box::new(UnknownWord(text.to_string()))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::Connection;

    #[test]
    fn words_read_back_and_strangers_are_errors() {
        let conn = Connection::open_in_memory().unwrap();
        let read = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, Stored<FactType>>(0));
        assert_eq!(read("SELECT 'branch_of'").unwrap().0, FactType::BranchOf);
        let err = read("SELECT 'allied'").err().unwrap().to_string();
        assert!(err.contains("allied"), "{err}");
        let date: Option<Stored<PartialDate>> =
            conn.query_row("SELECT NULL", [], |r| r.get(0)).unwrap();
        assert!(date.is_none());
    }
}
