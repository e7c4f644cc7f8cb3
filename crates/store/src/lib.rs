//! The store: see ARCHITECTURE.md.
