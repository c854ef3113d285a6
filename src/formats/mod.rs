//! How a plan and its judgement are written down: the proposal file, the
//! report file (JSON and text), share links, CSV for Dutch Excel, the
//! reviewer's overview of many files (and text a terminal shows safely),
//! what the browser keeps in its local storage, and the colours a host
//! page gives the embedded page.
//!
//! May import: `crate::engine`, `crate::text` (reports and notices are
//! written in the reader's language) and `crate::json`. Never the UI.

pub mod csv_export;
pub mod proposal_file;
pub mod report_file;
pub mod share_link;
pub mod sheet;
pub mod storage;
pub mod theme;
// The reviewer's overview is the CLI's (it lists folders): kept out of the
// wasm builds, where it would only shift the page's code generation.
#[cfg(not(target_arch = "wasm32"))]
pub mod summary;
// What the CLI prints passes here (control characters escaped): CLI only.
#[cfg(not(target_arch = "wasm32"))]
pub mod terminal;
