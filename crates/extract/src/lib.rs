//! Extraction core: cleaned article text in, entities and sourced facts out.
//!
//! This crate is pure: it never touches the file system, the network or a database.
//! Everything it needs (the knowledge base) is handed to [`Extractor::new`].

mod model;
pub use model::*;
