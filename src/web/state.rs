//! The app's state and every change to it, as a Yew reducer.
//!
//! The state holds the proposal, the text of every number field as it was
//! typed (so an unreadable value stays visible at its field while the last
//! valid value stays in the proposal), and the report of the proposal,
//! recomputed on every edit.
//!
//! It also holds every saved plan (`storage::SavedPlans`): each edit
//! updates the open plan there, and `saves` counts the changes, so the app
//! writes local storage after each one. Bringing work in (import, example,
//! share link) never overwrites a plan with content, and offers an undo.

use std::collections::BTreeMap;
use std::rc::Rc;

use rust_decimal::Decimal;
use yew::Reducible;

use crate::engine::model::*;
use crate::engine::problem::ReadError;
use crate::engine::profile::Profile;
use crate::engine::report::Report;
use crate::formats::proposal_file::read_proposal;
use crate::formats::share_link::DecodeError;
use crate::formats::storage::{ImportAs, Incoming, Merged, OtherTab, SavedPlans, Undo};
use crate::text::catalogue::Lang;
use crate::text::money_input::{read_number, InputError, NumberKind, ReadNote};

use super::browser::now;

/// A role in the partnership's governance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Strategic,
    Executive,
    TopManagement,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Strategic, Role::Executive, Role::TopManagement];

    pub fn id(self) -> &'static str {
        match self {
            Role::Strategic => "strategic",
            Role::Executive => "executive",
            Role::TopManagement => "top_management",
        }
    }
}

/// A list of rows the user can add to, reorder and remove from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum List {
    Alliances,
    Partners,
    /// The contributions of the partner at this index.
    Contributions(usize),
    Budget,
    Activities,
    /// The outside parties of the activity at this index.
    With(usize),
    Impact,
}

impl List {
    /// The proposal path of the list: `partners[0].contributions`.
    pub fn path(self) -> String {
        match self {
            List::Alliances => "centre.alliances".into(),
            List::Partners => "partners".into(),
            List::Contributions(p) => format!("partners[{p}].contributions"),
            List::Budget => "budget".into(),
            List::Activities => "activities".into(),
            List::With(a) => format!("activities[{a}].with"),
            List::Impact => "impact".into(),
        }
    }

    pub fn row_path(self, index: usize) -> String {
        format!("{}[{index}]", self.path())
    }

    pub fn len(self, proposal: &Proposal) -> usize {
        match self {
            List::Alliances => proposal.centre.alliances.len(),
            List::Partners => proposal.partners.len(),
            List::Contributions(p) => proposal
                .partners
                .get(p)
                .map_or(0, |partner| partner.contributions.len()),
            List::Budget => proposal.budget.len(),
            List::Activities => proposal.activities.len(),
            List::With(a) => proposal
                .activities
                .get(a)
                .map_or(0, |activity| activity.with.len()),
            List::Impact => proposal.impact.len(),
        }
    }
}

/// One form control, by what it edits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Field {
    CentreName,
    CentreType,
    Province,
    StartYear,
    DurationYears,
    Theme(Theme),
    RegionalFit,
    Alliance(usize),
    PartnerName(usize),
    PartnerKind(usize),
    Governance(usize, Role),
    Form(usize, usize),
    Category(usize, usize),
    Hours(usize, usize),
    HourlyRate(usize, usize),
    Amount(usize, usize),
    ContributionYear(usize, usize),
    ContributionDescription(usize, usize),
    BudgetKind(usize),
    BudgetActivity(usize),
    BudgetDescription(usize),
    BudgetAmount(usize),
    BudgetYear(usize),
    ActivityName(usize),
    Goal(usize),
    TargetCount(usize),
    TargetUnit(usize),
    Experiment(usize),
    /// The checkbox of one partner (by id) in an activity's partner list.
    ActivityPartner(usize, String),
    /// One outside party of an activity: activity, then party index.
    WithParty(usize, usize),
    IndicatorGroup(usize),
    Measure(usize),
    IndicatorLabel(usize),
    Baseline(usize),
    IndicatorTarget(usize),
    IndicatorUnit(usize),
}

impl Field {
    /// The proposal path, as `data-field` carries it and findings name it.
    /// A checkbox of a group has the group's path (`centre.themes`).
    pub fn path(&self) -> String {
        use Field::*;
        let contribution =
            |p: &usize, c: &usize, leaf: &str| format!("partners[{p}].contributions[{c}].{leaf}");
        match self {
            CentreName => "centre.name".into(),
            CentreType => "centre.type".into(),
            Province => "centre.province".into(),
            StartYear => "centre.start_year".into(),
            DurationYears => "centre.duration_years".into(),
            Theme(_) => "centre.themes".into(),
            RegionalFit => "centre.regional_fit".into(),
            Alliance(i) => format!("centre.alliances[{i}]"),
            PartnerName(p) => format!("partners[{p}].name"),
            PartnerKind(p) => format!("partners[{p}].kind"),
            Governance(p, role) => format!("partners[{p}].governance.{}", role.id()),
            Form(p, c) => contribution(p, c, "form"),
            Category(p, c) => contribution(p, c, "category"),
            Hours(p, c) => contribution(p, c, "hours"),
            HourlyRate(p, c) => contribution(p, c, "hourly_rate"),
            Amount(p, c) => contribution(p, c, "amount"),
            ContributionYear(p, c) => contribution(p, c, "year"),
            ContributionDescription(p, c) => contribution(p, c, "description"),
            BudgetKind(i) => format!("budget[{i}].kind"),
            BudgetActivity(i) => format!("budget[{i}].activity"),
            BudgetDescription(i) => format!("budget[{i}].description"),
            BudgetAmount(i) => format!("budget[{i}].amount"),
            BudgetYear(i) => format!("budget[{i}].year"),
            ActivityName(i) => format!("activities[{i}].name"),
            Goal(i) => format!("activities[{i}].goal"),
            TargetCount(i) => format!("activities[{i}].target.count"),
            TargetUnit(i) => format!("activities[{i}].target.unit"),
            Experiment(i) => format!("activities[{i}].experiment"),
            ActivityPartner(i, _) => format!("activities[{i}].partners"),
            WithParty(i, j) => format!("activities[{i}].with[{j}]"),
            IndicatorGroup(i) => format!("impact[{i}].group"),
            Measure(i) => format!("impact[{i}].measure"),
            IndicatorLabel(i) => format!("impact[{i}].label"),
            Baseline(i) => format!("impact[{i}].baseline"),
            IndicatorTarget(i) => format!("impact[{i}].target"),
            IndicatorUnit(i) => format!("impact[{i}].unit"),
        }
    }

