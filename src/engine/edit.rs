//! Editing a proposal the way the form does: which field sits at which
//! path, setting a text, a number or a checkbox, adding, moving and
//! removing rows (with the references to them cleaned up), typed texts
//! moving along with their rows, and long lists shown a page at a time.
//!
//! Three kinds of field, three setters: a `TextField` can only be given a
//! text, a `NumberField` a number, a `CheckField` a tick. Each setter
//! matches its kind exhaustively, so a field without a setter does not
//! compile.

use litemap::LiteMap;

use rust_decimal::Decimal;

use crate::engine::ids::string_enum;
use crate::engine::limits;
use crate::engine::model::{self, *};
use crate::engine::order::{sorted_order, Positions};
use crate::engine::path::Path;

/// What kind of number a field holds, which decides how typing is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberKind {
    /// Euros: may carry `€`/`EUR` and a trailing `,-`.
    Money,
    /// Hours, counts, baselines, targets: a decimal with a comma.
    Quantity,
    /// Years, numbers of years: digits only.
    Whole,
}

string_enum!(
    /// A role in the partnership's governance.
    Role {
        Strategic => "strategic",
        Executive => "executive",
        TopManagement => "top_management",
    }
);

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
    pub fn path(self) -> Path {
        match self {
            List::Alliances => Path::of("centre").field("alliances"),
            List::Partners => Path::of("partners"),
            List::Contributions(p) => Path::of("partners").row(p).field("contributions"),
            List::Budget => Path::of("budget"),
            List::Activities => Path::of("activities"),
            List::With(a) => Path::of("activities").row(a).field("with"),
            List::Impact => Path::of("impact"),
        }
    }

    pub fn row_path(self, index: usize) -> Path {
        self.path().row(index)
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

fn contribution(p: usize, c: usize) -> Path {
    List::Contributions(p).row_path(c)
}

/// A field that holds text: typed, or the id of a choice in a select.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextField {
    CentreName,
    CentreType,
    Province,
    RegionalFit,
    /// What the centre adds to the region's existing activities.
    Complementarity,
    Alliance(usize),
    PartnerName(usize),
    PartnerKind(usize),
    Form(usize, usize),
    Category(usize, usize),
    /// How an in-kind contribution was valued (a select; empty clears it).
    Valuation(usize, usize),
    ContributionDescription(usize, usize),
    BudgetKind(usize),
    BudgetActivity(usize),
    BudgetDescription(usize),
    ActivityName(usize),
    Goal(usize),
    TargetUnit(usize),
    /// One outside party of an activity: activity, then party index.
    WithParty(usize, usize),
    IndicatorGroup(usize),
    Measure(usize),
    /// Whether the indicator should rise or fall.
    Improvement(usize),
    IndicatorLabel(usize),
    IndicatorUnit(usize),
}

impl TextField {
    /// The proposal path, as `data-field` carries it and findings name it.
    pub fn path(&self) -> Path {
        use TextField::*;
        // The row (or the centre) and the field's name: one `field` call
        // for all of them, smaller in the download than one per field.
        let (of, name) = match self {
            CentreName => (Path::of("centre"), "name"),
            CentreType => (Path::of("centre"), "type"),
            Province => (Path::of("centre"), "province"),
            RegionalFit => (Path::of("centre"), "regional_fit"),
            Complementarity => (Path::of("centre"), "complementarity"),
            Alliance(i) => return List::Alliances.row_path(*i),
            PartnerName(p) => (List::Partners.row_path(*p), "name"),
            PartnerKind(p) => (List::Partners.row_path(*p), "kind"),
            Form(p, c) => (contribution(*p, *c), "form"),
            Category(p, c) => (contribution(*p, *c), "category"),
            Valuation(p, c) => (contribution(*p, *c), "valuation"),
            ContributionDescription(p, c) => (contribution(*p, *c), "description"),
            BudgetKind(i) => (List::Budget.row_path(*i), "kind"),
            BudgetActivity(i) => (List::Budget.row_path(*i), "activity"),
            BudgetDescription(i) => (List::Budget.row_path(*i), "description"),
            ActivityName(i) => (List::Activities.row_path(*i), "name"),
            Goal(i) => (List::Activities.row_path(*i), "goal"),
            TargetUnit(i) => (List::Activities.row_path(*i).field("target"), "unit"),
            WithParty(i, j) => return List::With(*i).row_path(*j),
            IndicatorGroup(i) => (List::Impact.row_path(*i), "group"),
            Measure(i) => (List::Impact.row_path(*i), "measure"),
            Improvement(i) => (List::Impact.row_path(*i), "direction"),
            IndicatorLabel(i) => (List::Impact.row_path(*i), "label"),
            IndicatorUnit(i) => (List::Impact.row_path(*i), "unit"),
        };
        of.field(name)
    }

