//! The editing session: the plan being edited, the text typed into every
//! number field, the report, the pages shown, the saved plans with their
//! undo, and every change a user can ask for, as a pure state machine.
//!
//! `State::apply(msg, now)` is the whole behaviour of the form; the Yew
//! app (`web::state`) only hands it the messages, stamped with the time,
//! as Yew's own todomvc keeps its state pure. Tests run natively with
//! plain `cargo test`.
//!
//! The text typed into a number field stays (so an unreadable value stays
//! visible at its field while the last valid value stays in the proposal),
//! and the report is recomputed on every edit. Each edit updates the open
//! plan among the saved ones, and `saves` counts the changes, so the app
//! writes local storage after each one. Bringing work in (import, example,
//! share link, host page) never overwrites a plan with content, and offers
//! an undo; so does removing a row (`RowRemoval`), which puts it back with
//! everything in it and every reference to it.
//!
//! May import: everything below it (engine, text, formats). Never the UI.

use litemap::LiteMap;
use std::rc::Rc;

use crate::engine::edit::{
    self, CheckField, Direction, EditError, List, NumberField, Pages, TextField,
};
use crate::engine::ids::string_enum;
use crate::engine::model::*;
use crate::engine::path::Path;
use crate::engine::problem::ReadError;
use crate::engine::profile::Profile;
use crate::engine::report::Report;
use crate::engine::rows::unique;
use crate::formats::proposal_file::{read_proposal, text_of_bytes};
use crate::formats::share_link::DecodeError;
use crate::formats::sheet::{self, Column, Layout, Reader, Reading, RecordReading, TableError};
use crate::formats::storage::{
    ImportAs, Incoming, Merged, Millis, Notice as StorageNotice, OtherTab, SaveError, SavedPlans,
    Undo,
};
use crate::text::lang::Lang;
use crate::text::money_input::{read_number, InputError, ReadNote};

mod paste;
mod removal;
#[cfg(test)]
mod tests;

pub use paste::{Paste, PASTE_PIECE};
pub use removal::RowRemoval;

/// The text typed into a number field and what came of reading it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawText {
    pub text: String,
    pub outcome: Result<Option<ReadNote>, InputError>,
}

/// Typed texts of number fields, by path. A field without an entry shows
/// the value of the proposal.
pub type RawTexts = LiteMap<Path, RawText>;
string_enum!(
    /// The examples that ship with the app.
    Example {
        CivSlimmeMaakindustrie => "civ-slimme-maakindustrie",
        Empty => "empty",
    }
);

impl Example {
    /// Where the page fetches the example's file, beside `index.html`
    /// (`Trunk.toml`'s copy of `examples/`), so that the download does not
    /// carry it; `None` for the empty form, which needs no file.
    pub fn address(self) -> Option<&'static str> {
        match self {
            Example::CivSlimmeMaakindustrie => Some("examples/civ-slimme-maakindustrie.json"),
            Example::Empty => None,
        }
    }

    /// The shipped file (for the tests; the page fetches it from
    /// `address` instead).
    pub fn file(self) -> &'static str {
        match self {
            Example::CivSlimmeMaakindustrie => include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/examples/civ-slimme-maakindustrie.json"
            )),
            Example::Empty => {
                include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/empty.json"))
            }
        }
    }

    pub fn proposal(self) -> Proposal {
        read_proposal(self.file()).expect("the shipped examples are valid proposals")
    }
}

/// A file's bytes read as the CLI reads them: one copy of the reading for
/// the import and the examples.
fn proposal_of(bytes: &[u8]) -> Result<Proposal, ReadError> {
    text_of_bytes(bytes).and_then(read_proposal)
}

/// Why an imported file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError {
    pub file_name: String,
    /// `None` when the file was not text at all.
    pub error: Option<ReadError>,
}

