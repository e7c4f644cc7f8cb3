//! Exports of the store for other tools: GraphML and GEXF for Gephi, FollowTheMoney entities for
//! Aleph and OpenSanctions tooling, STIX 2.1 bundles for OpenCTI and MISP, CSV and Parquet tables
//! for pandas, DuckDB and spreadsheets.
//!
//! Every writer works on an [`ExportModel`]: the store's [`Dump`] with stable ids and the knowledge
//! base's coordinates and country codes added. Output is deterministic (no clock, no random ids,
//! storage order), so two exports of the same database are byte-identical and exports of a growing
//! database diff cleanly.

mod ftm;
mod gexf;
mod graphml;
mod ids;
mod model;
mod parquet_table;
mod stix;
mod table;
mod time;
mod xml;

use std::io::Write;

pub use allegiance_store::{Dump, DumpFilter};
pub use ids::{fact_id, stix_id};
pub use model::{ExportModel, ModelEntity, ModelFact};
pub use table::{Cell, Column, ColumnType, TableData};

/// The formats `allegiance export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Graphml,
    Gexf,
    Ftm,
    Stix,
    Csv,
    Parquet,
}

impl Format {
    pub const ALL: [Format; 6] =
        [Format::Graphml, Format::Gexf, Format::Ftm, Format::Stix, Format::Csv, Format::Parquet];

    pub fn as_str(self) -> &'static str {
        match self {
            Format::Graphml => "graphml",
            Format::Gexf => "gexf",
            Format::Ftm => "ftm",
            Format::Stix => "stix",
            Format::Csv => "csv",
            Format::Parquet => "parquet",
        }
    }

    pub fn parse(s: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.as_str() == s)
    }

    /// Whether the format is binary (never written to a terminal or a pipe by default).
    pub fn is_binary(self) -> bool {
        matches!(self, Format::Parquet)
    }

    /// Whether the format writes one of the [`Table`]s.
    pub fn is_tabular(self) -> bool {
        matches!(self, Format::Csv | Format::Parquet)
    }
}

/// The tables CSV and Parquet exports write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    Entities,
    Facts,
    Claims,
}

impl Table {
    pub const ALL: [Table; 3] = [Table::Entities, Table::Facts, Table::Claims];

    pub fn as_str(self) -> &'static str {
        match self {
            Table::Entities => "entities",
            Table::Facts => "facts",
            Table::Claims => "claims",
        }
    }

    pub fn parse(s: &str) -> Option<Table> {
        Table::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("writing the export: {0}")]
    Io(#[from] std::io::Error),
    #[error("writing CSV: {0}")]
    Csv(#[from] csv::Error),
    #[error("writing JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("writing Parquet: {0}")]
    Parquet(#[from] parquet::errors::ParquetError),
    /// The dump refers to a row it does not hold (a database edited by hand, foreign keys off).
    #[error("inconsistent store: {0}")]
    Inconsistent(String),
}

pub type Result<T> = std::result::Result<T, ExportError>;

/// Writes `model` in `format` to `out`; `table` picks the table for CSV and Parquet.
pub fn write<W: Write + Send>(
    model: &ExportModel,
    format: Format,
    table: Table,
    out: W,
) -> Result<()> {
    match format {
        Format::Graphml => graphml::write(model, out),
        Format::Gexf => gexf::write(model, out),
        Format::Ftm => ftm::write(model, out),
        Format::Stix => stix::write(model, out),
        Format::Csv => table::write_csv(&table::build(model, table), out),
        Format::Parquet => parquet_table::write(&table::build(model, table), out),
    }
}

/// The rows of one table, as CSV and Parquet write them.
pub fn table_data(model: &ExportModel, table: Table) -> TableData {
    table::build(model, table)
}
