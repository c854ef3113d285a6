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

pub mod engine;
pub mod formats;
pub mod json;
pub mod session;
pub mod text;
#[cfg(feature = "web")]
pub mod web;

pub use engine::evaluate::evaluate;
pub use engine::model::Proposal;
pub use engine::problem::ReadError;
pub use engine::profile::Profile;
pub use engine::report::{Report, Status};
pub use formats::proposal_file::{check_text, read_proposal, write_proposal};
pub use text::lang::Lang;
