//! The news corpus the benchmarks run on.
//!
//! [`Corpus::load`] reads the throughput corpus of the shared project folder,
//! `../shared/data/bench/*.jsonl.zst` (BBC and Reuters news, 21,268 articles, 21.6 MB; see its
//! README for origins and terms), decompressing it in memory. Another folder of `.jsonl.zst` or
//! `.jsonl` files can be named with `ALLEGIANCE_BENCH_DATA`. Where there is none, it falls back to
//! a small corpus written for this project: the articles of `examples/` and the general news of
//! `crates/benchdata/data/`, repeated to about 2 MB, so that the benchmarks run anywhere (their
//! figures are then not comparable with the shared corpus's). `ALLEGIANCE_BENCH_MB` caps the size
//! for quick runs.

use std::path::{Path, PathBuf};

/// One article of the corpus.
#[derive(Debug, Clone)]
pub struct Article {
    pub id: String,
    pub title: Option<String>,
    pub text: String,
}

/// The corpus as JSON Lines (one article per line, with `id`, `title` and `text`).
pub struct Corpus {
    /// Where it came from, for the benchmark's report.
    pub origin: String,
    pub jsonl: Vec<u8>,
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The shared bench folder, or the one `ALLEGIANCE_BENCH_DATA` names.
pub fn data_dir() -> PathBuf {
    match std::env::var_os("ALLEGIANCE_BENCH_DATA") {
        Some(dir) => PathBuf::from(dir),
        None => repo_root().join("../shared/data/bench"),
    }
}

impl Corpus {
    /// The shared corpus when present, else the fallback; capped at `ALLEGIANCE_BENCH_MB`.
    pub fn load() -> Corpus {
        let mut corpus = Corpus::shared(&data_dir()).unwrap_or_else(Corpus::fallback);
        if let Some(mb) =
            std::env::var("ALLEGIANCE_BENCH_MB").ok().and_then(|v| v.parse::<f64>().ok())
        {
            corpus.truncate((mb * 1e6) as usize);
        }
        corpus
    }

    /// Every `.jsonl.zst` and `.jsonl` file of `dir`, in name order; `None` when there is none.
    pub fn shared(dir: &Path) -> Option<Corpus> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .ok()?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
                name.ends_with(".jsonl.zst") || name.ends_with(".jsonl")
            })
            .collect();
        files.sort();
        let mut jsonl = Vec::new();
        for f in &files {
            let raw =
                std::fs::read(f).unwrap_or_else(|e| panic!("{}: cannot read: {e}", f.display()));
            if f.extension().is_some_and(|e| e == "zst") {
                let mut decoder = ruzstd::decoding::StreamingDecoder::new(raw.as_slice())
                    .unwrap_or_else(|e| panic!("{}: not zstd: {e}", f.display()));
                std::io::Read::read_to_end(&mut decoder, &mut jsonl)
                    .unwrap_or_else(|e| panic!("{}: corrupt zstd: {e}", f.display()));
            } else {
                jsonl.extend_from_slice(&raw);
            }
            if !jsonl.ends_with(b"\n") {
                jsonl.push(b'\n');
            }
        }
        (!jsonl.is_empty()).then(|| Corpus { origin: dir.display().to_string(), jsonl })
    }

    /// The project's own articles (examples/ and data/general-news.jsonl), repeated to ~2 MB.
    pub fn fallback() -> Corpus {
        let root = repo_root();
        let mut base: Vec<Article> = Vec::new();
        let mut paths: Vec<PathBuf> = std::fs::read_dir(root.join("examples"))
            .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        paths.sort();
        for p in paths.iter().filter(|p| p.extension().is_some_and(|e| e == "txt")) {
            let text = std::fs::read_to_string(p).expect("examples/ is readable");
            let title = text.lines().next().map(str::to_string);
            let id = p.file_stem().and_then(|s| s.to_str()).unwrap_or("example").to_string();
            base.push(Article { id, title, text });
        }
        let own =
            std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/general-news.jsonl"))
                .expect("data/general-news.jsonl");
        base.extend(articles_of(&own));
        let mut jsonl = Vec::new();
        let mut copy = 0;
        while jsonl.len() < 2_000_000 {
            for a in &base {
                let rec = serde_json::json!({ "id": format!("{}-{copy}", a.id), "title": a.title, "text": a.text });
                jsonl.extend_from_slice(rec.to_string().as_bytes());
                jsonl.push(b'\n');
            }
            copy += 1;
        }
        Corpus {
            origin: "the fallback corpus (examples/ and crates/benchdata/data, repeated)".into(),
            jsonl,
        }
    }

    /// Keeps the whole lines within the first `bytes` bytes.
    pub fn truncate(&mut self, bytes: usize) {
        if self.jsonl.len() > bytes {
            let cut = self.jsonl[..bytes].iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
            self.jsonl.truncate(cut);
        }
    }

    pub fn articles(&self) -> Vec<Article> {
        articles_of(&self.jsonl)
    }

    /// Bytes of article text (what the peer's MB figures count too).
    pub fn text_bytes(&self) -> u64 {
        self.articles().iter().map(|a| a.text.len() as u64).sum()
    }

    /// Writes the corpus as `corpus.jsonl` in `dir`, for benchmarks that read files.
    pub fn write_to(&self, dir: &Path) -> PathBuf {
        let path = dir.join("corpus.jsonl");
        std::fs::write(&path, &self.jsonl)
            .unwrap_or_else(|e| panic!("{}: cannot write: {e}", path.display()));
        path
    }
}

