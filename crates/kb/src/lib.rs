//! The knowledge base (KB): known armed groups, people, places and bodies, with aliases.
//!
//! The built-in KB lives in the repository's `kb/*.toml` files and is compiled into the binary;
//! a user's own file in the same format adds entries or overrides built-in ones by id.

mod model;
pub use model::*;
