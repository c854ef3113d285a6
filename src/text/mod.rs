//! What a person reads and types: the languages, the catalogue of every
//! text per language, numbers shown per language (the one place where
//! anything is rounded), and numbers read as a Dutch person types them.
//!
//! May import: `crate::engine` (the catalogue describes findings, norms
//! and read problems). Never a file format or the UI: they come to the
//! catalogue, not the other way round.

pub mod catalogue;
pub mod display;
pub mod lang;
pub mod money_input;
pub mod notices;
pub mod ui;
pub mod words;
