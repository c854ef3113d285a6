//! The budget, activities and impact sections.

use std::fmt::Write;
use std::rc::Rc;

use rust_decimal::Decimal;
use yew::prelude::*;

use super::fields::*;
use super::memo::{memo_keyed, Shared, View};
use super::pager::{list_section, Pager};
use super::partners::raw_under;
use super::paste::paste_tools;
use super::state::Dispatch;
use crate::engine::edit::{
    self, page_now, page_of, rows_on, CheckField, List, NumberField, Pages, TextField,
};
use crate::engine::model::*;
use crate::engine::order::Positions;
use crate::engine::rows::Rows;
use crate::session::{Paste, RawTexts};
use crate::text::catalogue::Lang;
use crate::text::ui::ui;

/// How the form names an activity: its name, or its number when unnamed.
pub fn activity_label(lang: Lang, index: usize, activity: &Activity) -> String {
    if activity.name.trim().is_empty() {
        (ui(lang).unnamed_activity)(index + 1)
    } else {
        activity.name.clone()
    }
}

/// `(id, label)` of every activity, for a budget line's activity select.
pub type Choices = Rc<Vec<(AttrValue, AttrValue)>>;

pub fn activity_choices(lang: Lang, activities: &Rows<Activity>) -> Choices {
    Rc::new(
        activities
            .iter()
            .enumerate()
            .map(|(i, a)| {
                (
                    AttrValue::from(a.id.clone()),
                    AttrValue::from(activity_label(lang, i, a)),
                )
            })
            .collect(),
    )
}

/// The lines on the page shown, each behind `memo`.
// The parts of the state a list shows, each its own (as the partners').
#[allow(clippy::too_many_arguments)]
pub fn budget_section(
    proposal: &Rc<Proposal>,
    raw: &RawTexts,
    pages: &Pages,
    later: Option<(List, usize)>,
    removed: &RemovedFrom,
    paste: Option<&Rc<Paste>>,
    lang: Lang,
    dispatch: &Dispatch,
) -> Html {
    let budget = &proposal.budget;
    let len = budget.len();
    let (page, rows) = page_now(pages, List::Budget, len, later);
    let activities = activity_choices(lang, &proposal.activities);
    let rows: Html = rows
        .map(|i| {
            // Keyed by place: a page that grows (the rows of a paste come a
            // few at a time) keeps the rows it has and adds the new ones;
            // unkeyed, Yew 0.23 pairs a list's rows from its end, renders
            // every row anew, and, while some were still to render, left
            // the first rows twice in the page.
            memo_keyed(
                i,
                BudgetRow {
                    index: i,
                    len,
                    line: Shared(budget.shared(i)),
                    activities: activities.clone(),
                    raw: raw_under(raw, &List::Budget.row_path(i)),
                    lang,
                    dispatch: dispatch.clone(),
                },
            )
        })
        .collect();
    let tools = paste_tools(List::Budget, paste, proposal, pages, lang, dispatch);
    list_section(
        List::Budget,
        len,
        page,
        rows,
        removed,
        tools,
        lang,
        dispatch,
    )
}