    /// The `id` of the control: `field-<path>`, plus the value for a
    /// checkbox of a group.
    pub fn dom_id(&self) -> String {
        match self {
            Field::Theme(theme) => format!("field-centre.themes-{}", theme.id()),
            Field::ActivityPartner(i, partner) => {
                format!("field-activities[{i}].partners-{partner}")
            }
            _ => format!("field-{}", self.path()),
        }
    }

    /// What kind of number the field holds, if it is a number field.
    pub fn number_kind(&self) -> Option<NumberKind> {
        use Field::*;
        match self {
            StartYear | DurationYears | ContributionYear(..) | BudgetYear(_) => {
                Some(NumberKind::Whole)
            }
            Amount(..) | HourlyRate(..) | BudgetAmount(_) => Some(NumberKind::Money),
            Hours(..) | TargetCount(_) | Baseline(_) | IndicatorTarget(_) => {
                Some(NumberKind::Quantity)
            }
            _ => None,
        }
    }
}

/// The text typed into a number field and what came of reading it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawText {
    pub text: String,
    pub outcome: Result<Option<ReadNote>, InputError>,
}

/// Typed texts of number fields, by path. A field without an entry shows
/// the value of the proposal.
pub type RawTexts = BTreeMap<String, RawText>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
}

/// The examples that ship with the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Example {
    CivSlimmeMaakindustrie,
    Empty,
}

impl Example {
    pub const ALL: [Example; 2] = [Example::CivSlimmeMaakindustrie, Example::Empty];

    pub fn id(self) -> &'static str {
        match self {
            Example::CivSlimmeMaakindustrie => "civ-slimme-maakindustrie",
            Example::Empty => "empty",
        }
    }

    pub fn file(self) -> &'static str {
        match self {
            Example::CivSlimmeMaakindustrie => {
                include_str!(concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/examples/civ-slimme-maakindustrie.json"
                ))
            }
            Example::Empty => {
                include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/empty.json"))
            }
        }
    }

    pub fn proposal(self) -> Proposal {
        read_proposal(self.file()).expect("the shipped examples are valid proposals")
    }
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
}

/// An offer to take back what was just done, with what it says.
#[derive(Clone, Debug, PartialEq)]
pub struct UndoOffer {
    pub undo: Undo,
    pub notice: Notice,
}

/// A request to move the keyboard focus after the next render.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FocusRequest {
    pub element_id: String,
    pub sequence: u64,
}

pub enum Msg {
    Input(Field, String),
    Check(Field, bool),
    Add(List),
    Move(List, usize, Direction),
    /// Removes a row, or asks first when other rows point at it.
    Remove(List, usize),
    ConfirmRemove,
    CancelRemove,
    LoadExample(Example),
    Import {
        file_name: String,
        text: String,
    },
    ImportNotText {
        file_name: String,
    },
    SetLang(Lang),
    NewPlan,
    DuplicatePlan,
    SwitchPlan(String),
    RenamePlan(String),
    DeletePlan,
    Undo,
    /// A share link was opened: its plan, or why it cannot be read.
    Shared(Result<Proposal, DecodeError>),
    /// Shows page `.1` of the list at path `.0`, then focuses the element
    /// with id `.2`, if any.
    Page(String, usize, Option<String>),
    /// Shows the field at a proposal path (turning the pages of the lists
    /// it lies in) and focuses it: a finding's link.
    Reveal(String),
    /// Another tab saved plans: merge them in (src/formats/storage/merge.rs).
    OtherTab(Rc<OtherTab>),
    /// The host page (its origin) sent a proposal (docs/embed.md): a new
    /// plan, as an import.
    FromHost(String, Proposal),
}

/// How many rows of a list the form shows at once. Longer lists are shown
/// a page at a time, so a plan of 20,000 budget lines stays light.
pub const PAGE_SIZE: usize = 25;

/// The page shown of each long list, by list path (`budget`,
/// `partners[3].contributions`, `activities[0].partners`); none is the first.
pub type Pages = BTreeMap<String, usize>;

/// The page to show of a list of `len` rows, and the rows on it: the one
/// asked for, or the last when the list became shorter.
pub fn page_of(pages: &Pages, list: &str, len: usize) -> (usize, std::ops::Range<usize>) {
    let last = len.saturating_sub(1) / PAGE_SIZE;
    let page = pages.get(list).copied().unwrap_or(0).min(last);
    (page, rows_on(page, len))
}

/// The rows on `page` of a list of `len` rows.
pub fn rows_on(page: usize, len: usize) -> std::ops::Range<usize> {
    let start = page * PAGE_SIZE;
    start.min(len)..len.min(start + PAGE_SIZE)
}

/// The lists a proposal path lies in, each with the row's index:
/// `partners[3].contributions[1].amount` → `partners` 3,
/// `partners[3].contributions` 1.
pub fn rows_in_path(path: &str) -> Vec<(&str, usize)> {
    path.match_indices('[')
        .filter_map(|(at, _)| {
            let rest = &path[at + 1..];
            let index = rest[..rest.find(']')?].parse().ok()?;
            Some((&path[..at], index))
        })
        .collect()
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
}

fn judge(proposal: &Proposal) -> Option<Report> {
    let profile = Profile::by_id(&proposal.profile).unwrap_or_else(Profile::katapult);
    crate::engine::evaluate::evaluate(proposal, profile).ok()
}

impl Default for State {
    fn default() -> Self {
        State::with_proposal(Proposal::default())
    }
}

