//! `allegiance eval --judgements`: the analysts' fact judgements as a test of the current rules.
//! Each judged article is extracted again from its stored text; a confirmed fact is right when
//! the rules still find it, a rejected one when they no longer do, a corrected one when they
//! find it with the corrected polarity or time. A rule change that breaks confirmed facts shows
//! up here.

use std::collections::{BTreeMap, HashSet};
use std::io::{self, Write};
use std::process::ExitCode;

use allegiance_extract::{DocMeta, Extraction};
use allegiance_model::norm_name;
use allegiance_store::judgements::{FactKey, Verdict};
use allegiance_store::{AnyStore, Judged};
use anyhow::Result;
use serde_json::json;

use crate::context::Context;

/// How the current rules fare on one kind of judgement.
#[derive(Debug, Default, Clone, Copy, serde::Serialize)]
struct Tally {
    judged: usize,
    right: usize,
    wrong: usize,
    /// Judgements whose article is not stored.
    missing: usize,
}

/// A stored article's text and the metadata extraction reads.
fn article(store: &AnyStore, hash: &str) -> Result<Option<(String, DocMeta)>> {
    Ok(store
        .article_by_hash(hash)?
        .map(|a| (a.text, DocMeta { published: a.published, publisher: a.publisher })))
}

/// The facts of `ex` the key names: same type and names, evidence overlapping the judged one.
fn found<'a>(ex: &'a Extraction, key: &FactKey) -> Vec<&'a allegiance_model::Fact> {
    let names = |id: &str| -> HashSet<String> {
        ex.entities
            .iter()
            .filter(|e| e.id == id)
            .flat_map(|e| std::iter::once(&e.name).chain(&e.mentions))
            .map(|n| norm_name(n))
            .collect()
    };
    ex.facts
        .iter()
        .filter(|f| f.fact_type == key.fact_type)
        .filter(|f| f.evidence.start < key.evidence_end && key.evidence_start < f.evidence.end)
        .filter(|f| names(&f.subject).contains(&key.subject))
        .filter(|f| match (&key.object, &f.object) {
            (None, None) => true,
            (Some(o), Some(id)) => names(id).contains(o),
            _ => false,
        })
        .collect()
}

pub fn run(ctx: &Context, json_out: bool) -> Result<ExitCode> {
    let store = ctx.open_store()?;
    let judged = Judged::load(&store)?;
    let extractor = ctx.extractor()?;
    let mut cache: BTreeMap<String, Option<Extraction>> = BTreeMap::new();
    let mut tallies: BTreeMap<&'static str, Tally> = BTreeMap::new();
    let mut wrong = Vec::new();
    for j in &judged.judgements {
        let Some(key) = j.verdict.fact() else { continue };
        let tally = tallies.entry(j.verdict.kind()).or_default();
        tally.judged += 1;
        if !cache.contains_key(&key.document) {
            let ex =
                article(&store, &key.document)?.map(|(text, meta)| extractor.extract(&text, &meta));
            cache.insert(key.document.clone(), ex);
        }
        let Some(ex) = &cache[&key.document] else {
            tally.missing += 1;
            continue;
        };
        let facts = found(ex, key);
        let right = match &j.verdict {
            Verdict::Confirm { .. } => !facts.is_empty(),
            Verdict::Reject { .. } => facts.is_empty(),
            Verdict::Polarity { polarity, .. } => facts.iter().any(|f| f.polarity == *polarity),
            Verdict::Time { when, .. } => facts.iter().any(|f| f.when.as_ref() == Some(when)),
            _ => continue,
        };
        if right {
            tally.right += 1;
        } else {
            tally.wrong += 1;
            wrong.push((j.id.clone(), j.verdict.kind(), key.to_string()));
        }
    }
    let total = tallies.values().fold(Tally::default(), |a, t| Tally {
        judged: a.judged + t.judged,
        right: a.right + t.right,
        wrong: a.wrong + t.wrong,
        missing: a.missing + t.missing,
    });
    let mut out = io::stdout().lock();
    if json_out {
        let wrong: Vec<_> = wrong
            .iter()
            .map(|(id, kind, fact)| json!({"id": id, "kind": kind, "fact": fact}))
            .collect();
        serde_json::to_writer_pretty(
            &mut out,
            &json!({"kinds": tallies, "total": total, "wrong": wrong}),
        )?;
        writeln!(out)?;
    } else {
        writeln!(
            out,
            "{:<10} {:>6} {:>6} {:>6} {:>8}",
            "judgement", "judged", "right", "wrong", "missing"
        )?;
        for (kind, t) in tallies.iter().chain(std::iter::once((&"total", &total))) {
            writeln!(
                out,
                "{kind:<10} {:>6} {:>6} {:>6} {:>8}",
                t.judged, t.right, t.wrong, t.missing
            )?;
        }
        for (id, kind, fact) in &wrong {
            writeln!(out, "wrong: {id} ({kind}): {fact}")?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
