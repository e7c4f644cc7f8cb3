//! The entities, facts and claims tables, typed once for CSV and Parquet alike.

use std::io::Write;

use crate::model::ExportModel;
use crate::{Result, Table};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnType {
    Text,
    Int,
    Float,
    Bool,
    /// A list of texts: a Parquet list column; in CSV joined with "; ".
    TextList,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub name: &'static str,
    pub ty: ColumnType,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Null,
    Text(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    List(Vec<String>),
}

impl Cell {
    fn text(s: Option<&str>) -> Cell {
        s.map_or(Cell::Null, |s| Cell::Text(s.to_string()))
    }

    /// The CSV form: empty for null, lists joined with "; ".
    pub fn to_csv(&self) -> String {
        match self {
            Cell::Null => String::new(),
            Cell::Text(s) => s.clone(),
            Cell::Int(i) => i.to_string(),
            Cell::Float(x) => x.to_string(),
            Cell::Bool(b) => b.to_string(),
            Cell::List(v) => v.join("; "),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct TableData {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
}

fn columns(spec: &[(&'static str, ColumnType)]) -> Vec<Column> {
    spec.iter().map(|&(name, ty)| Column { name, ty }).collect()
}

use ColumnType::*;

const ENTITY_COLUMNS: &[(&str, ColumnType)] = &[
    ("id", Text),
    ("key", Text),
    ("kind", Text),
    ("name", Text),
    ("kb", Text),
    ("subkind", Text),
    ("former_name", Bool),
    ("aliases", TextList),
    ("former_names", TextList),
    ("country", Text),
    ("latitude", Float),
    ("longitude", Float),
    ("documents", Int),
    ("first_seen", Text),
    ("former_ids", TextList),
];

const FACT_COLUMNS: &[(&str, ColumnType)] = &[
    ("id", Text),
    ("type", Text),
    ("subject", Text),
    ("subject_id", Text),
    ("object", Text),
    ("object_id", Text),
    ("polarity", Text),
    ("source", Text),
    ("start", Text),
    ("end", Text),
    ("min", Float),
    ("max", Float),
    ("unit", Text),
    ("attrs", Text),
    ("evidence", Text),
    ("evidence_start", Int),
    ("evidence_end", Int),
    ("document_id", Text),
    ("doc", Text),
    ("title", Text),
    ("publisher", Text),
    ("published", Text),
    ("url", Text),
];

const CLAIM_COLUMNS: &[(&str, ColumnType)] = &[
    ("type", Text),
    ("subject", Text),
    ("object", Text),
    ("min", Float),
    ("max", Float),
    ("unit", Text),
    ("facts", Int),
    ("documents", Int),
    ("reports", Int),
    ("sources", TextList),
    ("polarities", TextList),
    ("first_published", Text),
    ("last_published", Text),
];

pub fn build(m: &ExportModel, table: Table) -> TableData {
    match table {
        Table::Entities => TableData {
            columns: columns(ENTITY_COLUMNS),
            rows: m
                .entities
                .iter()
                .map(|e| {
                    let coords = e.coordinates();
                    vec![
                        Cell::Text(e.id.clone()),
                        Cell::Text(e.row.key.clone()),
                        Cell::Text(e.row.kind.to_string()),
                        Cell::Text(e.row.name.clone()),
                        Cell::text(e.row.kb.as_deref()),
                        Cell::text(e.subkind.as_deref()),
                        Cell::Bool(e.row.former_name),
                        Cell::List(e.aliases().into_iter().map(str::to_string).collect()),
                        Cell::List(e.former_names.clone()),
                        Cell::text(e.country.as_deref()),
                        coords.map_or(Cell::Null, |(lat, _)| Cell::Float(lat)),
                        coords.map_or(Cell::Null, |(_, lon)| Cell::Float(lon)),
                        Cell::Int(e.row.document_ids.len() as i64),
                        Cell::text(e.row.first_seen.as_deref()),
                        Cell::List(e.former_ids.clone()),
                    ]
                })
                .collect(),
        },
        Table::Facts => TableData {
            columns: columns(FACT_COLUMNS),
            rows: m
                .facts
                .iter()
                .map(|f| {
                    let s = m.subject(f);
                    let o = m.object(f);
                    let d = m.document(f);
                    let h = &d.row.header;
                    let strength = f.strength();
                    vec![
                        Cell::Text(f.id.clone()),
                        Cell::Text(f.row.fact_type.to_string()),
                        Cell::Text(s.row.name.clone()),
                        Cell::Text(s.id.clone()),
                        Cell::text(o.map(|o| o.row.name.as_str())),
                        Cell::text(o.map(|o| o.id.as_str())),
                        Cell::Text(f.row.polarity.to_string()),
                        Cell::text(f.row.source.as_deref()),
                        Cell::text(f.start().map(|d| d.to_string()).as_deref()),
                        Cell::text(f.end().map(|d| d.to_string()).as_deref()),
                        strength.map_or(Cell::Null, |s| Cell::Float(s.min)),
                        strength.map_or(Cell::Null, |s| Cell::Float(s.max)),
                        Cell::text(f.strength_unit()),
                        Cell::text(f.attrs_json().as_deref()),
                        Cell::Text(f.row.evidence.text.clone()),
                        Cell::Int(f.row.evidence.start as i64),
                        Cell::Int(f.row.evidence.end as i64),
                        Cell::Text(d.id.clone()),
                        Cell::Text(h.doc.clone()),
                        Cell::text(h.title.as_deref()),
                        Cell::text(h.publisher.as_deref()),
                        Cell::text(h.published.as_deref()),
                        Cell::text(h.url.as_deref()),
                    ]
                })
                .collect(),
        },
        Table::Claims => TableData {
            columns: columns(CLAIM_COLUMNS),
            rows: m
                .claims
                .iter()
                .map(|c| {
                    vec![
                        Cell::Text(c.fact_type.to_string()),
                        Cell::Text(c.subject.clone()),
                        Cell::text(c.object.as_deref()),
                        c.min.map_or(Cell::Null, Cell::Float),
                        c.max.map_or(Cell::Null, Cell::Float),
                        Cell::text(c.unit.as_deref()),
                        Cell::Int(c.facts as i64),
                        Cell::Int(c.documents as i64),
                        Cell::Int(c.reports as i64),
                        Cell::List(c.sources.clone()),
                        Cell::List(c.polarities.iter().map(|p| p.to_string()).collect()),
                        Cell::text(c.first_published.as_deref()),
                        Cell::text(c.last_published.as_deref()),
                    ]
                })
                .collect(),
        },
    }
}

/// RFC 4180 CSV with a header row.
pub fn write_csv<W: Write>(t: &TableData, out: W) -> Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(t.columns.iter().map(|c| c.name))?;
    for row in &t.rows {
        w.write_record(row.iter().map(Cell::to_csv))?;
    }
    w.flush()?;
    Ok(())
}
