//! `allegiance`: the command line. Reads news articles about armed groups, extracts sourced facts,
//! keeps them in a store and answers questions about them. See the repository's README.md.

// Documents are allocated by the reader thread and freed by the workers, lines the other way
// round: glibc's malloc serialises those cross-thread frees on its arena locks (two workers ran at
// 1.6x one). mimalloc frees them without contention, and is also 8% faster on one thread. Its
// transparent huge pages are off (the `no_thp` feature): they added 50 MB of RSS for no speed.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod args;
mod cmd;
mod context;
mod eval_judged;
mod groups;
mod ingest;
mod judged_kb;
mod judging;
mod output;
mod pipeline;
mod signals;

use std::path::PathBuf;
use std::process::ExitCode;

use allegiance_model::FactType;
use clap::{Parser, Subcommand};

use crate::context::{read_limits, Context};

/// A sourced, time-aware map of armed groups, read from news articles.
#[derive(Debug, Parser)]
#[command(
    name = "allegiance",
    version,
    propagate_version = true,
    max_term_width = 100,
    long_about = long_about()
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

/// The `--help` description: the fact types from the model, so it lists every one.
fn long_about() -> String {
    format!(
        "A sourced, time-aware map of armed groups, read from news articles.\n\n\
         Every fact ({}) points back to the sentence and the article it was read from.",
        FactType::names().join(", ")
    )
}

// Options every command takes; they become the [`Context`].
#[derive(Debug, clap::Args)]
pub struct GlobalArgs {
    /// SQLite database file, or a PostgreSQL URL (postgres://USER@HOST/DB; PG* variables fill in the rest), used by `ingest`, `group`, `facts`, `serve` [default: allegiance.db; demo.db for `demo`]
    #[arg(long, global = true, value_name = "FILE|URL")]
    pub db: Option<PathBuf>,

    /// An extra knowledge-base file (TOML, same format as the built-in kb/*.toml); repeatable.
    /// Its entries add to the built-in ones or replace them by id.
    #[arg(long = "kb", global = true, value_name = "FILE")]
    pub kb: Vec<PathBuf>,

    /// Worker threads for reading and extraction, 1 to 256 [default: all cores, at most 256]
    #[arg(long, global = true, value_name = "N", value_parser = context::threads_in_range())]
    pub threads: Option<usize>,

    /// Print no progress, warnings or summaries (errors are still printed)
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// Refuse input files larger than this many MiB (one JSONL line or WARC record: an eighth of it)
    #[arg(long, global = true, value_name = "MIB", default_value_t = 64)]
    pub max_file_size: u64,
}

impl GlobalArgs {
    fn into_context(self) -> Context {
        Context {
            db: self.db,
            kb_files: self.kb,
            threads: self.threads,
            quiet: self.quiet,
            read: read_limits(self.max_file_size),
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract entities and facts from articles and print them (no database). Output: one JSON line
    /// per document, in input order (the output contract).
    #[command(
        after_help = "Examples:\n  allegiance extract --format jsonl examples/\n  allegiance extract --format json article.txt > article.json\n\n\
Inputs: .txt (first line is the title), .html/.htm, .jsonl/.jsonl.gz (one article per line), .warc/.warc.gz;\n\
folders are read recursively, in name order. A file that cannot be read is reported on stderr and skipped.\n\
Exit status: 0 when every input was read, 1 when some could not be, 2 on a usage error."
    )]
    Extract(cmd::extract::Args),

