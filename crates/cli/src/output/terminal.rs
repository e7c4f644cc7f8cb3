//! Text from articles made safe to print on a terminal.
//!
//! Titles, quotes, names and publishers come from files nobody checked: an escape sequence in
//! them would reach the terminal and could set its title, clear the screen or write the
//! clipboard (OSC 52). Every table and block the command line prints for people passes its
//! article-derived text through [`printable`]; JSON and CSV keep the text as it is, escaped as
//! those formats require.

use std::borrow::Cow;

/// `s` without control characters: C0 (but tab and line feed, which layouts use), DEL and C1.
/// Dropping ESC (and the C1 CSI/OSC introducers) is what disarms escape sequences: what is left
/// of one is plain printable text.
pub fn printable(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.chars().filter(|&c| !is_unsafe(c)).collect())
}

/// Whether `c` is a control character a terminal may act on.
fn is_unsafe(c: char) -> bool {
    c.is_control() && c != '\t' && c != '\n'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_lose_their_escape_and_plain_text_is_kept() {
        let hostile = "IS \x1b]0;pwned\x07title \x1b[2Jclear \x1b]52;c;aGk=\x07clip \u{9b}31m";
        let clean = printable(hostile);
        assert!(!clean.chars().any(char::is_control), "{clean:?}");
        assert_eq!(clean, "IS ]0;pwnedtitle [2Jclear ]52;c;aGk=clip 31m");
        assert_eq!(printable("a\tb\nc\u{7f}d\re"), "a\tb\ncde");
        assert!(matches!(printable("al-Qaïda — “quoted”"), Cow::Borrowed(_)));
    }
}