/// A short announcement after a load, for everyone and for screen readers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    Example(Example),
    /// A file came in as a new plan.
    Imported(String),
    /// A plan (its title) was deleted.
    Deleted(String),
    /// A plan (its title) is now the open one.
    Opened(String),
    /// A shared plan was opened.
    Shared(Incoming),
    Undone,
    /// Another tab saved, and its plans were merged in: what that did.
    OtherTab(Merged),
    /// The host page (its origin) opened a proposal as a new plan.
    FromHost(String),
    /// Row `index` of `list` was removed: its name (maybe empty), and the
    /// rows it held (a partner's contributions).
    Removed {
        list: List,
        index: usize,
        name: String,
        contents: usize,
    },
    /// This many rows came in from a spreadsheet, in one step.
    Pasted(usize),
    /// Everything was erased in another tab: this one starts afresh too.
    WipedElsewhere,
}

/// An offer to take back what was just done, with what it says.
#[derive(Clone, Debug, PartialEq)]
pub struct UndoOffer {
    pub undo: TakeBack,
    pub notice: Notice,
}

/// What an undo takes back.
#[derive(Clone, Debug, PartialEq)]
pub enum TakeBack {
    /// A change of the saved plans: an import, a deleted plan, …
    Plans(Undo),
    /// A row removed from the open plan.
    Row(Box<RowRemoval>),
}

/// A request to move the keyboard focus after the next render.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FocusRequest {
    pub target: FocusTarget,
    pub sequence: u64,
}

/// Where the focus goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FocusTarget {
    /// The field at a path; when it is not shown (a select hidden for this
    /// kind of line), its row or list.
    Field(Path),
    /// An element by its `id` (a button, a page number).
    Element(String),
}

/// A share link made of the plan as it was at `revision`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShareLink {
    pub revision: u64,
    /// `None` when the browser could not make one.
    pub link: Option<String>,
    /// Whether copying it worked, once tried.
    pub copied: Option<bool>,
}

/// Everything a user (or the page around the app) can ask of the session.
#[derive(Clone)]
pub enum Msg {
    /// Text typed into a text field, or the choice of a select.
    Text {
        field: TextField,
        text: String,
    },
    /// Text typed into a number field, read as a Dutch person types.
    Number {
        field: NumberField,
        text: String,
    },
    Check {
        field: CheckField,
        checked: bool,
    },
    Add {
        list: List,
    },
    Move {
        list: List,
        index: usize,
        direction: Direction,
    },
    /// Removes a row, or asks first when other rows point at it.
    Remove {
        list: List,
        index: usize,
    },
    ConfirmRemove,
    CancelRemove,
    /// An example as a new plan, with the bytes of its file as the page
    /// fetched them from `Example::address` (`None`: the fetch failed);
    /// the empty form needs none.
    LoadExample(Example, Option<Vec<u8>>),
    /// A chosen file's bytes, taken as the CLI takes them
    /// (`proposal_file::text_of_bytes`), then read as a new plan.
    Import {
        file_name: String,
        bytes: Vec<u8>,
    },
    ImportNotText {
        file_name: String,
    },

