//! The engine: what a plan is and how it is judged.
//!
//! `model` (the proposal as plain data) → `totals` (its money, added up
//! exactly) → `evaluate` (the six criteria, with the thresholds of a
//! `profile`) → `report` (statuses and typed findings). `problem` names
//! what can be wrong with a proposal's data and where, for every reader
//! and editor above; `path` names a place in a proposal; `rows` holds its
//! lists, shared between copies until edited. `edit` changes a proposal
//! the way the form does (fields, rows, pages). `synthetic` builds
//! proposals of any size for benchmarks; `limits` holds how long a text
//! and each list may be; `order` sorts with one copy of the sort.
//!
//! May import: nothing else of this crate (the profile files are compiled
//! in by `build.rs`). No yew, web-sys or gloo, no texts: everything here runs
//! natively and in the browser alike, and is tested with plain
//! `cargo test`.

pub mod balance;
pub mod edit;
pub mod evaluate;
pub mod ids;
pub mod limits;
pub mod model;
pub mod order;
pub mod path;
pub mod problem;
pub mod profile;
pub mod report;
pub mod rows;
pub mod synthetic;
pub mod totals;
