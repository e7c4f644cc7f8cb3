//! What a fact states beyond its subject and object, typed by fact type.
//!
//! The serde form is the `attrs` object of the output contract: `{}` for most types,
//! `{"max", "min", "qualifier"?, "unit"}` for strength, `{"from", "to"}` for renamed,
//! `{"what"}` for attack. Fields are declared in alphabetical order because that is the order the
//! contract has always written them in.

use serde::{Deserialize, Serialize};

/// A strength estimate: a figure or range of some unit ("about 5,000 fighters").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StrengthAttrs {
    pub max: f64,
    pub min: f64,
    /// "about", "at least", "up to", ... as the article hedges the figure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
    /// What is counted: "fighters", "members", ...
    pub unit: String,
}

/// The names a group went by before and after a rename, as the article writes them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RenamedAttrs {
    pub from: String,
    pub to: String,
}

/// What was done in an attack ("suicide bombing", "kidnapping of 276 schoolgirls").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AttackAttrs {
    pub what: String,
}

/// The `{}` of the fact types that carry no attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NoAttrs {}

/// A fact's attributes. Which variant a fact carries follows from its type; reading JSON, an
/// object with `min`, `max` and `unit` is a strength, with `from` and `to` a rename, with `what`
/// an attack, and anything else none (unknown keys are ignored).
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum FactAttrs {
    Strength(StrengthAttrs),
    Renamed(RenamedAttrs),
    Attack(AttackAttrs),
    #[default]
    None,
}

impl Serialize for FactAttrs {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            FactAttrs::Strength(a) => a.serialize(s),
            FactAttrs::Renamed(a) => a.serialize(s),
            FactAttrs::Attack(a) => a.serialize(s),
            FactAttrs::None => NoAttrs {}.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for FactAttrs {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<FactAttrs, D::Error> {
        #[derive(Deserialize)]
        struct AnyAttrs {
            max: Option<f64>,
            min: Option<f64>,
            qualifier: Option<String>,
            unit: Option<String>,
            from: Option<String>,
            to: Option<String>,
            what: Option<String>,
        }
        let a = AnyAttrs::deserialize(d)?;
        Ok(match a {
            AnyAttrs { max: Some(max), min: Some(min), unit: Some(unit), qualifier, .. } => {
                FactAttrs::Strength(StrengthAttrs { max, min, qualifier, unit })
            }
            AnyAttrs { from: Some(from), to: Some(to), .. } => {
                FactAttrs::Renamed(RenamedAttrs { from, to })
            }
            AnyAttrs { what: Some(what), .. } => FactAttrs::Attack(AttackAttrs { what }),
            _ => FactAttrs::None,
        })
    }
}

impl FactAttrs {
    pub fn strength(&self) -> Option<&StrengthAttrs> {
        match self {
            FactAttrs::Strength(s) => Some(s),
            _ => None,
        }
    }

    pub fn renamed(&self) -> Option<&RenamedAttrs> {
        match self {
            FactAttrs::Renamed(r) => Some(r),
            _ => None,
        }
    }

    pub fn attack(&self) -> Option<&AttackAttrs> {
        match self {
            FactAttrs::Attack(a) => Some(a),
            _ => None,
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, FactAttrs::None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_form_is_the_contract_s() {
        let strength = FactAttrs::Strength(StrengthAttrs {
            max: 6000.0,
            min: 4000.0,
            qualifier: Some("about".into()),
            unit: "fighters".into(),
        });
        let json = serde_json::to_string(&strength).unwrap();
        assert_eq!(json, r#"{"max":6000.0,"min":4000.0,"qualifier":"about","unit":"fighters"}"#);
        assert_eq!(serde_json::from_str::<FactAttrs>(&json).unwrap(), strength);
        let bare = FactAttrs::Strength(StrengthAttrs {
            max: 300.0,
            min: 300.0,
            qualifier: None,
            unit: "men".into(),
        });
        assert_eq!(
            serde_json::to_string(&bare).unwrap(),
            r#"{"max":300.0,"min":300.0,"unit":"men"}"#
        );
        let renamed =
            FactAttrs::Renamed(RenamedAttrs { from: "ISIS".into(), to: "Islamic State".into() });
        assert_eq!(
            serde_json::to_string(&renamed).unwrap(),
            r#"{"from":"ISIS","to":"Islamic State"}"#
        );
        let attack = FactAttrs::Attack(AttackAttrs { what: "bombing".into() });
        assert_eq!(serde_json::from_str::<FactAttrs>(r#"{"what":"bombing"}"#).unwrap(), attack);
        assert_eq!(serde_json::to_string(&FactAttrs::None).unwrap(), "{}");
        assert_eq!(serde_json::from_str::<FactAttrs>("{}").unwrap(), FactAttrs::None);
    }
}
