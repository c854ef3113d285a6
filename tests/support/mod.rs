//! What several test files share.

pub mod csv;
pub mod proposals;