    SetLang(Lang),
    NewPlan,
    DuplicatePlan,
    SwitchPlan {
        id: String,
    },
    RenamePlan {
        name: String,
    },
    DeletePlan,
    Undo,
    /// A share link was opened: its plan, or why it cannot be read.
    Shared(Result<Proposal, DecodeError>),
    /// Shows `page` of `list`, then focuses the element with id `focus`.
    Page {
        list: Path,
        page: usize,
        focus: Option<String>,
    },
    /// Shows the field at `path` (turning the pages of the lists it lies
    /// in) and focuses it: a finding's link.
    Reveal {
        path: Path,
    },
    /// Another tab saved plans: merge them in (src/formats/storage/merge.rs).
    OtherTab(Rc<OtherTab>),
    /// The host page (`origin`) sent a proposal (docs/embed.md): a new
    /// plan, as an import.
    FromHost {
        origin: String,
        proposal: Proposal,
    },
    /// The host page asked to hear the verdict, now and whenever it changes.
    VerdictWanted,
    /// The user closed what opening the storage had to say.
    CloseStorageNotice,
    /// A save went wrong (why), or went right again (`None`).
    SaveResult(Option<SaveError>),
    /// A share link was made of the plan at `revision`, or could not be.
    LinkMade {
        revision: u64,
        link: Option<String>,
    },
    /// Copying the share link worked, or did not.
    LinkCopied(bool),
    /// Opens the paste panel of a list (closing any other), or closes it.
    PasteOpen(List),
    /// The text of the paste panel: typed, pasted or read from a file.
    PasteText(String),
    /// What column `index` of the pasted table holds (`None`: not used).
    PasteColumn {
        index: usize,
        column: Option<Column>,
    },
    /// Reads the next piece of a large paste (the page sends it when the
    /// browser is free again), or reads anew for a changed plan.
    PasteStep,
    /// Adds the rows the paste gives, in one step one undo takes back.
    PasteApply,
    /// The browser has shown the rows added so far (`rows_later`): the
    /// next few of the page.
    MoreRows,
    /// The wipe button: asks first (docs/privacy.md).
    AskWipe,
    CancelWipe,
    /// Everything Centra-check kept was erased, here (the user confirmed)
    /// or in another tab: the session starts afresh with `plans`.
    Wiped {
        plans: Rc<SavedPlans>,
        here: bool,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub lang: Lang,
    pub proposal: Rc<Proposal>,
    pub raw: Rc<RawTexts>,
    pub report: Rc<Report>,
    /// Increases by one every time the report is recomputed.
    pub revision: u64,
    pub import_error: Option<ImportError>,
    /// An example whose file could not be fetched.
    pub example_error: Option<Example>,
    pub notice: Option<Notice>,
    /// A row whose removal waits for the user's confirmation.
    pub pending_removal: Option<(List, usize)>,
    /// The page shown of each long list.
    pub pages: Rc<Pages>,
    pub focus: Option<FocusRequest>,
    /// Every saved plan; the open one's content is `proposal`.
    pub plans: Rc<SavedPlans>,
    /// Increases whenever `plans` or the language changed: time to save.
    pub saves: u64,
    pub undo: Option<UndoOffer>,
    /// Why the share link in the address could not be opened.
    pub share_error: Option<DecodeError>,
    /// What opening the storage found (plans moved or set aside), until
    /// the user closes it.
    pub storage_notice: Option<StorageNotice>,
    /// Why the last save failed; gone after a save that worked.
    pub save_error: Option<SaveError>,
    /// The host page asked for the verdict (embed mode only).
    pub verdict_wanted: bool,
    /// The last share link made.
    pub share_link: Option<ShareLink>,
    /// The open paste panel.
    pub paste: Option<Rc<Paste>>,
    /// The wipe button was pressed: the question is shown.
    pub wipe_asked: bool,
    /// Everything was erased at the user's request: said beside the button.
    pub wiped: bool,
    /// Rows just added to this list, from this index on, not shown yet:
    /// they come [`edit::ROWS_AT_ONCE`] at a time, one step per frame
    /// (`Msg::MoreRows`), so that no task holds the page for long.
    pub rows_later: Option<(List, usize)>,
}

fn judge(proposal: &Proposal) -> Option<Report> {
    let profile = Profile::by_id(&proposal.profile).unwrap_or_else(Profile::katapult);
    crate::engine::evaluate::evaluate(proposal, profile).ok()
}

/// An empty plan, as a first visit shows it.
impl Default for State {
    fn default() -> Self {
        State::with_proposal(Proposal::default(), 0)
    }
}

impl State {
    /// A session of one plan, made at `now`.
    pub fn with_proposal(proposal: Proposal, now: Millis) -> Self {
        let mut plans = SavedPlans::new(Lang::Nl, now);
        plans.update_active(proposal, now);
        State::with_plans(plans)
    }

    /// The state for saved plans, showing the open one in their language.
    pub fn with_plans(plans: SavedPlans) -> Self {
        let proposal = plans.active().proposal.clone();
        let report = judge(&proposal).expect("a readable proposal can be judged");
        State {
            lang: plans.lang,
            proposal,
            raw: Rc::default(),
            report: Rc::new(report),
            revision: 1,
            import_error: None,
            example_error: None,
            notice: None,
            pending_removal: None,
            pages: Rc::default(),
            focus: None,
            plans: Rc::new(plans),
            saves: 0,
            undo: None,
            share_error: None,
            storage_notice: None,
            save_error: None,
            verdict_wanted: false,
            share_link: None,
            paste: None,
            wipe_asked: false,
            wiped: false,
            rows_later: None,
        }
    }

