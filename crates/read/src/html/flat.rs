//! The linear reader for pages over the budget: text between tags, paragraph breaks at block
//! tags, boilerplate elements with raw text (scripts, styles) left out. No tree is built, so
//! no shape of page costs more than a pass over its bytes.

use super::scan::{tokens, Token};
use super::{paragraph_break, push_inline, BLOCK_TAGS};

/// The page's text and its `<title>`.
pub fn read(html: &str) -> (String, Option<String>) {
    let mut text = String::new();
    let mut title = None;
    let mut in_title = false;
    for token in tokens(html) {
        match token {
            Token::Open { name, .. } => {
                in_title = name.eq_ignore_ascii_case("title");
                if is_block(name) {
                    paragraph_break(&mut text);
                }
            }
            Token::Close(name) => {
                if is_block(name) {
                    paragraph_break(&mut text);
                }
            }
            Token::Raw(raw) => {
                if in_title && title.is_none() {
                    let t = decode_entities(raw).split_whitespace().collect::<Vec<_>>().join(" ");
                    title = Some(t).filter(|t| !t.is_empty());
                }
            }
            Token::Text(t) => push_inline(&mut text, &decode_entities(t)),
        }
    }
    (text, title)
}

fn is_block(name: &str) -> bool {
    BLOCK_TAGS.iter().any(|b| b.eq_ignore_ascii_case(name))
}

/// Decodes the common named entities and numeric references; others stay as written.
fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest[1..].find(|c: char| !c.is_ascii_alphanumeric() && c != '#').map(|e| e + 1);
        let decoded = end.filter(|&e| rest.as_bytes().get(e) == Some(&b';')).and_then(|e| {
            let name = &rest[1..e];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => {
                    let number = name.strip_prefix('#')?;
                    let code = match number.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => number.parse().ok()?,
                    };
                    char::from_u32(code)
                }
            }?;
            Some((c, e + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_paragraphs_title_and_entities() {
        let (text, title) = read(
            "<title>A &amp; B</title><script>var x = '<p>no</p>';</script>\
             <div><span><b>First &lt;para&gt;</b></span></div><p>Second&#160;one &#x41; &bogus;",
        );
        assert_eq!(text, "First <para>\n\nSecond one A &bogus;");
        assert_eq!(title.as_deref(), Some("A & B"));
    }
}
