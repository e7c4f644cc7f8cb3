//! `allegiance explain`: why each fact, and why not the others. Per sentence of an article: its
//! offsets and text, the masked form the relation rules read, the names found in it, the rules
//! that fired with the facts they proposed, and for each proposal dropped, the filter that
//! dropped it. The extraction is the one `extract` writes for the same input.

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use allegiance_extract::trace::{
    Candidate, DocumentTrace, EntityRef, MentionTrace, Outcome, SentenceTrace,
};
use allegiance_extract::{DocMeta, Entity, Fact};
use allegiance_read::{read_paths, Document};
use anyhow::Result;
use clap::ValueEnum;
use serde::Serialize;

use crate::context::Context;
use crate::output::table::one_line;
use crate::output::terminal::printable;
use crate::output::{bold, colour_stdout, dim};
use crate::pipeline;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExplainFormat {
    /// Sentence by sentence, for reading in a terminal
    Table,
    /// One JSON object per document and line: the sentences, then the extraction's entities and
    /// facts (which `kept` candidates index)
    Json,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Output format
    #[arg(long, value_enum, default_value_t = ExplainFormat::Table)]
    pub format: ExplainFormat,

    /// Only sentence N (1 for the first) of each document
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub sentence: Option<u64>,

    /// Only sentences containing TEXT (ignoring case)
    #[arg(long, value_name = "TEXT")]
    pub grep: Option<String>,

    /// Also list the sentences the rules did not read (headline, question, no armed group)
    #[arg(long)]
    pub all: bool,

    /// Files or folders to read (.txt, .html, .jsonl[.gz], .warc[.gz]); folders recurse
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

/// The sentences of a trace the arguments ask for.
struct Selection {
    number: Option<usize>,
    /// Lower-cased.
    grep: Option<String>,
    /// Unread sentences too; implied when a sentence is asked for by number or text.
    unread: bool,
}

impl Selection {
    fn new(args: &Args) -> Selection {
        Selection {
            number: args.sentence.and_then(|n| usize::try_from(n).ok()),
            grep: args.grep.as_ref().map(|g| g.to_lowercase()),
            unread: args.all || args.sentence.is_some() || args.grep.is_some(),
        }
    }

    fn keeps(&self, s: &SentenceTrace) -> bool {
        self.number.is_none_or(|n| s.number == n)
            && self.grep.as_ref().is_none_or(|g| s.text.to_lowercase().contains(g))
            && (self.unread || s.skipped.is_none())
    }
}

/// One document's explanation as JSON.
#[derive(Serialize)]
struct DocExplained<'a> {
    doc: &'a str,
    title: Option<&'a str>,
    published: Option<&'a str>,
    sentences: Vec<&'a SentenceTrace>,
    entities: &'a [Entity],
    facts: &'a [Fact],
}

