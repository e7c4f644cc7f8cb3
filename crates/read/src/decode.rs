//! Bytes to text: binary detection, UTF-16 with a byte-order mark, and lossy UTF-8 repair that
//! reports where it happened.

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

/// Decodes UTF-16 text that starts with a byte-order mark (LE `FF FE` or BE `FE FF`); `None`
/// when there is no such mark. Its NUL bytes would otherwise make it look binary. Unpaired
/// surrogates and an odd last byte are replaced, with a warning naming the first place.
pub fn utf16_with_bom(bytes: &[u8], origin: &str) -> Option<(String, Option<String>)> {
    let big_endian = match bytes {
        [0xFF, 0xFE, ..] => false,
        [0xFE, 0xFF, ..] => true,
        _ => return None,
    };
    let body = &bytes[2..];
    let units = body.chunks_exact(2).map(|pair| {
        let pair = [pair[0], pair[1]];
        if big_endian {
            u16::from_be_bytes(pair)
        } else {
            u16::from_le_bytes(pair)
        }
    });
    let mut text = String::with_capacity(body.len() / 2);
    let mut first_bad = None;
    let mut bad = 0usize;
    let mut at = 2usize;
    for unit in char::decode_utf16(units) {
        match unit {
            Ok(c) => {
                text.push(c);
                at += 2 * c.len_utf16();
            }
            Err(_) => {
                text.push('\u{FFFD}');
                first_bad.get_or_insert(at);
                bad += 1;
                at += 2;
            }
        }
    }
    if body.len() % 2 == 1 {
        text.push('\u{FFFD}');
        first_bad.get_or_insert(bytes.len() - 1);
        bad += 1;
    }
    let encoding = if big_endian { "UTF-16BE" } else { "UTF-16LE" };
    let warning = first_bad.map(|offset| {
        format!("{origin}: invalid {encoding} at byte {offset} repaired ({bad} replacement(s))")
    });
    Some((text, warning))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
        let mut bytes = if big_endian { vec![0xFE, 0xFF] } else { vec![0xFF, 0xFE] };
        for unit in text.encode_utf16() {
            bytes.extend(if big_endian { unit.to_be_bytes() } else { unit.to_le_bytes() });
        }
        bytes
    }

    #[test]
    fn utf16_with_a_byte_order_mark_decodes_either_way() {
        for big_endian in [false, true] {
            let (text, warning) =
                utf16_with_bom(&utf16("Boko Haram — 𝔸", big_endian), "f").unwrap();
            assert_eq!(text, "Boko Haram — 𝔸");
            assert_eq!(warning, None);
        }
        assert_eq!(utf16_with_bom(b"plain", "f"), None);
    }

    #[test]
    fn broken_utf16_is_repaired_with_a_warning() {
        let mut bytes = utf16("ab", false);
        bytes.extend([0x00, 0xD8]); // a lone high surrogate
        bytes.extend([0x63, 0x00, 0x64]); // 'c' and an odd last byte
        let (text, warning) = utf16_with_bom(&bytes, "f.txt").unwrap();
        assert_eq!(text, "ab\u{FFFD}c\u{FFFD}");
        assert_eq!(
            warning.as_deref(),
            Some("f.txt: invalid UTF-16LE at byte 6 repaired (2 replacement(s))")
        );
    }
}