impl State {
    pub fn with_proposal(proposal: Proposal) -> Self {
        let mut plans = SavedPlans::new(Lang::Nl, now());
        plans.update_active(proposal, now());
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
            notice: None,
            pending_removal: None,
            pages: Rc::default(),
            focus: None,
            plans: Rc::new(plans),
            saves: 0,
            undo: None,
            share_error: None,
        }
    }

    fn plans_mut(&mut self) -> &mut SavedPlans {
        self.saves += 1;
        Rc::make_mut(&mut self.plans)
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
        self.share_error = None;
        self.pending_removal = None;
        self.pages = Rc::default();
    }

    /// A proposal from outside (file, example) as a plan of its own, so it
    /// never replaces work; an untouched empty plan it leaves goes away.
    fn bring_in(&mut self, proposal: Proposal, notice: Notice) {
        let time = now();
        let plans = self.plans_mut();
        let before = plans.active();
        let untouched = before.name.is_empty() && *before.proposal == Proposal::default();
        let before = before.id.clone();
        let undo = plans.import(proposal, ImportAs::NewPlan, time);
        if untouched {
            let _ = plans.delete(&before, time);
        }
        self.show_active();
        self.offer(undo, notice);
    }

    fn offer(&mut self, undo: Undo, notice: Notice) {
        self.notice = Some(notice.clone());
        self.undo = Some(UndoOffer { undo, notice });
    }

    fn shared(&mut self, proposal: Proposal) {
        let time = now();
        let incoming = self.plans.incoming(&proposal);
        let plans = self.plans_mut();
        let undo = match &incoming {
            Incoming::AlreadySaved(id) => {
                let _ = plans.switch(id);
                None
            }
            Incoming::IntoEmptyPlan => Some(plans.import(proposal, ImportAs::ReplaceActive, time)),
            Incoming::AsNewPlan => Some(plans.import(proposal, ImportAs::NewPlan, time)),
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
    fn other_tab(&mut self, other: &OtherTab) {
        let mut plans = (*self.plans).clone();
        let merged = plans.merge(&other.base, &other.theirs, now());
        if plans == *self.plans {
            return;
        }
        self.plans = Rc::new(plans);
        self.saves += 1;
        // An undo names plans by id, and the merge may have given an id to
        // another plan or new content to it: only a deleted plan (put back
        // under a free id) can still come back safely.
        if !matches!(&self.undo, Some(offer) if matches!(offer.notice, Notice::Deleted(_))) {
            self.undo = None;
        }
        if merged.open_plan_changed {
            self.show_active();
        }
        if !merged.is_quiet() || merged.open_plan_changed {
            self.notice = Some(Notice::OtherTab(merged));
        }
    }

    /// Plan actions that open another plan: announce which.
    fn opened(&mut self) {
        self.show_active();
        self.undo = None;
        self.notice = Some(Notice::Opened(self.plans.active().title(self.lang)));
    }

    fn request_focus(&mut self, element_id: String) {
        let sequence = self.focus.as_ref().map_or(1, |f| f.sequence + 1);
        self.focus = Some(FocusRequest {
            element_id,
            sequence,
        });
    }

    /// Turns the pages of the lists `path` lies in so that it is shown.
    fn show_path(&mut self, path: &str) {
        let rows = rows_in_path(path);
        if rows
            .iter()
            .all(|(list, index)| self.pages.get(*list).copied().unwrap_or(0) == index / PAGE_SIZE)
        {
            return;
        }
        let pages = Rc::make_mut(&mut self.pages);
        for (list, index) in rows {
            pages.insert(list.to_string(), index / PAGE_SIZE);
        }
    }

    /// Takes `proposal` if it can be judged; returns false (and changes
    /// nothing) when its totals would not fit in an exact decimal. The
    /// open plan among the saved ones shares the proposal (an `Rc`), so
    /// a keystroke copies a large plan once, not three times.
    fn commit(&mut self, proposal: Proposal) -> bool {
        self.revision += 1;
        match judge(&proposal) {
            Some(report) => {
                let proposal = Rc::new(proposal);
                if Rc::make_mut(&mut self.plans).update_active(proposal.clone(), now()) {
                    self.saves += 1;
                    // Undoing an import now would take these edits with it;
                    // a deleted plan can still come back.
                    if !matches!(&self.undo, Some(offer) if matches!(offer.notice, Notice::Deleted(_)))
                    {
                        self.undo = None;
                    }
                }
                self.proposal = proposal;
                self.report = Rc::new(report);
                true
            }
            None => false,
        }
    }

    fn input(&mut self, field: Field, text: String) {
        let mut proposal = (*self.proposal).clone();
        let Some(kind) = field.number_kind() else {
            set_text(&mut proposal, &field, text);
            self.commit(proposal);
            return;
        };
        let path = field.path();
        let outcome = match read_number(&text, kind) {
            Err(error) => {
                self.revision += 1;
                Err(error)
            }
            Ok(reading) => {
                let value = reading.map(|r| r.value);
                match set_number(&mut proposal, &field, value) {
                    Err(error) => {
                        self.revision += 1;
                        Err(error)
                    }
                    Ok(()) if self.commit(proposal) => Ok(reading.and_then(|r| r.note)),
                    Ok(()) => Err(InputError::TotalTooLarge),
                }
            }
        };
        Rc::make_mut(&mut self.raw).insert(path, RawText { text, outcome });
    }

    fn check(&mut self, field: Field, checked: bool) {
        let mut proposal = (*self.proposal).clone();
        set_check(&mut proposal, &field, checked);
        self.commit(proposal);
    }

    fn add(&mut self, list: List) {
        let mut proposal = (*self.proposal).clone();
        match list {
            List::Alliances => proposal.centre.alliances.push(String::new()),
            List::Partners => {
                let id = unique_id("p", proposal.partners.iter().map(|p| p.id.as_str()));
                proposal.partners.push(Partner {
                    id,
                    name: String::new(),
                    kind: PartnerKind::Company,
                    governance: Governance::default(),
                    contributions: Vec::new(),
                });
            }
            List::Contributions(p) => match proposal.partners.get_mut(p) {
                Some(partner) => partner.contributions.push(Contribution::new(Form::Cash)),
                None => return,
            },
            List::Budget => proposal.budget.push(BudgetLine::default()),
            List::Activities => {
                let id = unique_id("a", proposal.activities.iter().map(|a| a.id.as_str()));
                proposal.activities.push(Activity {
                    id,
                    name: String::new(),
                    goal: None,
                    target: Target::default(),
                    experiment: false,
                    partners: Vec::new(),
                    with: Vec::new(),
                });
            }
            List::With(a) => match proposal.activities.get_mut(a) {
                Some(activity) => activity.with.push(String::new()),
                None => return,
            },
            List::Impact => proposal.impact.push(Indicator {
                group: Group::Students,
                label: String::new(),
                measure: crate::engine::model::Measure::Count,
                baseline: None,
                target: None,
                unit: String::new(),
            }),
        }
        let new_row = list.row_path(list.len(&proposal) - 1);
        if self.commit(proposal) {
            self.pending_removal = None;
            self.show_path(&new_row);
            self.request_focus(format!("field-{new_row}"));
        }
    }

    fn move_row(&mut self, list: List, from: usize, direction: Direction) {
        let len = list.len(&self.proposal);
        let to = match direction {
            Direction::Up if from > 0 => from - 1,
            Direction::Down if from + 1 < len => from + 1,
            _ => return,
        };
        let mut proposal = (*self.proposal).clone();
        match list {
            List::Alliances => proposal.centre.alliances.swap(from, to),
            List::Partners => proposal.partners.swap(from, to),
            List::Contributions(p) => proposal.partners[p].contributions.swap(from, to),
            List::Budget => proposal.budget.swap(from, to),
            List::Activities => proposal.activities.swap(from, to),
            List::With(a) => proposal.activities[a].with.swap(from, to),
            List::Impact => proposal.impact.swap(from, to),
        }
        if self.commit(proposal) {
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
            self.raw = Rc::new(rekey(&self.raw, &list.path(), swap));
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
            self.request_focus(format!("{button}-{}", list.row_path(to)));
        }
    }

    /// How many other rows point at a row, which removing it would change.
    pub fn references(proposal: &Proposal, list: List, index: usize) -> usize {
        match list {
            List::Partners => proposal.partners.get(index).map_or(0, |partner| {
                proposal
                    .activities
                    .iter()
                    .filter(|a| a.partners.contains(&partner.id))
                    .count()
            }),
            List::Activities => proposal.activities.get(index).map_or(0, |activity| {
                proposal
                    .budget
                    .iter()
                    .filter(|line| line.activity.as_deref() == Some(activity.id.as_str()))
                    .count()
            }),
            _ => 0,
        }
    }

    fn ask_remove(&mut self, list: List, index: usize) {
        if index >= list.len(&self.proposal) {
            return;
        }
        if State::references(&self.proposal, list, index) > 0 {
            self.pending_removal = Some((list, index));
            self.show_path(&list.row_path(index));
            self.request_focus(format!("confirm-remove-{}", list.row_path(index)));
        } else {
            self.remove(list, index);
        }
    }

    fn remove(&mut self, list: List, index: usize) {
        if index >= list.len(&self.proposal) {
            return;
        }
        let mut proposal = (*self.proposal).clone();
        match list {
            List::Alliances => {
                proposal.centre.alliances.remove(index);
            }
            List::Partners => {
                let partner = proposal.partners.remove(index);
                for activity in &mut proposal.activities {
                    activity.partners.retain(|id| *id != partner.id);
                }
            }
            List::Contributions(p) => {
                proposal.partners[p].contributions.remove(index);
            }
            List::Budget => {
                proposal.budget.remove(index);
            }
            List::Activities => {
                let activity = proposal.activities.remove(index);
                for line in &mut proposal.budget {
                    if line.activity.as_deref() == Some(activity.id.as_str()) {
                        line.activity = None;
                    }
                }
            }
            List::With(a) => {
                proposal.activities[a].with.remove(index);
            }
            List::Impact => {
                proposal.impact.remove(index);
            }
        }
        if self.commit(proposal) {
            self.pending_removal = None;
            let shift = |i: usize| match i.cmp(&index) {
                std::cmp::Ordering::Less => Some(i),
                std::cmp::Ordering::Equal => None,
                std::cmp::Ordering::Greater => Some(i - 1),
            };
            self.raw = Rc::new(rekey(&self.raw, &list.path(), shift));
            self.request_focus(format!("add-{}", list.path()));
        }
    }
}

impl Reducible for State {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let mut next = (*self).clone();
        // Turning pages is no change of the plan: it keeps the notice.
        match msg {
            Msg::Page(list, page, focus) => {
                Rc::make_mut(&mut next.pages).insert(list, page);
                if let Some(id) = focus {
                    next.request_focus(id);
                }
                return Rc::new(next);
            }
            Msg::Reveal(path) => {
                next.show_path(&path);
                next.request_focus(format!("field-{path}"));
                return Rc::new(next);
            }
            // Keeps the notice unless the merge has something to say.
            Msg::OtherTab(other) => {
                next.other_tab(&other);
                return Rc::new(next);
            }
            _ => next.notice = None,
        }
        match msg {
            Msg::Page(..) | Msg::Reveal(_) | Msg::OtherTab(_) => {}
            Msg::Input(field, text) => next.input(field, text),
            Msg::Check(field, checked) => next.check(field, checked),
            Msg::Add(list) => next.add(list),
            Msg::Move(list, index, direction) => next.move_row(list, index, direction),
            Msg::Remove(list, index) => next.ask_remove(list, index),
            Msg::ConfirmRemove => {
                if let Some((list, index)) = next.pending_removal.take() {
                    next.remove(list, index);
                }
            }
            Msg::CancelRemove => {
                if let Some((list, index)) = next.pending_removal.take() {
                    next.request_focus(format!("remove-{}", list.row_path(index)));
                }
            }
            Msg::LoadExample(example) => {
                next.bring_in(example.proposal(), Notice::Example(example))
            }
            Msg::Import { file_name, text } => match read_proposal(&text) {
                Ok(proposal) => next.bring_in(proposal, Notice::Imported(file_name)),
                Err(error) => {
                    next.import_error = Some(ImportError {
                        file_name,
                        error: Some(error),
                    })
                }
            },
            Msg::ImportNotText { file_name } => {
                next.import_error = Some(ImportError {
                    file_name,
                    error: None,
                })
            }
            Msg::SetLang(lang) => {
                next.lang = lang;
                next.plans_mut().lang = lang;
            }
            Msg::NewPlan => {
                next.plans_mut().create("", now());
                next.opened();
            }
            Msg::DuplicatePlan => {
                let id = next.plans.active_id().to_string();
                if next.plans_mut().duplicate(&id, now()).is_ok() {
                    next.opened();
                }
            }
            Msg::SwitchPlan(id) => {
                if id != next.plans.active_id() && next.plans_mut().switch(&id).is_ok() {
                    next.opened();
                }
            }
            Msg::RenamePlan(name) => {
                let id = next.plans.active_id().to_string();
                let _ = next.plans_mut().rename(&id, &name);
            }
            Msg::DeletePlan => {
                let title = next.plans.active().title(next.lang);
                let id = next.plans.active_id().to_string();
                if let Ok(undo) = next.plans_mut().delete(&id, now()) {
                    next.show_active();
                    next.offer(undo, Notice::Deleted(title));
                }
            }
            Msg::Undo => {
                if let Some(offer) = next.undo.take() {
                    if next.plans_mut().undo(offer.undo).is_ok() {
                        next.show_active();
                        next.notice = Some(Notice::Undone);
                    }
                }
            }
            Msg::Shared(Ok(proposal)) => next.shared(proposal),
            Msg::Shared(Err(error)) => next.share_error = Some(error),
            Msg::FromHost(origin, proposal) => next.bring_in(proposal, Notice::FromHost(origin)),
        }
        Rc::new(next)
    }
}

