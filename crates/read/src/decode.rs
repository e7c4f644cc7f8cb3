//! Bytes to text: binary detection and lossy UTF-8 repair that reports where it happened.

/// Whether the bytes look like a binary file rather than text.
pub fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let control =
        head.iter().filter(|&&b| b < 0x09 || (0x0e..0x20).contains(&b) || b == 0x7f).count();
    !head.is_empty() && control * 10 > head.len() * 3
}

/// Decodes UTF-8, replacing invalid sequences; the warning names the first bad byte offset.
pub fn to_text(bytes: Vec<u8>, origin: &str) -> (String, Option<String>) {
    match String::from_utf8(bytes) {
        Ok(s) => (strip_bom(s), None),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let n = text.matches('\u{FFFD}').count();
            (
                strip_bom(text),
                Some(format!("{origin}: invalid UTF-8 at byte {at} repaired ({n} replacement(s))")),
            )
        }
    }
}

fn strip_bom(s: String) -> String {
    match s.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => s,
    }
}
