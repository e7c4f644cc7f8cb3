//! Judgements as JSON Lines, the file analysts pass between databases and review: one judgement
//! per line, with its stable id. Importing is idempotent; a judgement that contradicts a stored
//! one is reported, not applied.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use super::{Added, Judgement, JudgementStore};

#[derive(Debug, thiserror::Error)]
pub enum ExchangeError {
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path}:{line}: not a judgement: {source}")]
    Parse { path: PathBuf, line: usize, source: serde_json::Error },
    #[error("{path}:{line}: id {id} does not match what the judgement decides (expected {expected}); was the line edited?")]
    WrongId { path: PathBuf, line: usize, id: String, expected: String },
    #[error(transparent)]
    Store(#[from] crate::StoreError),
}

/// Reads a JSON Lines file of judgements; blank lines are skipped. Every id is checked against
/// the decision it names, so an edited line cannot pass as another judgement.
pub fn read_jsonl(path: &Path) -> Result<Vec<Judgement>, ExchangeError> {
    let io = |source| ExchangeError::Io { path: path.to_path_buf(), source };
    let file = std::fs::File::open(path).map_err(io)?;
    let mut out = Vec::new();
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.map_err(io)?;
        if line.trim().is_empty() {
            continue;
        }
        let j: Judgement = serde_json::from_str(&line).map_err(|source| ExchangeError::Parse {
            path: path.to_path_buf(),
            line: n + 1,
            source,
        })?;
        let expected = j.verdict.stable_id();
        if j.id != expected {
            return Err(ExchangeError::WrongId {
                path: path.to_path_buf(),
                line: n + 1,
                id: j.id,
                expected,
            });
        }
        out.push(j);
    }
    Ok(out)
}

/// Writes judgements one per line.
pub fn write_jsonl(mut out: impl Write, judgements: &[Judgement]) -> std::io::Result<()> {
    for j in judgements {
        serde_json::to_writer(&mut out, j)?;
        out.write_all(b"\n")?;
    }
    out.flush()
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportReport {
    pub added: usize,
    /// Stored already (same id).
    pub already: usize,
    /// Not applied: each incoming judgement with the stored one it contradicts.
    pub contradictions: Vec<(Judgement, Judgement)>,
}

/// Stores each judgement unless it is there already or contradicts a stored one.
pub fn import(
    store: &mut impl JudgementStore,
    judgements: Vec<Judgement>,
) -> crate::Result<ImportReport> {
    let mut report = ImportReport::default();
    for j in judgements {
        match store.add_judgement(&j)? {
            Added::New => report.added += 1,
            Added::AlreadyThere => report.already += 1,
            Added::Contradicts(stored) => report.contradictions.push((j, *stored)),
        }
    }
    Ok(report)
}
