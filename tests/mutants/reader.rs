//! `make mutants`, group reader: its integration test files as one binary,
//! so each mutant costs one build and link instead of one per file.
//! Not run by `cargo test` (`test = false` in Cargo.toml): the files run there
//! as their own targets.

#[path = "../extremes.rs"]
mod extremes;
#[path = "../hostile_input.rs"]
mod hostile_input;
#[path = "../reader.rs"]
mod reader;