    /// The share link of the plan as it is now: one made before the last
    /// change shows an older plan, so it is not offered.
    pub fn current_link(&self) -> Option<&ShareLink> {
        self.share_link
            .as_ref()
            .filter(|made| made.revision == self.revision)
    }

    /// Carries out `msg`, which arrived at `now`.
    pub fn apply(&mut self, msg: Msg, now: Millis) {
        // Turning pages is no change of the plan: it keeps the notice, as
        // does what the page and the browser report, and the paste panel
        // until its rows are added. Every other message clears it.
        if !matches!(
            msg,
            Msg::Page { .. }
                | Msg::Reveal { .. }
                | Msg::OtherTab(_)
                | Msg::VerdictWanted
                | Msg::CloseStorageNotice
                | Msg::SaveResult(_)
                | Msg::LinkMade { .. }
                | Msg::LinkCopied(_)
                | Msg::PasteOpen(_)
                | Msg::PasteText(_)
                | Msg::PasteColumn { .. }
                | Msg::PasteStep
                | Msg::MoreRows
                | Msg::AskWipe
                | Msg::CancelWipe
                | Msg::Wiped { .. }
        ) {
            self.notice = None;
            self.wiped = false;
        }
        // Anything but the next step or a save's answer shows every row:
        // a page turned, an edit, another plan.
        if !matches!(msg, Msg::MoreRows | Msg::SaveResult(_)) {
            self.rows_later = None;
        }
        match msg {
            Msg::MoreRows => self.more_rows(),
            Msg::Page { list, page, focus } => {
                unique(&mut self.pages).insert(list, page);
                if let Some(id) = focus {
                    self.request_focus(FocusTarget::Element(id));
                }
            }
            Msg::Reveal { path } => {
                self.show_path(&path);
                self.request_focus(FocusTarget::Field(path));
            }
            // Keeps the notice unless the merge has something to say.
            Msg::OtherTab(other) => self.other_tab(&other, now),
            Msg::VerdictWanted => self.verdict_wanted = true,
            Msg::CloseStorageNotice => self.storage_notice = None,
            Msg::SaveResult(error) => self.save_error = error,
            Msg::LinkMade { revision, link } => {
                self.share_link = Some(ShareLink {
                    revision,
                    link,
                    copied: None,
                });
            }
            Msg::LinkCopied(copied) => {
                if let Some(made) = &mut self.share_link {
                    made.copied = Some(copied);
                }
            }
            msg @ (Msg::PasteOpen(_)
            | Msg::PasteText(_)
            | Msg::PasteColumn { .. }
            | Msg::PasteStep) => self.paste_panel(msg),
            Msg::AskWipe | Msg::CancelWipe => {
                let asked = matches!(msg, Msg::AskWipe);
                self.wipe_asked = asked;
                self.wiped = false;
                // The safe answer first; back to the button after "no".
                self.request_focus(FocusTarget::Element(
                    if asked { "wipe-download" } else { "wipe" }.into(),
                ));
            }
            Msg::Wiped { plans, here } => self.wiped_all(plans, here),
            Msg::PasteApply => self.paste_apply(now),
            Msg::Text { field, text } => self.text(&field, text, now),
            Msg::Number { field, text } => self.number(&field, text, now),
            Msg::Check { field, checked } => self.check(&field, checked, now),
            Msg::Add { list } => self.add(list, now),
            Msg::Move {
                list,
                index,
                direction,
            } => self.move_row(list, index, direction, now),
            Msg::Remove { list, index } => self.ask_remove(list, index, now),
            Msg::ConfirmRemove => {
                if let Some((list, index)) = self.pending_removal.take() {
                    self.remove(list, index, now);
                }
            }
            Msg::CancelRemove => {
                if let Some((list, index)) = self.pending_removal.take() {
                    self.request_focus(FocusTarget::Element(format!(
                        "remove-{}",
                        list.row_path(index)
                    )));
                }
            }
            Msg::LoadExample(example, file) => {
                let proposal = match (example.address(), file) {
                    (None, _) => Some(Proposal::default()),
                    (_, Some(bytes)) => proposal_of(&bytes).ok(),
                    (_, None) => None,
                };
                match proposal {
                    Some(proposal) => self.bring_in(proposal, Notice::Example(example), now),
                    // The open plan stays as it was.
                    None => self.example_error = Some(example),
                }
            }
            Msg::Import { file_name, bytes } => match proposal_of(&bytes) {
                Ok(proposal) => self.bring_in(proposal, Notice::Imported(file_name), now),
                Err(error) => {
                    self.import_error = Some(ImportError {
                        file_name,
                        error: Some(error),
                    })
                }
            },
            Msg::ImportNotText { file_name } => {
                self.import_error = Some(ImportError {
                    file_name,
                    error: None,
                })
            }
            Msg::SetLang(lang) => {
                self.lang = lang;
                self.plans_mut().lang = lang;
            }
            Msg::NewPlan => {
                self.plans_mut().create("", now);
                self.opened();
            }
            Msg::DuplicatePlan => {
                let id = self.plans.active_id().to_string();
                if self.plans_mut().duplicate(&id, now).is_ok() {
                    self.opened();
                }
            }
            Msg::SwitchPlan { id } => {
                if id != self.plans.active_id() && self.plans_mut().switch(&id).is_ok() {
                    self.opened();
                }
            }
            Msg::RenamePlan { name } => {
                let id = self.plans.active_id().to_string();
                let _ = self.plans_mut().rename(&id, &name);
            }
            Msg::DeletePlan => {
                let title = self.plans.active().title(self.lang);
                let id = self.plans.active_id().to_string();
                if let Ok(undo) = self.plans_mut().delete(&id, now) {
                    self.show_active();
                    self.offer(undo, Notice::Deleted(title));
                }
            }
            Msg::Undo => match self.undo.take().map(|offer| offer.undo) {
                Some(TakeBack::Plans(undo)) => self.undo_plans(undo),
                Some(TakeBack::Row(removal)) => self.restore(*removal, now),
                None => {}
            },
            Msg::Shared(Ok(proposal)) => self.shared(proposal, now),
            Msg::Shared(Err(error)) => self.share_error = Some(error),
            Msg::FromHost { origin, proposal } => {
                self.bring_in(proposal, Notice::FromHost(origin), now)
            }
        }
    }

