//! One module per subcommand. Each has an `Args` (clap) and a `run` that takes the
//! [`Context`](crate::context::Context) and its arguments and returns the exit code. Commands do
//! not call each other: what two of them share lives outside `cmd` (`ingest`, `groups`, `output`).

pub mod conflicts;
pub mod demo;
pub mod eval;
pub mod explain;
pub mod export;
pub mod extract;
pub mod facts;
pub mod group;
pub mod ingest;
pub mod judge;
pub mod judgements;
pub mod kb;
pub mod queue;
pub mod serve;
pub mod work;
