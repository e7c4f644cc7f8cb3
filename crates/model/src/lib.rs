//! The ground floor: the vocabulary every other allegiance crate speaks, and nothing else.
//!
//! This crate depends on no other allegiance crate, and each piece of knowledge here has this one
//! home: the fact types and how they read ([`FactType`]), the kinds of entity ([`EntityKind`]),
//! partial dates ([`PartialDate`], [`When`]), evidence spans, typed fact attributes
//! ([`FactAttrs`]), the document header every layer carries ([`DocumentHeader`]), the result of
//! extraction ([`Extraction`]) and the name key names are compared by ([`norm_name`]).
//!
//! The serde form of [`Extraction`] is the `entities`/`facts` part of the JSON Lines output
//! contract (`docs/output-contract.md`), so field names and spellings here are an interface.

mod attrs;
mod date;
mod document;
mod entity;
mod extraction;
mod fact_type;
pub mod name;

pub use attrs::{AttackAttrs, FactAttrs, RenamedAttrs, StrengthAttrs};
pub use date::{DateError, PartialDate, When};
pub use document::DocumentHeader;
pub use entity::{Entity, EntityKind, Span};
pub use extraction::{Evidence, Extraction, Fact};
pub use fact_type::{FactType, Polarity, UnknownFactType};
pub use name::norm_name;
