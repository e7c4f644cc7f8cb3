//! Output formatting shared by the commands: tables for people, JSON and CSV for programs.
//!
//! `table` lays out rows as aligned columns or CSV; `terminal` strips what could drive the
//! terminal from the text it prints; `rows` turns JSON objects into such rows;
//! `facts`, `conflicts` and `profile` render what the store answers, for every command that shows
//! it.

pub mod conflicts;
pub mod facts;
pub mod profile;
pub mod rows;
pub mod table;
pub mod terminal;

use std::io::{self, IsTerminal};

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
