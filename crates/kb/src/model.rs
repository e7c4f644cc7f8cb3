use serde::{Deserialize, Serialize};

pub use allegiance_model::EntityKind;

/// A name an entry carried for a while ("al-Qaeda in Iraq", until 2006).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FormerName {
    pub name: String,
    #[serde(default)]
    pub from: Option<i32>,
    #[serde(default)]
    pub until: Option<i32>,
}

/// One KB entry. Which optional fields matter depends on `kind`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// Stable slug, unique across the whole KB ("islamic-state", "is-khorasan-province").
    pub id: String,
    pub kind: EntityKind,
    /// Finer kind. group: `group` | `branch` | `coalition`; place: `country` | `region` | `city` | `area`;
    /// body: `state` | `agency` | `igo` | `media` | `think_tank` | `government`; person: a role.
    #[serde(default)]
    pub subkind: Option<String>,
    /// Canonical name.
    pub name: String,
    /// Other current names: acronyms, transliteration variants, translations.
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub former_names: Vec<FormerName>,
    /// Place: adjective and demonym forms ("Iraqi", "Afghan") that name the place in phrases like
    /// "Iraqi territory". Matched only where the extractor expects a place.
    #[serde(default)]
    pub adjectives: Vec<String>,
    /// Group: the parent group of a branch. Place: the containing place (region -> country).
    #[serde(default)]
    pub parent: Option<String>,
    /// Person: groups the person leads or led. Body of kind state: not used.
    #[serde(default)]
    pub groups: Vec<String>,
    /// ISO 3166-1 alpha-2 country code, where one applies.
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub lat: Option<f64>,
    #[serde(default)]
    pub lon: Option<f64>,
    #[serde(default)]
    pub population: Option<u64>,
    /// Where the entry's facts come from ("UN SC consolidated list", "curated").
    #[serde(default)]
    pub sources: Vec<String>,
}
