//! `allegiance eval`: measure the extractor on articles a user annotated (docs/gold-format.md).
//!
//! Scores as the project's gold scorer does: system entities map to the gold entity sharing most
//! normalised names; a fact matches a gold fact of the same type whose subject and object map to
//! the same gold entities (order-free for ally_of and rival_of; strength figures within 5%);
//! repeated facts count once; source and polarity agreement are measured over matched facts.

use std::collections::{HashMap, HashSet};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use allegiance_extract::{DocMeta, Extraction};
use allegiance_model::{norm_name, FactType};
use allegiance_read::{read_paths, ReadOptions};
use anyhow::{bail, Context as _, Result};
use clap::Parser;
use serde_json::{json, Value};

use crate::context::Context;

#[derive(Debug, Parser)]
pub struct Args {
    /// Gold annotations, one JSON object per document (see docs/gold-format.md)
    #[arg(long, value_name = "GOLD.jsonl", required_unless_present = "judgements")]
    pub gold: Option<PathBuf>,
    /// The annotated articles (files or folders); paired with gold lines by file name
    #[arg(long, value_name = "DIR", required_unless_present = "judgements", num_args = 1..)]
    pub corpus: Vec<PathBuf>,
    /// Instead of gold files: re-extract the stored articles analysts judged facts of (--db)
    /// and count the judged facts the current rules get right
    #[arg(long, conflicts_with_all = ["gold", "corpus"])]
    pub judgements: bool,
    /// `table` prints the per-type table and every missed and spurious fact; `json` the figures
    #[arg(long, value_enum, default_value = "table")]
    pub format: EvalFormat,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum EvalFormat {
    Table,
    Json,
}

/// The file name without its extension: how gold lines and articles are paired.
fn stem(path: &str) -> String {
    let base = path.rsplit(['/', '\\']).next().unwrap_or(path);
    match base.rsplit_once('.') {
        Some((s, _)) if !s.is_empty() => s.to_string(),
        _ => base.to_string(),
    }
}

/// One fact with its subject and object as gold entity ids (or a system-only label).
#[derive(Clone)]
struct Keyed {
    fact_type: String,
    subject: String,
    object: Option<String>,
    min: Option<f64>,
    max: Option<f64>,
    source: String,
    polarity: String,
    evidence: String,
}

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() <= 0.05 * a.abs().max(b.abs()).max(1.0),
        _ => false,
    }
}

/// Whether a fact type (as the gold file or the system writes it) holds both ways.
fn is_symmetric(fact_type: &str) -> bool {
    FactType::parse(fact_type).is_some_and(FactType::is_symmetric)
}

fn matches(s: &Keyed, g: &Keyed) -> bool {
    if s.fact_type != g.fact_type {
        return false;
    }
    if is_symmetric(&g.fact_type) {
        let a: HashSet<_> = [Some(&s.subject), s.object.as_ref()].into_iter().collect();
        let b: HashSet<_> = [Some(&g.subject), g.object.as_ref()].into_iter().collect();
        if a != b {
            return false;
        }
    } else {
        if s.subject != g.subject {
            return false;
        }
        let object_ignored = matches!(g.fact_type.as_str(), "strength" | "renamed");
        if !object_ignored && g.object.is_some() && s.object != g.object {
            return false;
        }
    }
    g.fact_type != "strength" || (close(s.min, g.min) && close(s.max, g.max))
}

fn dedupe(facts: Vec<Keyed>) -> Vec<Keyed> {
    let mut seen = HashSet::new();
    facts
        .into_iter()
        .filter(|f| {
            let mut pair = [f.subject.clone(), f.object.clone().unwrap_or_default()];
            if is_symmetric(&f.fact_type) {
                pair.sort();
            }
            let figures = if f.fact_type == "strength" {
                format!("{:?}{:?}", f.min, f.max)
            } else {
                String::new()
            };
            seen.insert((f.fact_type.clone(), pair, figures))
        })
        .collect()
}

