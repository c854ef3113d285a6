//! The budget, activities and impact sections.

use std::rc::Rc;

use rust_decimal::Decimal;
use yew::prelude::*;

use super::fields::*;
use super::partners::raw_under;
use super::state::{Field, List, RawTexts, State};
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

#[derive(Properties, PartialEq)]
pub struct BudgetSectionProps {
    pub budget: Vec<BudgetLine>,
    /// `(id, label)` of every activity, for the line's activity select.
    pub activities: Vec<(AttrValue, AttrValue)>,
    pub raw: Rc<RawTexts>,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

pub fn activity_choices(lang: Lang, activities: &[Activity]) -> Vec<(AttrValue, AttrValue)> {
    activities
        .iter()
        .enumerate()
        .map(|(i, a)| {
            (
                AttrValue::from(a.id.clone()),
                AttrValue::from(activity_label(lang, i, a)),
            )
        })
        .collect()
}

#[function_component]
pub fn BudgetSection(props: &BudgetSectionProps) -> Html {
    let texts = ui(props.lang);
    let engine = props.lang.texts();
    let dispatch = &props.dispatch;
    let len = props.budget.len();
    html! {
        <section class="section" id="field-budget" aria-labelledby="heading-budget">
            <h2 id="heading-budget">{ texts.section_budget }</h2>
            <p class="intro">{ texts.budget_intro }</p>
            if props.budget.is_empty() {
                <p class="empty-note">{ texts.not_filled_in }</p>
            }
            { for props.budget.iter().enumerate().map(|(i, line)| {
                let row = List::Budget.row_path(i);
                let label = (texts.budget_line)(i + 1);
                let raw = raw_under(&props.raw, &row);
                let raw_of = |field: &Field| raw.get(&field.path()).cloned();
                let mut choices = props.activities.clone();
                if let Some(id) = &line.activity {
                    if !choices.iter().any(|(value, _)| value.as_str() == id) {
                        choices.push((AttrValue::from(id.clone()), AttrValue::from((texts.unknown_activity)(id))));
                    }
                }
                let show_activity = line.kind != Some(BudgetKind::Bureau) || line.activity.is_some();
                html! {
                    <fieldset class="row" id={format!("field-{row}")} data-row={row.clone()}>
                        <legend>{ label.clone() }</legend>
                        <RowTools list={List::Budget} index={i} {len} row_label={label}
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
            }) }
            <AddButton list={List::Budget} label={texts.add_budget_line} dispatch={dispatch.clone()} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ActivitiesSectionProps {
    pub proposal: Rc<Proposal>,
    pub raw: Rc<RawTexts>,
    pub pending_removal: Option<(List, usize)>,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

#[function_component]
pub fn ActivitiesSection(props: &ActivitiesSectionProps) -> Html {
    let texts = ui(props.lang);
    let engine = props.lang.texts();
    let dispatch = &props.dispatch;
    let activities = &props.proposal.activities;
    let partners = &props.proposal.partners;
    let len = activities.len();
    html! {
        <section class="section" id="field-activities" aria-labelledby="heading-activities">
            <h2 id="heading-activities">{ texts.section_activities }</h2>
            <p class="intro">{ texts.activities_intro }</p>
            if activities.is_empty() {
                <p class="empty-note">{ texts.not_filled_in }</p>
            }
            { for activities.iter().enumerate().map(|(i, activity)| {
                let row = List::Activities.row_path(i);
                let label = (texts.activity)(i + 1);
                let raw = raw_under(&props.raw, &row);
                let raw_of = |field: &Field| raw.get(&field.path()).cloned();
                let unknown: Vec<&String> = activity
                    .partners
                    .iter()
                    .filter(|id| !partners.iter().any(|p| &p.id == *id))
                    .collect();
                let pending = props.pending_removal == Some((List::Activities, i));
                html! {
                    <fieldset class="row" id={format!("field-{row}")} data-row={row.clone()}>
                        <legend>{ label.clone() }</legend>
                        <RowTools list={List::Activities} index={i} {len} row_label={label}
                            lang={props.lang} dispatch={dispatch.clone()} />
                        if pending {
                            <ConfirmRemoval list={List::Activities} index={i}
                                question={(texts.confirm_remove_activity)(
                                    &activity_label(props.lang, i, activity),
                                    State::references(&props.proposal, List::Activities, i))}
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
                        <fieldset class="group" id={format!("field-{row}.partners")}>
                            <legend>{ texts.carried_by }</legend>
                            if partners.is_empty() && unknown.is_empty() {
                                <p class="empty-note">{ texts.add_partners_first }</p>
                            }
                            <div class="checks columns">
                                { for partners.iter().enumerate().map(|(p, partner)| {
                                    let name = if partner.name.trim().is_empty() {
                                        (texts.unnamed_partner)(p + 1)
                                    } else {
                                        partner.name.clone()
                                    };
                                    html! {
                                        <CheckField field={Field::ActivityPartner(i, partner.id.clone())}
                                            label={name} value={AttrValue::from(partner.id.clone())}
                                            checked={activity.partners.contains(&partner.id)}
                                            dispatch={dispatch.clone()} />
                                    }
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
            }) }
            <AddButton list={List::Activities} label={texts.add_activity} dispatch={dispatch.clone()} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ImpactSectionProps {
    pub impact: Vec<Indicator>,
    pub raw: Rc<RawTexts>,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

#[function_component]
pub fn ImpactSection(props: &ImpactSectionProps) -> Html {
    let texts = ui(props.lang);
    let engine = props.lang.texts();
    let dispatch = &props.dispatch;
    let len = props.impact.len();
    html! {
        <section class="section" id="field-impact" aria-labelledby="heading-impact">
            <h2 id="heading-impact">{ texts.section_impact }</h2>
            <p class="intro">{ texts.impact_intro }</p>
            if props.impact.is_empty() {
                <p class="empty-note">{ texts.not_filled_in }</p>
            }
            { for props.impact.iter().enumerate().map(|(i, indicator)| {
                let row = List::Impact.row_path(i);
                let label = (texts.indicator)(i + 1);
                let raw = raw_under(&props.raw, &row);
                let raw_of = |field: &Field| raw.get(&field.path()).cloned();
                html! {
                    <fieldset class="row" id={format!("field-{row}")} data-row={row.clone()}>
                        <legend>{ label.clone() }</legend>
                        <RowTools list={List::Impact} index={i} {len} row_label={label}
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
            }) }
            <AddButton list={List::Impact} label={texts.add_indicator} dispatch={dispatch.clone()} />
        </section>
    }
}
