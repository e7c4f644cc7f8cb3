//! Properties of the readers on inputs nobody wrote by hand: arbitrary bytes under every file
//! type never panic and every error names its file; arbitrary HTML trees of any shape never
//! panic, and a well-formed tree's text comes out whole and in order, through the tree walk and
//! through the linear reader used for pages over the budget.

use allegiance_read::{read_paths, Document, ReadError, ReadOptions};
use proptest::prelude::*;
use std::path::{Path, PathBuf};

/// Every kind of file `read_paths` tells apart by name, compressed ones included.
const FILE_NAMES: &[&str] = &[
    "article.txt",
    "page.html",
    "records.jsonl",
    "crawl.warc",
    "article.txt.gz",
    "page.html.gz",
    "records.jsonl.gz",
    "crawl.warc.gz",
];

/// Pieces of the formats the readers parse, so that random inputs reach past the first check of
/// each reader (a WARC header line, a JSON record, a byte-order mark, a gzip magic number).
const FRAGMENTS: &[&[u8]] = &[
    b"WARC/1.0\r\n",
    b"WARC-Type: response\r\n",
    b"WARC-Target-URI: https://news.example.org/a\r\n",
    b"Content-Length: 12\r\n",
    b"Content-Length: 99999999999999999999\r\n",
    b"Content-Length: -1\r\n",
    b"\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n",
    b"{\"text\": \"Boko Haram pledged allegiance.\", \"published\": \"2015-02-30\"}\n",
    b"{\"text\": \"a\\ud800b\", \"id\": 7}\n",
    b"{\"content\": 5, \"title\": [1]}\n",
    b"{\"text\": \"",
    b"\"}",
    b"\n",
    b"\xff\xfe",
    b"\xfe\xff",
    b"\xef\xbb\xbf",
    b"\x1f\x8b\x08\x00",
    b"<html><body><p>",
    b"</p></div>",
    b"<!--",
    b"<script>",
    b"&amp;&#x110000;&#99999999999;",
    "“Islamic State” — al-Shabaab’s ".as_bytes(),
];

fn hostile_bytes() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        prop::collection::vec(any::<u8>(), 0..64),
        prop::sample::select(FRAGMENTS).prop_map(|f| f.to_vec()),
    ];
    prop::collection::vec(piece, 1..24).prop_map(|pieces| pieces.concat())
}

/// Reads `paths` on a thread with a worker's 2 MiB stack: deep recursion aborts the test
/// binary there instead of passing on the main thread's larger stack.
fn read_on_worker_stack(
    paths: Vec<PathBuf>,
    opts: ReadOptions,
) -> Vec<Result<Document, ReadError>> {
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || read_paths(&paths, &opts).collect())
        .unwrap()
        .join()
        .expect("reading does not panic")
}

fn named_after(message: &str, path: &Path) -> bool {
    message.contains(&path.display().to_string())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    /// The same bytes under every file type: each file yields documents or errors, never a
    /// panic, and each error and warning names the file it came from.
    #[test]
    fn arbitrary_bytes_under_every_file_type_never_panic(bytes in hostile_bytes()) {
        let dir = tempfile::tempdir().unwrap();
        let paths: Vec<PathBuf> = FILE_NAMES
            .iter()
            .map(|name| {
                let p = dir.path().join(name);
                std::fs::write(&p, &bytes).unwrap();
                p
            })
            .collect();
        for path in paths {
            let out = read_on_worker_stack(vec![path.clone()], ReadOptions::default());
            for item in out {
                match item {
                    Err(e) => prop_assert!(named_after(&e.to_string(), &path), "{e}"),
                    Ok(doc) => {
                        for w in &doc.warnings {
                            prop_assert!(named_after(w, &path), "{w}");
                        }
                    }
                }
            }
        }
    }
}

/// One node of a generated HTML tree.
#[derive(Debug, Clone)]
enum Node {
    Text(String),
    /// Never shown as text by a browser; its words must not reach the article.
    Comment(String),
    /// An element opened and never closed: the tree builder decides where it ends.
    Unclosed {
        tag: &'static str,
        attributes: Vec<(String, String)>,
    },
    Element {
        tag: &'static str,
        attributes: Vec<(String, String)>,
        children: Vec<Node>,
    },
}

/// Tags of article bodies, none of them boilerplate to the reader (no nav, aside, form...).
const TAGS: &[&str] =
    &["div", "span", "b", "i", "em", "p", "section", "blockquote", "h2", "ul", "li"];

/// Text with letters of several scripts, punctuation and spaces, but no `<` or `&` (markup) and
/// no `e` or `o`: every line the reader drops as boilerplate ("read more", "similar posts")
/// holds one of them, so a random paragraph is never dropped as one.
const TEXT: &str = "[a-dfh-np-zA-Z0-9 \t\n.,;:!?'\"()\\-éāʿ’“”—日本العربية]{0,24}";

fn attributes() -> impl Strategy<Value = Vec<(String, String)>> {
    // Names and values with quotes and brackets in the values; no class or id, whose values
    // mark boilerplate.
    prop::collection::vec(("data-[a-z]{1,6}", "[a-zA-Z0-9 <>/=']{0,12}"), 0..4)
}

