//! Rows of text under a header, as aligned columns for people or as CSV for programs.

use std::io::{self, Write};

use super::bold;
use super::rows::table_from_objects;
use super::terminal::printable;

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

    /// Aligned columns, two spaces apart; the header in bold on a terminal. Cells are article
    /// text: control characters are dropped (see [`printable`]).
    pub fn write_table(&self, w: &mut dyn Write, colour: bool) -> io::Result<()> {
        let cells: Vec<Vec<String>> = self
            .rows
            .iter()
            .map(|r| r.iter().map(|c| shorten(&one_line(&printable(c)), MAX_CELL)).collect())
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

    /// CSV with a header row: RFC 4180 quoting (only fields holding a comma, quote or line break
    /// are quoted) and CRLF line ends.
    pub fn write_csv(&self, w: &mut dyn Write) -> io::Result<()> {
        let mut csv = csv_writer(w);
        csv.write_record(&self.headers)?;
        for row in &self.rows {
            csv.write_record(row)?;
        }
        csv.flush()
    }
}

/// The CSV writer for everything the command line writes as CSV.
fn csv_writer<W: Write>(w: W) -> csv::Writer<W> {
    csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(w)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn csv_of(table: &Table) -> String {
        let mut out = Vec::new();
        table.write_csv(&mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn csv_quotes_only_when_needed() {
        let mut t = Table::new(&["plain", "comma", "quote", "lines", "empty"]);
        t.push(vec![
            "plain".into(),
            "a,b".into(),
            "say \"hi\"".into(),
            "two\nlines".into(),
            String::new(),
        ]);
        let expected = concat!(
            "plain,comma,quote,lines,empty\r\n",
            r#"plain,"a,b","say ""hi""","two"#,
            "\n",
            r#"lines","#,
            "\r\n"
        );
        assert_eq!(csv_of(&t), expected);
    }

    #[test]
    fn csv_without_rows_is_the_header() {
        assert_eq!(csv_of(&Table::new(&["type", "subject"])), "type,subject\r\n");
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
