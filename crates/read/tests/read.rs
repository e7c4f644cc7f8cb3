//! Reading real-shaped inputs written by the tests: every format, and every kind of bad file.

use allegiance_read::{read_paths, Document, ReadError, ReadOptions};
use flate2::{write::GzEncoder, Compression};
use std::io::Write;
use std::path::PathBuf;

fn read_all(paths: &[PathBuf]) -> Vec<Result<Document, ReadError>> {
    read_paths(paths, &ReadOptions::default()).collect()
}

fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut e = GzEncoder::new(Vec::new(), Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

const JSONL: &str = r#"{"id": "wire-1", "title": "Pledge", "published": "2015-03-08", "text": "Boko Haram pledged allegiance to the Islamic State."}
{"id": "wire-2", "content": "Al-Shabaab attacked a base in Somalia.", "url": "https://x.org/2016/01/15/base"}
not json at all
{"id": "wire-4", "title": "no text field"}
{"id": "wire-5", "text": "The last record still counts."}
"#;

#[test]
fn jsonl_records_stream_and_bad_lines_name_their_line() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("wire.jsonl");
    std::fs::write(&p, JSONL).unwrap();
    let out = read_all(std::slice::from_ref(&p));
    assert_eq!(out.len(), 5);
    let d = out[0].as_ref().unwrap();
    assert_eq!(
        (d.header.doc.as_str(), d.header.published.as_deref(), d.header.title.as_deref()),
        ("wire-1", Some("2015-03-08"), Some("Pledge"))
    );
    let d = out[1].as_ref().unwrap();
    assert_eq!(d.text, "Al-Shabaab attacked a base in Somalia.");
    assert_eq!(d.header.published.as_deref(), Some("2016-01-15"));
    let e = out[2].as_ref().unwrap_err().to_string();
    assert!(e.contains("wire.jsonl:3") && e.contains("JSON"), "{e}");
    let e = out[3].as_ref().unwrap_err().to_string();
    assert!(e.contains("wire.jsonl:4") && e.contains("text"), "{e}");
    assert_eq!(out[4].as_ref().unwrap().header.doc, "wire-5");
}

#[test]
fn gzipped_jsonl_and_a_truncated_gzip() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("a.jsonl.gz");
    std::fs::write(&good, gz(JSONL.as_bytes())).unwrap();
    assert_eq!(read_all(&[good]).iter().filter(|r| r.is_ok()).count(), 3);
    let bad = dir.path().join("b.jsonl.gz");
    let mut bytes = gz(JSONL.repeat(50).as_bytes());
    bytes.truncate(bytes.len() / 2);
    std::fs::write(&bad, bytes).unwrap();
    let out = read_all(&[bad]);
    let err = out.iter().find_map(|r| r.as_ref().err()).expect("an error").to_string();
    assert!(err.contains("b.jsonl.gz") && err.contains("gzip"), "{err}");
}

#[test]
fn warc_html_responses_become_documents() {
    let html = "<html><head><title>Strike | Wire</title><meta property=\"og:site_name\" content=\"Wire\"></head><body><nav>Menu</nav><article><p>Officials said the strike killed a commander of al-Shabaab near Mogadishu on Monday.</p><p>The group did not comment on the claims made by the military.</p></article></body></html>";
    let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}");
    let mut warc = String::new();
    warc.push_str("WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 4\r\n\r\ninfo\r\n\r\n");
    warc.push_str(&format!("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://wire.example/2019/05/06/strike\r\nWARC-Date: 2019-05-06T10:00:00Z\r\nContent-Length: {}\r\n\r\n{http}\r\n\r\n", http.len()));
    let img = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\nPNG";
    warc.push_str(&format!("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://wire.example/a.png\r\nContent-Length: {}\r\n\r\n{img}\r\n\r\n", img.len()));
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("crawl.warc.gz");
    std::fs::write(&p, gz(warc.as_bytes())).unwrap();
    let out = read_all(&[p]);
    assert_eq!(out.len(), 1, "{out:?}");
    let d = out[0].as_ref().unwrap();
    assert_eq!(d.header.doc, "https://wire.example/2019/05/06/strike");
    assert!(d.text.contains("killed a commander of al-Shabaab") && !d.text.contains("Menu"));
    assert_eq!(d.header.title.as_deref(), Some("Strike"));
    assert_eq!(d.header.published.as_deref(), Some("2019-05-06"));
}

