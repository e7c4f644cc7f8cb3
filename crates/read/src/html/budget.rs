//! The work budget of one page, measured before parsing. html5ever's tree builder does work
//! per tag that grows with the depth of open elements (scope checks walk the stack) and per
//! attribute that grows with the attributes already on the tag (duplicate checks), so 100,000
//! nested or unclosed elements, or 300,000 attributes on one tag, take minutes. A linear scan
//! finds such pages first; they are read by the linear `flat` reader instead.

use super::scan::{tokens, Token};
use std::collections::HashMap;

/// The limits of one page.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub max_depth: usize,
    pub max_attributes: usize,
}

/// The first limit a page goes over.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Exceeded {
    /// Elements open at once (nested, or never closed) went over the limit.
    Depth { limit: usize },
    /// One tag carries more attributes than the limit.
    Attributes { count: usize, limit: usize },
}

impl std::fmt::Display for Exceeded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Exceeded::Depth { limit } => {
                write!(f, "more than {limit} elements open at once (nested or unclosed)")
            }
            Exceeded::Attributes { count, limit } => {
                write!(f, "a tag with {count} attributes (limit {limit})")
            }
        }
    }
}

/// Elements with no content, never left open.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];
/// Elements the tree builder closes by itself when a sibling starts, so pages often leave
/// them unclosed; counting them open would measure sloppy pages as deep ones.
const OPTIONAL_END: &[&str] = &[
    "html", "head", "body", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot",
    "option", "optgroup", "colgroup", "caption", "rb", "rt", "rp", "rtc",
];

/// Checks `html` against `limits` in one pass. The depth is the stack of open elements as the
/// tags state it: an end tag closes the innermost open element of its name and those inside
/// it, and an end tag matching nothing open closes nothing.
pub fn check(html: &str, limits: Limits) -> Result<(), Exceeded> {
    let mut open: Vec<String> = Vec::new();
    let mut open_by_name: HashMap<String, usize> = HashMap::new();
    for token in tokens(html) {
        match token {
            Token::Open { name, attributes } => {
                if attributes > limits.max_attributes {
                    return Err(Exceeded::Attributes {
                        count: attributes,
                        limit: limits.max_attributes,
                    });
                }
                let name = name.to_ascii_lowercase();
                if VOID.contains(&name.as_str()) || OPTIONAL_END.contains(&name.as_str()) {
                    continue;
                }
                *open_by_name.entry(name.clone()).or_default() += 1;
                open.push(name);
                if open.len() > limits.max_depth {
                    return Err(Exceeded::Depth { limit: limits.max_depth });
                }
            }
            Token::Close(name) => {
                let name = name.to_ascii_lowercase();
                if open_by_name.get(&name).is_some_and(|&n| n > 0) {
                    while let Some(top) = open.pop() {
                        let n = open_by_name.get_mut(&top).expect("every open name is counted");
                        *n -= 1;
                        if top == name {
                            break;
                        }
                    }
                }
            }
            Token::Text(_) | Token::Raw(_) => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMITS: Limits = Limits { max_depth: 10, max_attributes: 5 };

    #[test]
    fn ordinary_pages_pass() {
        let page = "<html><body><div><p>a<p>b<ul><li>c<li>d</ul><br><img src=x></div>".repeat(50);
        assert_eq!(check(&page, LIMITS), Ok(()));
    }

    #[test]
    fn deep_unclosed_or_attribute_heavy_pages_are_caught() {
        assert_eq!(check(&"<div>".repeat(11), LIMITS), Err(Exceeded::Depth { limit: 10 }));
        assert_eq!(check(&"<div><span><b>".repeat(4), LIMITS), Err(Exceeded::Depth { limit: 10 }));
        // End tags that match nothing open do not make room.
        assert_eq!(check(&"<div></span>".repeat(11), LIMITS), Err(Exceeded::Depth { limit: 10 }));
        assert_eq!(
            check("<p a b c d e f>", LIMITS),
            Err(Exceeded::Attributes { count: 6, limit: 5 })
        );
        assert_eq!(check(&"<div><b>x</b></div>".repeat(100), LIMITS), Ok(()));
    }
}
