//! The one description of the database: `schema.sql`, with the lists of fact types it needs
//! filled in from `allegiance_model::FactType`, so the SQL and the Rust agree on which relations
//! are symmetric.

use allegiance_model::FactType;
use std::sync::LazyLock;

/// The schema version this build writes (`PRAGMA user_version`).
pub const SCHEMA_VERSION: i64 = 4;

/// Where `schema.sql` wants the SQL list of the symmetric fact types.
const SYMMETRIC_PLACEHOLDER: &str = "{symmetric_types}";
const CLAIMS_VIEW_MARKER: &str = "-- ---- claims view";

/// `schema.sql` with its placeholders filled in: what an empty database is created with.
pub(crate) static SCHEMA: LazyLock<String> =
    LazyLock::new(|| include_str!("schema.sql").replace(SYMMETRIC_PLACEHOLDER, &SYMMETRIC_TYPES));

/// The part of the schema that defines the `claims` view (recreated by migrations).
pub(crate) fn claims_view() -> &'static str {
    &SCHEMA[SCHEMA.find(CLAIMS_VIEW_MARKER).expect("schema.sql marks its claims view")..]
}

/// One table of the schema as `schema.sql` creates it, with its indexes: what an upgrade that
/// adds the table runs, so the table has one description.
pub(crate) fn table(name: &str) -> String {
    let start = format!("CREATE TABLE {name} (");
    let at = SCHEMA.find(&start).unwrap_or_else(|| panic!("schema.sql creates the table {name}"));
    let end = at + SCHEMA[at..].find("\n);").expect("a table definition ends with `);`") + 3;
    let index_of = format!(" ON {name}(");
    let indexes = SCHEMA
        .lines()
        .filter(|l| l.starts_with("CREATE INDEX") && l.contains(&index_of))
        .collect::<Vec<_>>()
        .join("\n");
    format!("{}\n{indexes}\n", &SCHEMA[at..end])
}

/// `('ally_of', 'rival_of')`: fact types as an SQL list for `IN`.
pub(crate) fn type_list(types: impl IntoIterator<Item = FactType>) -> String {
    let quoted: Vec<String> = types.into_iter().map(|t| format!("'{}'", t.as_str())).collect();
    format!("({})", quoted.join(", "))
}

/// [`type_list`] of the symmetric fact types.
pub(crate) static SYMMETRIC_TYPES: LazyLock<String> =
    LazyLock::new(|| type_list(FactType::symmetric()));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_claims_view_folds_the_symmetric_types_of_the_model() {
        assert_eq!(*SYMMETRIC_TYPES, "('ally_of', 'rival_of')");
        assert!(!SCHEMA.contains(SYMMETRIC_PLACEHOLDER), "every placeholder is filled in");
        let folds = format!("f.type IN {} AND", *SYMMETRIC_TYPES);
        assert_eq!(claims_view().matches(folds.as_str()).count(), 2, "subject and object");
        assert!(claims_view().starts_with(CLAIMS_VIEW_MARKER));
    }

    #[test]
    fn a_table_comes_with_its_indexes_and_nothing_else() {
        let signatures = table("signatures");
        assert!(signatures.starts_with("CREATE TABLE signatures ("), "{signatures}");
        assert!(signatures.contains("cluster_id INTEGER NOT NULL\n);"), "{signatures}");
        assert!(
            signatures.ends_with("CREATE INDEX signatures_cluster ON signatures(cluster_id);\n")
        );
        assert!(!signatures.contains("entities"), "{signatures}");
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        conn.execute_batch(&(table("signatures") + &table("name_uses"))).unwrap();
        let indexes: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'name_uses_%'", [], |r| r.get(0))
            .unwrap();
        assert_eq!(indexes, 2);
    }
}