/// `p1`, `p2`, …: the first that is not taken.
fn unique_id<'a>(prefix: &str, taken: impl Iterator<Item = &'a str>) -> String {
    let taken: Vec<&str> = taken.collect();
    (1..)
        .map(|n| format!("{prefix}{n}"))
        .find(|id| !taken.contains(&id.as_str()))
        .expect("some number is free")
}

/// Moves typed texts along with their rows: every key under
/// `list_path[i]` becomes `list_path[map(i)]`, or is dropped for `None`.
pub fn rekey(raw: &RawTexts, list_path: &str, map: impl Fn(usize) -> Option<usize>) -> RawTexts {
    let prefix = format!("{list_path}[");
    // Inserted one by one: collecting into a BTreeMap sorts a vector first,
    // and each such sort adds kilobytes to the download.
    let mut moved = RawTexts::new();
    for (key, text) in raw {
        let new_key = match key
            .strip_prefix(&prefix)
            .and_then(|rest| rest.split_once(']'))
        {
            Some((index, tail)) => match index.parse::<usize>() {
                Ok(index) => match map(index) {
                    Some(new) => format!("{prefix}{new}]{tail}"),
                    None => continue,
                },
                Err(_) => key.clone(),
            },
            None => key.clone(),
        };
        moved.insert(new_key, text.clone());
    }
    moved
}

