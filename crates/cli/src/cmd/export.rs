//! `allegiance export`: the store in a format other tools read (Gephi, Aleph, OpenCTI, pandas).
//!
//! With `--out`, a regular FILE (or a new one) is written through a temporary file in the same
//! folder, renamed over FILE only once complete, so FILE is either the previous one or the whole
//! new export, never half of one. A symlink is followed: its target is replaced that way and the
//! link stays. A FIFO or a device (`/dev/null`, `/dev/stdout`) is written in place, since
//! renaming over it would replace the special file by a regular one. A socket is refused.
//!
//! The temporary file (`.allegiance-export-*`) is removed on any error. A process killed with
//! SIGKILL cannot remove it; the next export into that folder removes those not written to for
//! [`STALE_AFTER`] (an export in progress writes to its file all along).

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, SystemTime};

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

/// Temporary files of an export not written to for this long were left by a killed export.
const STALE_AFTER: Duration = Duration::from_secs(15 * 60);

/// The prefix of the temporary files exports write before renaming them into place.
const TEMP_PREFIX: &str = ".allegiance-export-";

/// Where `--out` leads once symlinks are followed, and how to write there.
enum Target {
    /// A regular file or none yet: written through a temporary file renamed over it.
    Replace(PathBuf),
    /// A FIFO or a device: opened and written in place.
    InPlace(PathBuf),
}

/// What `path` is, after following symlinks; an error names `path` for what cannot be written.
fn target(path: &Path) -> Result<Target> {
    let name = path.display();
    let resolved = match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => std::fs::canonicalize(path).map_err(|e| {
            let to = std::fs::read_link(path).map(|t| t.display().to_string()).unwrap_or_default();
            anyhow::anyhow!(
                "cannot write {name}: it is a symlink to {to}, which cannot be followed: {e}"
            )
        })?,
        _ => path.to_path_buf(),
    };
    let meta = match std::fs::metadata(&resolved) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Target::Replace(resolved)),
        Err(e) => bail!("cannot write {name}: {e}"),
    };
    let kind = meta.file_type();
    if kind.is_dir() {
        bail!("cannot write {name}: it is a folder");
    }
    if kind.is_file() {
        return Ok(Target::Replace(resolved));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() || kind.is_char_device() || kind.is_block_device() {
            return Ok(Target::InPlace(resolved));
        }
    }
    bail!("cannot write {name}: it is neither a regular file, a FIFO nor a device")
}

/// Writes the export to `path` (see the module's description for FIFOs, devices and symlinks).
fn write_file(path: &Path, write: impl FnOnce(&mut BufWriter<&File>) -> Result<()>) -> Result<()> {
    let name = path.display();
    match target(path)? {
        Target::InPlace(special) => {
            let file = std::fs::OpenOptions::new()
                .write(true)
                .open(&special)
                .with_context(|| format!("cannot write {name}"))?;
            let mut out = BufWriter::new(&file);
            write(&mut out).with_context(|| format!("writing {name}"))?;
            out.flush().with_context(|| format!("writing {name}"))?;
            Ok(())
        }
        Target::Replace(file) => replace_file(&file, &name.to_string(), write),
    }
}

/// Writes `path` through a temporary file in its folder, renamed over it once `write` succeeded
/// and the data is on disk; on any error the temporary file is removed and `path` left as it was.
/// `name` is how errors name the file (the path the user gave).
fn replace_file(
    path: &Path,
    name: &str,
    write: impl FnOnce(&mut BufWriter<&File>) -> Result<()>,
) -> Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !dir.is_dir() {
        bail!("cannot write {name}: there is no folder {}", dir.display());
    }
    remove_stale_temporaries(&dir);
    let tmp = tempfile::Builder::new().prefix(TEMP_PREFIX).tempfile_in(&dir).map_err(|e| {
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

/// Removes the regular `.allegiance-export-*` files of `dir` not modified for [`STALE_AFTER`]:
/// what exports killed before they could clean up left. Best effort: a file that cannot be
/// removed stays, and the export goes on.
fn remove_stale_temporaries(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let now = SystemTime::now();
    for entry in entries.flatten() {
        if !entry.file_name().to_string_lossy().starts_with(TEMP_PREFIX) {
            continue;
        }
        let Ok(meta) = entry.metadata() else { continue };
        let idle = meta.modified().ok().and_then(|m| now.duration_since(m).ok());
        if meta.file_type().is_file() && idle.is_some_and(|d| d >= STALE_AFTER) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
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

    #[test]
    fn temporaries_left_by_a_killed_export_are_removed_by_the_next_one() {
        let dir = tempfile::tempdir().unwrap();
        let stale = dir.path().join(".allegiance-export-killed");
        let live = dir.path().join(".allegiance-export-running");
        let other = dir.path().join("notes.txt");
        for f in [&stale, &live, &other] {
            std::fs::write(f, "x").unwrap();
        }
        let old = SystemTime::now() - STALE_AFTER - Duration::from_secs(60);
        for f in [&stale, &other] {
            File::options().write(true).open(f).unwrap().set_modified(old).unwrap();
        }
        write_file(&dir.path().join("out.csv"), |out| Ok(out.write_all(b"a\n")?)).unwrap();
        assert!(!stale.exists(), "the stale temporary file is removed");
        assert!(live.exists(), "a temporary file in use is kept");
        assert!(other.exists(), "other files are kept");
    }
}
