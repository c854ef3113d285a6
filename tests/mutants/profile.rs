//! `make mutants`, group profile: its integration test files as one binary,
//! so each mutant costs one build and link instead of one per file.
//! Not run by `cargo test` (`test = false` in Cargo.toml): the files run there
//! as their own targets.

#[path = "../catalogue.rs"]
mod catalogue;
#[path = "../engine.rs"]
mod engine;
#[path = "../profile_files.rs"]
mod profile_files;
#[path = "../scenarios.rs"]
mod scenarios;
