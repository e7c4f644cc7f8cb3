//! A linear, forgiving HTML tag scanner: no tree, no recursion, constant work per byte. It
//! measures a page before the real parser sees it (see `budget`) and reads pages refused by
//! the budget (see `flat`).

/// One piece of a page, in document order.
#[derive(Debug, PartialEq)]
pub enum Token<'a> {
    /// Text between tags (entities not decoded).
    Text(&'a str),
    /// The content of a raw-text element (`script`, `style`, `title`, ...), never markup.
    Raw(&'a str),
    /// A start tag: its name as written and how many attributes it carries.
    Open { name: &'a str, attributes: usize },
    /// An end tag, by name as written.
    Close(&'a str),
}

/// Elements whose content the HTML tokenizer reads as text up to their end tag.
const RAW_TEXT: &[&str] =
    &["script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes", "noscript"];

/// Tokens of `html`, in order.
pub fn tokens(html: &str) -> Tokens<'_> {
    Tokens { html, at: 0, raw_until: None }
}

pub struct Tokens<'a> {
    html: &'a str,
    at: usize,
    /// Set after a raw-text start tag: the element whose end tag closes the raw text.
    raw_until: Option<&'a str>,
}

fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b':' || b == b'_'
}

/// The position of `</name` (any case) at or after `from`, or the end of `s`.
fn find_end_tag(s: &str, from: usize, name: &str) -> usize {
    let bytes = s.as_bytes();
    let mut i = from;
    while let Some(p) = s[i..].find("</") {
        let start = i + p;
        let after = start + 2;
        let end = after + name.len();
        if end <= bytes.len()
            && bytes[after..end].eq_ignore_ascii_case(name.as_bytes())
            && bytes.get(end).is_none_or(|&b| !is_name_byte(b))
        {
            return start;
        }
        i = after;
    }
    s.len()
}

impl<'a> Tokens<'a> {
    /// Reads a tag's attributes from `i` (just after its name) to its `>`; returns how many
    /// and where the tag ends.
    fn attributes(&self, mut i: usize) -> (usize, usize) {
        let b = self.html.as_bytes();
        let mut count = 0;
        loop {
            while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
                i += 1;
            }
            if i >= b.len() {
                return (count, b.len());
            }
            if b[i] == b'>' {
                return (count, i + 1);
            }
            count += 1;
            while i < b.len() && !b[i].is_ascii_whitespace() && !matches!(b[i], b'=' | b'>' | b'/')
            {
                i += 1;
            }
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if i < b.len() && b[i] == b'=' {
                i += 1;
                while i < b.len() && b[i].is_ascii_whitespace() {
                    i += 1;
                }
                match b.get(i) {
                    Some(&q) if q == b'"' || q == b'\'' => {
                        i = self.html[i + 1..].find(q as char).map_or(b.len(), |p| i + 1 + p + 1);
                    }
                    _ => {
                        while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                            i += 1;
                        }
                    }
                }
            }
        }
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        let html = self.html;
        let b = html.as_bytes();
        if let Some(name) = self.raw_until.take() {
            let end = find_end_tag(html, self.at, name);
            let raw = &html[self.at..end];
            self.at = end;
            if !raw.is_empty() {
                return Some(Token::Raw(raw));
            }
        }
        loop {
            if self.at >= b.len() {
                return None;
            }
            let start = self.at;
            let Some(p) = html[start..].find('<') else {
                self.at = b.len();
                return Some(Token::Text(&html[start..]));
            };
            let lt = start + p;
            if lt > start {
                self.at = lt;
                return Some(Token::Text(&html[start..lt]));
            }
            let rest = &html[lt..];
            if let Some(comment) = rest.strip_prefix("<!--") {
                self.at = comment.find("-->").map_or(b.len(), |e| lt + 4 + e + 3);
                continue;
            }
            let next = b.get(lt + 1).copied();
            if matches!(next, Some(b'!') | Some(b'?')) {
                self.at = rest.find('>').map_or(b.len(), |e| lt + e + 1);
                continue;
            }
            let (closing, name_at) =
                if next == Some(b'/') { (true, lt + 2) } else { (false, lt + 1) };
            if !b.get(name_at).is_some_and(u8::is_ascii_alphabetic) {
                // A `<` that opens no tag is text.
                self.at = lt + 1;
                return Some(Token::Text(&html[lt..lt + 1]));
            }
            let mut name_end = name_at;
            while name_end < b.len() && is_name_byte(b[name_end]) {
                name_end += 1;
            }
            let name = &html[name_at..name_end];
            if closing {
                self.at = html[name_end..].find('>').map_or(b.len(), |e| name_end + e + 1);
                return Some(Token::Close(name));
            }
            let (attributes, end) = self.attributes(name_end);
            self.at = end;
            if RAW_TEXT.iter().any(|r| r.eq_ignore_ascii_case(name)) {
                self.raw_until = Some(name);
            }
            return Some(Token::Open { name, attributes });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_text_comments_and_raw_text() {
        let got: Vec<Token> = tokens(
            "<p class=\"a>b\" id=x hidden>Hi &amp; <!-- <b> --> a < b</p><script>if (a<b) x()</script>",
        )
        .collect();
        assert_eq!(
            got,
            vec![
                Token::Open { name: "p", attributes: 3 },
                Token::Text("Hi &amp; "),
                Token::Text(" a "),
                Token::Text("<"),
                Token::Text(" b"),
                Token::Close("p"),
                Token::Open { name: "script", attributes: 0 },
                Token::Raw("if (a<b) x()"),
                Token::Close("script"),
            ]
        );
    }

    #[test]
    fn an_unterminated_tag_or_comment_ends_the_page() {
        assert_eq!(tokens("a<!-- never closed").count(), 1);
        assert_eq!(
            tokens("<div a=\"open").collect::<Vec<_>>(),
            vec![Token::Open { name: "div", attributes: 1 }]
        );
    }
}
