//! `allegiance kb`: the knowledge base, checked and counted.

use std::io::{self, Write};
use std::process::ExitCode;

use anyhow::Result;
use clap::Subcommand;

use crate::output::{bold, colour_stdout};
use crate::pipeline::load_kb;
use crate::Cli;

#[derive(Debug, Subcommand)]
pub enum KbCommand {
    /// Check the knowledge base (built-in plus --kb files) for problems: duplicate ids, parents that
    /// do not exist, aliases shared by two entries, ... Exit status 1 when there are errors.
    Check,
    /// Count the entries by kind, and their names and aliases.
    Stats,
}

pub fn run(cli: &Cli, sub: &KbCommand) -> Result<ExitCode> {
    let kb = load_kb(cli)?;
    let mut out = io::stdout().lock();
    match sub {
        KbCommand::Check => {
            let problems = kb.check();
            let errors = problems.iter().filter(|p| p.is_error()).count();
            for p in &problems {
                writeln!(out, "{p}")?;
            }
            if !cli.quiet || errors > 0 {
                writeln!(
                    out,
                    "{} problems ({} errors, {} warnings)",
                    problems.len(),
                    errors,
                    problems.len() - errors
                )?;
            }
            Ok(if errors > 0 {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            })
        }
        KbCommand::Stats => {
            let stats = serde_json::to_value(kb.counts())?;
            let colour = colour_stdout();
            writeln!(out, "{}", bold("knowledge base", colour))?;
            if let Some(map) = stats.as_object() {
                let width = map.keys().map(|k| k.len()).max().unwrap_or(0);
                for (k, v) in map {
                    writeln!(out, "  {k:<width$}  {}", crate::output::scalar(v))?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