    fn undo_plans(&mut self, undo: Undo) {
        if self.plans_mut().undo(undo).is_ok() {
            self.show_active();
            self.notice = Some(Notice::Undone);
        }
    }

    /// Starts afresh after a wipe: nothing of the old plans stays in the
    /// session (no undo, no share link, no kept-aside text to download).
    /// `saves` stays as it was, so nothing is written until the next
    /// change: an empty storage is what the user asked for.
    fn wiped_all(&mut self, mut plans: Rc<SavedPlans>, here: bool) {
        unique(&mut plans).lang = self.lang;
        let mut fresh = State::with_plans(Rc::unwrap_or_clone(plans));
        fresh.revision = self.revision + 1;
        fresh.saves = self.saves;
        fresh.focus = self.focus.take();
        fresh.verdict_wanted = self.verdict_wanted;
        if here {
            fresh.wiped = true;
            fresh.request_focus(FocusTarget::Element("wipe".into()));
        } else {
            fresh.notice = Some(Notice::WipedElsewhere);
        }
        *self = fresh;
    }

    fn plans_mut(&mut self) -> &mut SavedPlans {
        self.saves += 1;
        unique(&mut self.plans)
    }

    /// Shows the open plan after the plans changed: a new report, typed
    /// texts and questions of the plan shown before forgotten.
    fn show_active(&mut self) {
        let proposal = self.plans.active().proposal.clone();
        self.revision += 1;
        if let Some(report) = judge(&proposal) {
            self.proposal = proposal;
            self.report = Rc::new(report);
        }
        self.raw = Rc::default();
        self.import_error = None;
        self.example_error = None;
        self.share_error = None;
        self.pending_removal = None;
        self.pages = Rc::default();
        // A removed row belongs to the plan shown before.
        if matches!(&self.undo, Some(offer) if matches!(offer.undo, TakeBack::Row(_))) {
            self.undo = None;
        }
        self.paste = None;
    }