    /// The `id` of the control: `field-<path>`.
    pub fn dom_id(&self) -> String {
        self.path().dom_id()
    }
}

/// A field that holds a number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NumberField {
    StartYear,
    DurationYears,
    Hours(usize, usize),
    HourlyRate(usize, usize),
    Amount(usize, usize),
    ContributionYear(usize, usize),
    BudgetAmount(usize),
    BudgetYear(usize),
    TargetCount(usize),
    Baseline(usize),
    IndicatorTarget(usize),
}

impl NumberField {
    pub fn path(&self) -> Path {
        use NumberField::*;
        // As `TextField::path`: one `field` call for all.
        let (of, name) = match self {
            StartYear => (Path::of("centre"), "start_year"),
            DurationYears => (Path::of("centre"), "duration_years"),
            Hours(p, c) => (contribution(*p, *c), "hours"),
            HourlyRate(p, c) => (contribution(*p, *c), "hourly_rate"),
            Amount(p, c) => (contribution(*p, *c), "amount"),
            ContributionYear(p, c) => (contribution(*p, *c), "year"),
            BudgetAmount(i) => (List::Budget.row_path(*i), "amount"),
            BudgetYear(i) => (List::Budget.row_path(*i), "year"),
            TargetCount(i) => (List::Activities.row_path(*i).field("target"), "count"),
            Baseline(i) => (List::Impact.row_path(*i), "baseline"),
            IndicatorTarget(i) => (List::Impact.row_path(*i), "target"),
        };
        of.field(name)
    }

    pub fn dom_id(&self) -> String {
        self.path().dom_id()
    }

    /// Whether the row the field belongs to is in `proposal`.
    pub fn exists(&self, proposal: &Proposal) -> bool {
        use NumberField::*;
        match *self {
            StartYear | DurationYears => true,
            Hours(p, c) | HourlyRate(p, c) | Amount(p, c) | ContributionYear(p, c) => {
                c < List::Contributions(p).len(proposal)
            }
            BudgetAmount(i) | BudgetYear(i) => i < proposal.budget.len(),
            TargetCount(i) => i < proposal.activities.len(),
            Baseline(i) | IndicatorTarget(i) => i < proposal.impact.len(),
        }
    }

    pub fn kind(&self) -> NumberKind {
        use NumberField::*;
        match self {
            StartYear | DurationYears | ContributionYear(..) | BudgetYear(_) => NumberKind::Whole,
            Amount(..) | HourlyRate(..) | BudgetAmount(_) => NumberKind::Money,
            Hours(..) | TargetCount(_) | Baseline(_) | IndicatorTarget(_) => NumberKind::Quantity,
        }
    }
}

/// A checkbox.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CheckField {
    /// One theme of the group `centre.themes`.
    Theme(Theme),
    Governance(usize, Role),
    Experiment(usize),
    /// The checkbox of one partner (by id) in an activity's partner list.
    ActivityPartner(usize, String),
}

impl CheckField {
    /// The proposal path; a checkbox of a group has the group's path
    /// (`centre.themes`).
    pub fn path(&self) -> Path {
        match self {
            CheckField::Theme(_) => Path::of("centre").field("themes"),
            CheckField::Governance(p, role) => List::Partners
                .row_path(*p)
                .field("governance")
                .field(role.id()),
            CheckField::Experiment(i) => List::Activities.row_path(*i).field("experiment"),
            CheckField::ActivityPartner(i, _) => List::Activities.row_path(*i).field("partners"),
        }
    }

