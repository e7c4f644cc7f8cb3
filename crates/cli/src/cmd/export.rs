//! `allegiance export`: the store in a format other tools read (Gephi, Aleph, OpenCTI, pandas).
//!
//! With `--out`, the export is written to a temporary file in the same folder and renamed over
//! FILE only once complete, so FILE is either the previous one or the whole new export, never half
//! of one.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use allegiance_export::{DumpFilter, ExportModel, Format, Table};
use allegiance_model::PartialDate;
use anyhow::{bail, Context as _, Result};

use crate::args::check_order;
use crate::context::Context;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// graphml or gexf (Gephi), ftm (FollowTheMoney JSON lines), stix (STIX 2.1 bundle), csv or
    /// parquet (one table, see --table)
    #[arg(long, value_name = "FORMAT", value_parser = parse_format)]
    pub format: Format,

    /// The table csv and parquet write: entities, facts (with subject and object names) or claims
    #[arg(long, value_name = "TABLE", value_parser = parse_table)]
    pub table: Option<Table>,

    /// Write to FILE (replaced only once the export is complete) instead of stdout; needed for parquet
    #[arg(long, short, value_name = "FILE")]
    pub out: Option<PathBuf>,

    /// Only facts in effect on or after this date (YYYY, YYYY-MM or YYYY-MM-DD), and what they name
    #[arg(long, value_name = "D")]
    pub since: Option<PartialDate>,

    /// Only facts in effect on or before this date (YYYY, YYYY-MM or YYYY-MM-DD), and what they name
    #[arg(long, value_name = "D")]
    pub until: Option<PartialDate>,

    /// Also export facts an analyst rejected (left out by default)
    #[arg(long)]
    pub all: bool,
}

fn parse_format(s: &str) -> Result<Format, String> {
    Format::parse(s).ok_or_else(|| {
        let all: Vec<&str> = Format::ALL.iter().map(|f| f.as_str()).collect();
        format!("unknown format `{s}`; one of: {}", all.join(", "))
    })
}

fn parse_table(s: &str) -> Result<Table, String> {
    Table::parse(s).ok_or_else(|| {
        let all: Vec<&str> = Table::ALL.iter().map(|t| t.as_str()).collect();
        format!("unknown table `{s}`; one of: {}", all.join(", "))
    })
}

/// A usage error: printed like clap's own, exit status 2.
fn usage(message: &str) -> ExitCode {
    eprintln!("error: {message}\n\nFor more information, try 'allegiance export --help'.");
    ExitCode::from(2)
}

pub fn run(ctx: &Context, args: &Args) -> Result<ExitCode> {
    if args.format == Format::Parquet && args.out.is_none() {
        return Ok(usage("--format parquet writes a binary file: give it one with --out FILE"));
    }
    if args.table.is_some() && !args.format.is_tabular() {
        return Ok(usage(&format!(
            "--table applies to --format csv and parquet, not {}",
            args.format.as_str()
        )));
    }
    check_order(args.since, args.until)?;
    let table = args.table.unwrap_or(Table::Facts);
    let store = ctx.open_store()?;
    let filter = DumpFilter {
        since: args.since.map(|d| d.to_string()),
        until: args.until.map(|d| d.to_string()),
    };
    // Analysts' judgements travel with every export: rejected facts out, merges as one entity.
    let dump = allegiance_store::Judged::load(&store)?.dump(store.dump(&filter)?, args.all);
    let kb = ctx.load_kb()?;
    let model = ExportModel::new(dump, &kb).with_context(|| format!("reading {}", store.path()))?;
    match &args.out {
        None => {
            allegiance_export::write(
                &model,
                args.format,
                table,
                BufWriter::with_capacity(1 << 16, io::stdout()),
            )?;
        }
        Some(path) => {
            write_file(path, |file| {
                allegiance_export::write(&model, args.format, table, file)
                    .map_err(anyhow::Error::from)
            })?;
            if !ctx.quiet {
                let what = if args.format.is_tabular() {
                    format!(
                        "the {} table ({} rows)",
                        table.as_str(),
                        allegiance_export::table_data(&model, table).rows.len()
                    )
                } else {
                    format!(
                        "{} entities, {} facts, {} documents",
                        model.entities.len(),
                        model.facts.len(),
                        model.documents.len()
                    )
                };
                eprintln!("wrote {what} as {} to {}", args.format.as_str(), path.display());
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes `path` through a temporary file in its folder, renamed over it once `write` succeeded
/// and the data is on disk; on any error the temporary file is removed and `path` left as it was.
fn write_file(path: &Path, write: impl FnOnce(&mut BufWriter<&File>) -> Result<()>) -> Result<()> {
    let name = path.display();
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if path.is_dir() {
        bail!("cannot write {name}: it is a folder");
    }
    if !dir.is_dir() {
        bail!("cannot write {name}: there is no folder {}", dir.display());
    }
    let tmp =
        tempfile::Builder::new().prefix(".allegiance-export-").tempfile_in(&dir).map_err(|e| {
            let why = match e.kind() {
                io::ErrorKind::PermissionDenied => "permission denied".to_string(),
                io::ErrorKind::ReadOnlyFilesystem => "read-only file system".to_string(),
                _ => e.to_string(),
            };
            anyhow::anyhow!("cannot write {name}: cannot create a file in {}: {why}", dir.display())
        })?;
    {
        let mut out = BufWriter::new(tmp.as_file());
        write(&mut out).with_context(|| format!("writing {name}"))?;
        out.flush().with_context(|| format!("writing {name}"))?;
    }
    tmp.as_file().sync_all().with_context(|| format!("writing {name}"))?;
    set_permissions(tmp.path(), path);
    tmp.persist(path).map_err(|e| e.error).with_context(|| format!("cannot write {name}"))?;
    Ok(())
}

/// A replaced file keeps its permissions; a new one is readable by all (a temporary file starts
/// private to its owner).
fn set_permissions(tmp: &Path, target: &Path) {
    let perms = match std::fs::metadata(target) {
        Ok(m) => m.permissions(),
        Err(_) => {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                std::fs::Permissions::from_mode(0o644)
            }
            #[cfg(not(unix))]
            {
                return;
            }
        }
    };
    // Best effort: an export with tighter permissions is still a correct export.
    let _ = std::fs::set_permissions(tmp, perms);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_write_that_fails_midway_leaves_the_old_file_and_no_temporary_one() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("graph.graphml");
        std::fs::write(&file, "old").unwrap();
        let err = write_file(&file, |out| {
            out.write_all(b"<graphml>half of it")?;
            out.flush()?;
            bail!("disk full")
        })
        .unwrap_err();
        assert!(format!("{err:#}").contains("graph.graphml"), "{err:#}");
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "old");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);

        write_file(&file, |out| Ok(out.write_all(b"new")?)).unwrap();
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "new");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let fresh = dir.path().join("fresh.csv");
            write_file(&fresh, |out| Ok(out.write_all(b"a,b\n")?)).unwrap();
            assert_eq!(std::fs::metadata(&fresh).unwrap().permissions().mode() & 0o777, 0o644);
        }
    }
}