    /// A proposal from outside (file, example) as a plan of its own, so it
    /// never replaces work; an untouched empty plan it leaves goes away.
    fn bring_in(&mut self, proposal: Proposal, notice: Notice, now: Millis) {
        let plans = self.plans_mut();
        let before = plans.active();
        let untouched = before.name.is_empty() && before.proposal.is_empty();
        let before = before.id.clone();
        let undo = plans.import(proposal, ImportAs::NewPlan, now);
        if untouched {
            let _ = plans.delete(&before, now);
        }
        self.show_active();
        self.offer(undo, notice);
    }

    fn offer(&mut self, undo: Undo, notice: Notice) {
        self.offer_to_take_back(TakeBack::Plans(undo), notice);
    }

    fn offer_to_take_back(&mut self, undo: TakeBack, notice: Notice) {
        self.notice = Some(notice.clone());
        self.undo = Some(UndoOffer { undo, notice });
    }

    fn shared(&mut self, proposal: Proposal, now: Millis) {
        let incoming = self.plans.incoming(&proposal);
        let plans = self.plans_mut();
        let undo = match &incoming {
            Incoming::AlreadySaved(id) => {
                let _ = plans.switch(id);
                None
            }
            Incoming::IntoEmptyPlan => Some(plans.import(proposal, ImportAs::ReplaceActive, now)),
            Incoming::AsNewPlan => Some(plans.import(proposal, ImportAs::NewPlan, now)),
        };
        self.show_active();
        let notice = Notice::Shared(incoming);
        match undo {
            Some(undo) => self.offer(undo, notice),
            None => self.notice = Some(notice),
        }
    }

    /// Takes in the plans another tab saved. The form shows the open plan
    /// anew only when the merge changed it (it had no edits of its own
    /// here, or it went); every change is saved, so both tabs agree.
    fn other_tab(&mut self, other: &OtherTab, now: Millis) {
        let mut plans = (*self.plans).clone();
        let merged = plans.merge(&other.base, &other.theirs, now);
        if plans == *self.plans {
            return;
        }
        self.plans = Rc::new(plans);
        self.saves += 1;
        // An undo names plans by id, and the merge may have given an id to
        // another plan or new content to it: only a deleted plan (put back
        // under a free id) can still come back safely; a removed row's
        // plan may have changed under it.
        if !self.undo_is_of_a_deletion() {
            self.undo = None;
        }
        if merged.open_plan_changed {
            self.show_active();
        }
        if !merged.is_quiet() || merged.open_plan_changed {
            self.notice = Some(Notice::OtherTab(merged));
        }
    }

    fn undo_is_of_a_deletion(&self) -> bool {
        matches!(&self.undo, Some(offer) if matches!(offer.notice, Notice::Deleted(_)))
    }

    /// A deleted plan and a removed row can come back after edits of other
    /// things; an import or example cannot (it would take the edits along).
    fn undo_survives_edits(&self) -> bool {
        self.undo_is_of_a_deletion()
            || matches!(&self.undo, Some(offer) if matches!(offer.undo, TakeBack::Row(_)))
    }

    /// Plan actions that open another plan: announce which.
    fn opened(&mut self) {
        self.show_active();
        self.undo = None;
        self.notice = Some(Notice::Opened(self.plans.active().title(self.lang)));
    }

    fn request_focus(&mut self, target: FocusTarget) {
        let sequence = self.focus.as_ref().map_or(1, |f| f.sequence + 1);
        self.focus = Some(FocusRequest { target, sequence });
    }

    /// Turns the pages of the lists `path` lies in so that it is shown.
    fn show_path(&mut self, path: &Path) {
        if !edit::is_shown(&self.pages, path) {
            edit::show_path(unique(&mut self.pages), path);
        }
    }

    /// Takes `proposal` if it can be judged; returns false (and changes
    /// nothing) when its totals would not fit in an exact decimal. The
    /// open plan among the saved ones shares the proposal (an `Rc`), and
    /// the edited copy shares every row but the one it changed (`Rows`):
    /// a keystroke copies one row of a large plan, not the plan.
    fn commit(&mut self, proposal: Proposal, now: Millis) -> bool {
        self.revision += 1;
        match judge(&proposal) {
            Some(report) => {
                let proposal = Rc::new(proposal);
                if unique(&mut self.plans).update_active(proposal.clone(), now) {
                    self.saves += 1;
                    // Undoing an import now would take these edits with it;
                    // a deleted plan or a removed row can still come back.
                    if !self.undo_survives_edits() {
                        self.undo = None;
                    }
                }
                // A removed row can come back only while the lists its
                // removal changed stay as it left them.
                if matches!(&self.undo, Some(UndoOffer { undo: TakeBack::Row(row), .. })
                    if row.undone(&proposal).is_none())
                {
                    self.undo = None;
                }
                self.proposal = proposal;
                self.report = Rc::new(report);
                true
            }
            None => false,
        }
    }

