//! `make mutants`, group edit: its integration test files as one binary,
//! so each mutant costs one build and link instead of one per file.
//! Not run by `cargo test` (`test = false` in Cargo.toml): the files run there
//! as their own targets.

#[path = "../editing.rs"]
mod editing;
#[path = "../engine.rs"]
mod engine;
#[path = "../host_proposal.rs"]
mod host_proposal;