fn set_text(proposal: &mut Proposal, field: &Field, text: String) {
    use Field::*;
    let optional = |text: &str| (!text.is_empty()).then(|| text.to_string());
    match field {
        CentreName => proposal.centre.name = text,
        CentreType => {
            proposal.centre.centre_type = crate::engine::model::CentreType::from_id(&text)
        }
        Province => proposal.centre.province = crate::engine::model::Province::from_id(&text),
        RegionalFit => proposal.centre.regional_fit = text,
        Alliance(i) => {
            if let Some(alliance) = proposal.centre.alliances.get_mut(*i) {
                *alliance = text;
            }
        }
        PartnerName(p) => {
            if let Some(partner) = proposal.partners.get_mut(*p) {
                partner.name = text;
            }
        }
        PartnerKind(p) => {
            if let (Some(partner), Some(kind)) = (
                proposal.partners.get_mut(*p),
                crate::engine::model::PartnerKind::from_id(&text),
            ) {
                partner.kind = kind;
            }
        }
        Form(p, c) => {
            if let (Some(contribution), Some(form)) = (
                contribution_mut(proposal, *p, *c),
                crate::engine::model::Form::from_id(&text),
            ) {
                contribution.form = form;
            }
        }
        Category(p, c) => {
            if let Some(contribution) = contribution_mut(proposal, *p, *c) {
                contribution.category = InKindCategory::from_id(&text);
            }
        }
        ContributionDescription(p, c) => {
            if let Some(contribution) = contribution_mut(proposal, *p, *c) {
                contribution.description = text;
            }
        }
        BudgetKind(i) => {
            if let Some(line) = proposal.budget.get_mut(*i) {
                line.kind = crate::engine::model::BudgetKind::from_id(&text);
            }
        }
        BudgetActivity(i) => {
            if let Some(line) = proposal.budget.get_mut(*i) {
                line.activity = optional(&text);
            }
        }
        BudgetDescription(i) => {
            if let Some(line) = proposal.budget.get_mut(*i) {
                line.description = text;
            }
        }
        ActivityName(i) => {
            if let Some(activity) = proposal.activities.get_mut(*i) {
                activity.name = text;
            }
        }
        Goal(i) => {
            if let Some(activity) = proposal.activities.get_mut(*i) {
                activity.goal = crate::engine::model::Goal::from_id(&text);
            }
        }
        TargetUnit(i) => {
            if let Some(activity) = proposal.activities.get_mut(*i) {
                activity.target.unit = text;
            }
        }
        WithParty(i, j) => {
            if let Some(party) = proposal
                .activities
                .get_mut(*i)
                .and_then(|activity| activity.with.get_mut(*j))
            {
                *party = text;
            }
        }
        Measure(i) => {
            if let (Some(indicator), Some(measure)) = (
                proposal.impact.get_mut(*i),
                crate::engine::model::Measure::from_id(&text),
            ) {
                indicator.measure = measure;
            }
        }
        IndicatorGroup(i) => {
            if let (Some(indicator), Some(group)) =
                (proposal.impact.get_mut(*i), Group::from_id(&text))
            {
                indicator.group = group;
            }
        }
        IndicatorLabel(i) => {
            if let Some(indicator) = proposal.impact.get_mut(*i) {
                indicator.label = text;
            }
        }
        IndicatorUnit(i) => {
            if let Some(indicator) = proposal.impact.get_mut(*i) {
                indicator.unit = text;
            }
        }
        _ => {}
    }
}