pub fn run(ctx: &Context, args: &Args) -> Result<ExitCode> {
    let extractor = ctx.extractor()?;
    let select = Selection::new(args);
    let colour = args.format == ExplainFormat::Table && colour_stdout();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    let mut first = true;
    for doc in read_paths(&args.paths, &ctx.read) {
        let doc = match doc {
            Ok(doc) => doc,
            Err(err) => {
                pipeline::report_failure(&err);
                failed += 1;
                continue;
            }
        };
        pipeline::report_warnings(&doc, ctx.quiet);
        let meta = DocMeta {
            published: doc.header.published.clone(),
            publisher: doc.header.publisher.clone(),
        };
        let trace = extractor.trace(&doc.text, &meta);
        let sentences: Vec<&SentenceTrace> =
            trace.sentences.iter().filter(|s| select.keeps(s)).collect();
        match args.format {
            ExplainFormat::Json => {
                let explained = DocExplained {
                    doc: &doc.header.doc,
                    title: doc.header.title.as_deref(),
                    published: doc.header.published.as_deref(),
                    sentences,
                    entities: &trace.extraction.entities,
                    facts: &trace.extraction.facts,
                };
                serde_json::to_writer(&mut out, &explained)?;
                writeln!(out)?;
            }
            ExplainFormat::Table => {
                if !first {
                    writeln!(out)?;
                }
                write_document(&mut out, &doc, &trace, &sentences, colour)?;
            }
        }
        first = false;
        out.flush()?;
    }
    out.flush()?;
    Ok(if failed > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

/// A document for people: a header line, then each sentence asked for.
fn write_document(
    w: &mut dyn Write,
    doc: &Document,
    trace: &DocumentTrace,
    sentences: &[&SentenceTrace],
    colour: bool,
) -> io::Result<()> {
    let title = doc.header.title.as_deref().map(|t| format!(" ({})", one_line(&printable(t))));
    let facts = trace.extraction.facts.len();
    let header = format!(
        "{}{}: {} sentences, {facts} facts",
        printable(&doc.header.doc),
        title.unwrap_or_default(),
        trace.sentences.len()
    );
    writeln!(w, "{}", bold(&header, colour))?;
    if sentences.is_empty() {
        writeln!(w, "  no sentence matches")?;
    }
    for s in sentences {
        writeln!(w)?;
        write_sentence(w, s, colour)?;
    }
    Ok(())
}

fn write_sentence(w: &mut dyn Write, s: &SentenceTrace, colour: bool) -> io::Result<()> {
    let head = format!("[{}] {}..{}", s.number, s.start, s.end);
    writeln!(w, "{}  {}", bold(&head, colour), one_line(&printable(&s.text)))?;
    if let Some(why) = s.skipped {
        writeln!(w, "  {}", dim(&format!("not read: {}", why.describe()), colour))?;
    }
    if let Some(masked) = &s.masked {
        writeln!(w, "  masked:   {}", one_line(&printable(masked)))?;
    }
    for (i, m) in s.mentions.iter().enumerate() {
        let label = if i == 0 { "mentions: " } else { "          " };
        writeln!(w, "  {label}{}", mention(m))?;
    }
    if s.masked.is_some() && s.candidates.is_empty() {
        writeln!(w, "  rules:    {}", dim("no rule fired", colour))?;
    }
    for (i, c) in s.candidates.iter().enumerate() {
        let label = if i == 0 { "rules:    " } else { "          " };
        writeln!(w, "  {label}{}", candidate(c))?;
    }
    Ok(())
}

/// "⟨G0⟩ "ISIS" → group Islamic State [kb islamic-state, e2]".
fn mention(m: &MentionTrace) -> String {
    let placeholder = m.placeholder.as_deref().map(|p| format!("{p} ")).unwrap_or_default();
    let anaphor = if m.anaphor { " (anaphor)" } else { "" };
    format!(
        "{placeholder}\"{}\"{anaphor} → {} {}",
        one_line(&printable(&m.surface)),
        m.entity.kind,
        entity(&m.entity)
    )
}

/// "Islamic State [kb islamic-state, e2]", "Jama'at Nusrat [new, e4]".
fn entity(e: &EntityRef) -> String {
    let known = e.kb.as_deref().map_or_else(|| "new".to_string(), |kb| format!("kb {kb}"));
    let id = e.id.as_deref().map(|id| format!(", {id}")).unwrap_or_default();
    format!("{} [{known}{id}]", printable(&e.name))
}

/// "pledge.subject_pledged_to: pledge Boko Haram → Islamic State (asserted): kept as facts[0]".
fn candidate(c: &Candidate) -> String {
    let object =
        c.object.as_ref().map(|o| format!(" → {}", printable(&o.name))).unwrap_or_default();
    let mut qualifiers = Vec::new();
    if let Some(p) = c.polarity {
        qualifiers.push(p.as_str().to_string());
    }
    if let Some(source) = &c.source {
        qualifiers.push(format!("source {}", one_line(&printable(source))));
    }
    let qualifiers =
        if qualifiers.is_empty() { String::new() } else { format!(" ({})", qualifiers.join(", ")) };
    let outcome = match &c.outcome {
        Outcome::Kept { fact } => format!("kept as facts[{fact}]"),
        Outcome::Dropped { reason, same_as: Some(first) } => {
            format!("dropped: {} (facts[{first}])", reason.describe())
        }
        Outcome::Dropped { reason, same_as: None } => format!("dropped: {}", reason.describe()),
    };
    format!(
        "{}: {} {}{object}{qualifiers}: {outcome}",
        c.rule,
        c.fact_type,
        printable(&c.subject.name)
    )
}
