//! HTML to article text: boilerplate out, paragraphs kept, title/publisher/date from the page.

mod budget;
mod flat;
mod scan;

pub use budget::Limits;

use crate::meta;
use scraper::{ElementRef, Html, Node, Selector};
use std::sync::LazyLock;

/// What an HTML page yields.
pub struct Page {
    pub text: String,
    pub title: Option<String>,
    pub publisher: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    /// How the page was read when it was not read in full (over the budget), naming it.
    pub warnings: Vec<String>,
}

const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg",
    "button", "template", "select", "figure",
];
const BOILERPLATE_HINTS: &[&str] = &[
    "comment",
    "respond",
    "reply",
    "related",
    "similar",
    "recommended",
    "newsletter",
    "subscribe",
    "social",
    "share",
    "sharing",
    "breadcrumb",
    "sidebar",
    "widget",
    "cookie",
    "advert",
    "promo",
    "popular",
    "menu",
    "footer",
    "header",
    "nav",
    "byline-social",
    "tags",
    "author-bio",
];
const BOILERPLATE_LINES: &[&str] = &[
    "leave a reply",
    "your email address will not be published",
    "similar posts",
    "related posts",
    "share this:",
    "like this:",
    "required fields are marked",
    "post navigation",
    "you may also like",
    "read more",
    "sign up for our newsletter",
    "related articles",
    "advertisement",
];
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "br",
    "tr",
    "blockquote",
    "section",
    "article",
    "main",
    "ul",
    "ol",
    "table",
    "pre",
    "dd",
    "dt",
];

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("valid selector")
}

static ARTICLE: LazyLock<Vec<Selector>> = LazyLock::new(|| {
    ["[itemprop=articleBody]", "article", "main", "[role=main]", "body"]
        .iter()
        .map(|s| sel(s))
        .collect()
});
static META: LazyLock<Selector> = LazyLock::new(|| sel("meta"));
static TITLE: LazyLock<Selector> = LazyLock::new(|| sel("title"));
static H1: LazyLock<Selector> = LazyLock::new(|| sel("h1"));
static TIME: LazyLock<Selector> = LazyLock::new(|| sel("time[datetime]"));
static CANONICAL: LazyLock<Selector> = LazyLock::new(|| sel("link[rel=canonical]"));
static JSON_LD: LazyLock<Selector> = LazyLock::new(|| sel("script[type=\"application/ld+json\"]"));

fn is_boilerplate(el: &ElementRef) -> bool {
    let v = el.value();
    if SKIP_TAGS.contains(&v.name()) {
        return true;
    }
    let marks = format!("{} {}", v.attr("class").unwrap_or(""), v.attr("id").unwrap_or(""))
        .to_ascii_lowercase();
    !marks.trim().is_empty()
        && BOILERPLATE_HINTS.iter().any(|h| {
            marks.split(|c: char| !c.is_ascii_alphanumeric() && c != '-').any(|w| {
                w == *h || w.starts_with(&format!("{h}-")) || w.ends_with(&format!("-{h}"))
            })
        })
}

/// A node of the parsed tree (scraper's `ElementRef` derefs to it), named through scraper so
/// the crate needs no direct dependency on `ego-tree`.
type TreeNode<'a> = <ElementRef<'a> as std::ops::Deref>::Target;

/// One step of the walk: read a node, or close the block element entered earlier.
enum Step<'a> {
    Visit(TreeNode<'a>),
    CloseBlock,
}

/// Collects the text under `root`, with paragraph breaks around block elements. Iterative with
/// an explicit stack: a page nested thousands of elements deep must not overflow the thread's
/// stack (a recursive walk aborted the whole process).
fn walk(root: ElementRef, out: &mut String) {
    let mut stack: Vec<Step> = root.children().rev().map(Step::Visit).collect();
    while let Some(step) = stack.pop() {
        let node = match step {
            Step::CloseBlock => {
                paragraph_break(out);
                continue;
            }
            Step::Visit(node) => node,
        };
        match node.value() {
            Node::Text(t) => {
                let s = t.text.as_ref();
                if !s.trim().is_empty()
                    || (!out.ends_with(' ') && !out.ends_with('\n') && !s.is_empty())
                {
                    push_inline(out, s);
                }
            }
            Node::Element(e) => {
                let Some(child_el) = ElementRef::wrap(node) else { continue };
                if is_boilerplate(&child_el) {
                    continue;
                }
                if BLOCK_TAGS.contains(&e.name()) {
                    paragraph_break(out);
                    stack.push(Step::CloseBlock);
                }
                stack.extend(node.children().rev().map(Step::Visit));
            }
            _ => {}
        }
    }
}