fn contribution_mut(proposal: &mut Proposal, p: usize, c: usize) -> Option<&mut Contribution> {
    proposal.partners.get_mut(p)?.contributions.get_mut(c)
}

fn set_number(
    proposal: &mut Proposal,
    field: &Field,
    value: Option<Decimal>,
) -> Result<(), InputError> {
    use Field::*;
    let whole = |value: Option<Decimal>| -> Result<Option<i32>, InputError> {
        value
            .map(|v| i32::try_from(v).map_err(|_| InputError::TooManyDigits))
            .transpose()
    };
    match field {
        StartYear => proposal.centre.start_year = whole(value)?,
        DurationYears => {
            proposal.centre.duration_years = whole(value)?.map(|years| years.unsigned_abs())
        }
        Hours(p, c) => {
            if let Some(contribution) = contribution_mut(proposal, *p, *c) {
                contribution.hours = value;
            }
        }
        HourlyRate(p, c) => {
            if let Some(contribution) = contribution_mut(proposal, *p, *c) {
                contribution.hourly_rate = value;
            }
        }
        Amount(p, c) => {
            if let Some(contribution) = contribution_mut(proposal, *p, *c) {
                contribution.amount = value;
            }
        }
        ContributionYear(p, c) => {
            let year = whole(value)?;
            if let Some(contribution) = contribution_mut(proposal, *p, *c) {
                contribution.year = year;
            }
        }
        BudgetAmount(i) => {
            if let Some(line) = proposal.budget.get_mut(*i) {
                line.amount = value;
            }
        }
        BudgetYear(i) => {
            let year = whole(value)?;
            if let Some(line) = proposal.budget.get_mut(*i) {
                line.year = year;
            }
        }
        TargetCount(i) => {
            if let Some(activity) = proposal.activities.get_mut(*i) {
                activity.target.count = value;
            }
        }
        Baseline(i) => {
            if let Some(indicator) = proposal.impact.get_mut(*i) {
                indicator.baseline = value;
            }
        }
        IndicatorTarget(i) => {
            if let Some(indicator) = proposal.impact.get_mut(*i) {
                indicator.target = value;
            }
        }
        _ => {}
    }
    Ok(())
}

