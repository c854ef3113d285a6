//! The budget, activities and impact sections.

use std::rc::Rc;

use rust_decimal::Decimal;
use yew::prelude::*;

use super::fields::*;
use super::pager::Pager;
use super::partners::raw_under;
use super::state::{page_of, rows_on, Field, List, Pages, RawTexts, State};
use super::texts::ui;
use crate::messages::Lang;
use crate::model::*;

/// How the form names an activity: its name, or its number when unnamed.
fn activity_label(lang: Lang, index: usize, activity: &Activity) -> String {
    if activity.name.trim().is_empty() {
        (ui(lang).unnamed_activity)(index + 1)
    } else {
        activity.name.clone()
    }
}

/// `(id, label)` of every activity, for a budget line's activity select.
pub type Choices = Rc<Vec<(AttrValue, AttrValue)>>;

pub fn activity_choices(lang: Lang, activities: &[Activity]) -> Choices {
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

#[derive(Properties, PartialEq)]
pub struct BudgetSectionProps {
    pub proposal: Rc<Proposal>,
    pub activities: Choices,
    pub raw: Rc<RawTexts>,
    pub pages: Rc<Pages>,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

/// The lines on the page shown, each a component of its own.
#[function_component]
pub fn BudgetSection(props: &BudgetSectionProps) -> Html {
    let texts = ui(props.lang);
    let budget = &props.proposal.budget;
    let len = budget.len();
    let (page, rows) = page_of(&props.pages, "budget", len);
    html! {
        <section class="section" id="field-budget" aria-labelledby="heading-budget">
            <h2 id="heading-budget">{ texts.section_budget }</h2>
            <p class="intro">{ texts.budget_intro }</p>
            if budget.is_empty() {
                <p class="empty-note">{ texts.not_filled_in }</p>
            }
            <Pager list="budget" {len} {page} label={texts.section_budget}
                lang={props.lang} dispatch={props.dispatch.clone()} />
            { for rows.map(|i| html! {
                <BudgetRow index={i} {len} line={budget[i].clone()}
                    activities={props.activities.clone()}
                    raw={raw_under(&props.raw, &List::Budget.row_path(i))}
                    lang={props.lang} dispatch={props.dispatch.clone()} />
            }) }
            <AddButton list={List::Budget} label={texts.add_budget_line} dispatch={props.dispatch.clone()} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct BudgetRowProps {
    pub index: usize,
    pub len: usize,
    pub line: BudgetLine,
    pub activities: Choices,
    /// The typed texts under this line.
    pub raw: Rc<RawTexts>,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

#[function_component]
pub fn BudgetRow(props: &BudgetRowProps) -> Html {
    let texts = ui(props.lang);
    let engine = props.lang.texts();
    let (i, line, dispatch) = (props.index, &props.line, &props.dispatch);
    let row = List::Budget.row_path(i);
    let label = (texts.budget_line)(i + 1);
    let raw_of = |field: &Field| props.raw.get(&field.path()).cloned();
    let mut choices = (*props.activities).clone();
    if let Some(id) = &line.activity {
        if !choices.iter().any(|(value, _)| value.as_str() == id) {
            choices.push((
                AttrValue::from(id.clone()),
                AttrValue::from((texts.unknown_activity)(id)),
            ));
        }
    }
    let show_activity = line.kind != Some(BudgetKind::Bureau) || line.activity.is_some();
    html! {
        <fieldset class="row" id={format!("field-{row}")} data-row={row.clone()}>
            <legend>{ label.clone() }</legend>
            <RowTools list={List::Budget} index={i} len={props.len} row_label={label}
                lang={props.lang} dispatch={dispatch.clone()} />
            <div class="grid-2">
                <SelectField field={Field::BudgetKind(i)} label={texts.budget_kind}
                    options={options(BudgetKind::ALL, BudgetKind::id, |k| engine.budget_kind(k))}
                    selected={line.kind.map(|k| AttrValue::from(k.id()))}
                    empty={AttrValue::from(texts.unclassified)} dispatch={dispatch.clone()} />
                if show_activity {
                    <SelectField field={Field::BudgetActivity(i)} label={texts.for_activity}
                        options={choices} selected={line.activity.clone().map(AttrValue::from)}
                        empty={AttrValue::from(texts.choose)} dispatch={dispatch.clone()} />
                }
                <NumberField field={Field::BudgetAmount(i)} label={texts.amount}
                    value={line.amount} raw={raw_of(&Field::BudgetAmount(i))}
                    lang={props.lang} dispatch={dispatch.clone()} />
                <NumberField field={Field::BudgetYear(i)} label={texts.year}
                    value={line.year.map(Decimal::from)} raw={raw_of(&Field::BudgetYear(i))}
                    lang={props.lang} dispatch={dispatch.clone()} />
            </div>
            <TextField field={Field::BudgetDescription(i)} label={texts.description}
                value={line.description.clone()} dispatch={dispatch.clone()} />
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
pub struct ActivitiesSectionProps {
    pub proposal: Rc<Proposal>,
    pub raw: Rc<RawTexts>,
    pub pending_removal: Option<(List, usize)>,
    pub pages: Rc<Pages>,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

/// `(id, label)` of every partner, for the activities' "carried by" boxes.
type Carriers = Rc<Vec<(AttrValue, AttrValue)>>;

#[function_component]
pub fn ActivitiesSection(props: &ActivitiesSectionProps) -> Html {
    let texts = ui(props.lang);
    let activities = &props.proposal.activities;
    let len = activities.len();
    let (page, rows) = page_of(&props.pages, "activities", len);
    let carriers: Carriers = Rc::new(
        props
            .proposal
            .partners
            .iter()
            .enumerate()
            .map(|(p, partner)| {
                let name = if partner.name.trim().is_empty() {
                    (texts.unnamed_partner)(p + 1)
                } else {
                    partner.name.clone()
                };
                (AttrValue::from(partner.id.clone()), AttrValue::from(name))
            })
            .collect(),
    );
    html! {
        <section class="section" id="field-activities" aria-labelledby="heading-activities">
            <h2 id="heading-activities">{ texts.section_activities }</h2>
            <p class="intro">{ texts.activities_intro }</p>
            if activities.is_empty() {
                <p class="empty-note">{ texts.not_filled_in }</p>
            }
            <Pager list="activities" {len} {page} label={texts.section_activities}
                lang={props.lang} dispatch={props.dispatch.clone()} />
            { for rows.map(|i| {
                let row = List::Activities.row_path(i);
                let pending = props.pending_removal == Some((List::Activities, i));
                let references = if pending {
                    State::references(&props.proposal, List::Activities, i)
                } else {
                    0
                };
                let (carrier_page, _) =
                    page_of(&props.pages, &format!("{row}.partners"), carriers.len());
                html! {
                    <ActivityRow index={i} {len}
                        activity={activities[i].clone()} carriers={carriers.clone()} {carrier_page}
                        raw={raw_under(&props.raw, &row)} {pending} {references}
                        lang={props.lang} dispatch={props.dispatch.clone()} />
                }
            }) }
            <AddButton list={List::Activities} label={texts.add_activity} dispatch={props.dispatch.clone()} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ActivityRowProps {
    pub index: usize,
    pub len: usize,
    pub activity: Activity,
    pub carriers: Carriers,
    /// The page shown of the partner boxes.
    pub carrier_page: usize,
    pub raw: Rc<RawTexts>,
    pub pending: bool,
    /// Budget lines that name this activity (asked only while pending).
    pub references: usize,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

#[function_component]
pub fn ActivityRow(props: &ActivityRowProps) -> Html {
    let texts = ui(props.lang);
    let engine = props.lang.texts();
    let (i, activity, dispatch) = (props.index, &props.activity, &props.dispatch);
    let carriers = &props.carriers;
    let row = List::Activities.row_path(i);
    let group = format!("{row}.partners");
    let label = (texts.activity)(i + 1);
    let raw_of = |field: &Field| props.raw.get(&field.path()).cloned();
    let unknown: Vec<&String> = activity
        .partners
        .iter()
        .filter(|id| !carriers.iter().any(|(p, _)| p.as_str() == id.as_str()))
        .collect();
    let paged = carriers.len() > super::state::PAGE_SIZE;
    // With many partners only a page of boxes shows: name the chosen ones.
    let chosen = paged.then(|| {
        carriers
            .iter()
            .filter(|(id, _)| activity.partners.iter().any(|p| p.as_str() == id.as_str()))
            .map(|(_, name)| name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    });
    html! {
        <fieldset class="row" id={format!("field-{row}")} data-row={row.clone()}>
            <legend>{ label.clone() }</legend>
            <RowTools list={List::Activities} index={i} len={props.len} row_label={label}
                lang={props.lang} dispatch={dispatch.clone()} />
            if props.pending {
                <ConfirmRemoval list={List::Activities} index={i}
                    question={(texts.confirm_remove_activity)(
                        &activity_label(props.lang, i, activity), props.references)}
                    lang={props.lang} dispatch={dispatch.clone()} />
            }
            <TextField field={Field::ActivityName(i)} label={texts.name}
                value={activity.name.clone()} dispatch={dispatch.clone()} />
            <div class="grid-3">
                <SelectField field={Field::Goal(i)} label={texts.goal}
                    options={options(Goal::ALL, Goal::id, |g| engine.goal(g))}
                    selected={activity.goal.map(|g| AttrValue::from(g.id()))}
                    empty={AttrValue::from(texts.choose)} dispatch={dispatch.clone()} />
                <NumberField field={Field::TargetCount(i)} label={texts.target_count}
                    value={activity.target.count} raw={raw_of(&Field::TargetCount(i))}
                    lang={props.lang} dispatch={dispatch.clone()} />
                <TextField field={Field::TargetUnit(i)} label={texts.target_unit}
                    value={activity.target.unit.clone()} dispatch={dispatch.clone()} />
            </div>
            <CheckField field={Field::Experiment(i)} label={texts.experiment}
                checked={activity.experiment} dispatch={dispatch.clone()} />
            <fieldset class="group" id={format!("field-{group}")}>
                <legend>{ texts.carried_by }</legend>
                if carriers.is_empty() && unknown.is_empty() {
                    <p class="empty-note">{ texts.add_partners_first }</p>
                }
                if let Some(chosen) = chosen {
                    <p class="help">{ (texts.carriers_chosen)(&chosen) }</p>
                }
                <Pager list={group} len={carriers.len()} page={props.carrier_page}
                    label={texts.carried_by} lang={props.lang} dispatch={dispatch.clone()} />
                <div class="checks columns">
                    { for carriers[rows_on(props.carrier_page, carriers.len())].iter().map(|(id, name)| html! {
                        <CheckField field={Field::ActivityPartner(i, id.to_string())}
                            label={name.clone()} value={id.clone()}
                            checked={activity.partners.iter().any(|p| p.as_str() == id.as_str())}
                            dispatch={dispatch.clone()} />
                    }) }
                    { for unknown.iter().map(|id| html! {
                        <CheckField field={Field::ActivityPartner(i, (*id).clone())}
                            label={format!("‘{id}’ ?")} value={AttrValue::from((*id).clone())}
                            checked=true dispatch={dispatch.clone()} />
                    }) }
                </div>
            </fieldset>
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
pub struct ImpactSectionProps {
    pub proposal: Rc<Proposal>,
    pub raw: Rc<RawTexts>,
    pub pages: Rc<Pages>,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

#[function_component]
pub fn ImpactSection(props: &ImpactSectionProps) -> Html {
    let texts = ui(props.lang);
    let impact = &props.proposal.impact;
    let len = impact.len();
    let (page, rows) = page_of(&props.pages, "impact", len);
    html! {
        <section class="section" id="field-impact" aria-labelledby="heading-impact">
            <h2 id="heading-impact">{ texts.section_impact }</h2>
            <p class="intro">{ texts.impact_intro }</p>
            if impact.is_empty() {
                <p class="empty-note">{ texts.not_filled_in }</p>
            }
            <Pager list="impact" {len} {page} label={texts.section_impact}
                lang={props.lang} dispatch={props.dispatch.clone()} />
            { for rows.map(|i| html! {
                <ImpactRow index={i} {len} indicator={impact[i].clone()}
                    raw={raw_under(&props.raw, &List::Impact.row_path(i))}
                    lang={props.lang} dispatch={props.dispatch.clone()} />
            }) }
            <AddButton list={List::Impact} label={texts.add_indicator} dispatch={props.dispatch.clone()} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ImpactRowProps {
    pub index: usize,
    pub len: usize,
    pub indicator: Indicator,
    pub raw: Rc<RawTexts>,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

#[function_component]
pub fn ImpactRow(props: &ImpactRowProps) -> Html {
    let texts = ui(props.lang);
    let engine = props.lang.texts();
    let (i, indicator, dispatch) = (props.index, &props.indicator, &props.dispatch);
    let row = List::Impact.row_path(i);
    let label = (texts.indicator)(i + 1);
    let raw_of = |field: &Field| props.raw.get(&field.path()).cloned();
    html! {
        <fieldset class="row" id={format!("field-{row}")} data-row={row.clone()}>
            <legend>{ label.clone() }</legend>
            <RowTools list={List::Impact} index={i} len={props.len} row_label={label}
                lang={props.lang} dispatch={dispatch.clone()} />
            <div class="grid-2">
                <SelectField field={Field::IndicatorGroup(i)} label={texts.group}
                    options={options(Group::ALL, Group::id, |g| engine.group(g))}
                    selected={AttrValue::from(indicator.group.id())} dispatch={dispatch.clone()} />
                <TextField field={Field::IndicatorLabel(i)} label={texts.indicator_label}
                    value={indicator.label.clone()} dispatch={dispatch.clone()} />
            </div>
            <div class="grid-3">
                <NumberField field={Field::Baseline(i)} label={texts.baseline}
                    value={indicator.baseline} raw={raw_of(&Field::Baseline(i))}
                    lang={props.lang} dispatch={dispatch.clone()} />
                <NumberField field={Field::IndicatorTarget(i)} label={texts.target}
                    value={indicator.target} raw={raw_of(&Field::IndicatorTarget(i))}
                    lang={props.lang} dispatch={dispatch.clone()} />
                <TextField field={Field::IndicatorUnit(i)} label={texts.unit}
                    value={indicator.unit.clone()} dispatch={dispatch.clone()} />
            </div>
        </fieldset>
    }
}
