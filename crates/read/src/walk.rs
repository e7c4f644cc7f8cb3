//! Walking inputs: folders in name order, one stream of documents across all files.

use crate::{decode, html, jsonl, meta, warc, Document, DocumentHeader, ReadError, ReadOptions};
use flate2::read::MultiGzDecoder;
use std::collections::{HashMap, VecDeque};
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Text,
    Html,
    Jsonl,
    Warc,
}

fn kind_of(path: &Path) -> Option<(Kind, bool)> {
    let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
    let (base, gz) = match name.strip_suffix(".gz") {
        Some(b) => (b.to_string(), true),
        None => (name.clone(), false),
    };
    let kind = if base.ends_with(".jsonl") || base.ends_with(".ndjson") {
        Kind::Jsonl
    } else if base.ends_with(".warc") {
        Kind::Warc
    } else if base.ends_with(".html") || base.ends_with(".htm") || base.ends_with(".xhtml") {
        Kind::Html
    } else if base.ends_with(".txt") || base.ends_with(".text") || (gz && !base.contains('.')) {
        Kind::Text
    } else {
        return None;
    };
    Some((kind, gz))
}

enum Stream {
    Jsonl { path: PathBuf, reader: Box<dyn BufRead>, line: usize },
    Warc { path: PathBuf, reader: Box<dyn BufRead>, offset: u64 },
}

/// A stream of documents (or per-file errors) over the given inputs.
pub struct Documents {
    files: InputFiles,
    current: Option<Stream>,
    opts: ReadOptions,
}

/// The files [`read_paths`] reads, in the order it reads them, without reading them: folders
/// recursed in name order (hidden entries skipped), files of no known type inside a folder
/// passed over, each folder and file taken once however many links lead to it. A path that
/// is missing, special, of no known type when named, or a second link is a [`ReadError`].
pub struct InputFiles {
    pending: VecDeque<(PathBuf, bool)>,
    /// Folders and files already taken, by identity, with the path first seen: a symlink loop
    /// or a second link to the same folder or file is read once.
    seen: HashMap<Identity, PathBuf>,
}

/// One input file as the walk found it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    pub path: PathBuf,
    /// A JSONL or WARC file (possibly gzipped): a stream of many documents. Otherwise one
    /// article (text or HTML, possibly gzipped).
    pub archive: bool,
}

/// A file the walk found, with what [`Documents`] needs to read it.
struct Found {
    path: PathBuf,
    kind: Kind,
    gz: bool,
    meta: std::fs::Metadata,
}

/// What a path is on disk, whatever it is called: (device, inode).
type Identity = (u64, u64);

#[cfg(unix)]
fn identity(meta: &std::fs::Metadata) -> Option<Identity> {
    use std::os::unix::fs::MetadataExt;
    Some((meta.dev(), meta.ino()))
}

#[cfg(not(unix))]
fn identity(_meta: &std::fs::Metadata) -> Option<Identity> {
    None
}

/// What a path that is neither a folder nor a regular file is, in words.
fn special_kind(file_type: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if file_type.is_socket() {
            return "a socket";
        }
        if file_type.is_block_device() || file_type.is_char_device() {
            return "a device";
        }
    }
    let _ = file_type;
    "a special file"
}

/// Reads every input in order; folders recurse in name order, hidden entries skipped.
pub fn read_paths(paths: &[PathBuf], opts: &ReadOptions) -> Documents {
    Documents { files: input_files(paths), current: None, opts: opts.clone() }
}

/// The files [`read_paths`] would read from `paths`, in its order (see [`InputFiles`]).
pub fn input_files(paths: &[PathBuf]) -> InputFiles {
    InputFiles { pending: paths.iter().map(|p| (p.clone(), true)).collect(), seen: HashMap::new() }
}

fn gz_error(path: &Path, e: std::io::Error) -> ReadError {
    ReadError::Gzip { path: path.to_path_buf(), message: e.to_string() }
}

fn open(path: &Path, gz: bool) -> Result<Box<dyn BufRead>, ReadError> {
    let f =
        File::open(path).map_err(|source| ReadError::Io { path: path.to_path_buf(), source })?;
    Ok(if gz {
        Box::new(BufReader::new(MultiGzDecoder::new(BufReader::new(f))))
    } else {
        Box::new(BufReader::with_capacity(1 << 16, f))
    })
}

fn read_whole(path: &Path, gz: bool, limit: u64) -> Result<Vec<u8>, ReadError> {
    let size = std::fs::metadata(path)
        .map_err(|source| ReadError::Io { path: path.to_path_buf(), source })?
        .len();
    if size > limit {
        return Err(ReadError::TooLarge { path: path.to_path_buf(), size, limit });
    }
    let mut bytes = Vec::with_capacity(size as usize);
    let reader = open(path, gz)?;
    reader.take(limit + 1).read_to_end(&mut bytes).map_err(|e| {
        if gz {
            gz_error(path, e)
        } else {
            ReadError::Io { path: path.to_path_buf(), source: e }
        }
    })?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge {
            path: path.to_path_buf(),
            size: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}

fn single(path: &Path, kind: Kind, gz: bool, opts: &ReadOptions) -> Result<Document, ReadError> {
    let bytes = read_whole(path, gz, opts.max_file_bytes)?;
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ReadError::Empty { path: path.to_path_buf() });
    }
    let name = path.display().to_string();
    let (text, warning) = match decode::utf16_with_bom(&bytes, &name) {
        Some(decoded) => decoded,
        None if decode::looks_binary(&bytes) => {
            return Err(ReadError::Binary { path: path.to_path_buf() })
        }
        None => decode::to_text(bytes, &name),
    };
    let looks_html = kind == Kind::Html || (gz && text.trim_start().starts_with('<'));
    let mut doc = Document {
        header: DocumentHeader { doc: name.clone(), path: name, ..Default::default() },
        warnings: warning.into_iter().collect(),
        ..Default::default()
    };
    if looks_html {
        let page = html::clean(&text, &doc.header.path, opts.html_limits());
        doc.warnings.extend(page.warnings);
        doc.text = page.text;
        doc.header.title = page.title;
        doc.header.publisher = page.publisher;
        doc.header.published = page.published;
        doc.header.url = page.url;
    } else {
        let (title, published) = meta::from_plain_text(&text);
        doc.header.title = title;
        doc.header.published = published;
        doc.text = text;
    }
    Ok(doc)
}