#[test]
fn bad_files_are_refused_by_name_and_the_batch_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("a-binary.txt"), [0u8, 159, 146, 150, 0, 1, 2, 3]).unwrap();
    std::fs::write(d.join("b-empty.txt"), "").unwrap();
    std::fs::write(d.join("c-latin1.txt"), b"Caf\xe9 attack claimed by al-Shabaab.\n").unwrap();
    std::fs::write(d.join("d-good.txt"), "Headline\n\nThe Taliban took Kabul in August 2021.\n")
        .unwrap();
    std::fs::write(d.join("notes.docx"), "ignored inside a folder").unwrap();
    let out = read_all(&[d.to_path_buf()]);
    assert_eq!(out.len(), 4, "{out:?}");
    assert!(matches!(&out[0], Err(ReadError::Binary { .. })));
    assert!(out[0].as_ref().unwrap_err().to_string().contains("a-binary.txt"));
    assert!(matches!(&out[1], Err(ReadError::Empty { .. })));
    let latin = out[2].as_ref().unwrap();
    assert!(latin.text.contains("Caf\u{FFFD} attack"));
    assert!(
        latin.warnings[0].contains("c-latin1.txt") && latin.warnings[0].contains("byte 3"),
        "{:?}",
        latin.warnings
    );
    assert_eq!(out[3].as_ref().unwrap().header.title.as_deref(), Some("Headline"));
    // Named explicitly, an unsupported file is an error; a missing one too.
    let out = read_all(&[d.join("notes.docx"), d.join("missing.txt")]);
    assert!(out[0].as_ref().unwrap_err().to_string().contains("unsupported"));
    assert!(out[1].as_ref().unwrap_err().to_string().contains("missing.txt"));
}

#[test]
fn limits_refuse_huge_files_and_lines() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.txt");
    std::fs::write(&big, "word ".repeat(1000)).unwrap();
    let opts =
        ReadOptions { max_file_bytes: 1000, max_record_bytes: 100, ..ReadOptions::default() };
    let err = read_paths(&[big], &opts).next().unwrap().unwrap_err().to_string();
    assert!(err.contains("big.txt") && err.contains("limit"), "{err}");
    let lines = dir.path().join("lines.jsonl");
    std::fs::write(
        &lines,
        format!("{{\"text\": \"{}\"}}\n{{\"text\": \"short\"}}\n", "x".repeat(500)),
    )
    .unwrap();
    let out: Vec<_> = read_paths(&[lines], &opts).collect();
    assert!(out[0].as_ref().unwrap_err().to_string().contains("lines.jsonl:1"));
    assert_eq!(out[1].as_ref().unwrap().text, "short");
}

#[test]
fn folders_recurse_in_name_order() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir_all(d.join("b/inner")).unwrap();
    for (p, t) in [
        ("b/inner/z.txt", "Z text here."),
        ("a.txt", "A text here."),
        ("b/m.txt", "M text here."),
        (".hidden.txt", "hidden"),
    ] {
        std::fs::write(d.join(p), t).unwrap();
    }
    let docs: Vec<String> =
        read_all(&[d.to_path_buf()]).into_iter().map(|r| r.unwrap().text).collect();
    assert_eq!(docs, vec!["A text here.", "Z text here.", "M text here."]);
}

#[test]
fn a_dateline_naming_a_day_that_does_not_exist_gives_no_date() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("a.txt"), "Headline\n2015-02-31\n\nThe Taliban took Kabul.\n").unwrap();
    std::fs::write(d.join("b.txt"), "Headline\nFebruary 29, 2016\n\nThe Taliban took Kabul.\n")
        .unwrap();
    let lines = d.join("c.jsonl");
    std::fs::write(
        &lines,
        "{\"id\": \"x\", \"text\": \"The Taliban took Kabul.\", \"published\": \"2015-02-31\", \"url\": \"https://n.example/2015/02/story\"}\n",
    )
    .unwrap();
    let out = read_all(&[d.join("a.txt"), d.join("b.txt"), lines]);
    let published: Vec<Option<&str>> =
        out.iter().map(|d| d.as_ref().unwrap().header.published.as_deref()).collect();
    assert_eq!(published, [None, Some("2016-02-29"), Some("2015-02")]);
}

#[test]
fn input_files_lists_what_read_paths_reads_in_its_order() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("b")).unwrap();
    std::fs::write(root.join("b/2.txt"), "Second article about the group.").unwrap();
    std::fs::write(root.join("a.txt"), "First article about the group.").unwrap();
    std::fs::write(root.join("feed.jsonl"), "{\"text\": \"One\"}\n{\"text\": \"Two\"}\n").unwrap();
    std::fs::write(root.join("notes.pdf"), "not an article").unwrap();
    std::fs::write(root.join(".hidden.txt"), "hidden").unwrap();
    let missing = root.join("missing.txt");

    let listed: Vec<_> = allegiance_read::input_files(&[root.to_path_buf(), missing.clone()])
        .map(|f| f.map(|f| (f.path, f.archive)).map_err(|e| e.to_string()))
        .collect();
    assert_eq!(
        listed,
        vec![
            Ok((root.join("a.txt"), false)),
            Ok((root.join("b/2.txt"), false)),
            Ok((root.join("feed.jsonl"), true)),
            Err(format!("{}: no such file or folder", missing.display())),
        ]
    );
    let read: Vec<String> =
        allegiance_read::read_paths(&[root.to_path_buf()], &ReadOptions::default())
            .map(|d| d.unwrap().header.path)
            .collect();
    let files: Vec<String> = ["a.txt", "b/2.txt", "feed.jsonl", "feed.jsonl"]
        .iter()
        .map(|f| root.join(f).display().to_string())
        .collect();
    assert_eq!(read, files);
}
