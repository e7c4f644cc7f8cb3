//! `allegiance judge`: record an analyst's judgement of a fact or an entity. Judgements are
//! stored apart from what extraction produced and hold across re-ingests (see `judgements`).

use std::process::ExitCode;

use allegiance_model::{EntityKind, PartialDate, Polarity, When};
use allegiance_store::judgements::{Added, Judgement, JudgementStore, Verdict};
use allegiance_store::AnyStore;
use anyhow::{bail, Result};

use crate::context::Context;
use crate::judging;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Who makes the judgement [default: the user running the command]
    #[arg(long = "as", value_name = "NAME", global = true)]
    pub author: Option<String>,

    /// Why (kept with the judgement; a rejection's reason)
    #[arg(long, value_name = "TEXT", global = true)]
    pub note: Option<String>,

    #[command(subcommand)]
    pub what: What,
}

#[derive(Debug, clap::Subcommand)]
pub enum What {
    /// Confirm, reject or correct one fact, by the `id` that `facts --format json` shows:
    /// `fact ID confirm`, `fact ID reject`, `fact ID polarity asserted|hedged|denied`,
    /// `fact ID time START [END]` (YYYY[-MM[-DD]], `-` for an open end)
    Fact {
        #[arg(value_name = "ID")]
        id: i64,
        #[arg(value_enum, value_name = "ACTION")]
        action: FactAction,
        #[arg(value_name = "VALUE")]
        values: Vec<String>,
    },
    /// Two entities are one: OTHER is merged into KEEP, which answers and exports show
    Merge {
        #[arg(value_name = "KEEP")]
        keep: String,
        #[arg(value_name = "OTHER")]
        other: String,
    },
    /// Part of an entity is another one, called NEW_NAME: the facts from these articles, or whose
    /// evidence names one of these names, go to it
    Split {
        #[arg(value_name = "ENTITY")]
        entity: String,
        #[arg(value_name = "NEW_NAME")]
        name: String,
        /// An article (its document id or the start of its content hash); repeatable
        #[arg(long = "document", value_name = "DOC")]
        documents: Vec<String>,
        /// A name whose use in a fact's evidence sends the fact to the new entity; repeatable
        #[arg(long = "name", value_name = "NAME")]
        names: Vec<String>,
    },
    /// The entity is called NEW_NAME
    Rename {
        #[arg(value_name = "ENTITY")]
        entity: String,
        #[arg(value_name = "NEW_NAME")]
        name: String,
    },
    /// The entity is also called ALIAS
    Alias {
        #[arg(value_name = "ENTITY")]
        entity: String,
        #[arg(value_name = "ALIAS")]
        alias: String,
    },
    /// The entity is the knowledge base's entry KB_ID
    KbId {
        #[arg(value_name = "ENTITY")]
        entity: String,
        #[arg(value_name = "KB_ID")]
        kb_id: String,
    },
    /// The entity is not an armed group
    NotAGroup {
        #[arg(value_name = "ENTITY")]
        entity: String,
        /// What it is instead
        #[arg(long = "is", value_name = "KIND", default_value = "body", value_parser = parse_kind)]
        is: EntityKind,
    },
}

