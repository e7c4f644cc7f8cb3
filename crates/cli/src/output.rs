//! Output formatting shared by the commands: tables for people, JSON and CSV for programs.

use std::io::{self, IsTerminal, Write};

use clap::ValueEnum;

/// How `group` and `facts` print their results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned columns for reading in a terminal (long quotes are shortened)
    Table,
    /// One pretty-printed JSON document
    Json,
    /// Comma-separated values with a header row (RFC 4180 quoting)
    Csv,
}

/// Whether to colour what goes to stdout: only on a terminal, and never when NO_COLOR is set.
pub fn colour_stdout() -> bool {
    io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

pub fn bold(s: &str, colour: bool) -> String {
    if colour {
        format!("\x1b[1m{s}\x1b[0m")
    } else {
        s.to_string()
    }
}

pub fn dim(s: &str, colour: bool) -> String {
    if colour {
        format!("\x1b[2m{s}\x1b[0m")
    } else {
        s.to_string()
    }
}

/// Rows of text under a header, printed as a table or as CSV.
#[derive(Debug, Clone, Default)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// Longest cell a table shows before shortening it with an ellipsis (CSV and JSON keep everything).
const MAX_CELL: usize = 90;

impl Table {
    pub fn new(headers: &[&str]) -> Table {
        Table { headers: headers.iter().map(|h| h.to_string()).collect(), rows: Vec::new() }
    }

    /// See [`table_from_objects`].
    pub fn from_objects(rows: &[serde_json::Value], preferred: &[&str], hidden: &[&str]) -> Table {
        let (headers, rows) = table_from_objects(rows, preferred, hidden);
        Table { headers, rows }
    }

    #[cfg(test)]
    pub fn push(&mut self, row: Vec<String>) {
        debug_assert_eq!(row.len(), self.headers.len());
        self.rows.push(row);
    }

    /// Aligned columns, two spaces apart; the header in bold on a terminal.
    pub fn write_table(&self, w: &mut dyn Write, colour: bool) -> io::Result<()> {
        let cells: Vec<Vec<String>> = self
            .rows
            .iter()
            .map(|r| r.iter().map(|c| shorten(&one_line(c), MAX_CELL)).collect())
            .collect();
        let mut widths: Vec<usize> = self.headers.iter().map(|h| h.chars().count()).collect();
        for row in &cells {
            for (i, c) in row.iter().enumerate() {
                widths[i] = widths[i].max(c.chars().count());
            }
        }
        let last = self.headers.len().saturating_sub(1);
        let header: Vec<String> = self
            .headers
            .iter()
            .enumerate()
            .map(|(i, h)| if i == last { h.clone() } else { pad(h, widths[i]) })
            .collect();
        writeln!(w, "{}", bold(&header.join("  "), colour))?;
        for row in &cells {
            let line: Vec<String> = row
                .iter()
                .enumerate()
                .map(|(i, c)| if i == last { c.clone() } else { pad(c, widths[i]) })
                .collect();
            writeln!(w, "{}", line.join("  ").trim_end())?;
        }
        Ok(())
    }

    pub fn write_csv(&self, w: &mut dyn Write) -> io::Result<()> {
        write_csv_row(w, self.headers.iter().map(String::as_str))?;
        for row in &self.rows {
            write_csv_row(w, row.iter().map(String::as_str))?;
        }
        Ok(())
    }
}

pub fn write_csv_row<'a>(
    w: &mut dyn Write,
    cells: impl Iterator<Item = &'a str>,
) -> io::Result<()> {
    let mut first = true;
    for cell in cells {
        if !first {
            w.write_all(b",")?;
        }
        first = false;
        w.write_all(csv_field(cell).as_bytes())?;
    }
    w.write_all(b"\r\n")
}

/// RFC 4180: quote a field holding a comma, quote or line break; double the quotes inside.
pub fn csv_field(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\"")).into()
    } else {
        s.into()
    }
}

fn pad(s: &str, width: usize) -> String {
    let n = s.chars().count();
    let mut out = s.to_string();
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(n)));
    out
}

/// Collapses runs of whitespace (line breaks included) into single spaces.
pub fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Shortens to at most `max` characters, ending with an ellipsis when cut.
pub fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Flattens a JSON object into (column, text) pairs for tables and CSV: nested objects become
/// dotted columns (`evidence.text`), arrays are joined with "; ", null is empty. A `when` object
/// reads as `start–end`.
pub fn flatten(value: &serde_json::Value) -> Vec<(String, String)> {
    fn walk(prefix: &str, v: &serde_json::Value, out: &mut Vec<(String, String)>) {
        use serde_json::Value;
        match v {
            Value::Object(map)
                if prefix.ends_with("when") && map.keys().all(|k| k == "start" || k == "end") =>
            {
                let start = map.get("start").map(scalar).unwrap_or_default();
                let end = map.get("end").map(scalar).unwrap_or_default();
                let text = match (start.is_empty(), end.is_empty()) {
                    (true, true) => String::new(),
                    (false, true) => start,
                    _ => format!("{start}–{end}"),
                };
                out.push((prefix.to_string(), text));
            }
            Value::Object(map) if !map.is_empty() => {
                for (k, v) in map {
                    let key = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
                    walk(&key, v, out);
                }
            }
            other => out.push((prefix.to_string(), scalar(other))),
        }
    }
    let mut out = Vec::new();
    walk("", value, &mut out);
    out
}

/// A JSON value as table text.
pub fn scalar(v: &serde_json::Value) -> String {
    use serde_json::Value;
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(scalar).collect::<Vec<_>>().join("; "),
        Value::Object(map) if map.is_empty() => String::new(),
        Value::Object(map) => {
            map.iter().map(|(k, v)| format!("{k}={}", scalar(v))).collect::<Vec<_>>().join(", ")
        }
        other => other.to_string(),
    }
}

/// A table from JSON objects: `preferred` columns first (those present), then any others in
/// first-seen order, leaving out `hidden` ones.
pub fn table_from_objects(
    rows: &[serde_json::Value],
    preferred: &[&str],
    hidden: &[&str],
) -> (Vec<String>, Vec<Vec<String>>) {
    let flat: Vec<Vec<(String, String)>> = rows.iter().map(flatten).collect();
    let mut columns: Vec<String> = Vec::new();
    for p in preferred {
        if flat.iter().any(|r| r.iter().any(|(k, _)| k == p)) {
            columns.push(p.to_string());
        }
    }
    for row in &flat {
        for (k, _) in row {
            if !columns.contains(k) && !hidden.contains(&k.as_str()) && !k.is_empty() {
                columns.push(k.clone());
            }
        }
    }
    let cells = flat
        .iter()
        .map(|row| {
            columns
                .iter()
                .map(|c| {
                    row.iter().find(|(k, _)| k == c).map(|(_, v)| v.clone()).unwrap_or_default()
                })
                .collect()
        })
        .collect();
    (columns, cells)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_only_when_needed() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn table_aligns_and_shortens() {
        let mut t = Table::new(&["a", "long header", "last"]);
        t.push(vec!["xyz".into(), "1".into(), "q".repeat(200)]);
        let mut out = Vec::new();
        t.write_table(&mut out, false).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "a    long header  last");
        assert!(lines[1].starts_with("xyz  1            qqq"));
        assert!(lines[1].ends_with('…'));
        assert_eq!(lines[1].chars().count(), 5 + 13 + MAX_CELL);
    }
}
