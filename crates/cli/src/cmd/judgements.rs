//! `allegiance judgements`: list the analysts' judgements (with the ones whose target is gone
//! marked orphaned), move them between databases as JSON Lines, undo one.

use std::collections::HashMap;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use allegiance_store::judgements::{self, Judgement, JudgementStore, Verdict, VERDICT_KINDS};
use allegiance_store::{FactFilter, Judged, Store};
use anyhow::{Context as _, Result};
use serde_json::{json, Value};

use crate::context::Context;
use crate::output::table::Table;
use crate::output::{colour_stdout, Format};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Only judgements of this kind (confirm, reject, polarity, time, merge, split, rename,
    /// alias, kb_id, not_a_group); repeatable
    #[arg(long = "kind", value_name = "KIND", value_parser = parse_kind)]
    pub kinds: Vec<String>,

    /// Only judgements made by this person
    #[arg(long, value_name = "NAME")]
    pub author: Option<String>,

    /// Only judgements whose fact or entity is no longer stored
    #[arg(long)]
    pub orphaned: bool,

    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,

    /// Write every judgement (filters apply) to FILE as JSON Lines, for another database or a
    /// colleague to review and import
    #[arg(long, value_name = "FILE", conflicts_with_all = ["import", "remove"])]
    pub export: Option<PathBuf>,

    /// Add the judgements of a JSON Lines FILE: those stored already are skipped, those that
    /// contradict a stored one are reported and not applied
    #[arg(long, value_name = "FILE", conflicts_with = "remove")]
    pub import: Option<PathBuf>,

    /// Undo the judgement with this id
    #[arg(long, value_name = "ID")]
    pub remove: Option<String>,
}

fn parse_kind(s: &str) -> std::result::Result<String, String> {
    if VERDICT_KINDS.contains(&s) {
        Ok(s.to_string())
    } else {
        Err(format!("unknown kind `{s}`; one of: {}", VERDICT_KINDS.join(", ")))
    }
}

pub fn run(ctx: &Context, args: &Args) -> Result<ExitCode> {
    let mut store = ctx.open_store()?;
    if let Some(id) = &args.remove {
        if store.remove_judgement(id)? {
            if !ctx.quiet {
                eprintln!("removed judgement {id}");
            }
            return Ok(ExitCode::SUCCESS);
        }
        eprintln!("allegiance: no judgement {id} in {}", store.path());
        return Ok(ExitCode::FAILURE);
    }
    if let Some(path) = &args.import {
        let incoming = judgements::read_jsonl(path)?;
        let report = judgements::import(&mut store, incoming)?;
        for (new, stored) in &report.contradictions {
            eprintln!(
                "allegiance: {}: not imported: {} {} contradicts stored judgement {} ({} by {})",
                path.display(),
                new.id,
                new.verdict.kind(),
                stored.id,
                stored.verdict.kind(),
                stored.author
            );
        }
        if !ctx.quiet {
            eprintln!(
                "imported {} judgements from {} ({} stored already, {} contradicting)",
                report.added,
                path.display(),
                report.already,
                report.contradictions.len()
            );
        }
        return Ok(if report.contradictions.is_empty() {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        });
    }
    let judged = Judged::load(&store)?;
    let orphans: HashMap<String, String> = judged
        .orphans(&store.facts(&FactFilter::default())?)
        .into_iter()
        .map(|o| (o.id, o.reason))
        .collect();
    let chosen: Vec<&Judgement> = judged
        .judgements
        .iter()
        .filter(|j| args.kinds.is_empty() || args.kinds.iter().any(|k| k == j.verdict.kind()))
        .filter(|j| args.author.as_ref().is_none_or(|a| a == &j.author))
        .filter(|j| !args.orphaned || orphans.contains_key(&j.id))
        .collect();
    if let Some(path) = &args.export {
        let file =
            std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
        let owned: Vec<Judgement> = chosen.iter().map(|j| (*j).clone()).collect();
        judgements::write_jsonl(io::BufWriter::new(file), &owned)
            .with_context(|| format!("writing {}", path.display()))?;
        if !ctx.quiet {
            eprintln!("wrote {} judgements to {}", owned.len(), path.display());
        }
        return Ok(ExitCode::SUCCESS);
    }
    let with_judgement = args.format == Format::Json;
    let rows: Vec<Value> =
        chosen.iter().map(|j| row(j, orphans.get(&j.id), with_judgement)).collect();
    let mut out = io::stdout().lock();
    match args.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &rows)?;
            writeln!(out)?;
        }
        Format::Csv => Table::from_objects(&rows, COLUMNS, &[]).write_csv(&mut out)?,
        Format::Table if rows.is_empty() => {
            if !ctx.quiet {
                eprintln!("no judgements");
            }
        }
        Format::Table => {
            Table::from_objects(&rows, COLUMNS, &[]).write_table(&mut out, colour_stdout())?
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

const COLUMNS: &[&str] = &["id", "kind", "target", "value", "author", "at", "note", "status"];

/// One judgement as the listing shows it: what it targets and decides in words, whether it
/// still applies, and (for JSON) the judgement itself.
fn row(j: &Judgement, orphaned: Option<&String>, with_judgement: bool) -> Value {
    let (target, value) = match &j.verdict {
        Verdict::Confirm { fact } | Verdict::Reject { fact } => (fact.to_string(), String::new()),
        Verdict::Polarity { fact, polarity } => (fact.to_string(), polarity.as_str().to_string()),
        Verdict::Time { fact, when } => {
            let b = |d: Option<allegiance_model::PartialDate>| {
                d.map_or("-".to_string(), |d| d.to_string())
            };
            (fact.to_string(), format!("{} to {}", b(when.start), b(when.end)))
        }
        Verdict::Merge { entity, into } => (entity.to_string(), format!("into {into}")),
        Verdict::Split { entity, name, documents, names } => (
            entity.to_string(),
            format!("{name} ({} articles, names: {})", documents.len(), names.join("; ")),
        ),
        Verdict::Rename { entity, name } => (entity.to_string(), name.clone()),
        Verdict::Alias { entity, alias } => (entity.to_string(), alias.clone()),
        Verdict::KbId { entity, kb } => (entity.to_string(), kb.clone()),
        Verdict::NotAGroup { entity, is } => (entity.to_string(), is.as_str().to_string()),
    };
    let mut row = json!({
        "id": j.id,
        "kind": j.verdict.kind(),
        "target": target,
        "value": value,
        "author": j.author,
        "at": j.at,
        "note": j.note,
        "status": match orphaned { Some(why) => format!("orphaned: {why}"), None => "applies".to_string() },
    });
    if with_judgement {
        row["judgement"] = json!(j);
    }
    row
}