fn parse_kind(s: &str) -> std::result::Result<EntityKind, String> {
    EntityKind::parse(s)
        .ok_or_else(|| format!("`{s}` is not an entity kind: person, place or body"))
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum FactAction {
    Confirm,
    Reject,
    Polarity,
    Time,
}

pub fn run(ctx: &Context, args: &Args) -> Result<ExitCode> {
    let mut store = ctx.open_store()?;
    let verdict = verdict(&store, &args.what)?;
    let judgement =
        Judgement::new(verdict, &judging::author(args.author.as_deref()), args.note.clone());
    record(ctx, &mut store, &judgement)
}

fn verdict(store: &AnyStore, what: &What) -> Result<Verdict> {
    let catalogue = allegiance_store::JudgementStore::catalogue(store)?;
    let entity = |name: &str| judging::entity(store, &catalogue, name).map(|(_, key)| key);
    Ok(match what {
        What::Fact { id, action, values } => {
            let (row, fact) = judging::fact(store, &catalogue, *id)?;
            match (action, values.as_slice()) {
                (FactAction::Confirm, []) => Verdict::Confirm { fact },
                (FactAction::Reject, []) => Verdict::Reject { fact },
                (FactAction::Polarity, [p]) => match Polarity::parse(p) {
                    Some(polarity) => Verdict::Polarity { fact, polarity },
                    None => bail!("`{p}` is not a polarity (asserted, hedged or denied)"),
                },
                (FactAction::Time, [start]) => Verdict::Time { fact, when: when(start, None)? },
                (FactAction::Time, [start, end]) => {
                    Verdict::Time { fact, when: when(start, Some(end))? }
                }
                (FactAction::Confirm | FactAction::Reject, _) => {
                    bail!("`judge fact {} confirm` and `reject` take no value", row.id)
                }
                (FactAction::Polarity, _) => {
                    bail!("`polarity` takes one value: asserted, hedged or denied")
                }
                (FactAction::Time, _) => {
                    bail!("`time` takes START and an optional END (YYYY[-MM[-DD]], `-` for open)")
                }
            }
        }
        What::Merge { keep, other } => {
            let (keep_id, into) = judging::entity(store, &catalogue, keep)?;
            let (other_id, other_key) = judging::entity(store, &catalogue, other)?;
            if keep_id == other_id {
                bail!("`{keep}` and `{other}` are one stored entity already");
            }
            Verdict::Merge { entity: other_key, into }
        }
        What::Split { entity: e, name, documents, names } => {
            if documents.is_empty() && names.is_empty() {
                bail!("say what goes to `{name}`: --document DOC or --name NAME (repeatable)");
            }
            let documents = documents
                .iter()
                .map(|d| judging::document(&catalogue, d))
                .collect::<Result<Vec<_>>>()?;
            Verdict::Split {
                entity: entity(e)?,
                name: name.clone(),
                documents,
                names: names.clone(),
            }
        }
        What::Rename { entity: e, name } => {
            Verdict::Rename { entity: entity(e)?, name: name.clone() }
        }
        What::Alias { entity: e, alias } => {
            Verdict::Alias { entity: entity(e)?, alias: alias.clone() }
        }
        What::KbId { entity: e, kb_id } => Verdict::KbId { entity: entity(e)?, kb: kb_id.clone() },
        What::NotAGroup { entity: e, is } => {
            if *is == EntityKind::Group {
                bail!("--is names what the entity is instead of a group: person, place or body");
            }
            Verdict::NotAGroup { entity: entity(e)?, is: *is }
        }
    })
}

fn when(start: &str, end: Option<&String>) -> Result<When> {
    let bound = |s: &str| -> Result<Option<PartialDate>> {
        if s == "-" {
            return Ok(None);
        }
        Ok(Some(s.parse::<PartialDate>().map_err(|e| anyhow::anyhow!("`{s}`: {e}"))?))
    };
    let when = When {
        start: bound(start)?,
        end: match end {
            Some(e) => bound(e)?,
            None => None,
        },
    };
    if when.start.is_none() && when.end.is_none() {
        bail!("a corrected time needs a start or an end");
    }
    Ok(when)
}

fn record(ctx: &Context, store: &mut AnyStore, j: &Judgement) -> Result<ExitCode> {
    match store.add_judgement(j)? {
        Added::New => {
            if !ctx.quiet {
                eprintln!("recorded {} ({} by {})", j.id, j.verdict.kind(), j.author);
            }
            println!("{}", j.id);
            Ok(ExitCode::SUCCESS)
        }
        Added::AlreadyThere => {
            if !ctx.quiet {
                eprintln!("already recorded as {}", j.id);
            }
            println!("{}", j.id);
            Ok(ExitCode::SUCCESS)
        }
        Added::Contradicts(other) => {
            eprintln!(
                "allegiance: this contradicts judgement {} ({} by {} at {}); nothing recorded. Undo that one first: allegiance judgements --remove {}",
                other.id,
                other.verdict.kind(),
                other.author,
                other.at,
                other.id
            );
            Ok(ExitCode::FAILURE)
        }
    }
}