fn push_inline(out: &mut String, s: &str) {
    for c in s.chars() {
        if c.is_whitespace() {
            if !out.is_empty() && !out.ends_with(' ') && !out.ends_with('\n') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
}

fn paragraph_break(out: &mut String) {
    while out.ends_with(' ') {
        out.pop();
    }
    if !out.is_empty() && !out.ends_with("\n\n") {
        if out.ends_with('\n') {
            out.push('\n');
        } else {
            out.push_str("\n\n");
        }
    }
}

/// Drops paragraphs that are comment forms or link lists rather than the article.
fn drop_boilerplate_paragraphs(text: &str) -> String {
    let mut out = Vec::new();
    for para in text.split("\n\n") {
        let p = para.trim();
        if p.is_empty() {
            continue;
        }
        let lower = p.to_lowercase();
        if BOILERPLATE_LINES.iter().any(|b| lower.starts_with(b)) {
            continue;
        }
        out.push(p);
    }
    out.join("\n\n")
}

fn meta_content(doc: &Html, keys: &[&str]) -> Option<String> {
    for key in keys {
        for m in doc.select(&META) {
            let v = m.value();
            let name = v.attr("property").or(v.attr("name")).or(v.attr("itemprop")).unwrap_or("");
            if name.eq_ignore_ascii_case(key) {
                if let Some(c) = v.attr("content").map(str::trim).filter(|c| !c.is_empty()) {
                    return Some(c.to_string());
                }
            }
        }
    }
    None
}

fn json_ld(doc: &Html, key: &str) -> Option<String> {
    for s in doc.select(&JSON_LD) {
        let raw: String = s.text().collect();
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&raw) else { continue };
        let items = match &v {
            serde_json::Value::Array(a) => a.clone(),
            other => vec![other.clone()],
        };
        for item in items {
            match item.get(key) {
                Some(serde_json::Value::String(s)) => return Some(s.clone()),
                Some(obj) => {
                    if let Some(n) = obj.get("name").and_then(|n| n.as_str()) {
                        return Some(n.to_string());
                    }
                }
                None => {}
            }
        }
    }
    None
}

fn host(url: &str) -> Option<String> {
    let rest = url.split("://").nth(1)?;
    let host = rest.split(['/', '?', '#']).next()?;
    Some(host.trim_start_matches("www.").to_string()).filter(|h| !h.is_empty())
}

/// Cleans one HTML page; `origin` names it in warnings. A page over `limits` is read by the
/// linear reader (text and title only) with a warning saying which limit it hit.
pub fn clean(html: &str, origin: &str, limits: Limits) -> Page {
    if let Err(exceeded) = budget::check(html, limits) {
        let (text, title) = flat::read(html);
        return Page {
            text: drop_boilerplate_paragraphs(&text),
            title,
            publisher: None,
            published: None,
            url: None,
            warnings: vec![format!(
                "{origin}: HTML read as plain text without its structure: {exceeded}"
            )],
        };
    }
    let doc = Html::parse_document(html);
    let mut text = String::new();
    for s in ARTICLE.iter() {
        if let Some(root) = doc.select(s).next() {
            walk(root, &mut text);
            if text.split_whitespace().count() > 20 || s == ARTICLE.last().unwrap() {
                break;
            }
            text.clear();
        }
    }
    let text = drop_boilerplate_paragraphs(&text);
    let site = meta_content(&doc, &["og:site_name", "application-name"])
        .or_else(|| json_ld(&doc, "publisher"));
    let mut title = meta_content(&doc, &["og:title", "twitter:title"])
        .or_else(|| {
            doc.select(&TITLE).next().map(|t| t.text().collect::<String>().trim().to_string())
        })
        .or_else(|| doc.select(&H1).next().map(|t| t.text().collect::<String>().trim().to_string()))
        .filter(|t| !t.is_empty());
    if let (Some(t), Some(s)) = (&title, &site) {
        for sep in [" | ", " - ", " – ", " — "] {
            if let Some(stripped) = t.strip_suffix(&format!("{sep}{s}")) {
                title = Some(stripped.to_string());
                break;
            }
        }
    }
    let url = doc
        .select(&CANONICAL)
        .next()
        .and_then(|l| l.value().attr("href").map(str::to_string))
        .or_else(|| meta_content(&doc, &["og:url"]));
    let published = meta_content(
        &doc,
        &[
            "article:published_time",
            "og:published_time",
            "datePublished",
            "pubdate",
            "publishdate",
            "date",
            "DC.date",
            "dc.date.issued",
            "sailthru.date",
        ],
    )
    .or_else(|| json_ld(&doc, "datePublished"))
    .or_else(|| {
        doc.select(&TIME).next().and_then(|t| t.value().attr("datetime").map(str::to_string))
    })
    .and_then(|d| meta::normalise_date(&d))
    .or_else(|| text.lines().take(6).filter(|l| l.len() < 160).find_map(meta::find_date))
    .or_else(|| url.as_deref().and_then(meta::url_date));
    let publisher = site.or_else(|| url.as_deref().and_then(host));
    Page { text, title, publisher, published, url, warnings: Vec::new() }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMITS: Limits = Limits { max_depth: 100_000, max_attributes: 256 };

    const PAGE: &str = r#"<!doctype html><html><head>
<title>Militants pledge allegiance | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2015-03-08T10:00:00Z">
<link rel="canonical" href="https://news.example.org/2015/03/08/pledge">
<script>var tracking = "Leave a Reply";</script>
</head><body>
<nav class="main-menu"><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="share-bar">Share this: Twitter Facebook</div>
<article><h1>Militants pledge allegiance</h1>
<p>Boko Haram pledged allegiance to the Islamic State in an audio message.</p>
<p>The group's leader spoke for   eight minutes.</p></article>
<div id="comments"><h3>Leave a Reply</h3><form>Your email address will not be published.</form></div>
<aside class="related-posts">Similar Posts: Another story</aside>
<footer>Copyright</footer></body></html>"#;

    #[test]
    fn keeps_the_article_and_drops_boilerplate() {
        let p = clean(PAGE, "page", LIMITS);
        assert!(p
            .text
            .contains("Boko Haram pledged allegiance to the Islamic State in an audio message."));
        assert!(p.text.contains("The group's leader spoke for eight minutes."));
        for junk in
            ["Leave a Reply", "Share this", "Similar Posts", "Home", "Copyright", "tracking"]
        {
            assert!(!p.text.contains(junk), "{junk} should be gone: {}", p.text);
        }
        assert_eq!(p.title.as_deref(), Some("Militants pledge allegiance"));
        assert_eq!(p.publisher.as_deref(), Some("Example News"));
        assert_eq!(p.published.as_deref(), Some("2015-03-08"));
    }

    #[test]
    fn date_from_url_when_the_page_states_none() {
        let p = clean(
            r#"<html><head><link rel="canonical" href="https://x.org/2014/09/25/story"></head><body><p>Text of the story is here and it is long enough.</p></body></html>"#,
            "page",
            LIMITS,
        );
        assert_eq!(p.published.as_deref(), Some("2014-09-25"));
        assert_eq!(p.publisher.as_deref(), Some("x.org"));
    }

    /// The walk keeps its own stack: 5,000 nested elements on a 256 KiB thread stack (a
    /// recursive walk overflowed here and aborted the process).
    #[test]
    fn deep_nesting_within_the_budget_is_walked_without_recursion() {
        let depth = 5_000;
        let page = format!(
            "<html><body>{}deep text{}<p>after</p></body></html>",
            "<div><span>".repeat(depth),
            "</span></div>".repeat(depth)
        );
        let p = std::thread::Builder::new()
            .stack_size(256 << 10)
            .spawn(move || clean(&page, "deep.html", LIMITS))
            .unwrap()
            .join()
            .expect("the walk does not overflow the stack");
        assert_eq!(p.text, "deep text\n\nafter");
        assert!(p.warnings.is_empty());
    }

    #[test]
    fn a_page_over_the_budget_is_read_as_text_with_a_warning() {
        let page = format!("<title>Deep</title><body>{}deep text", "<div><span><b>".repeat(50));
        let p = clean(&page, "deep.html", Limits { max_depth: 100, max_attributes: 256 });
        assert_eq!(p.text, "deep text");
        assert_eq!(p.title.as_deref(), Some("Deep"));
        assert_eq!(
            p.warnings,
            vec![
                "deep.html: HTML read as plain text without its structure: more than 100 \
                  elements open at once (nested or unclosed)"
            ]
        );
    }
}
