//! `make mutants`, group json: its integration test files as one binary,
//! so each mutant costs one build and link instead of one per file.
//! Not run by `cargo test` (`test = false` in Cargo.toml): the files run there
//! as their own targets.

#[path = "../json.rs"]
mod json;
#[path = "../reader.rs"]
mod reader;