    fn text(&mut self, field: &TextField, text: String, now: Millis) {
        let mut proposal = (*self.proposal).clone();
        // A field of a row that is gone, or a choice that is none, changes
        // nothing: the form shows the proposal as it is.
        if edit::set_text(&mut proposal, field, text).is_ok() {
            self.commit(proposal, now);
        }
    }

    fn number(&mut self, field: &NumberField, text: String, now: Millis) {
        // The row is gone (a late event of a removed row): there is no
        // field to show a text at, readable or not.
        if !field.exists(&self.proposal) {
            return;
        }
        let outcome = match read_number(&text, field.kind()) {
            Err(error) => {
                self.revision += 1;
                Err(error)
            }
            Ok(reading) => {
                let mut proposal = (*self.proposal).clone();
                match edit::set_number(&mut proposal, field, reading.map(|r| r.value)) {
                    Err(EditError::TooLarge) => {
                        self.revision += 1;
                        Err(InputError::TooManyDigits)
                    }
                    Err(EditError::NoSuchRow | EditError::UnknownChoice(_)) => return,
                    Ok(()) if self.commit(proposal, now) => Ok(reading.and_then(|r| r.note)),
                    Ok(()) => Err(InputError::TotalTooLarge),
                }
            }
        };
        unique(&mut self.raw).insert(field.path(), RawText { text, outcome });
    }

    fn check(&mut self, field: &CheckField, checked: bool, now: Millis) {
        let mut proposal = (*self.proposal).clone();
        if edit::set_check(&mut proposal, field, checked).is_ok() {
            self.commit(proposal, now);
        }
    }

    fn add(&mut self, list: List, now: Millis) {
        let mut proposal = (*self.proposal).clone();
        let Some(index) = edit::add_row(&mut proposal, list) else {
            return;
        };
        if self.commit(proposal, now) {
            let new_row = list.row_path(index);
            self.pending_removal = None;
            self.show_path(&new_row);
            self.request_focus(FocusTarget::Field(new_row));
        }
    }

    fn move_row(&mut self, list: List, from: usize, direction: Direction, now: Millis) {
        self.close_contributions_paste(list);
        let len = list.len(&self.proposal);
        let Some(to) = edit::move_target(len, from, direction) else {
            return;
        };
        let mut proposal = (*self.proposal).clone();
        edit::swap_rows(&mut proposal, list, from, to);
        if self.commit(proposal, now) {
            self.pending_removal = None;
            let swap = |i: usize| {
                Some(if i == from {
                    to
                } else if i == to {
                    from
                } else {
                    i
                })
            };
            self.raw = Rc::new(edit::rekey(&self.raw, &list.path(), swap));
            self.show_path(&list.row_path(to));
            // Keep the focus on the row that moved; at the end of the list
            // the button in the same direction is disabled, so use the other.
            let at_edge = match direction {
                Direction::Up => to == 0,
                Direction::Down => to + 1 == len,
            };
            let button = match (direction, at_edge) {
                (Direction::Up, false) | (Direction::Down, true) => "move-up",
                (Direction::Down, false) | (Direction::Up, true) => "move-down",
            };
            self.request_focus(FocusTarget::Element(format!(
                "{button}-{}",
                list.row_path(to)
            )));
        }
    }

    fn ask_remove(&mut self, list: List, index: usize, now: Millis) {
        if index >= list.len(&self.proposal) {
            return;
        }
        if edit::references(&self.proposal, list, index) > 0 {
            self.pending_removal = Some((list, index));
            self.show_path(&list.row_path(index));
            self.request_focus(FocusTarget::Element(format!(
                "confirm-remove-{}",
                list.row_path(index)
            )));
        } else {
            self.remove(list, index, now);
        }
    }
}
