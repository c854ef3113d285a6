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

/// The first of several problems met while reading on: the proposal reader
/// and the storage envelope's reader note a problem here and go on with an
/// empty value instead of returning at every field (a `?` at each, with its
/// clean-up, made them the download's largest readers). Later ones are
/// not kept, so the answer is the one that stopping at the first gives.
pub(crate) struct FirstNoted<T>(std::cell::Cell<Option<T>>);

impl<T> Default for FirstNoted<T> {
    fn default() -> Self {
        FirstNoted(std::cell::Cell::new(None))
    }
}

impl<T> FirstNoted<T> {
    /// Notes what `make` gives, unless something was noted before (then
    /// `make` is not called).
    pub(crate) fn note_with(&self, make: impl FnOnce() -> T) {
        let first = self.0.take().unwrap_or_else(make);
        self.0.set(Some(first));
    }

    pub(crate) fn is_noted(&self) -> bool {
        let noted = self.0.take();
        let is_noted = noted.is_some();
        self.0.set(noted);
        is_noted
    }

    /// What was noted, if anything; nothing is noted after.
    pub(crate) fn take(&self) -> Option<T> {
        self.0.take()
    }
}