    /// The `id` of the control: `field-<path>`, plus the value for a
    /// checkbox of a group.
    pub fn dom_id(&self) -> String {
        match self {
            CheckField::Theme(theme) => format!("field-centre.themes-{}", theme.id()),
            CheckField::ActivityPartner(i, partner) => {
                format!("field-activities[{i}].partners-{partner}")
            }
            _ => self.path().dom_id(),
        }
    }
}

/// Why an edit changed nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    /// The row the field belongs to is gone (removed in another tab, say).
    NoSuchRow,
    /// A select sent an id that is no choice of the field.
    UnknownChoice(String),
    /// A whole number too large to hold (a year of eleven digits).
    TooLarge,
}

type Edited = Result<(), EditError>;

fn row<T>(item: Option<&mut T>) -> Result<&mut T, EditError> {
    item.ok_or(EditError::NoSuchRow)
}

fn choice<T>(text: &str, from_id: fn(&str) -> Option<T>) -> Result<T, EditError> {
    from_id(text).ok_or_else(|| EditError::UnknownChoice(text.to_string()))
}

/// A choice that may be left empty: `""` clears it.
fn optional_choice<T>(text: &str, from_id: fn(&str) -> Option<T>) -> Result<Option<T>, EditError> {
    match text {
        "" => Ok(None),
        text => choice(text, from_id).map(Some),
    }
}

fn contribution_mut(
    proposal: &mut Proposal,
    p: usize,
    c: usize,
) -> Result<&mut Contribution, EditError> {
    row(proposal
        .partners
        .get_mut(p)
        .and_then(|partner| partner.contributions.get_mut(c)))
}

/// Sets a text field (or a select, by the id of its choice).
pub fn set_text(proposal: &mut Proposal, field: &TextField, mut text: String) -> Edited {
    use TextField::*;
    // The form's fields stop at the limit; a longer text from elsewhere is
    // cut there, so the plan stays one that every reader takes.
    if limits::text_too_long(&text) {
        let (cut, _) = text.char_indices().nth(limits::TEXT_CHARS).expect("longer");
        text.truncate(cut);
    }
    // A free text goes to its place, found first (one assignment for all);
    // a choice is set in its arm.
    let place: &mut String = match field {
        CentreName => &mut proposal.centre.name,
        RegionalFit => &mut proposal.centre.regional_fit,
        Complementarity => &mut proposal.centre.complementarity,
        Alliance(i) => row(proposal.centre.alliances.get_mut(*i))?,
        PartnerName(p) => &mut row(proposal.partners.get_mut(*p))?.name,
        ContributionDescription(p, c) => &mut contribution_mut(proposal, *p, *c)?.description,
        BudgetDescription(i) => &mut row(proposal.budget.get_mut(*i))?.description,
        ActivityName(i) => &mut row(proposal.activities.get_mut(*i))?.name,
        TargetUnit(i) => &mut row(proposal.activities.get_mut(*i))?.target.unit,
        WithParty(i, j) => row(proposal
            .activities
            .get_mut(*i)
            .and_then(|activity| activity.with.get_mut(*j)))?,
        IndicatorLabel(i) => &mut row(proposal.impact.get_mut(*i))?.label,
        IndicatorUnit(i) => &mut row(proposal.impact.get_mut(*i))?.unit,
        CentreType => {
            proposal.centre.centre_type = optional_choice(&text, model::CentreType::from_id)?;
            return Ok(());
        }
        Province => {
            proposal.centre.province = optional_choice(&text, model::Province::from_id)?;
            return Ok(());
        }
        PartnerKind(p) => {
            let kind = optional_choice(&text, model::PartnerKind::from_id)?;
            row(proposal.partners.get_mut(*p))?.kind = kind;
            return Ok(());
        }
        Form(p, c) => {
            let form = choice(&text, model::Form::from_id)?;
            contribution_mut(proposal, *p, *c)?.form = form;
            return Ok(());
        }
        Category(p, c) => {
            let category = optional_choice(&text, InKindCategory::from_id)?;
            contribution_mut(proposal, *p, *c)?.category = category;
            return Ok(());
        }
        Valuation(p, c) => {
            let valuation = optional_choice(&text, model::Valuation::from_id)?;
            contribution_mut(proposal, *p, *c)?.valuation = valuation;
            return Ok(());
        }
        BudgetKind(i) => {
            let kind = optional_choice(&text, model::BudgetKind::from_id)?;
            row(proposal.budget.get_mut(*i))?.kind = kind;
            return Ok(());
        }
        BudgetActivity(i) => {
            row(proposal.budget.get_mut(*i))?.activity = (!text.is_empty()).then_some(text);
            return Ok(());
        }
        Goal(i) => {
            let goal = optional_choice(&text, model::Goal::from_id)?;
            row(proposal.activities.get_mut(*i))?.goal = goal;
            return Ok(());
        }
        IndicatorGroup(i) => {
            let group = choice(&text, Group::from_id)?;
            row(proposal.impact.get_mut(*i))?.group = group;
            return Ok(());
        }
        Measure(i) => {
            let measure = choice(&text, model::Measure::from_id)?;
            row(proposal.impact.get_mut(*i))?.measure = measure;
            return Ok(());
        }
        Improvement(i) => {
            let direction = choice(&text, model::Improvement::from_id)?;
            row(proposal.impact.get_mut(*i))?.direction = direction;
            return Ok(());
        }
    };
    *place = text;
    Ok(())
}

