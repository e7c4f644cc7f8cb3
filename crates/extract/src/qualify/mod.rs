//! The qualifiers of a fact: who claims it ([`source`]), how firmly ([`polarity`]: asserted,
//! hedged or denied) and when ([`time`]). Each reads the fact's sentence around the fact's
//! evidence, within the fact's clause.

pub mod polarity;
pub(crate) mod source;
pub mod time;