fn html_tree(allow_unclosed: bool) -> impl Strategy<Value = Vec<Node>> {
    let leaf = prop_oneof![
        4 => TEXT.prop_map(Node::Text),
        1 => "[A-Z ]{0,12}".prop_map(Node::Comment),
    ];
    let leaf = if allow_unclosed {
        prop_oneof![
            3 => leaf,
            1 => (prop::sample::select(TAGS), attributes())
                .prop_map(|(tag, attributes)| Node::Unclosed { tag, attributes }),
        ]
        .boxed()
    } else {
        leaf.boxed()
    };
    let node = leaf.prop_recursive(48, 256, 6, |inner| {
        (prop::sample::select(TAGS), attributes(), prop::collection::vec(inner, 0..6))
            .prop_map(|(tag, attributes, children)| Node::Element { tag, attributes, children })
    });
    prop::collection::vec(node, 0..6)
}

fn open_tag(out: &mut String, tag: &str, attributes: &[(String, String)]) {
    out.push('<');
    out.push_str(tag);
    for (name, value) in attributes {
        out.push_str(&format!(" {name}=\"{}\"", value.replace('"', "&quot;")));
    }
    out.push('>');
}

fn render(nodes: &[Node], out: &mut String) {
    for node in nodes {
        match node {
            Node::Text(t) => out.push_str(t),
            Node::Comment(c) => out.push_str(&format!("<!--{c}-->")),
            Node::Unclosed { tag, attributes } => open_tag(out, tag, attributes),
            Node::Element { tag, attributes, children } => {
                open_tag(out, tag, attributes);
                render(children, out);
                out.push_str(&format!("</{tag}>"));
            }
        }
    }
}

/// The tree's text in document order, without whitespace (which the reader collapses and moves
/// to paragraph breaks).
fn text_content(nodes: &[Node], out: &mut String) {
    for node in nodes {
        match node {
            Node::Text(t) => out.extend(t.chars().filter(|c| !c.is_whitespace())),
            Node::Element { children, .. } => text_content(children, out),
            Node::Comment(_) | Node::Unclosed { .. } => {}
        }
    }
}

fn page(nodes: &[Node]) -> String {
    let mut body = String::new();
    render(nodes, &mut body);
    format!("<!doctype html><html><head><title>T</title></head><body>{body}</body></html>")
}

fn read_page(html: &str, opts: ReadOptions) -> Result<Document, String> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("page.html");
    std::fs::write(&path, html).unwrap();
    let mut out = read_on_worker_stack(vec![path], opts);
    assert_eq!(out.len(), 1, "one page, one result");
    out.pop().unwrap().map_err(|e| e.to_string())
}

/// Options under which every generated page is over the depth budget: the linear reader.
fn flat_reader() -> ReadOptions {
    ReadOptions { max_html_depth: 0, ..ReadOptions::default() }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    /// Any tree, unclosed tags and all, is read by both readers without a panic.
    #[test]
    fn arbitrary_html_trees_never_panic(nodes in html_tree(true)) {
        let html = page(&nodes);
        for opts in [ReadOptions::default(), flat_reader()] {
            let doc = read_page(&html, opts);
            prop_assert!(doc.is_ok(), "{doc:?}");
        }
    }

    /// A well-formed tree's text comes out whole and in order, comments left out, whichever
    /// reader reads it.
    #[test]
    fn a_well_formed_trees_text_is_read_in_order(nodes in html_tree(false)) {
        let html = page(&nodes);
        let mut expected = String::new();
        text_content(&nodes, &mut expected);
        for opts in [ReadOptions::default(), flat_reader()] {
            let flat = opts.max_html_depth == 0;
            let doc = read_page(&html, opts).map_err(TestCaseError::fail)?;
            let read: String = doc.text.chars().filter(|c| !c.is_whitespace()).collect();
            prop_assert_eq!(&read, &expected, "flat reader: {}; page: {}", flat, html);
            prop_assert_eq!(doc.warnings.is_empty(), !flat, "{:?}", doc.warnings);
        }
    }
}

#[test]
fn twenty_thousand_nested_elements_are_read_with_a_warning() {
    let depth = 20_000;
    let html = format!(
        "<html><body>{}Boko Haram pledged allegiance to the Islamic State.{}</body></html>",
        "<div><span>".repeat(depth / 2),
        "</span></div>".repeat(depth / 2)
    );
    let doc = read_page(&html, ReadOptions::default()).unwrap();
    assert_eq!(doc.text, "Boko Haram pledged allegiance to the Islamic State.");
    assert!(
        doc.warnings.iter().any(|w| w.contains("page.html") && w.contains("open at once")),
        "{:?}",
        doc.warnings
    );
}

#[test]
fn three_hundred_thousand_attributes_on_one_tag_are_read_with_a_warning() {
    let flood: String = (0..300_000).map(|i| format!(" data-a{i}=\"{i}\"")).collect();
    let html = format!("<html><body><p{flood}>Al-Shabaab attacked a base.</p></body></html>");
    let doc = read_page(&html, ReadOptions::default()).unwrap();
    assert_eq!(doc.text, "Al-Shabaab attacked a base.");
    assert!(
        doc.warnings.iter().any(|w| w.contains("page.html") && w.contains("300000 attributes")),
        "{:?}",
        doc.warnings
    );
}