#[derive(PartialEq)]
pub struct BudgetRow {
    pub index: usize,
    pub len: usize,
    pub line: Shared<BudgetLine>,
    pub activities: Choices,
    /// The typed texts under this line.
    pub raw: Rc<RawTexts>,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

impl View for BudgetRow {
    fn view(&self) -> Html {
        let texts = ui(self.lang);
        let engine = self.lang.texts();
        let (i, line, dispatch, lang) = (self.index, &self.line, &self.dispatch, self.lang);
        let row = List::Budget.row_path(i);
        let label = (texts.budget_line)(i + 1);
        let number = |field: NumberField, value: Option<Decimal>, label| {
            number_field(field, label, value, &self.raw, None, lang, dispatch)
        };
        let mut choices = (*self.activities).clone();
        if let Some(id) = &line.activity {
            if !choices.iter().any(|(value, _)| value.as_str() == id) {
                choices.push((
                    AttrValue::from(id.clone()),
                    AttrValue::from(texts.unknown_activity),
                ));
            }
        }
        let show_activity = line.kind != Some(BudgetKind::Bureau) || line.activity.is_some();
        html! {
            <fieldset class="row" id={row.dom_id()} data-row={row}>
                { row_head(List::Budget, i, self.len, &label, lang) }
                <div class="grid-2">
                    { select_field(TextField::BudgetKind(i), texts.budget_kind,
                        &options(BudgetKind::IDS, &|i| engine.budget_kind(BudgetKind::ALL[i])),
                        line.kind.map(BudgetKind::id), Some(texts.unclassified), dispatch) }
                    if show_activity {
                        { select_field(TextField::BudgetActivity(i), texts.for_activity, &choices,
                            line.activity.as_deref(), Some(texts.choose), dispatch) }
                    }
                    { number(NumberField::BudgetAmount(i), line.amount, texts.amount) }
                    { number(NumberField::BudgetYear(i), line.year.map(Decimal::from), texts.year) }
                </div>
                { text_field(TextField::BudgetDescription(i), texts.description, line.description.clone(),
                    None, dispatch) }
            </fieldset>
        }
    }
}

/// The partners that can carry an activity (its "carried by" boxes): the
/// proposal's own rows, shared, not copied per render. The boxes change
/// only with a partner's id or name, so typing an amount in a large plan
/// neither copies 2,000 names nor re-renders the activities.
#[derive(Clone)]
pub struct Carriers(Rows<Partner>);

impl PartialEq for Carriers {
    fn eq(&self, other: &Self) -> bool {
        self.0.len() == other.0.len()
            && self
                .0
                .iter()
                .zip(other.0.iter())
                .all(|(a, b)| std::ptr::eq(a, b) || (a.id == b.id && a.name == b.name))
    }
}

/// A partner's name in the boxes, or its number when it has none yet.
fn carrier_name(lang: Lang, index: usize, partner: &Partner) -> String {
    if partner.name.trim().is_empty() {
        (ui(lang).unnamed_partner)(index + 1)
    } else {
        partner.name.clone()
    }
}

// The parts of the state a list shows, each its own: a struct for them
// would only rename them.
#[allow(clippy::too_many_arguments)]
pub fn activities_section(
    proposal: &Rc<Proposal>,
    raw: &RawTexts,
    pending_removal: Option<(List, usize)>,
    pages: &Pages,
    later: Option<(List, usize)>,
    removed: &RemovedFrom,
    paste: Option<&Rc<Paste>>,
    lang: Lang,
    dispatch: &Dispatch,
) -> Html {
    let activities = &proposal.activities;
    let len = activities.len();
    let (page, rows) = page_now(pages, List::Activities, len, later);
    let carriers = Carriers(proposal.partners.clone());
    let rows: Html = rows
        .map(|i| {
            let row = List::Activities.row_path(i);
            let pending = pending_removal == Some((List::Activities, i));
            let references = if pending {
                edit::references(proposal, List::Activities, i)
            } else {
                0
            };
            let (carrier_page, _) =
                page_of(pages, &row.clone().field("partners"), carriers.0.len());
            // Keyed by place, as the budget's lines are (see there).
            memo_keyed(
                i,
                ActivityRow {
                    index: i,
                    len,
                    activity: Shared(activities.shared(i)),
                    carriers: carriers.clone(),
                    carrier_page,
                    raw: raw_under(raw, &row),
                    pending,
                    references,
                    removed: removed.only(List::With(i)),
                    lang,
                    dispatch: dispatch.clone(),
                },
            )
        })
        .collect();
    let tools = paste_tools(List::Activities, paste, proposal, pages, lang, dispatch);
    list_section(
        List::Activities,
        len,
        page,
        rows,
        removed,
        tools,
        lang,
        dispatch,
    )
}

#[derive(PartialEq)]
pub struct ActivityRow {
    pub index: usize,
    pub len: usize,
    pub activity: Shared<Activity>,
    pub carriers: Carriers,
    /// The page shown of the partner boxes.
    pub carrier_page: usize,
    pub raw: Rc<RawTexts>,
    pub pending: bool,
    /// Budget lines that name this activity (asked only while pending).
    pub references: usize,
    /// An outside party just removed, with its undo.
    pub removed: RemovedFrom,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

impl View for ActivityRow {
    fn view(&self) -> Html {
        let texts = ui(self.lang);
        let engine = self.lang.texts();
        let (i, activity, dispatch, lang) = (self.index, &self.activity, &self.dispatch, self.lang);
        let carriers = &self.carriers.0;
        let row = List::Activities.row_path(i);
        let group = row.clone().field("partners");
        let label = (texts.activity)(i + 1);
        // Looked up, not searched: an activity may name 5,000 partners of 5,000.
        let known = Positions::new(match activity.partners.is_empty() {
            true => Vec::new(),
            false => carriers.iter().map(|partner| partner.id.as_str()).collect(),
        });
        let unknown: Vec<&String> = activity
            .partners
            .iter()
            .filter(|id| known.of(id).is_none())
            .collect();
        let chosen_ids = Positions::new(activity.partners.iter().map(String::as_str).collect());
        let chosen = |id: &str| chosen_ids.of(id).is_some();
        // With many partners only a page of boxes shows: name the chosen ones.
        let named = (carriers.len() > edit::PAGE_SIZE).then(|| {
            carriers
                .iter()
                .enumerate()
                .filter(|(_, partner)| chosen(&partner.id))
                .map(|(p, partner)| carrier_name(lang, p, partner))
                .collect::<Vec<_>>()
                .join(", ")
        });
        let mut carried_by = format!("<legend>{}</legend>", texts.carried_by);
        if carriers.is_empty() && unknown.is_empty() {
            let _ = write!(
                carried_by,
                "<p class=\"empty-note\">{}</p>",
                texts.add_partners_first
            );
        }
        if let Some(named) = named {
            let _ = write!(
                carried_by,
                "<p class=\"help\">{}</p>",
                escaped(&(texts.carriers_chosen)(&named))
            );
        }
        html! {
            <fieldset class="row" id={row.dom_id()} data-row={row}>
                { row_head(List::Activities, i, self.len, &label, lang) }
                if self.pending {
                    { confirm_removal(List::Activities, i, (texts.confirm_remove_activity)(
                        &activity_label(lang, i, activity), self.references), lang, dispatch) }
                }
                { text_field(TextField::ActivityName(i), texts.name, activity.name.clone(), None, dispatch) }
                <div class="grid-3">
                    { select_field(TextField::Goal(i), texts.goal,
                        &options(Goal::IDS, &|i| engine.goal(Goal::ALL[i])),
                        activity.goal.map(Goal::id), Some(texts.choose), dispatch) }
                    { number_field(NumberField::TargetCount(i), texts.target_count, activity.target.count,
                        &self.raw, None, lang, dispatch) }
                    { text_field(TextField::TargetUnit(i), texts.target_unit, activity.target.unit.clone(),
                        None, dispatch) }
                </div>
                { check_field(CheckField::Experiment(i), texts.experiment, activity.experiment, None, dispatch) }
                <fieldset class="group" id={group.dom_id()}>
                    { raw(carried_by) }
                    { Pager::rows(group, carriers.len(), self.carrier_page, texts.carried_by, lang, dispatch) }
                    <div class="checks columns">
                        { for rows_on(self.carrier_page, carriers.len()).map(|p| {
                            let id = &carriers[p].id;
                            check_field(CheckField::ActivityPartner(i, id.clone()),
                                carrier_name(lang, p, &carriers[p]), chosen(id),
                                Some(AttrValue::from(id.clone())), dispatch)
                        }) }
                        // Named by place, never by the id the file gave them.
                        { for unknown.iter().enumerate().map(|(n, id)| check_field(
                            CheckField::ActivityPartner(i, (*id).clone()), format!("{} {}", texts.unknown_partner, n + 1),
                            true, Some(AttrValue::from((*id).clone())), dispatch)) }
                    </div>
                </fieldset>
                { outside_parties(i, &activity.with, &self.removed, lang, dispatch) }
            </fieldset>
        }
    }
}

/// The outside parties an activity is done with (another centre, a
/// lectoraat, a network): they make an experiment "samen met anderen".
fn outside_parties(
    activity: usize,
    with: &[String],
    removed: &RemovedFrom,
    lang: Lang,
    dispatch: &Dispatch,
) -> Html {
    let texts = ui(lang);
    let list = List::With(activity);
    let path = list.path();
    let help_id = format!("help-{path}");
    html! {
        <fieldset class="group" id={path.dom_id()} aria-describedby={help_id.clone()}>
            { raw(legend_and_note(texts.with_parties, Some((&help_id, texts.with_parties_help)), false, lang)) }
            <ol class="plain-list">
                { for (0..with.len()).map(|j| inline_row(list, j, with,
                    TextField::WithParty(activity, j), lang, dispatch)) }
            </ol>
            { add_button(list, texts.add_with_party, dispatch) }
            { removed.notice(list, lang, dispatch) }
        </fieldset>
    }
}

// The parts of the state a list shows, each its own (as the partners').
#[allow(clippy::too_many_arguments)]
pub fn impact_section(
    proposal: &Rc<Proposal>,
    raw: &RawTexts,
    pages: &Pages,
    later: Option<(List, usize)>,
    removed: &RemovedFrom,
    paste: Option<&Rc<Paste>>,
    lang: Lang,
    dispatch: &Dispatch,
) -> Html {
    let impact = &proposal.impact;
    let len = impact.len();
    let (page, rows) = page_now(pages, List::Impact, len, later);
    let rows: Html = rows
        .map(|i| {
            // Keyed by place, as the budget's lines are (see there).
            memo_keyed(
                i,
                ImpactRow {
                    index: i,
                    len,
                    indicator: Shared(impact.shared(i)),
                    raw: raw_under(raw, &List::Impact.row_path(i)),
                    lang,
                    dispatch: dispatch.clone(),
                },
            )
        })
        .collect();
    let tools = paste_tools(List::Impact, paste, proposal, pages, lang, dispatch);
    list_section(
        List::Impact,
        len,
        page,
        rows,
        removed,
        tools,
        lang,
        dispatch,
    )
}

#[derive(PartialEq)]
pub struct ImpactRow {
    pub index: usize,
    pub len: usize,
    pub indicator: Shared<Indicator>,
    pub raw: Rc<RawTexts>,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

impl View for ImpactRow {
    fn view(&self) -> Html {
        let texts = ui(self.lang);
        let engine = self.lang.texts();
        let (i, indicator, dispatch, lang) =
            (self.index, &self.indicator, &self.dispatch, self.lang);
        let row = List::Impact.row_path(i);
        let label = (texts.indicator)(i + 1);
        let number = |field: NumberField, value: Option<Decimal>, label| {
            number_field(field, label, value, &self.raw, None, lang, dispatch)
        };
        html! {
            <fieldset class="row" id={row.dom_id()} data-row={row}>
                { row_head(List::Impact, i, self.len, &label, lang) }
                <div class="grid-3">
                    { select_field(TextField::IndicatorGroup(i), texts.group,
                        &options(Group::IDS, &|i| engine.group(Group::ALL[i])),
                        Some(indicator.group.id()), None, dispatch) }
                    { text_field(TextField::IndicatorLabel(i), texts.indicator_label,
                        indicator.label.clone(), None, dispatch) }
                    { select_field(TextField::Measure(i), texts.measure,
                        &options(Measure::IDS, &|i| engine.measure(Measure::ALL[i])),
                        Some(indicator.measure.id()), None, dispatch) }
                    { select_field(TextField::Improvement(i), texts.direction,
                        &options(Improvement::IDS, &|i| engine.improvement(Improvement::ALL[i])),
                        Some(indicator.direction.id()), None, dispatch) }
                </div>
                <div class="grid-3">
                    { number(NumberField::Baseline(i), indicator.baseline, texts.baseline) }
                    { number(NumberField::IndicatorTarget(i), indicator.target, texts.target) }
                    { text_field(TextField::IndicatorUnit(i), texts.unit, indicator.unit.clone(), None, dispatch) }
                </div>
            </fieldset>
        }
    }
}