/// Sets a number field; `None` is a field left empty.
pub fn set_number(proposal: &mut Proposal, field: &NumberField, value: Option<Decimal>) -> Edited {
    use NumberField::*;
    // A year: refused (before the row is looked for) when too large.
    let whole = value
        .map(|v| i32::try_from(v).map_err(|_| EditError::TooLarge))
        .transpose();
    // A decimal goes to its place, found first (one assignment for all);
    // a year is set in its arm.
    let place: &mut Option<Decimal> = match field {
        StartYear => {
            proposal.centre.start_year = whole?;
            return Ok(());
        }
        DurationYears => {
            proposal.centre.duration_years = whole?.map(|years| years.unsigned_abs());
            return Ok(());
        }
        ContributionYear(p, c) => {
            let year = whole?;
            contribution_mut(proposal, *p, *c)?.year = year;
            return Ok(());
        }
        BudgetYear(i) => {
            let year = whole?;
            row(proposal.budget.get_mut(*i))?.year = year;
            return Ok(());
        }
        Hours(p, c) => &mut contribution_mut(proposal, *p, *c)?.hours,
        HourlyRate(p, c) => &mut contribution_mut(proposal, *p, *c)?.hourly_rate,
        Amount(p, c) => &mut contribution_mut(proposal, *p, *c)?.amount,
        BudgetAmount(i) => &mut row(proposal.budget.get_mut(*i))?.amount,
        TargetCount(i) => &mut row(proposal.activities.get_mut(*i))?.target.count,
        Baseline(i) => &mut row(proposal.impact.get_mut(*i))?.baseline,
        IndicatorTarget(i) => &mut row(proposal.impact.get_mut(*i))?.target,
    };
    *place = value;
    Ok(())
}

/// Ticks or clears a checkbox.
pub fn set_check(proposal: &mut Proposal, field: &CheckField, checked: bool) -> Edited {
    match field {
        CheckField::Theme(theme) => {
            let themes = &mut proposal.centre.themes;
            themes.retain(|t| t != theme);
            if checked {
                themes.push(*theme);
                // Keep the order the form offers them in (through the one
                // sort of the download, `sorted_order`).
                let order = sorted_order(themes.len(), &|a, b| themes[a].cmp(&themes[b]));
                *themes = order.iter().map(|&at| themes[at]).collect();
            }
        }
        CheckField::Governance(p, role) => {
            let governance = &mut row(proposal.partners.get_mut(*p))?.governance;
            let flag = match role {
                Role::Strategic => &mut governance.strategic,
                Role::Executive => &mut governance.executive,
                Role::TopManagement => &mut governance.top_management,
            };
            *flag = checked;
        }
        CheckField::Experiment(i) => row(proposal.activities.get_mut(*i))?.experiment = checked,
        CheckField::ActivityPartner(i, id) => {
            let activity = row(proposal.activities.get_mut(*i))?;
            let before = activity.partners.len();
            activity.partners.retain(|p| p != id);
            // Ticked again it stays; a new one only within the limit.
            let room = before > activity.partners.len()
                || activity.partners.len() < limits::ACTIVITY_PARTNERS;
            if checked && room {
                let order =
                    Positions::new(proposal.partners.iter().map(|p| p.id.as_str()).collect());
                let activity = row(proposal.activities.get_mut(*i))?;
                activity.partners.push(id.clone());
                // Partners in the order of the partner list; unknown ids
                // last, in the order they had (`sorted_order` is stable).
                let partners = &mut activity.partners;
                let place: Vec<usize> = partners
                    .iter()
                    .map(|p| order.of(p).unwrap_or(usize::MAX))
                    .collect();
                let sorted = sorted_order(place.len(), &|a, b| place[a].cmp(&place[b]));
                *partners = sorted
                    .iter()
                    .map(|&at| std::mem::take(&mut partners[at]))
                    .collect();
            }
        }
    }
    Ok(())
}

