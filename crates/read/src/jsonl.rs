//! JSON Lines: one article per line with a `text` or `content` field.

use crate::{meta, Document, ReadError};
use std::io::BufRead;
use std::path::Path;

/// Reads the next line (bounded by `limit`), returning its bytes, or `None` at the end.
/// A line over the limit is skipped to its end and reported as too long.
pub fn next_line(reader: &mut dyn BufRead, limit: u64) -> std::io::Result<Option<Result<Vec<u8>, u64>>> {
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

/// Parses one JSONL record into a document.
pub fn record(path: &Path, line_no: usize, bytes: Vec<u8>) -> Result<Option<Document>, ReadError> {
    let err = |message: String| ReadError::Record { path: path.to_path_buf(), line: line_no, message };
    let (line, warning) = crate::decode::to_text(bytes, &format!("{}:{line_no}", path.display()));
    let line = line.trim();
    if line.is_empty() {
        return Ok(None);
    }
    let v: serde_json::Value = serde_json::from_str(line).map_err(|e| err(format!("not a JSON object: {e}")))?;
    let obj = v.as_object().ok_or_else(|| err("not a JSON object".into()))?;
    let field = |k: &str| obj.get(k).and_then(|x| x.as_str()).map(str::to_string);
    let text = field("text").or_else(|| field("content")).ok_or_else(|| err("no \"text\" or \"content\" field".into()))?;
    let id = obj.get("id").map(|x| match x {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    });
    let url = field("url");
    let published = field("published")
        .or_else(|| field("date"))
        .or_else(|| field("publish_date"))
        .and_then(|d| meta::normalise_date(&d).or_else(|| meta::find_year_month(&d)));
    Ok(Some(Document {
        doc: id.unwrap_or_else(|| format!("{}:{line_no}", path.display())),
        path: path.display().to_string(),
        title: field("title"),
        publisher: field("publisher").or_else(|| field("source")),
        published: published.or_else(|| url.as_deref().and_then(meta::url_date)),
        url,
        text,
        warnings: warning.into_iter().collect(),
    }))
}
