//! Stable ids for exported objects, derived from what identifies them across databases (entity
//! keys, content hashes, a fact's own fields) rather than from row numbers, so that the same
//! articles give the same ids whatever order they were ingested in.
//!
//! Every id is ASCII `[a-z0-9-]`, which FollowTheMoney, XML and STIX all accept as is.

use allegiance_model::PartialDate;
use allegiance_store::{DumpEntity, FactRow};
use sha2::{Digest, Sha256};
use uuid::Uuid;

/// The namespace of allegiance's UUIDv5 STIX ids (chosen once, at random; never change it, or every
/// exported STIX id changes).
const STIX_NAMESPACE: Uuid = Uuid::from_u128(0x06a38880_f7b6_4a45_82fb_a92e48027918);

fn hex(bytes: &[u8], chars: usize) -> String {
    bytes
        .iter()
        .flat_map(|b| [b >> 4, b & 15])
        .take(chars)
        .map(|n| char::from_digit(n as u32, 16).unwrap())
        .collect()
}

fn digest(parts: &[&str]) -> [u8; 32] {
    let mut h = Sha256::new();
    for p in parts {
        // Length-prefixed, so that ("ab", "c") and ("a", "bc") differ.
        h.update((p.len() as u64).to_le_bytes());
        h.update(p.as_bytes());
    }
    h.finalize().into()
}

/// Lower-case ASCII letters and digits, runs of anything else as one hyphen.
fn slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_string()
}

/// `kb-<kb id>` for a knowledge-base entity under its current name; otherwise the kind, a readable
/// slug of the name (cut at 48 characters) and 8 hex digits of the key's hash, which keeps two
/// names that slug alike apart.
pub fn entity_id(e: &DumpEntity) -> String {
    if let Some(kb) = e.kb.as_deref().filter(|_| !e.former_name) {
        let s = slug(kb);
        if !s.is_empty() && s == kb {
            return format!("kb-{s}");
        }
    }
    let mut name = slug(&e.name);
    if name.len() > 48 {
        name.truncate(48);
        name = name.trim_end_matches('-').to_string();
    }
    let kind = slug(e.kind.as_str());
    let hash = hex(&digest(&[&e.key]), 8);
    match (e.kb.as_deref(), name.is_empty()) {
        (Some(kb), false) => format!("kb-{}-former-{name}-{hash}", slug(kb)),
        (Some(kb), true) => format!("kb-{}-former-{hash}", slug(kb)),
        (None, false) => format!("{kind}-{name}-{hash}"),
        (None, true) => format!("{kind}-{hash}"),
    }
}

/// `doc-` and the first 16 hex digits of the article's content hash.
pub fn document_id(content_hash: &str) -> String {
    let h = slug(content_hash);
    if h.len() >= 16 {
        format!("doc-{}", &h[..16])
    } else {
        format!("doc-{}", hex(&digest(&[content_hash]), 16))
    }
}

/// `fact-` and 16 hex digits of a hash over everything the fact states and where: its type, the
/// keys of its subject and object, the article's content hash, the evidence span, polarity,
/// source, time and attributes.
pub fn fact_id(
    f: &FactRow,
    subject_key: &str,
    object_key: Option<&str>,
    content_hash: &str,
) -> String {
    let bound = |d: Option<PartialDate>| d.map(|d| d.to_string()).unwrap_or_default();
    let when = f.when.as_ref().map(|w| format!("{}/{}", bound(w.start), bound(w.end)));
    let span = format!("{}..{}", f.evidence.start, f.evidence.end);
    let attrs = serde_json::to_string(&f.attrs).expect("fact attributes serialise to JSON");
    let d = digest(&[
        f.fact_type.as_str(),
        subject_key,
        object_key.unwrap_or(""),
        content_hash,
        &span,
        f.polarity.as_str(),
        f.source.as_deref().unwrap_or(""),
        when.as_deref().unwrap_or(""),
        &attrs,
    ]);
    format!("fact-{}", hex(&d, 16))
}

/// A STIX identifier: `<type>--<UUIDv5 of the export id in allegiance's namespace>`.
pub fn stix_id(stix_type: &str, export_id: &str) -> String {
    format!("{stix_type}--{}", Uuid::new_v5(&STIX_NAMESPACE, export_id.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(key: &str, kind: &str, name: &str, kb: Option<&str>, former: bool) -> DumpEntity {
        DumpEntity {
            id: 1,
            key: key.into(),
            kind: allegiance_model::EntityKind::parse(kind).unwrap(),
            name: name.into(),
            kb: kb.map(str::to_string),
            former_name: former,
            aliases: vec![],
            document_ids: vec![1],
            first_seen: None,
            merged: Vec::new(),
        }
    }

    #[test]
    fn entity_ids_are_readable_and_keep_similar_names_apart() {
        assert_eq!(
            entity_id(&entity(
                "kb:islamic-state",
                "group",
                "Islamic State",
                Some("islamic-state"),
                false
            )),
            "kb-islamic-state"
        );
        let former = entity_id(&entity(
            "kb:islamic-state@al qaeda in iraq",
            "group",
            "al-Qaeda in Iraq",
            Some("islamic-state"),
            true,
        ));
        assert!(former.starts_with("kb-islamic-state-former-al-qaeda-in-iraq-"), "{former}");
        let a = entity_id(&entity("group:ansar al din", "group", "Ansar al-Din", None, false));
        let b = entity_id(&entity("group:ansar aldin", "group", "Ansar al Din", None, false));
        assert!(a.starts_with("group-ansar-al-din-"), "{a}");
        assert_ne!(a, b);
        // A name in a script slugs to nothing: the hash alone.
        let arabic = entity_id(&entity("group:جبهة النصرة", "group", "جبهة النصرة", None, false));
        assert!(arabic.starts_with("group-") && arabic.len() == "group-".len() + 8, "{arabic}");
        for id in [&a, &b, &arabic, &former] {
            assert!(
                id.bytes().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-'),
                "{id}"
            );
        }
    }

    #[test]
    fn stix_ids_are_uuid_v5_and_stable() {
        let id = stix_id("threat-actor", "kb-islamic-state");
        assert_eq!(id, stix_id("threat-actor", "kb-islamic-state"));
        assert_ne!(id, stix_id("threat-actor", "kb-al-qaeda"));
        let uuid = Uuid::parse_str(id.strip_prefix("threat-actor--").unwrap()).unwrap();
        assert_eq!(uuid.get_version_num(), 5);
    }
}