/// `p1`, `p2`, …: the first that is not taken.
fn unique_id<'a>(prefix: &str, taken: impl Iterator<Item = &'a str>) -> String {
    let taken = Positions::new(taken.collect());
    (1..)
        .map(|n| format!("{prefix}{n}"))
        .find(|id| taken.of(id).is_none())
        .expect("some number is free")
}

/// Whether `list` holds as many rows as the format allows (for
/// contributions: all partners' together), so no row can be added.
pub fn is_full(proposal: &Proposal, list: List) -> bool {
    let (count, limit) = match list {
        List::Alliances | List::With(_) => (list.len(proposal), limits::OTHER_LIST),
        List::Partners => (list.len(proposal), limits::PARTNERS),
        List::Contributions(_) => (
            proposal
                .partners
                .iter()
                .map(|p| p.contributions.len())
                .sum(),
            limits::CONTRIBUTIONS,
        ),
        List::Budget => (list.len(proposal), limits::BUDGET_LINES),
        List::Activities => (list.len(proposal), limits::ACTIVITIES),
        List::Impact => (list.len(proposal), limits::INDICATORS),
    };
    count >= limit
}

/// Adds an empty row at the end of `list` (a new partner or activity gets
/// a fresh id); returns its index, or `None` when the list's owner is gone
/// or the list is full ([`is_full`]).
pub fn add_row(proposal: &mut Proposal, list: List) -> Option<usize> {
    if is_full(proposal, list) {
        return None;
    }
    match list {
        List::Alliances => proposal.centre.alliances.push(String::new()),
        List::Partners => {
            let id = unique_id("p", proposal.partners.iter().map(|p| p.id.as_str()));
            proposal.partners.push(Partner {
                id,
                name: String::new(),
                // No kind until one is chosen: an empty row counts as
                // no company and for no sector.
                kind: None,
                governance: Governance::default(),
                contributions: Vec::new(),
            });
        }
        List::Contributions(p) => proposal
            .partners
            .get_mut(p)?
            .contributions
            .push(Contribution::new(model::Form::Cash)),
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
        List::With(a) => proposal.activities.get_mut(a)?.with.push(String::new()),
        List::Impact => proposal.impact.push(Indicator {
            group: Group::Students,
            label: String::new(),
            measure: model::Measure::Count,
            direction: Improvement::Up,
            baseline: None,
            target: None,
            unit: String::new(),
        }),
    }
    Some(list.len(proposal) - 1)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
}

/// Where row `from` goes when moved one step: `None` at the list's edge.
pub fn move_target(len: usize, from: usize, direction: Direction) -> Option<usize> {
    match direction {
        Direction::Up if from > 0 && from < len => Some(from - 1),
        Direction::Down if from + 1 < len => Some(from + 1),
        _ => None,
    }
}

/// Swaps rows `from` and `to` of `list`; both must exist.
pub fn swap_rows(proposal: &mut Proposal, list: List, from: usize, to: usize) {
    match list {
        List::Alliances => proposal.centre.alliances.swap(from, to),
        List::Partners => proposal.partners.swap(from, to),
        List::Contributions(p) => proposal.partners[p].contributions.swap(from, to),
        List::Budget => proposal.budget.swap(from, to),
        List::Activities => proposal.activities.swap(from, to),
        List::With(a) => proposal.activities[a].with.swap(from, to),
        List::Impact => proposal.impact.swap(from, to),
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
        List::Alliances | List::Contributions(_) | List::Budget | List::With(_) | List::Impact => 0,
    }
}