fn gold_facts(g: &Value) -> Vec<Keyed> {
    let s = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
    g["facts"]
        .as_array()
        .map(|fs| {
            fs.iter()
                .map(|f| Keyed {
                    fact_type: s(f, "type").unwrap_or_default(),
                    subject: s(f, "subject").unwrap_or_default(),
                    object: s(f, "object"),
                    min: f["attrs"]["min"].as_f64(),
                    max: f["attrs"]["max"].as_f64(),
                    source: norm_name(&s(f, "source").unwrap_or_default()),
                    polarity: s(f, "polarity").unwrap_or_else(|| "asserted".into()),
                    evidence: s(f, "evidence").unwrap_or_default(),
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Maps each system entity to the gold entity sharing most normalised names.
fn map_entities(ex: &Extraction, gold: &Value) -> HashMap<String, String> {
    let mut index: HashMap<String, Vec<String>> = HashMap::new();
    for e in gold["entities"].as_array().into_iter().flatten() {
        let id = e["id"].as_str().unwrap_or_default().to_string();
        for n in e["names"].as_array().into_iter().flatten().filter_map(Value::as_str) {
            index.entry(norm_name(n)).or_default().push(id.clone());
        }
    }
    let mut out = HashMap::new();
    for e in &ex.entities {
        let names: HashSet<String> =
            std::iter::once(&e.name).chain(e.mentions.iter()).map(|n| norm_name(n)).collect();
        let mut votes: HashMap<&str, usize> = HashMap::new();
        let mut order = Vec::new();
        for n in &names {
            for id in index.get(n).into_iter().flatten() {
                if !votes.contains_key(id.as_str()) {
                    order.push(id.as_str());
                }
                *votes.entry(id).or_default() += 1;
            }
        }
        if let Some(best) = order.iter().max_by_key(|id| votes[*id]) {
            out.insert(e.id.clone(), best.to_string());
        }
    }
    out
}

fn system_facts(ex: &Extraction, map: &HashMap<String, String>) -> Vec<Keyed> {
    let label = |id: &str| {
        map.get(id)
            .cloned()
            .unwrap_or_else(|| format!("?{}", ex.entity(id).map(|e| e.name.as_str()).unwrap_or(id)))
    };
    ex.facts
        .iter()
        .map(|f| Keyed {
            fact_type: f.fact_type.as_str().to_string(),
            subject: label(&f.subject),
            object: f.object.as_deref().map(label),
            min: f.attrs.strength().map(|s| s.min),
            max: f.attrs.strength().map(|s| s.max),
            source: norm_name(f.source.as_deref().unwrap_or("")),
            polarity: f.polarity.as_str().to_string(),
            evidence: f.evidence.text.clone(),
        })
        .collect()
}

/// One line of the gold file: the article it annotates (its file name's stem) and the annotation.
struct GoldLine {
    key: String,
    value: Value,
}

/// Reads the gold file, refusing what would score wrongly without a word: an empty file, a line
/// that is not an object with a `file` (or `doc`) and a `facts` list, a fact of a type the
/// extractor does not know, and two lines for the same article (their facts would count twice).
/// Every error names the file and the line.
fn read_gold(path: &Path) -> Result<Vec<GoldLine>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let at = |n: usize| format!("{}:{n}", path.display());
    let mut gold: Vec<GoldLine> = Vec::new();
    let mut first_line: HashMap<String, usize> = HashMap::new();
    for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let n = i + 1;
        let value: Value =
            serde_json::from_str(line).with_context(|| format!("{}: not a JSON object", at(n)))?;
        let Some(name) = value["file"].as_str().or(value["doc"].as_str()) else {
            bail!("{}: no `file` (or `doc`) naming the article", at(n));
        };
        let Some(facts) = value["facts"].as_array() else {
            bail!("{}: no `facts` list", at(n));
        };
        for fact in facts {
            let fact_type = fact["type"].as_str().unwrap_or_default();
            if FactType::parse(fact_type).is_none() {
                bail!(
                    "{}: unknown fact type {fact_type:?} (known: {})",
                    at(n),
                    FactType::names().join(", ")
                );
            }
        }
        let key = stem(name);
        if let Some(first) = first_line.insert(key.clone(), n) {
            bail!(
                "{}: lines {first} and {n} annotate the same article `{key}`; keep one",
                path.display()
            );
        }
        gold.push(GoldLine { key, value });
    }
    if gold.is_empty() {
        bail!("{}: no gold lines (the file is empty)", path.display());
    }
    Ok(gold)
}

pub fn run(ctx: &Context, args: &Args) -> Result<ExitCode> {
    let Some(gold_path) = args.gold.as_ref().filter(|_| !args.judgements) else {
        return crate::eval_judged::run(ctx, matches!(args.format, EvalFormat::Json));
    };
    let gold = read_gold(gold_path)?;
    let extractor = ctx.extractor()?;
    let mut extracted: HashMap<String, Extraction> = HashMap::new();
    for doc in read_paths(&args.corpus, &ReadOptions::default()) {
        match doc {
            Ok(d) => {
                let meta = DocMeta {
                    published: d.header.published.clone(),
                    publisher: d.header.publisher.clone(),
                };
                extracted.insert(stem(&d.header.doc), extractor.extract(&d.text, &meta));
            }
            Err(e) => eprintln!("allegiance: {e}"),
        }
    }
    if !gold.iter().any(|g| extracted.contains_key(&g.key)) {
        bail!(
            "{}: no gold article was found in the corpus ({}); gold lines are paired with articles by file name",
            gold_path.display(),
            args.corpus.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
        );
    }
    let mut per_type: HashMap<String, [usize; 3]> = HashMap::new(); // gold, system, matched
    let (mut matched, mut source_ok, mut polarity_ok) = (0usize, 0usize, 0usize);
    let mut misses = Vec::new();
    let mut spurious = Vec::new();
    let empty = Extraction::default();
    for GoldLine { key, value: g, .. } in &gold {
        let ex = extracted.get(key).unwrap_or(&empty);
        let map = map_entities(ex, g);
        let sys = dedupe(system_facts(ex, &map));
        let gf = dedupe(gold_facts(g));
        let mut used = vec![false; sys.len()];
        for f in &gf {
            per_type.entry(f.fact_type.clone()).or_default()[0] += 1;
            match (0..sys.len()).find(|&i| !used[i] && matches(&sys[i], f)) {
                Some(i) => {
                    used[i] = true;
                    per_type.get_mut(&f.fact_type).unwrap()[2] += 1;
                    matched += 1;
                    source_ok += (sys[i].source == f.source) as usize;
                    polarity_ok += (sys[i].polarity == f.polarity) as usize;
                }
                None => misses.push((key.clone(), f.clone())),
            }
        }
        for (i, f) in sys.iter().enumerate() {
            per_type.entry(f.fact_type.clone()).or_default()[1] += 1;
            if !used[i] {
                spurious.push((key.clone(), f.clone()));
            }
        }
    }
    let (g, s): (usize, usize) = per_type.values().fold((0, 0), |(g, s), v| (g + v[0], s + v[1]));
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let f1 = |p: f64, r: f64| if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    let (p, r) = (ratio(matched, s), ratio(matched, g));
    let mut types: Vec<_> = per_type.into_iter().collect();
    types.sort();
    let mut out = io::stdout().lock();
    match args.format {
        EvalFormat::Json => {
            let rows: serde_json::Map<String, Value> = types
                .iter()
                .map(|(t, v)| {
                    let (tp, tr) = (ratio(v[2], v[1]), ratio(v[2], v[0]));
                    (t.clone(), json!({"gold": v[0], "system": v[1], "matched": v[2], "p": tp, "r": tr, "f1": f1(tp, tr)}))
                })
                .collect();
            let v = json!({"types": rows, "precision": p, "recall": r, "f1": f1(p, r), "gold": g, "system": s, "matched": matched,
                "source_agreement": ratio(source_ok, matched), "polarity_agreement": ratio(polarity_ok, matched)});
            writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
        }
        EvalFormat::Table => {
            writeln!(
                out,
                "{:<12} {:>5} {:>5} {:>5} {:>6} {:>6} {:>6}",
                "type", "gold", "sys", "match", "P", "R", "F1"
            )?;
            for (t, v) in &types {
                let (tp, tr) = (ratio(v[2], v[1]), ratio(v[2], v[0]));
                writeln!(
                    out,
                    "{:<12} {:>5} {:>5} {:>5} {:>6.2} {:>6.2} {:>6.2}",
                    t,
                    v[0],
                    v[1],
                    v[2],
                    tp,
                    tr,
                    f1(tp, tr)
                )?;
            }
            writeln!(
                out,
                "overall: P {p:.3} R {r:.3} F1 {:.3} ({matched} matched, {s} system, {g} gold)",
                f1(p, r)
            )?;
            writeln!(
                out,
                "source agreement {:.2}; polarity agreement {:.2} (over matched facts)",
                ratio(source_ok, matched),
                ratio(polarity_ok, matched)
            )?;
            let show =
                |out: &mut dyn Write, title: &str, items: &[(String, Keyed)]| -> io::Result<()> {
                    writeln!(out, "\n{title} ({})", items.len())?;
                    for (doc, f) in items {
                        let obj = f.object.as_deref().unwrap_or("-");
                        writeln!(
                            out,
                            "  {doc}: {}({}, {obj}) | {}",
                            f.fact_type,
                            f.subject,
                            f.evidence.replace('\n', " ")
                        )?;
                    }
                    Ok(())
                };
            show(&mut out, "Missed gold facts", &misses)?;
            show(&mut out, "Spurious system facts", &spurious)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
