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
    let mut warnings: Vec<String> = warning.into_iter().collect();
    let r: Record = match serde_json::from_str(line) {
        Ok(r) => r,
        Err(e) => {
            // serde_json refuses a `\ud800` escape with no partner (its message varies with
            // what follows). One broken character should not cost the article: replace it,
            // say where, and parse again.
            let (repaired, columns) = replace_lone_surrogates(line);
            if columns.is_empty() {
                return Err(err(json_error(&e)));
            }
            let r = serde_json::from_str(&repaired).map_err(|e| err(json_error(&e)))?;
            warnings.push(format!(
                "{}:{line_no}: lone UTF-16 surrogate escape(s) at column(s) {} replaced with U+FFFD",
                path.display(),
                columns.iter().map(usize::to_string).collect::<Vec<_>>().join(", ")
            ));
            r
        }
    };
    let text =
        r.text.or(r.content).ok_or_else(|| err("no \"text\" or \"content\" field".into()))?;
    let id = r.id.and_then(|x| match x {
        serde_json::Value::String(s) => Some(s),
        serde_json::Value::Null => None,
        other => Some(other.to_string()),
    });
    let url = r.url;
    let stated = r.published.or(r.date).or(r.publish_date);
    let published = stated
        .as_deref()
        .and_then(|d| meta::normalise_date(d).or_else(|| meta::find_year_month(d)));
    if let (Some(d), None) = (&stated, &published) {
        warnings.push(format!(
            "{}:{line_no}: publication date {d:?} is not a date the reader understands; dropped",
            path.display()
        ));
    }
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
        warnings,
    }))
}

/// A JSON error in words, with the column on the line (the line is the record's own).
fn json_error(e: &serde_json::Error) -> String {
    let what = match e.classify() {
        serde_json::error::Category::Eof => "incomplete JSON",
        serde_json::error::Category::Syntax => "invalid JSON",
        serde_json::error::Category::Data => "unexpected JSON",
        serde_json::error::Category::Io => "unreadable JSON",
    };
    let message = e.to_string();
    let detail = message.split(" at line ").next().unwrap_or(&message);
    format!("{what} at column {}: {detail}", e.column())
}

/// Replaces each `\uD800`-`\uDFFF` escape that is not half of a high-low pair with
/// `\uFFFD`; returns the repaired line and the 1-based columns (in bytes) of those replaced.
fn replace_lone_surrogates(line: &str) -> (String, Vec<usize>) {
    let bytes = line.as_bytes();
    let unit_at = |i: usize| -> Option<u16> {
        if bytes.get(i) != Some(&b'\\') || bytes.get(i + 1) != Some(&b'u') {
            return None;
        }
        u16::from_str_radix(line.get(i + 2..i + 6)?, 16).ok()
    };
    let mut out = String::with_capacity(line.len());
    let mut columns = Vec::new();
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            i += 1;
            continue;
        }
        let Some(unit) = unit_at(i) else {
            // Any other escape, `\\` included: its second byte is never an escape's start.
            i += 2;
            continue;
        };
        let high = (0xD800..0xDC00).contains(&unit);
        let paired = high && unit_at(i + 6).is_some_and(|low| (0xDC00..0xE000).contains(&low));
        if paired {
            i += 12;
        } else if (0xD800..0xE000).contains(&unit) {
            out.push_str(&line[copied..i]);
            out.push_str("\\uFFFD");
            columns.push(i + 1);
            i += 6;
            copied = i;
        } else {
            i += 6;
        }
    }
    out.push_str(&line[copied..]);
    (out, columns)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lone_surrogates_are_replaced_and_pairs_kept() {
        let (line, columns) =
            replace_lone_surrogates(r#"{"text":"a\ud800b \ud83d\ude00 \\ud800 \udc00"}"#);
        assert_eq!(line, r#"{"text":"a\uFFFDb \ud83d\ude00 \\ud800 \uFFFD"}"#);
        assert_eq!(columns, vec![11, 40]);
    }
}