    /// Show why each fact was read, and why others were not: per sentence, the masked form the
    /// rules read, the names found, the rules that fired with the facts they proposed, and the
    /// filter that dropped each one not kept. The facts are those `extract` writes.
    #[command(
        after_help = "Examples:\n  allegiance explain examples/01-boko-haram-pledges-to-islamic-state.txt\n  \
allegiance explain article.txt --grep \"pledged allegiance\"\n  allegiance explain article.txt --sentence 4 --format json\n\n\
Without --all, --sentence or --grep only the sentences the rules read are shown (a sentence that names no\n\
armed group, a question or the headline is not read). Each fact in the output names its rule in `rule`.\n\
Exit status: 0 when every input was read, 1 when some could not be, 2 on a usage error."
    )]
    Explain(cmd::explain::Args),

    /// Read, extract and store articles in the database. Idempotent: documents already stored
    /// (same content hash) are skipped, so an interrupted run can simply be repeated.
    #[command(
        after_help = "Examples:\n  allegiance ingest ~/articles/\n  allegiance --db work.db ingest feed.jsonl.gz archive.warc.gz"
    )]
    Ingest(cmd::ingest::Args),

    /// Show everything stored about one group, found by any of its names or aliases.
    #[command(
        after_help = "Examples:\n  allegiance group \"Islamic State\"\n  allegiance group ISKP --format json"
    )]
    Group(cmd::group::Args),

    /// List stored facts, filtered by type, subject, object and date.
    #[command(
        after_help = "Examples:\n  allegiance facts --type pledge --object \"Islamic State\" --since 2014\n  allegiance facts --type strength --subject ISKP --format csv > iskp-strength.csv"
    )]
    Facts(cmd::facts::Args),

    /// List claims that contradict each other: strength estimates far apart, presence asserted
    /// and denied, different leaders at the same time; each side with its sources and quotes.
    #[command(
        after_help = "Examples:\n  allegiance conflicts\n  allegiance conflicts --group ISKP --type strength\n  allegiance conflicts --type leader --format csv > leaders.csv\n\n\
Exit status: 0 (also when none are found), 1 when --group names no stored group, 2 on a usage error."
    )]
    Conflicts(cmd::conflicts::Args),
    /// Export the store for other tools: GraphML or GEXF (Gephi), FollowTheMoney (Aleph), STIX 2.1
    /// (OpenCTI, MISP), or one table as CSV or Parquet.
    #[command(
        after_help = "Examples:\n  allegiance export --format gexf --out groups.gexf\n  allegiance export --format ftm > entities.ftm.json\n  \
allegiance export --format stix --since 2014 --until 2016 --out 2014-2016.stix.json\n  \
allegiance export --format csv --table entities > entities.csv\n  allegiance export --format parquet --table facts --out facts.parquet\n\n\
Without --out the export goes to stdout (parquet needs --out). --since/--until keep the facts in effect then\n\
(their time, else their article's date) and the entities and articles they refer to."
    )]
    Export(cmd::export::Args),

    /// Record an analyst's judgement: confirm, reject or correct a fact; merge, split, rename or
    /// alias an entity, give it a kb id, or say it is not an armed group. Judgements are kept
    /// apart from extraction and hold across re-ingests.
    #[command(
        after_help = "Examples:\n  allegiance judge --note \"misread\" fact 42 reject\n  allegiance judge fact 42 polarity hedged\n  \
allegiance judge fact 42 time 2014-06 2015\n  allegiance judge merge JNIM \"Jama'at Nusrat al-Islam\"\n  \
allegiance judge split \"Free Army\" \"Free Army (Mali)\" --document 3f2a9c1e\n  allegiance judge --as ana alias ISKP \"IS-K\"\n\n\
Fact ids are the `id` of `allegiance facts --format json`; entities are named by any name, alias or id."
    )]
    Judge(cmd::judge::Args),

    /// List the judgements (who judged what, when and why), export or import them as JSON Lines,
    /// or undo one.
    #[command(
        after_help = "Examples:\n  allegiance judgements\n  allegiance judgements --kind reject --author ana --format csv\n  \
allegiance judgements --orphaned\n  allegiance judgements --export review.jsonl\n  allegiance --db team.db judgements --import review.jsonl\n  \
allegiance judgements --remove j-0123456789abcdef\n\nImport is idempotent; a judgement contradicting a stored one is reported (exit 1) and not applied."
    )]
    Judgements(cmd::judgements::Args),

    /// The work queue in PostgreSQL: add inputs as shards for `allegiance work`, show its
    /// status, retry the shards set aside.
    #[command(subcommand)]
    Queue(cmd::queue::QueueCommand),

    /// Work the queue: claim shards, read, extract and store their documents, until none is
    /// left. Run any number, on any number of machines sharing the database and the inputs.
    #[command(
        after_help = "Examples:\n  allegiance --db postgres://analyst@dbhost/map queue add /mnt/feeds/\n  \
allegiance --db postgres://analyst@dbhost/map work                  # on each machine\n  \
allegiance --db postgres://analyst@dbhost/map queue status\n\n\
A shard is stored whole with its done mark, in one transaction. A worker killed mid-shard leaves nothing of it;\n\
its shard is claimed again once its heartbeat is --claim-timeout old. Ctrl-C gives the current shard back.\n\
Exit status: 0 when every shard it took was stored, 1 when some failed or held unreadable documents, 2 on a usage error."
    )]
    Work(cmd::work::Args),

    /// Inspect the knowledge base (built-in plus any --kb files).
    #[command(subcommand)]
    Kb(cmd::kb::KbCommand),

    /// Measure the extractor on articles you annotated: per-type precision, recall and F1, source
    /// and polarity agreement, and every missed and spurious fact with its evidence.
    #[command(
        after_help = "Example:\n  allegiance eval --gold ../shared/gold/dev.jsonl --corpus ../shared/corpus/dev\n\nGold format: docs/gold-format.md in the repository (one JSON object per document, paired with articles by file name)."
    )]
    Eval(cmd::eval::Args),

    /// Serve the database over HTTP: a JSON API (described at /api/openapi.json) and a browser UI
    /// (search, group pages with evidence, network, timeline, map) that needs no internet access.
    #[command(
        after_help = "Examples:\n  allegiance serve                       # http://127.0.0.1:8080/ over allegiance.db\n  allegiance serve --addr 0.0.0.0:9000 --public --token-file token  # on the network: every request needs the token\n\n\
The address is printed on stdout once the server listens. Ctrl-C (or SIGTERM) stops it after the requests in flight."
    )]
    Serve(cmd::serve::Args),

    /// Ingest the bundled example articles into a demo database and take a short tour.
    #[command(after_help = "Example:\n  cargo run --release -- demo")]
    Demo(cmd::demo::Args),
}

