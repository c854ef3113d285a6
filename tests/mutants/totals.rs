//! `make mutants`, group totals: its integration test files as one binary,
//! so each mutant costs one build and link instead of one per file.
//! Not run by `cargo test` (`test = false` in Cargo.toml): the files run there
//! as their own targets.

#[path = "../engine.rs"]
mod engine;
#[path = "../extremes.rs"]
mod extremes;
#[path = "../properties.rs"]
mod properties;
#[path = "../reader.rs"]
mod reader;
#[path = "../scenarios.rs"]
mod scenarios;