/// Removes row `index` of `list` and every reference to it (a removed
/// partner leaves the activities, a removed activity leaves its budget
/// lines unassigned). False, and nothing changed, when there is no such row.
pub fn remove_row(proposal: &mut Proposal, list: List, index: usize) -> bool {
    if index >= list.len(proposal) {
        return false;
    }
    match list {
        List::Alliances => {
            proposal.centre.alliances.remove(index);
        }
        List::Partners => {
            let partner = proposal.partners.remove(index);
            proposal.activities.edit_where(
                |activity| activity.partners.contains(&partner.id),
                |activity| activity.partners.retain(|id| *id != partner.id),
            );
        }
        List::Contributions(p) => {
            proposal.partners[p].contributions.remove(index);
        }
        List::Budget => {
            proposal.budget.remove(index);
        }
        List::Activities => {
            let activity = proposal.activities.remove(index);
            let id = Some(activity.id.as_str());
            proposal.budget.edit_where(
                |line| line.activity.as_deref() == id,
                |line| line.activity = None,
            );
        }
        List::With(a) => {
            proposal.activities[a].with.remove(index);
        }
        List::Impact => {
            proposal.impact.remove(index);
        }
    }
    true
}

/// What row `index` of `list` is called: a name, description or label,
/// maybe empty (also when there is no such row).
pub fn row_name(proposal: &Proposal, list: List, index: usize) -> &str {
    let name = match list {
        List::Alliances => proposal.centre.alliances.get(index),
        List::Partners => proposal.partners.get(index).map(|p| &p.name),
        List::Contributions(p) => proposal
            .partners
            .get(p)
            .and_then(|partner| partner.contributions.get(index))
            .map(|c| &c.description),
        List::Budget => proposal.budget.get(index).map(|line| &line.description),
        List::Activities => proposal.activities.get(index).map(|a| &a.name),
        List::With(a) => proposal.activities.get(a).and_then(|a| a.with.get(index)),
        List::Impact => proposal.impact.get(index).map(|i| &i.label),
    };
    name.map_or("", |name| name.trim())
}

/// Things kept per path (typed texts of number fields) move along with
/// their rows: everything under `list[i]` goes to `list[map(i)]`, or is
/// dropped for `None`; everything else stays.
pub fn rekey<T: Clone>(
    kept: &LiteMap<Path, T>,
    list: &Path,
    map: impl Fn(usize) -> Option<usize>,
) -> LiteMap<Path, T> {
    // Inserted one by one: `collect` would sort the moved paths, 604 bytes
    // more of the gzipped download (measured 2026-11-26).
    let mut moved = LiteMap::new();
    for (path, value) in kept.iter() {
        let new_path = match path.under_row(list) {
            Some((index, _)) => match map(index) {
                Some(new) => path.with_row(list, new),
                None => continue,
            },
            None => path.clone(),
        };
        moved.insert(new_path, value.clone());
    }
    moved
}

/// How many rows of a list the form shows at once. Longer lists are shown
/// a page at a time, so a plan of 20,000 budget lines stays light.
pub const PAGE_SIZE: usize = 25;

/// The page shown of each long list, by list path (`budget`,
/// `partners[3].contributions`); none is the first.
pub type Pages = LiteMap<Path, usize>;

/// The page to show of a list of `len` rows, and the rows on it: the one
/// asked for, or the last when the list became shorter.
pub fn page_of(pages: &Pages, list: &Path, len: usize) -> (usize, std::ops::Range<usize>) {
    page_of_size(pages, list, len, PAGE_SIZE)
}

/// [`page_of`] for pages of `size` rows (the result panel's groups of
/// findings show fewer at a time).
pub fn page_of_size(
    pages: &Pages,
    list: &Path,
    len: usize,
    size: usize,
) -> (usize, std::ops::Range<usize>) {
    let last = len.saturating_sub(1) / size;
    let page = pages.get(list).copied().unwrap_or(0).min(last);
    let start = page * size;
    (page, start.min(len)..len.min(start + size))
}