impl InputFiles {
    /// Records that `path` is being read, or says it was already read under another path.
    fn first_time(
        &mut self,
        meta: &std::fs::Metadata,
        path: &Path,
        what: &'static str,
    ) -> Result<(), ReadError> {
        let Some(id) = identity(meta) else { return Ok(()) };
        if let Some(first) = self.seen.get(&id) {
            return Err(ReadError::AlreadyRead {
                path: path.to_path_buf(),
                what,
                first: first.clone(),
            });
        }
        self.seen.insert(id, path.to_path_buf());
        Ok(())
    }

    /// The next file to read, with its kind, or the error of a path that cannot be one.
    fn next_found(&mut self) -> Option<Result<Found, ReadError>> {
        loop {
            let (path, explicit) = self.pending.pop_front()?;
            let meta = match std::fs::metadata(&path) {
                Ok(m) => m,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    return Some(Err(ReadError::NotFound { path }))
                }
                Err(source) => return Some(Err(ReadError::Io { path, source })),
            };
            if !meta.is_dir() && !meta.is_file() {
                // Reading a FIFO blocks until a writer comes and a device may never end: the
                // other inputs must not wait on them, in a folder or named explicitly.
                let what = special_kind(meta.file_type());
                return Some(Err(ReadError::NotAFile { path, what }));
            }
            if meta.is_dir() {
                if let Err(e) = self.first_time(&meta, &path, "folder") {
                    return Some(Err(e));
                }
                let entries = match std::fs::read_dir(&path) {
                    Ok(rd) => rd,
                    Err(source) => return Some(Err(ReadError::Io { path, source })),
                };
                let mut children: Vec<PathBuf> = entries
                    .filter_map(|e| e.ok())
                    .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
                    .map(|e| path.join(e.file_name()))
                    .collect();
                children.sort();
                for c in children.into_iter().rev() {
                    self.pending.push_front((c, false));
                }
                continue;
            }
            let Some((kind, gz)) = kind_of(&path) else {
                if explicit {
                    return Some(Err(ReadError::Unsupported { path }));
                }
                continue;
            };
            if let Err(e) = self.first_time(&meta, &path, "file") {
                return Some(Err(e));
            }
            return Some(Ok(Found { path, kind, gz, meta }));
        }
    }
}

impl Iterator for InputFiles {
    type Item = Result<InputFile, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        Some(self.next_found()?.map(|f| InputFile {
            path: f.path,
            archive: matches!(f.kind, Kind::Jsonl | Kind::Warc),
        }))
    }
}

impl Documents {
    fn next_from_stream(&mut self) -> Option<Result<Document, ReadError>> {
        let limit = self.opts.max_record_bytes;
        loop {
            let stream = self.current.as_mut()?;
            match stream {
                Stream::Jsonl { path, reader, line } => {
                    *line += 1;
                    match jsonl::next_line(reader.as_mut(), limit) {
                        Ok(None) => {}
                        Err(e) => {
                            let err = gz_error(path, e);
                            self.current = None;
                            return Some(Err(err));
                        }
                        Ok(Some(Err(size))) => {
                            return Some(Err(ReadError::Record {
                                path: path.clone(),
                                line: *line,
                                message: format!(
                                    "line of {size} bytes is over the {limit}-byte record limit"
                                ),
                            }))
                        }
                        Ok(Some(Ok(bytes))) => match jsonl::record(path, *line, bytes) {
                            Ok(Some(doc)) => return Some(Ok(doc)),
                            Ok(None) => continue,
                            Err(e) => return Some(Err(e)),
                        },
                    }
                }
                Stream::Warc { path, reader, offset } => {
                    let html_limits = self.opts.html_limits();
                    match warc::next_document(reader.as_mut(), offset, limit, html_limits, path) {
                        Ok(Some(doc)) => return Some(Ok(doc)),
                        Ok(None) => {}
                        Err(e) => {
                            // A broken record may leave the stream out of step: stop this file.
                            self.current = None;
                            return Some(Err(e));
                        }
                    }
                }
            }
            self.current = None;
        }
    }
}

impl Iterator for Documents {
    type Item = Result<Document, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.current.is_some() {
                if let Some(item) = self.next_from_stream() {
                    return Some(item);
                }
                continue;
            }
            let Found { path, kind, gz, meta } = match self.files.next_found()? {
                Ok(found) => found,
                Err(e) => return Some(Err(e)),
            };
            match kind {
                Kind::Jsonl | Kind::Warc => {
                    if meta.len() == 0 {
                        return Some(Err(ReadError::Empty { path }));
                    }
                    let reader = match open(&path, gz) {
                        Ok(r) => r,
                        Err(e) => return Some(Err(e)),
                    };
                    self.current = Some(if kind == Kind::Jsonl {
                        Stream::Jsonl { path, reader, line: 0 }
                    } else {
                        Stream::Warc { path, reader, offset: 0 }
                    });
                }
                Kind::Text | Kind::Html => return Some(single(&path, kind, gz, &self.opts)),
            }
        }
    }
}
