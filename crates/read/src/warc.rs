//! WARC: HTML response records become documents.

use crate::{html, Document, DocumentHeader, ReadError};
use std::io::{BufRead, Read};
use std::path::Path;

/// One WARC record: the header fields we use and the payload.
struct Record {
    kind: String,
    uri: Option<String>,
    date: Option<String>,
    payload: Vec<u8>,
}

fn read_line(r: &mut dyn BufRead, buf: &mut Vec<u8>) -> std::io::Result<usize> {
    buf.clear();
    r.take(64 * 1024).read_until(b'\n', buf)
}

/// Reads the next record; `Ok(None)` at the end of the file.
fn next_record(
    r: &mut dyn BufRead,
    offset: &mut u64,
    limit: u64,
    path: &Path,
) -> Result<Option<Record>, ReadError> {
    let io = |e: std::io::Error, at: u64| ReadError::Warc {
        path: path.to_path_buf(),
        offset: at,
        message: e.to_string(),
    };
    let mut line = Vec::new();
    // Skip blank lines between records.
    loop {
        let n = read_line(r, &mut line).map_err(|e| io(e, *offset))?;
        if n == 0 {
            return Ok(None);
        }
        *offset += n as u64;
        if !line.iter().all(|b| b.is_ascii_whitespace()) {
            break;
        }
    }
    let start = *offset - line.len() as u64;
    if !line.starts_with(b"WARC/") {
        return Err(ReadError::Warc {
            path: path.to_path_buf(),
            offset: start,
            message: "expected a WARC/1.x header line".into(),
        });
    }
    let (mut kind, mut uri, mut date, mut length) = (String::new(), None, None, None::<u64>);
    loop {
        let n = read_line(r, &mut line).map_err(|e| io(e, *offset))?;
        *offset += n as u64;
        if n == 0 {
            return Err(ReadError::Warc {
                path: path.to_path_buf(),
                offset: start,
                message: "truncated header".into(),
            });
        }
        let l = String::from_utf8_lossy(&line);
        let l = l.trim_end();
        if l.is_empty() {
            break;
        }
        if let Some((k, v)) = l.split_once(':') {
            let v = v.trim().to_string();
            match k.trim().to_ascii_lowercase().as_str() {
                "warc-type" => kind = v,
                "warc-target-uri" => uri = Some(v.trim_matches(['<', '>']).to_string()),
                "warc-date" => date = Some(v),
                "content-length" => length = v.parse().ok(),
                _ => {}
            }
        }
    }
    let length = length.ok_or_else(|| ReadError::Warc {
        path: path.to_path_buf(),
        offset: start,
        message: "no Content-Length".into(),
    })?;
    if length > limit {
        std::io::copy(&mut r.take(length), &mut std::io::sink()).map_err(|e| io(e, *offset))?;
        *offset += length;
        return Err(ReadError::Warc {
            path: path.to_path_buf(),
            offset: start,
            message: format!("record of {length} bytes is over the {limit}-byte limit"),
        });
    }
    let mut payload = Vec::with_capacity(length as usize);
    r.take(length).read_to_end(&mut payload).map_err(|e| io(e, *offset))?;
    *offset += payload.len() as u64;
    if (payload.len() as u64) < length {
        return Err(ReadError::Warc {
            path: path.to_path_buf(),
            offset: start,
            message: "truncated record".into(),
        });
    }
    Ok(Some(Record { kind, uri, date, payload }))
}

/// Splits an HTTP response into its content type and body.
fn http_body(payload: &[u8]) -> Option<(String, &[u8])> {
    let end = payload
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|p| (p, p + 4))
        .or_else(|| payload.windows(2).position(|w| w == b"\n\n").map(|p| (p, p + 2)))?;
    let head = String::from_utf8_lossy(&payload[..end.0]);
    let ctype = head
        .lines()
        .find_map(|l| {
            l.split_once(':')
                .filter(|(k, _)| k.trim().eq_ignore_ascii_case("content-type"))
                .map(|(_, v)| v.trim().to_ascii_lowercase())
        })
        .unwrap_or_default();
    Some((ctype, &payload[end.1..]))
}

/// Reads the next HTML document from a WARC stream, skipping other records.
pub fn next_document(
    r: &mut dyn BufRead,
    offset: &mut u64,
    limit: u64,
    html_limits: html::Limits,
    path: &Path,
) -> Result<Option<Document>, ReadError> {
    loop {
        let Some(rec) = next_record(r, offset, limit, path)? else { return Ok(None) };
        if !rec.kind.eq_ignore_ascii_case("response") {
            continue;
        }
        let Some((ctype, body)) = http_body(&rec.payload) else { continue };
        if !ctype.contains("html") {
            continue;
        }
        let origin = rec.uri.clone().unwrap_or_else(|| path.display().to_string());
        let (text, warning) = crate::decode::to_text(body.to_vec(), &origin);
        let page = html::clean(&text, &origin, html_limits);
        let url = rec.uri.clone().or(page.url);
        return Ok(Some(Document {
            header: DocumentHeader {
                doc: origin,
                path: path.display().to_string(),
                published: page
                    .published
                    .or_else(|| rec.date.as_deref().and_then(crate::meta::normalise_date)),
                publisher: page.publisher,
                title: page.title,
                url,
            },
            text: page.text,
            warnings: warning.into_iter().chain(page.warnings).collect(),
        }));
    }
}
