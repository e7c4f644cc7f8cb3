//! `allegiance kb`: the knowledge base, checked and counted.

use std::io::{self, Write};
use std::process::ExitCode;

use allegiance_model::norm_name;
use allegiance_store::judgements::EntityKey;
use allegiance_store::Judged;
use anyhow::Result;
use clap::Subcommand;

use crate::context::Context;
use crate::output::rows::scalar;
use crate::output::{bold, colour_stdout};

#[derive(Debug, Subcommand)]
pub enum KbCommand {
    /// Check the knowledge base (built-in plus --kb files) for problems: duplicate ids, parents that
    /// do not exist, aliases shared by two entries, ... Exit status 1 when there are errors.
    Check,
    /// Count the entries by kind, and their names and aliases.
    Stats,
    /// Propose KB entries for groups and people the stored articles name but the KB lacks, and
    /// for entities analysts merged, renamed, aliased or gave a kb id (with every name judged to
    /// be theirs), as TOML to review and add with --kb (reads the database given by --db).
    Suggest {
        /// Only names seen in at least this many articles
        #[arg(long, default_value_t = 1)]
        min_documents: usize,
    },
}

pub fn run(ctx: &Context, sub: &KbCommand) -> Result<ExitCode> {
    match sub {
        KbCommand::Check => check(ctx),
        KbCommand::Stats => stats(ctx),
        KbCommand::Suggest { min_documents } => suggest(ctx, *min_documents),
    }
}

fn check(ctx: &Context) -> Result<ExitCode> {
    // Unchecked, so that every problem is listed rather than the load refusing the first file.
    let (kb, mut problems) = ctx.load_kb_unchecked()?;
    let mut out = io::stdout().lock();
    problems.extend(kb.check());
    let errors = problems.iter().filter(|p| p.is_error()).count();
    for p in &problems {
        writeln!(out, "{p}")?;
    }
    if !ctx.quiet || errors > 0 {
        writeln!(
            out,
            "{} problems ({} errors, {} warnings)",
            problems.len(),
            errors,
            problems.len() - errors
        )?;
    }
    Ok(if errors > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

fn stats(ctx: &Context) -> Result<ExitCode> {
    let kb = ctx.load_kb()?;
    let mut out = io::stdout().lock();
    let stats = serde_json::to_value(kb.counts())?;
    let colour = colour_stdout();
    writeln!(out, "{}", bold("knowledge base", colour))?;
    if let Some(map) = stats.as_object() {
        let width = map.keys().map(|k| k.len()).max().unwrap_or(0);
        for (k, v) in map {
            writeln!(out, "  {k:<width$}  {}", scalar(v))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in norm_name(name).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_string()
}

fn suggest(ctx: &Context, min_documents: usize) -> Result<ExitCode> {
    let store = ctx.open_store()?;
    let judged = Judged::load(&store)?;
    let learnt = crate::judged_kb::suggestions(&judged, &ctx.load_kb()?)?;
    // Names whose entity an analyst merged into another: the kept one's entry carries them.
    let merged_away = |kind: allegiance_model::EntityKind, name: &str| {
        judged
            .catalogue
            .resolve_entity(&EntityKey::new(kind, name, None))
            .is_some_and(|id| judged.root(id) != id)
    };
    let found: Vec<_> = store
        .unknown_entities(min_documents)?
        .into_iter()
        .filter(|e| !merged_away(e.kind, &e.name))
        .filter(|e| {
            let id = judged.catalogue.resolve_entity(&EntityKey::new(e.kind, &e.name, None));
            !learnt.iter().any(|l| id.is_some_and(|id| l.entities.contains(&id)))
        })
        .collect();
    let mut out = io::stdout().lock();
    writeln!(
        out,
        "# Names the knowledge base lacks, from {}; review, then add with --kb FILE.",
        ctx.db_shown()
    )?;
    if !learnt.is_empty() {
        writeln!(
            out,
            "\n# From analysts' judgements (merges, renames, aliases, kb ids): {} entries.",
            learnt.len()
        )?;
    }
    for l in &learnt {
        writeln!(out, "\n{}", l.toml.trim_end())?;
    }
    for e in &found {
        let aliases: Vec<String> =
            e.names.iter().filter(|n| **n != e.name).map(|n| format!("{n:?}")).collect();
        writeln!(
            out,
            "\n# seen in {} article(s)\n[[{}]]\nid = {:?}\nname = {:?}",
            e.documents,
            e.kind,
            slug(&e.name),
            e.name
        )?;
        if !aliases.is_empty() {
            writeln!(out, "aliases = [{}]", aliases.join(", "))?;
        }
        writeln!(out, "sources = [\"suggested from articles\"]")?;
    }
    if found.is_empty() && learnt.is_empty() && !ctx.quiet {
        eprintln!("no names outside the knowledge base in at least {min_documents} article(s)");
    }
    Ok(ExitCode::SUCCESS)
}