fn set_check(proposal: &mut Proposal, field: &Field, checked: bool) {
    use Field::*;
    match field {
        Theme(theme) => {
            let themes = &mut proposal.centre.themes;
            themes.retain(|t| t != theme);
            if checked {
                themes.push(*theme);
                // Keep the order the form offers them in.
                themes.sort_unstable();
            }
        }
        Governance(p, role) => {
            if let Some(partner) = proposal.partners.get_mut(*p) {
                let flag = match role {
                    Role::Strategic => &mut partner.governance.strategic,
                    Role::Executive => &mut partner.governance.executive,
                    Role::TopManagement => &mut partner.governance.top_management,
                };
                *flag = checked;
            }
        }
        Experiment(i) => {
            if let Some(activity) = proposal.activities.get_mut(*i) {
                activity.experiment = checked;
            }
        }
        ActivityPartner(i, id) => {
            let order: Vec<String> = proposal.partners.iter().map(|p| p.id.clone()).collect();
            if let Some(activity) = proposal.activities.get_mut(*i) {
                activity.partners.retain(|p| p != id);
                if checked {
                    activity.partners.push(id.clone());
                    // Partners in the order of the partner list; unknown ids last.
                    activity.partners.sort_unstable_by_key(|p| {
                        order.iter().position(|o| o == p).unwrap_or(usize::MAX)
                    });
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::report::Status;

    fn reduce(state: State, msg: Msg) -> State {
        (*Rc::new(state).reduce(msg)).clone()
    }

    #[test]
    fn an_unreadable_amount_keeps_the_last_valid_value() {
        let mut state = reduce(State::default(), Msg::Add(List::Budget));
        state = reduce(
            state,
            Msg::Input(Field::BudgetAmount(0), "€ 1.234,56".into()),
        );
        assert_eq!(
            state.proposal.budget[0].amount,
            Some(Decimal::new(123456, 2))
        );
        state = reduce(state, Msg::Input(Field::BudgetAmount(0), "1.234,5x".into()));
        assert_eq!(
            state.proposal.budget[0].amount,
            Some(Decimal::new(123456, 2))
        );
        assert_eq!(
            state.raw["budget[0].amount"].outcome,
            Err(InputError::NotANumber)
        );
    }

    #[test]
    fn every_edit_recomputes_the_report() {
        let state = State::default();
        let first = state.revision;
        let state = reduce(state, Msg::Input(Field::CentreName, "Centrum".into()));
        assert_eq!(state.revision, first + 1);
        assert_eq!(state.proposal.centre.name, "Centrum");
    }

    #[test]
    fn removing_a_partner_in_use_asks_first_and_then_clears_references() {
        let state = reduce(
            State::default(),
            Msg::LoadExample(Example::CivSlimmeMaakindustrie),
        );
        assert_eq!(state.report.verdict, Status::Meets);
        let state = reduce(state, Msg::Remove(List::Partners, 0));
        assert_eq!(state.pending_removal, Some((List::Partners, 0)));
        assert_eq!(state.proposal.partners.len(), 8);
        let state = reduce(state, Msg::ConfirmRemove);
        assert_eq!(state.proposal.partners.len(), 7);
        assert!(state
            .proposal
            .activities
            .iter()
            .all(|a| !a.partners.contains(&"roc".to_string())));
    }

    #[test]
    fn typed_texts_move_with_their_rows() {
        let mut state = State::default();
        for _ in 0..3 {
            state = reduce(state, Msg::Add(List::Budget));
        }
        state = reduce(state, Msg::Input(Field::BudgetAmount(2), "12a".into()));
        state = reduce(state, Msg::Move(List::Budget, 2, Direction::Up));
        assert!(state.raw.contains_key("budget[1].amount"));
        state = reduce(state, Msg::Remove(List::Budget, 0));
        assert!(state.raw.contains_key("budget[0].amount"));
        assert_eq!(state.raw.len(), 1);
    }

    #[test]
    fn a_refused_import_changes_nothing() {
        let state = reduce(
            State::default(),
            Msg::LoadExample(Example::CivSlimmeMaakindustrie),
        );
        let before = state.proposal.clone();
        let state = reduce(
            state,
            Msg::Import {
                file_name: "x.json".into(),
                text: r#"{"format":"centra-check/proposal","version":1,"partners":[{"id":"a","name":"A","kind":"company","contributons":[]}]}"#.into(),
            },
        );
        assert_eq!(state.proposal, before);
        let error = state.import_error.unwrap().error.unwrap();
        assert_eq!(error.path, "partners[0].contributons");
    }

    fn civ() -> Proposal {
        Example::CivSlimmeMaakindustrie.proposal()
    }

    #[test]
    fn every_edit_updates_the_open_plan_and_asks_for_a_save() {
        let state = State::default();
        let saves = state.saves;
        let state = reduce(state, Msg::Input(Field::CentreName, "Centrum".into()));
        assert_eq!(state.plans.active().proposal.centre.name, "Centrum");
        assert!(state.saves > saves);
        let saves = state.saves;
        let state = reduce(state, Msg::SetLang(Lang::En));
        assert_eq!(state.plans.lang, Lang::En);
        assert!(state.saves > saves, "the language is saved too");
    }

    #[test]
    fn an_edit_shares_the_proposal_with_the_saved_plans_instead_of_copying_it() {
        let state = reduce(
            State::default(),
            Msg::LoadExample(Example::CivSlimmeMaakindustrie),
        );
        let state = reduce(state, Msg::Input(Field::Amount(0, 0), "12345".into()));
        assert_eq!(
            state.proposal.partners[0].contributions[0].amount,
            Some(Decimal::new(12345, 0))
        );
        assert!(Rc::ptr_eq(&state.proposal, &state.plans.active().proposal));
    }

    #[test]
    fn an_import_never_replaces_work_and_can_be_undone() {
        let state = reduce(
            State::default(),
            Msg::Input(Field::CentreName, "Mijn werk".into()),
        );
        let text = Example::CivSlimmeMaakindustrie.file().to_string();
        let file_name = "plan.json".to_string();
        let state = reduce(state, Msg::Import { file_name, text });
        assert_eq!(state.plans.plans().len(), 2);
        assert_eq!(*state.proposal, civ());
        assert_eq!(state.notice, Some(Notice::Imported("plan.json".into())));
        assert!(state.undo.is_some());
        let state = reduce(state, Msg::Undo);
        assert_eq!(state.plans.plans().len(), 1);
        assert_eq!(state.proposal.centre.name, "Mijn werk");
        assert_eq!(state.notice, Some(Notice::Undone));
    }

    #[test]
    fn an_example_into_an_untouched_plan_leaves_no_empty_plan_behind() {
        let state = reduce(
            State::default(),
            Msg::LoadExample(Example::CivSlimmeMaakindustrie),
        );
        assert_eq!(state.plans.plans().len(), 1);
        assert_eq!(*state.proposal, civ());
        // Over work, the empty form is a new plan: nothing is lost.
        let state = reduce(state, Msg::LoadExample(Example::Empty));
        assert_eq!(state.plans.plans().len(), 2);
        assert_eq!(*state.proposal, Proposal::default());
        let state = reduce(state, Msg::Undo);
        assert_eq!(*state.proposal, civ());
    }

    #[test]
    fn plans_are_made_switched_and_deleted_with_undo() {
        let state = reduce(State::default(), Msg::Input(Field::CentreName, "A".into()));
        let first = state.plans.active_id().to_string();
        let state = reduce(state, Msg::DuplicatePlan);
        assert_eq!(state.proposal.centre.name, "A");
        assert_eq!(state.plans.active().name, "A (kopie)");
        let state = reduce(state, Msg::RenamePlan(" B ".into()));
        assert_eq!(state.plans.active().title(Lang::Nl), "B");
        let state = reduce(state, Msg::NewPlan);
        assert_eq!(*state.proposal, Proposal::default());
        assert_eq!(state.plans.plans().len(), 3);
        let state = reduce(state, Msg::SwitchPlan(first.clone()));
        assert_eq!(state.proposal.centre.name, "A");
        let state = reduce(state, Msg::DeletePlan);
        assert_eq!(state.notice, Some(Notice::Deleted("A".into())));
        assert_eq!(state.plans.plans().len(), 2);
        // An edit elsewhere keeps the way back to a deleted plan open.
        let state = reduce(state, Msg::Input(Field::CentreName, "C".into()));
        let state = reduce(state, Msg::Undo);
        assert_eq!(state.plans.active_id(), first);
        assert_eq!(state.proposal.centre.name, "A");
        assert_eq!(state.plans.plans().len(), 3);
    }

    #[test]
    fn an_edit_after_an_import_withdraws_its_undo() {
        let state = reduce(
            State::default(),
            Msg::Input(Field::CentreName, "Mijn werk".into()),
        );
        let state = reduce(state, Msg::LoadExample(Example::CivSlimmeMaakindustrie));
        let state = reduce(state, Msg::Input(Field::CentreName, "Aangepast".into()));
        assert_eq!(state.undo, None);
    }

    #[test]
    fn paths_name_the_rows_of_their_lists() {
        assert_eq!(
            rows_in_path("partners[1234].contributions[1].amount"),
            vec![("partners", 1234), ("partners[1234].contributions", 1)]
        );
        assert_eq!(rows_in_path("centre.name"), vec![]);
        assert_eq!(
            rows_in_path("activities[3].partners"),
            vec![("activities", 3)]
        );
    }

    #[test]
    fn a_page_is_clamped_to_the_list() {
        let mut pages = Pages::new();
        assert_eq!(page_of(&pages, "budget", 0), (0, 0..0));
        assert_eq!(page_of(&pages, "budget", 60), (0, 0..PAGE_SIZE));
        pages.insert("budget".into(), 99);
        let last = (60 - 1) / PAGE_SIZE;
        assert_eq!(page_of(&pages, "budget", 60), (last, last * PAGE_SIZE..60));
    }

    fn many_lines(n: usize) -> State {
        State::with_proposal(Proposal {
            budget: vec![BudgetLine::default(); n],
            ..Proposal::default()
        })
    }

    #[test]
    fn a_finding_on_another_page_turns_to_it_and_asks_for_its_field() {
        let state = many_lines(20_000);
        let revision = state.revision;
        let state = reduce(state, Msg::Reveal("budget[12345].amount".into()));
        assert_eq!(state.pages.get("budget"), Some(&(12345 / PAGE_SIZE)));
        assert_eq!(
            state.focus.as_ref().map(|f| f.element_id.as_str()),
            Some("field-budget[12345].amount")
        );
        assert_eq!(state.revision, revision, "turning a page is no edit");
        let (_, rows) = page_of(&state.pages, "budget", 20_000);
        assert!(rows.contains(&12345));
    }

    #[test]
    fn a_new_row_and_a_moved_row_stay_in_sight() {
        let state = reduce(many_lines(3 * PAGE_SIZE), Msg::Add(List::Budget));
        assert_eq!(state.pages.get("budget"), Some(&3));
        let state = reduce(state, Msg::Page("budget".into(), 1, None));
        let state = reduce(
            state,
            Msg::Move(List::Budget, 2 * PAGE_SIZE - 1, Direction::Down),
        );
        assert_eq!(state.pages.get("budget"), Some(&2));
    }

    #[test]
    fn turning_a_page_keeps_the_notice() {
        let state = reduce(
            many_lines(2 * PAGE_SIZE),
            Msg::LoadExample(Example::CivSlimmeMaakindustrie),
        );
        let notice = state.notice.clone();
        assert!(notice.is_some());
        let state = reduce(state, Msg::Page("budget".into(), 1, None));
        assert_eq!(state.notice, notice);
    }

    #[test]
    fn another_tabs_save_updates_an_unchanged_open_plan_and_keeps_an_edited_one() {
        let mut base = SavedPlans::new(Lang::Nl, 0);
        base.update_active(civ(), 0);
        let mut theirs = base.clone();
        let mut changed = civ();
        changed.centre.name = "Elders gewijzigd".into();
        theirs.update_active(changed, 1);
        let other = Rc::new(OtherTab {
            base: base.clone(),
            theirs,
        });

        let state = reduce(
            State::with_plans(base.clone()),
            Msg::OtherTab(other.clone()),
        );
        assert_eq!(state.proposal.centre.name, "Elders gewijzigd");
        assert_eq!(state.plans.plans().len(), 1);
        assert!(matches!(&state.notice, Some(Notice::OtherTab(m)) if m.open_plan_changed));

        let state = reduce(
            State::with_plans(base),
            Msg::Input(Field::CentreName, "Hier gewijzigd".into()),
        );
        let saves = state.saves;
        let state = reduce(state, Msg::OtherTab(other));
        assert_eq!(
            state.proposal.centre.name, "Hier gewijzigd",
            "the form keeps its edit"
        );
        let names: Vec<&str> = state
            .plans
            .plans()
            .iter()
            .map(|p| p.proposal.centre.name.as_str())
            .collect();
        assert_eq!(names, vec!["Hier gewijzigd", "Elders gewijzigd"]);
        assert!(state.saves > saves, "the merge is saved");
        let Some(Notice::OtherTab(merged)) = &state.notice else {
            panic!("{:?}", state.notice)
        };
        assert!(merged
            .message("x", Lang::Nl)
            .unwrap()
            .contains("Elders gewijzigd (andere versie)"));

        // The undo of an import names a plan by id, which a merge may give
        // to another plan: it is withdrawn.
        let mut theirs = SavedPlans::new(Lang::Nl, 0);
        theirs.update_active(civ(), 0);
        theirs.create("Elders", 1);
        let state = reduce(state, Msg::LoadExample(Example::Empty));
        assert!(state.undo.is_some());
        let base = (*state.plans).clone();
        let state = reduce(
            state,
            Msg::OtherTab(Rc::new(OtherTab {
                base: SavedPlans::new(Lang::Nl, 0),
                theirs,
            })),
        );
        assert!(state.undo.is_none());
        assert!(state.plans.plans().len() > base.plans().len());
    }

    #[test]
    fn a_shared_plan_never_lands_on_own_work() {
        let state = reduce(State::default(), Msg::Shared(Ok(civ())));
        assert_eq!(state.plans.plans().len(), 1, "into the empty plan");
        assert_eq!(*state.proposal, civ());
        let state = reduce(state, Msg::NewPlan);
        let state = reduce(state, Msg::Input(Field::CentreName, "Eigen".into()));
        let state = reduce(state, Msg::Shared(Ok(civ())));
        assert_eq!(
            state.notice,
            Some(Notice::Shared(Incoming::AlreadySaved("plan-1".into())))
        );
        assert_eq!(
            state.plans.plans().len(),
            2,
            "the same plan is not saved twice"
        );
        let mut other = civ();
        other.centre.name = "Ander centrum".into();
        let state = reduce(state, Msg::Shared(Ok(other)));
        assert_eq!(state.notice, Some(Notice::Shared(Incoming::AsNewPlan)));
        assert_eq!(state.plans.plans().len(), 3);
        let state = reduce(state, Msg::Shared(Err(DecodeError::BadCompression)));
        assert_eq!(state.share_error, Some(DecodeError::BadCompression));
        assert_eq!(state.plans.plans().len(), 3);
    }
}
