//! What the app keeps in the browser's local storage, in two parts:
//!
//! - `plans`: the saved plans as the app holds them ([`SavedPlans`]), the
//!   edits of the plan list and their [`Undo`], and how an imported or
//!   shared plan comes in ([`ImportAs`], [`Incoming`]).
//! - `envelope`: how they are stored under [`STORAGE_KEY`] — the versioned
//!   envelope and its migration, keeping unreadable text aside, the
//!   [`Autosave`] (with [`SaveJob`] for a save in steps), and the
//!   [`KeyValue`] store it writes to.
//!
//! Beside them, `merge` merges what another tab saved ([`SavedPlans::merge`]),
//! `wipe` erases everything the app keeps ([`Autosave::wipe`]) and
//! `compact` packs a large envelope. Everything is re-exported here, so
//! callers name `storage::X` without knowing which part holds it.

mod envelope;
mod merge;
mod plans;
mod store;
mod wipe;
mod writing;

pub mod compact;

pub use envelope::{
    kept_aside, open, parse, Autosave, Heard, Loaded, Notice, OldForm, Opened, OtherTab, Reason,
    SaveError, Saved, Unreadable, ASIDE_KEY_PREFIX, COMPACT_FROM, COMPACT_PREFIX, FORMAT_ID,
    STORAGE_KEY, VERSION,
};
pub use merge::Merged;
pub use plans::{ImportAs, Incoming, PlanError, SavedPlan, SavedPlans, Undo};
pub use store::{KeyValue, MemoryStore};
pub use wipe::own_keys;
pub use writing::{serialise, stored_text, SaveJob};

/// Milliseconds since the Unix epoch, as the caller's clock gives them;
/// this module never reads a clock.
pub type Millis = u64;

#[cfg(test)]
mod testing {
    use crate::engine::model::Proposal;
    use crate::formats::proposal_file::read_proposal;
    use crate::text::lang::Lang;

    use super::{Millis, SavedPlans};

    pub const T0: Millis = 1_767_225_600_000;

    pub fn example() -> Proposal {
        read_proposal(include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/civ-slimme-maakindustrie.json"
        )))
        .unwrap()
    }

    pub fn named(name: &str) -> Proposal {
        let mut p = Proposal::default();
        p.centre.name = name.into();
        p
    }

    pub fn titles(plans: &SavedPlans) -> Vec<String> {
        plans.plans().iter().map(|p| p.title(Lang::Nl)).collect()
    }
}
