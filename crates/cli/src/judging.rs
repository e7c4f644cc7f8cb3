//! What `judge`, `judgements` and the query commands share about judgements: the author's name,
//! and finding the stored fact, entity or article a command line names.

use allegiance_store::judgements::{Catalogue, EntityKey, FactKey};
use allegiance_store::{AnyStore, FactFilter, FactRow, Store};
use anyhow::{bail, Result};

/// `--as NAME`, else the user the process runs as.
pub fn author(given: Option<&str>) -> String {
    given
        .map(str::to_string)
        .or_else(|| ["USER", "USERNAME", "LOGNAME"].iter().find_map(|v| std::env::var(v).ok()))
        .filter(|n| !n.trim().is_empty())
        .unwrap_or_else(|| "unknown".to_string())
}

/// The stored fact with this id (the `id` of `facts --format json`) and its key.
pub fn fact(store: &AnyStore, catalogue: &Catalogue, id: i64) -> Result<(FactRow, FactKey)> {
    let Some(row) = store.facts(&FactFilter::default())?.into_iter().find(|f| f.id == id) else {
        bail!(
            "no fact with id {id} in {} (ids are the `id` of `allegiance facts --format json`)",
            store.path()
        );
    };
    let Some(key) = catalogue.fact_key(&row) else {
        bail!("fact {id} names an entity or article that is not stored");
    };
    Ok((row, key))
}

/// The stored entity a command line names: a row id (`id` in JSON output), else the best match
/// for a name, alias, kb id or store key (an exact one first, groups first).
pub fn entity(store: &AnyStore, catalogue: &Catalogue, name: &str) -> Result<(i64, EntityKey)> {
    let id = match name.trim().parse::<i64>() {
        Ok(id) if catalogue.entities.contains_key(&id) => Some(id),
        _ => {
            let found = store.find_entities(name)?;
            found.iter().find(|e| e.exact).or(found.first()).map(|e| e.id)
        }
    };
    let Some(id) = id else {
        bail!("no stored entity is called `{name}` in {}", store.path());
    };
    let key = catalogue.entity_key(id).expect("a found entity is in the catalogue");
    Ok((id, key))
}

/// An article's content hash from its row id (`document_id`) or the start of its hash (at least
/// 8 hex digits).
pub fn document(catalogue: &Catalogue, given: &str) -> Result<String> {
    if let Ok(id) = given.parse::<i64>() {
        if let Some(d) = catalogue.documents.get(&id) {
            return Ok(d.content_hash.clone());
        }
    }
    let prefix = given.trim().to_ascii_lowercase();
    if prefix.len() < 8 {
        bail!("`{given}` is neither a stored document id nor at least 8 digits of a content hash");
    }
    let mut found: Vec<&str> = catalogue
        .documents
        .values()
        .map(|d| d.content_hash.as_str())
        .filter(|h| h.starts_with(&prefix))
        .collect();
    found.sort_unstable();
    found.dedup();
    match found.as_slice() {
        [one] => Ok(one.to_string()),
        [] => bail!("no stored document's content hash starts with `{given}`"),
        _ => bail!("`{given}` starts {} content hashes; give more digits", found.len()),
    }
}
