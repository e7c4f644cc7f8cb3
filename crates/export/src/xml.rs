//! What GraphML and GEXF share: text made safe for XML 1.0, and the node and edge attributes both
//! carry (same names, same values), so a Gephi user sees the same columns whichever file they open.

use std::borrow::Cow;

use crate::model::{ExportModel, ModelEntity, ModelFact};

/// `s` without the characters XML 1.0 cannot hold (control characters other than tab, line feed
/// and carriage return; U+FFFE, U+FFFF). Articles carry such bytes now and then, and one would
/// make the whole file unreadable.
pub fn clean(s: &str) -> Cow<'_, str> {
    let allowed = |c: char| !matches!(c, '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}');
    if s.chars().all(allowed) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.chars().filter(|&c| allowed(c)).collect())
    }
}

/// The type of an attribute, named as GraphML (`attr.type`) and GEXF (`type`) name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttrType {
    Text,
    Int,
    Double,
    Bool,
}

impl AttrType {
    pub fn graphml(self) -> &'static str {
        match self {
            AttrType::Text => "string",
            AttrType::Int => "int",
            AttrType::Double => "double",
            AttrType::Bool => "boolean",
        }
    }

    pub fn gexf(self) -> &'static str {
        match self {
            AttrType::Text => "string",
            AttrType::Int => "integer",
            AttrType::Double => "double",
            AttrType::Bool => "boolean",
        }
    }
}

pub const NODE_ATTRS: &[(&str, AttrType)] = &[
    ("kind", AttrType::Text),
    ("subkind", AttrType::Text),
    ("kb", AttrType::Text),
    ("former_name", AttrType::Bool),
    ("aliases", AttrType::Text),
    ("former_names", AttrType::Text),
    ("country", AttrType::Text),
    ("latitude", AttrType::Double),
    ("longitude", AttrType::Double),
    ("documents", AttrType::Int),
];

/// `attributed_to` rather than `source`: Gephi's edge table has its own Source column.
pub const EDGE_ATTRS: &[(&str, AttrType)] = &[
    ("relation", AttrType::Text),
    ("polarity", AttrType::Text),
    ("attributed_to", AttrType::Text),
    ("start", AttrType::Text),
    ("end", AttrType::Text),
    ("attrs", AttrType::Text),
    ("evidence", AttrType::Text),
    ("document", AttrType::Text),
    ("title", AttrType::Text),
    ("publisher", AttrType::Text),
    ("published", AttrType::Text),
    ("url", AttrType::Text),
];

/// Names joined for one cell; "; " does not occur in the names we store.
pub fn join(names: &[&str]) -> String {
    names.join("; ")
}

/// A node's attribute values, in [`NODE_ATTRS`] order (absent ones as `None`).
pub fn node_values(e: &ModelEntity) -> Vec<Option<String>> {
    let aliases = e.aliases();
    let formers: Vec<&str> = e.former_names.iter().map(String::as_str).collect();
    let coords = e.coordinates();
    vec![
        Some(e.row.kind.to_string()),
        e.subkind.clone(),
        e.row.kb.clone(),
        Some(e.row.former_name.to_string()),
        (!aliases.is_empty()).then(|| join(&aliases)),
        (!formers.is_empty()).then(|| join(&formers)),
        e.country.clone(),
        coords.map(|(lat, _)| lat.to_string()),
        coords.map(|(_, lon)| lon.to_string()),
        Some(e.row.document_ids.len().to_string()),
    ]
}

/// An edge's attribute values, in [`EDGE_ATTRS`] order.
pub fn edge_values(m: &ExportModel, f: &ModelFact) -> Vec<Option<String>> {
    let d = &m.document(f).row.header;
    vec![
        Some(f.row.fact_type.to_string()),
        Some(f.row.polarity.to_string()),
        f.row.source.clone(),
        f.start().map(|d| d.to_string()),
        f.end().map(|d| d.to_string()),
        f.attrs_json(),
        Some(f.row.evidence.text.clone()),
        Some(d.doc.clone()),
        d.title.clone(),
        d.publisher.clone(),
        d.published.clone(),
        d.url.clone(),
    ]
}

/// The facts that are edges: those with an object. (Objectless facts, an attack with no named
/// target or a strength estimate with no place, have no second node.)
pub fn edges(m: &ExportModel) -> impl Iterator<Item = (&ModelFact, &ModelEntity, &ModelEntity)> {
    m.facts.iter().filter_map(move |f| m.object(f).map(|o| (f, m.subject(f), o)))
}

/// A GEXF date (`YYYY-MM-DD`) for the start of a fact's period.
pub fn gexf_start(f: &ModelFact) -> Option<String> {
    f.start().map(|p| crate::time::day(p.first_day()))
}

/// A GEXF date for the end of a fact's period; none before its start.
pub fn gexf_end(f: &ModelFact) -> Option<String> {
    let end = f.end()?.last_day();
    let start = f.start().map(|p| p.first_day());
    (start.is_none_or(|s| s <= end)).then(|| crate::time::day(end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_drops_what_xml_cannot_hold() {
        assert_eq!(clean("a\u{1}b\tc\nd\u{FFFF}"), "ab\tc\nd");
        assert!(matches!(clean("plain"), Cow::Borrowed(_)));
    }
}