fn main() -> ExitCode {
    let Cli { global, command } = Cli::parse();
    let ctx = global.into_context();
    let result = match &command {
        Command::Extract(args) => cmd::extract::run(&ctx, args),
        Command::Explain(args) => cmd::explain::run(&ctx, args),
        Command::Ingest(args) => cmd::ingest::run(&ctx, args),
        Command::Group(args) => cmd::group::run(&ctx, args),
        Command::Facts(args) => cmd::facts::run(&ctx, args),
        Command::Conflicts(args) => cmd::conflicts::run(&ctx, args),
        Command::Export(args) => cmd::export::run(&ctx, args),
        Command::Judge(args) => cmd::judge::run(&ctx, args),
        Command::Judgements(args) => cmd::judgements::run(&ctx, args),
        Command::Kb(sub) => cmd::kb::run(&ctx, sub),
        Command::Queue(sub) => cmd::queue::run(&ctx, sub),
        Command::Work(args) => cmd::work::run(&ctx, args),
        Command::Serve(args) => cmd::serve::run(&ctx, args),
        Command::Demo(args) => cmd::demo::run(&ctx, args),
        Command::Eval(args) => cmd::eval::run(&ctx, args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("allegiance: error: {}", error_message(&err));
            ExitCode::FAILURE
        }
    }
}

/// The error and its causes on one line, `: ` apart, leaving out a cause whose text the line
/// already holds: libraries often repeat their cause in their own message (rusqlite, io errors
/// wrapped with the path), and `{err:#}` would print it twice.
pub(crate) fn error_message(err: &anyhow::Error) -> String {
    let mut line = String::new();
    for cause in err.chain() {
        let text = cause.to_string();
        if line.contains(&text) {
            continue;
        }
        if !line.is_empty() {
            line.push_str(": ");
        }
        line.push_str(&text);
    }
    line
}

/// `allegiance facts | head` closes stdout early; that is not an error worth reporting.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
