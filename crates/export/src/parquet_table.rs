//! A table as one Parquet file (Snappy-compressed), written with the parquet crate's column
//! writers: text as UTF-8 strings, numbers as int64 and double, flags as booleans, and name lists
//! as standard three-level LIST columns, so pandas, pyarrow, DuckDB and Spark read them typed.

use std::io::Write;
use std::sync::Arc;

use parquet::basic::Compression;
use parquet::column::writer::ColumnWriter;
use parquet::data_type::ByteArray;
use parquet::errors::ParquetError;
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::parser::parse_message_type;

use crate::table::{Cell, ColumnType, TableData};
use crate::Result;

/// Rows per row group: small enough to keep memory flat, large enough for good compression.
const ROW_GROUP: usize = 65_536;

/// The Parquet schema of a table: scalar columns optional (null where a value is missing), list
/// columns required (an empty list where there is none).
fn schema(t: &TableData) -> String {
    let mut s = String::from("message allegiance {\n");
    for c in &t.columns {
        let field = match c.ty {
            ColumnType::Text => format!("  optional binary {} (STRING);\n", c.name),
            ColumnType::Int => format!("  optional int64 {};\n", c.name),
            ColumnType::Float => format!("  optional double {};\n", c.name),
            ColumnType::Bool => format!("  optional boolean {};\n", c.name),
            ColumnType::TextList => {
                format!("  required group {} (LIST) {{\n    repeated group list {{\n      required binary element (STRING);\n    }}\n  }}\n", c.name)
            }
        };
        s.push_str(&field);
    }
    s.push('}');
    s
}

fn mismatch(column: &str) -> ParquetError {
    ParquetError::General(format!("column {column}: a value does not match the column's type"))
}

pub fn write<W: Write + Send>(t: &TableData, out: W) -> Result<()> {
    let schema = Arc::new(parse_message_type(&schema(t))?);
    let props = Arc::new(WriterProperties::builder().set_compression(Compression::SNAPPY).build());
    let mut writer = SerializedFileWriter::new(out, schema, props)?;
    // An empty table still gets one (empty) row group, so readers see its columns.
    let chunks: Vec<&[Vec<Cell>]> =
        if t.rows.is_empty() { vec![&[]] } else { t.rows.chunks(ROW_GROUP).collect() };
    for rows in chunks {
        let mut group = writer.next_row_group()?;
        let mut index = 0;
        while let Some(mut col) = group.next_column()? {
            let column = t.columns.get(index).ok_or_else(|| {
                ParquetError::General("more Parquet columns than table columns".into())
            })?;
            let cells = rows.iter().map(|r| r.get(index).unwrap_or(&Cell::Null));
            let name = column.name;
            match (column.ty, col.untyped()) {
                (ColumnType::Text, ColumnWriter::ByteArrayColumnWriter(w)) => {
                    let (values, defs) = optional(cells, |c| match c {
                        Cell::Text(s) => Ok(Some(ByteArray::from(s.as_bytes().to_vec()))),
                        Cell::Null => Ok(None),
                        _ => Err(mismatch(name)),
                    })?;
                    w.write_batch(&values, Some(&defs), None)?;
                }
                (ColumnType::Int, ColumnWriter::Int64ColumnWriter(w)) => {
                    let (values, defs) = optional(cells, |c| match c {
                        Cell::Int(i) => Ok(Some(*i)),
                        Cell::Null => Ok(None),
                        _ => Err(mismatch(name)),
                    })?;
                    w.write_batch(&values, Some(&defs), None)?;
                }
                (ColumnType::Float, ColumnWriter::DoubleColumnWriter(w)) => {
                    let (values, defs) = optional(cells, |c| match c {
                        Cell::Float(x) => Ok(Some(*x)),
                        Cell::Int(i) => Ok(Some(*i as f64)),
                        Cell::Null => Ok(None),
                        _ => Err(mismatch(name)),
                    })?;
                    w.write_batch(&values, Some(&defs), None)?;
                }
                (ColumnType::Bool, ColumnWriter::BoolColumnWriter(w)) => {
                    let (values, defs) = optional(cells, |c| match c {
                        Cell::Bool(b) => Ok(Some(*b)),
                        Cell::Null => Ok(None),
                        _ => Err(mismatch(name)),
                    })?;
                    w.write_batch(&values, Some(&defs), None)?;
                }
                (ColumnType::TextList, ColumnWriter::ByteArrayColumnWriter(w)) => {
                    let (mut values, mut defs, mut reps) = (Vec::new(), Vec::new(), Vec::new());
                    for c in cells {
                        let items: &[String] = match c {
                            Cell::List(v) => v,
                            Cell::Null => &[],
                            _ => return Err(mismatch(name).into()),
                        };
                        if items.is_empty() {
                            defs.push(0);
                            reps.push(0);
                        }
                        for (k, item) in items.iter().enumerate() {
                            values.push(ByteArray::from(item.as_bytes().to_vec()));
                            defs.push(1);
                            reps.push(if k == 0 { 0 } else { 1 });
                        }
                    }
                    w.write_batch(&values, Some(&defs), Some(&reps))?;
                }
                _ => return Err(mismatch(name).into()),
            }
            col.close()?;
            index += 1;
        }
        group.close()?;
    }
    writer.close()?;
    Ok(())
}

/// The non-null values of an optional column and its definition levels (1 present, 0 null).
fn optional<'c, T>(
    cells: impl Iterator<Item = &'c Cell>,
    value: impl Fn(&Cell) -> std::result::Result<Option<T>, ParquetError>,
) -> std::result::Result<(Vec<T>, Vec<i16>), ParquetError> {
    let mut values = Vec::new();
    let mut defs = Vec::new();
    for c in cells {
        match value(c)? {
            Some(v) => {
                values.push(v);
                defs.push(1);
            }
            None => defs.push(0),
        }
    }
    Ok((values, defs))
}
