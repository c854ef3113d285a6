//! What a person reads and types: the languages, every text per language,
//! numbers shown per language (the one place where anything is rounded),
//! and numbers read as a Dutch person types them.
//!
//! Every text a user reads lives here, in one of four parts, each checked
//! per language by the compiler (a text missing in one language does not
//! compile):
//! - `catalogue`: what the engine judges (findings, fixes, read problems,
//!   statuses, the names of kinds, themes and norms) and why a typed number
//!   is refused: a trait, implemented per language.
//! - `ui`: the page's own labels and help.
//! - `notices`: what saving and share links tell the user.
//! - `words`: the words of the CSV tables, the CLI's text report and the
//!   reviewer's overview.
//!
//! `ui`, `notices` and `words` are a struct with one constant per language.
//! How a language writes numbers is `display::NumberStyle`.
//!
//! May import: `crate::engine` (the catalogue describes findings, norms
//! and read problems). Never a file format or the UI: they come to the
//! catalogue, not the other way round; the formats keep their typed errors
//! and ask here for the words, passing plain values.

pub mod catalogue;
pub mod display;
pub mod lang;
pub mod money_input;
pub mod notices;
pub mod ui;
pub mod unit;
pub mod words;
