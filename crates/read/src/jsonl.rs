//! JSON Lines: one article per line with a `text` or `content` field.

use crate::{meta, Document, DocumentHeader, ReadError};
use std::io::BufRead;
use std::path::Path;

/// Reads the next line (bounded by `limit`), returning its bytes, or `None` at the end.
/// A line over the limit is skipped to its end and reported as too long.
pub fn next_line(
    reader: &mut dyn BufRead,
    limit: u64,
) -> std::io::Result<Option<Result<Vec<u8>, u64>>> {
    let mut line = Vec::new();
    let mut total: u64 = 0;
    let mut over = false;
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            if total == 0 {
                return Ok(None);
            }
            break;
        }
        let (chunk, done) = match buf.iter().position(|&b| b == b'\n') {
            Some(p) => (&buf[..p + 1], true),
            None => (buf, false),
        };
        let n = chunk.len();
        total += n as u64;
        if total > limit {
            over = true;
        } else {
            line.extend_from_slice(chunk);
        }
        reader.consume(n);
        if done {
            break;
        }
    }
    Ok(Some(if over { Err(total) } else { Ok(line) }))
}

/// The fields of a record the reader uses; others are ignored. Deserialised directly (no
/// intermediate `serde_json::Value` map), since the reader thread parses every record.
#[derive(serde::Deserialize)]
struct Record {
    #[serde(default, deserialize_with = "string_or_none")]
    text: Option<String>,
    #[serde(default, deserialize_with = "string_or_none")]
    content: Option<String>,
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default, deserialize_with = "string_or_none")]
    url: Option<String>,
    #[serde(default, deserialize_with = "string_or_none")]
    title: Option<String>,
    #[serde(default, deserialize_with = "string_or_none")]
    publisher: Option<String>,
    #[serde(default, deserialize_with = "string_or_none")]
    source: Option<String>,
    #[serde(default, deserialize_with = "string_or_none")]
    published: Option<String>,
    #[serde(default, deserialize_with = "string_or_none")]
    date: Option<String>,
    #[serde(default, deserialize_with = "string_or_none")]
    publish_date: Option<String>,
}

/// A field kept only when it is a string: a number or object where text is expected is not
/// the field the reader looks for, and does not spoil the record.
fn string_or_none<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    use serde::Deserialize;
    Ok(match serde_json::Value::deserialize(d)? {
        serde_json::Value::String(s) => Some(s),
        _ => None,
    })
}

/// Parses one JSONL record into a document.
pub fn record(path: &Path, line_no: usize, bytes: Vec<u8>) -> Result<Option<Document>, ReadError> {
    let err =
        |message: String| ReadError::Record { path: path.to_path_buf(), line: line_no, message };
    let (line, warning) = crate::decode::to_text(bytes, &format!("{}:{line_no}", path.display()));
    let line = line.trim();
    if line.is_empty() {
        return Ok(None);
    }
    if !line.starts_with('{') {
        return Err(err("not a JSON object".into()));
    }
    let r: Record =
        serde_json::from_str(line).map_err(|e| err(format!("not a JSON object: {e}")))?;
    let text =
        r.text.or(r.content).ok_or_else(|| err("no \"text\" or \"content\" field".into()))?;
    let id = r.id.and_then(|x| match x {
        serde_json::Value::String(s) => Some(s),
        serde_json::Value::Null => None,
        other => Some(other.to_string()),
    });
    let url = r.url;
    let published = r
        .published
        .or(r.date)
        .or(r.publish_date)
        .and_then(|d| meta::normalise_date(&d).or_else(|| meta::find_year_month(&d)));
    Ok(Some(Document {
        header: DocumentHeader {
            doc: id.unwrap_or_else(|| format!("{}:{line_no}", path.display())),
            path: path.display().to_string(),
            title: r.title,
            publisher: r.publisher.or(r.source),
            published: published.or_else(|| url.as_deref().and_then(meta::url_date)),
            url,
        },
        text,
        warnings: warning.into_iter().collect(),
    }))
}
