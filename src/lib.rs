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

pub mod csv_export;
pub mod display;
pub mod evaluate;
pub mod json;
pub mod lang;
pub mod messages;
pub mod model;
pub mod money_input;
pub mod profile;
pub mod proposal_file;
pub mod report;
pub mod report_file;
pub mod share_link;
pub mod storage_format;
// The reviewer's overview is the CLI's (it lists folders): kept out of the
// wasm builds, where it would only shift the page's code generation.
#[cfg(not(target_arch = "wasm32"))]
pub mod summary;
pub mod synthetic;
pub mod totals;
#[cfg(feature = "web")]
pub mod web;

pub use evaluate::evaluate;
pub use messages::Lang;
pub use model::Proposal;
pub use profile::Profile;
pub use proposal_file::{read_proposal, write_proposal, ReadError};
pub use report::{Report, Status};

/// Reads and judges a proposal file with the profile it names.
pub fn check_text(text: &str) -> Result<Report, ReadError> {
    let proposal = read_proposal(text)?;
    let profile =
        Profile::by_id(&proposal.profile).expect("the reader accepts only known profiles");
    evaluate(&proposal, profile).map_err(|overflow| ReadError {
        path: overflow.path,
        problem: proposal_file::Problem::TotalTooLarge,
    })
}