/// The rows on `page` of a list of `len` rows.
pub fn rows_on(page: usize, len: usize) -> std::ops::Range<usize> {
    let start = page * PAGE_SIZE;
    start.min(len)..len.min(start + PAGE_SIZE)
}

/// Rows a page of added rows shows at a time (`State::rows_later`): the
/// browser makes and styles a page of 25 pasted partners or budget lines
/// in one task of well over 100 ms; five at a time, each frame brings the
/// next five.
pub const ROWS_AT_ONCE: usize = 5;

/// The page shown of a section's `list` of `len` rows, and its rows shown
/// now: those of the page ([`page_of`]), but only up to `from` while the
/// rest of a page of added rows is still to come (`later`, see
/// [`ROWS_AT_ONCE`]).
pub fn page_now(
    pages: &Pages,
    list: List,
    len: usize,
    later: Option<(List, usize)>,
) -> (usize, std::ops::Range<usize>) {
    let (page, rows) = page_of(pages, &list.path(), len);
    match later {
        Some((waiting, from)) if waiting == list => {
            (page, rows.start..rows.end.min(from.max(rows.start)))
        }
        _ => (page, rows),
    }
}

/// Whether every list `path` lies in shows the page with its row.
pub fn is_shown(pages: &Pages, path: &Path) -> bool {
    path.rows()
        .all(|(list, index)| pages.get(&list).copied().unwrap_or(0) == index / PAGE_SIZE)
}

/// Turns the pages of the lists `path` lies in so that it is shown.
pub fn show_path(pages: &mut Pages, path: &Path) {
    for (list, index) in path.rows() {
        pages.insert(list, index / PAGE_SIZE);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_is_clamped_to_the_list() {
        let budget = List::Budget.path();
        let mut pages = Pages::new();
        assert_eq!(page_of(&pages, &budget, 0), (0, 0..0));
        assert_eq!(page_of(&pages, &budget, 60), (0, 0..PAGE_SIZE));
        pages.insert(budget.clone(), 99);
        let last = (60 - 1) / PAGE_SIZE;
        assert_eq!(page_of(&pages, &budget, 60), (last, last * PAGE_SIZE..60));
    }

    #[test]
    fn a_page_holds_its_own_rows_and_a_path_shows_on_the_page_of_its_index() {
        assert_eq!(rows_on(0, 60), 0..PAGE_SIZE);
        assert_eq!(rows_on(1, 60), PAGE_SIZE..2 * PAGE_SIZE);
        assert_eq!(rows_on(2, 60), 2 * PAGE_SIZE..60);
        assert_eq!(rows_on(3, 60), 60..60);
        // The amount of a contribution of the partner on page 1 of the
        // partners; the contribution itself is on page 0 of its list.
        let partners = List::Partners.path();
        let path = partners
            .clone()
            .row(PAGE_SIZE + 5)
            .field("contributions")
            .row(3)
            .field("amount");
        let mut pages = Pages::new();
        assert!(!is_shown(&pages, &path));
        show_path(&mut pages, &path);
        assert_eq!(pages.get(&partners), Some(&1));
        assert!(is_shown(&pages, &path));
        pages.insert(partners, 0);
        assert!(!is_shown(&pages, &path));
    }

    #[test]
    fn a_number_field_exists_only_for_a_row_in_the_plan() {
        use crate::engine::synthetic::{proposal, Size};
        let plan = proposal(Size {
            partners: 2,
            budget_lines: 3,
            activities: 1,
        });
        let contributions = List::Contributions(0).len(&plan);
        assert!(NumberField::Amount(0, contributions - 1).exists(&plan));
        assert!(!NumberField::Amount(0, contributions).exists(&plan));
        assert!(NumberField::BudgetAmount(2).exists(&plan));
        assert!(!NumberField::BudgetAmount(3).exists(&plan));
        assert!(NumberField::TargetCount(0).exists(&plan));
        assert!(!NumberField::TargetCount(1).exists(&plan));
        let indicators = plan.impact.len();
        assert!(indicators > 0, "the synthetic plan has indicators");
        assert!(NumberField::Baseline(indicators - 1).exists(&plan));
        assert!(!NumberField::IndicatorTarget(indicators).exists(&plan));
    }
}
