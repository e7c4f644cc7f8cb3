//! Shared helpers: the built-in knowledge base, and fact lookup by entity names.
#![allow(dead_code)]

use allegiance_extract::normalize::norm_name;
use allegiance_extract::{DocMeta, Extraction, Extractor};
use allegiance_kb::Kb;
use std::sync::OnceLock;

pub fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(|| Extractor::new(&Kb::builtin().expect("built-in KB loads")))
}

pub fn extract(text: &str) -> Extraction {
    extractor().extract(text, &DocMeta::default())
}

pub fn extract_published(text: &str, published: &str) -> Extraction {
    extractor().extract(text, &DocMeta { published: Some(published.into()), publisher: None })
}

/// Whether entity `id` goes by `name` (its canonical name or any surface form).
pub fn named(r: &Extraction, id: &str, name: &str) -> bool {
    let want = norm_name(name);
    r.entity(id).is_some_and(|e| {
        std::iter::once(&e.name).chain(e.mentions.iter()).any(|n| norm_name(n) == want)
    })
}

pub fn has_fact(r: &Extraction, fact_type: &str, subject: &str, object: &str) -> bool {
    let holds = |f: &allegiance_extract::Fact, s: &str, o: &str| {
        named(r, &f.subject, s)
            && (o.is_empty() || f.object.as_deref().is_some_and(|x| named(r, x, o)))
    };
    r.facts.iter().any(|f| {
        f.fact_type.as_str() == fact_type
            && (holds(f, subject, object)
                || (f.fact_type.is_symmetric() && holds(f, object, subject)))
    })
}

pub fn fact<'a>(
    r: &'a Extraction,
    fact_type: &str,
    subject: &str,
) -> Option<&'a allegiance_extract::Fact> {
    r.facts.iter().find(|f| f.fact_type.as_str() == fact_type && named(r, &f.subject, subject))
}

pub fn lacks_type(r: &Extraction, fact_type: &str) -> bool {
    !r.facts.iter().any(|f| f.fact_type.as_str() == fact_type)
}

pub fn describe(r: &Extraction) -> String {
    let name = |id: &str| r.entity(id).map(|e| e.name.clone()).unwrap_or_else(|| id.to_string());
    r.facts
        .iter()
        .map(|f| {
            format!(
                "{}({}, {})",
                f.fact_type.as_str(),
                name(&f.subject),
                f.object.as_deref().map(name).unwrap_or_default()
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}
