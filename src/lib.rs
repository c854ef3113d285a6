//! Centra-check: judges a plan for a Dutch public-private partnership in
//! vocational education (a *Centrum*) against Katapult's Werkdefinitie
//! Centra.
//!
//! The engine (everything but `web`) is pure: no yew, web-sys or gloo, so it
//! runs natively (tests, CLI) and in the browser alike.
//!
//! ```text
//! proposal file ──read──▶ Proposal ──evaluate(profile)──▶ Report ──▶ messages / report file
//! ```

// The shared test generators (tests/support/) name the crate by its
// name, also when the crate's own unit tests include them.
#[cfg(test)]
extern crate self as centra_check;

pub mod engine;
pub mod formats;
pub mod json;
pub mod session;
pub mod text;
#[cfg(feature = "web")]
pub mod web;

/// Generated proposals for the property tests in src/ (shared with tests/).
#[cfg(test)]
#[path = "../tests/support/proposals.rs"]
pub(crate) mod generated;

/// CSV read back as Dutch Excel reads it, for the CSV tests in src/.
#[cfg(test)]
#[path = "../tests/support/csv.rs"]
pub(crate) mod excel_csv;

pub use engine::evaluate::evaluate;
pub use engine::model::Proposal;
pub use engine::problem::ReadError;
pub use engine::profile::Profile;
pub use engine::report::{Report, Status};
pub use formats::proposal_file::{check_text, read_proposal, write_proposal};
pub use text::lang::Lang;