fn articles_of(jsonl: &[u8]) -> Vec<Article> {
    jsonl
        .split(|&b| b == b'\n')
        .filter(|l| !l.iter().all(u8::is_ascii_whitespace))
        .filter_map(|l| serde_json::from_slice::<serde_json::Value>(l).ok())
        .filter_map(|v| {
            let text = v.get("text")?.as_str()?.to_string();
            let id = v.get("id").and_then(|i| i.as_str()).unwrap_or("").to_string();
            let title = v.get("title").and_then(|t| t.as_str()).map(str::to_string);
            Some(Article { id, title, text })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fallback_is_news_of_both_kinds_and_about_two_megabytes() {
        let c = Corpus::fallback();
        let articles = c.articles();
        assert!(c.jsonl.len() >= 2_000_000 && c.jsonl.len() < 2_200_000);
        assert!(articles.iter().any(|a| a.text.contains("Boko Haram")));
        assert!(articles.iter().any(|a| a.text.contains("marathon")));
        let mut ids: Vec<&str> = articles.iter().map(|a| a.id.as_str()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), articles.len(), "ids are unique");
    }

    #[test]
    fn truncation_keeps_whole_lines() {
        let mut c = Corpus::fallback();
        c.truncate(10_000);
        assert!(c.jsonl.len() <= 10_000 && c.jsonl.ends_with(b"\n"));
        assert!(!c.articles().is_empty());
    }

    #[test]
    fn zstd_files_are_read_in_name_order() {
        let dir = tempfile_dir();
        let second = b"{\"id\":\"second\",\"text\":\"Two.\"}\n";
        let packed = ruzstd::encoding::compress_to_vec(
            &second[..],
            ruzstd::encoding::CompressionLevel::Fastest,
        );
        std::fs::write(dir.join("b.jsonl.zst"), packed).unwrap();
        std::fs::write(dir.join("notes.txt"), "not part of the corpus").unwrap();
        std::fs::write(dir.join("a.jsonl"), "{\"id\":\"first\",\"text\":\"One.\"}").unwrap();
        let c = Corpus::shared(&dir).unwrap();
        let ids: Vec<String> = c.articles().into_iter().map(|a| a.id).collect();
        assert_eq!(ids, ["first", "second"]);
        assert_eq!(c.text_bytes(), 8);
        std::fs::remove_dir_all(dir).unwrap();
    }

    fn tempfile_dir() -> PathBuf {
        let dir = std::env::temp_dir().join(format!("allegiance-benchdata-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }
}
