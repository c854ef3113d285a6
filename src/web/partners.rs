//! The partners section: each partner with its kind, roles and contributions.

use std::rc::Rc;

use rust_decimal::Decimal;
use yew::prelude::*;

use super::fields::*;
use super::pager::Pager;
use super::state::{page_of, rows_on, Field, List, Pages, RawTexts, Role, State};
use super::texts::ui;
use crate::display::money;
use crate::messages::Lang;
use crate::model::*;
use crate::totals::contribution_value;

/// The typed texts under one row, so a row re-renders only when its own change.
pub fn raw_under(raw: &RawTexts, row_path: &str) -> Rc<RawTexts> {
    let prefix = format!("{row_path}.");
    // Inserted one by one: `collect` into a BTreeMap would sort first.
    let mut under = RawTexts::new();
    for (key, text) in raw
        .range(prefix.clone()..)
        .take_while(|(key, _)| key.starts_with(&prefix))
    {
        under.insert(key.clone(), text.clone());
    }
    Rc::new(under)
}

#[derive(Properties, PartialEq)]
pub struct PartnersSectionProps {
    pub proposal: Rc<Proposal>,
    pub raw: Rc<RawTexts>,
    pub pending_removal: Option<(List, usize)>,
    pub pages: Rc<Pages>,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

/// Only the partners on the page shown are rendered; each is a component
/// of its own, so a keystroke re-renders just the partner it changed.
#[function_component]
pub fn PartnersSection(props: &PartnersSectionProps) -> Html {
    let texts = ui(props.lang);
    let partners = &props.proposal.partners;
    let (page, rows) = page_of(&props.pages, "partners", partners.len());
    html! {
        <section class="section" id="field-partners" aria-labelledby="heading-partners">
            <h2 id="heading-partners">{ texts.section_partners }</h2>
            <p class="intro">{ texts.partners_intro }</p>
            if partners.is_empty() {
                <p class="empty-note">{ texts.not_filled_in }</p>
            }
            <Pager list="partners" len={partners.len()} page={page} label={texts.section_partners}
                lang={props.lang} dispatch={props.dispatch.clone()} />
            { for rows.map(|i| {
                let partner = &partners[i];
                let row = List::Partners.row_path(i);
                let contributions = List::Contributions(i).path();
                let (contribution_page, _) =
                    page_of(&props.pages, &contributions, partner.contributions.len());
                html! {
                    <PartnerRow key={partner.id.clone()} index={i} len={partners.len()}
                        partner={partner.clone()} raw={raw_under(&props.raw, &row)} {contribution_page}
                        pending={props.pending_removal == Some((List::Partners, i))}
                        references={State::references(&props.proposal, List::Partners, i)}
                        lang={props.lang} dispatch={props.dispatch.clone()} />
                }
            }) }
            <AddButton list={List::Partners} label={texts.add_partner} dispatch={props.dispatch.clone()} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct PartnerRowProps {
    pub index: usize,
    pub len: usize,
    pub partner: Partner,
    pub raw: Rc<RawTexts>,
    pub pending: bool,
    pub references: usize,
    /// The page shown of its contributions.
    pub contribution_page: usize,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

#[function_component]
pub fn PartnerRow(props: &PartnerRowProps) -> Html {
    let texts = ui(props.lang);
    let engine = props.lang.texts();
    let (p, partner, dispatch) = (props.index, &props.partner, &props.dispatch);
    let row = List::Partners.row_path(p);
    let label = if partner.name.trim().is_empty() {
        (texts.partner)(p + 1)
    } else {
        format!("{} {}", (texts.partner)(p + 1), partner.name)
    };
    let recognised = partner
        .contributions
        .iter()
        .filter(|c| !c.is_meeting_hours())
        .filter_map(|c| contribution_value(c, "").ok())
        .try_fold(Decimal::ZERO, |sum, value| sum.checked_add(value))
        .unwrap_or_default();
    let contributions = List::Contributions(p);
    let role_label = |role: Role| match role {
        Role::Strategic => texts.strategic,
        Role::Executive => texts.executive,
        Role::TopManagement => texts.top_management,
    };
    let governance = |role: Role| match role {
        Role::Strategic => partner.governance.strategic,
        Role::Executive => partner.governance.executive,
        Role::TopManagement => partner.governance.top_management,
    };
    html! {
        <fieldset class="row" id={format!("field-{row}")} data-row={row.clone()}>
            <legend>{ label.clone() }</legend>
            <RowTools list={List::Partners} index={p} len={props.len} row_label={label}
                lang={props.lang} dispatch={dispatch.clone()} />
            if props.pending {
                <ConfirmRemoval list={List::Partners} index={p}
                    question={(texts.confirm_remove_partner)(&partner.name, props.references)}
                    lang={props.lang} dispatch={dispatch.clone()} />
            }
            <div class="grid-2">
                <TextField field={Field::PartnerName(p)} label={texts.name}
                    value={partner.name.clone()} dispatch={dispatch.clone()} />
                <div>
                    <SelectField field={Field::PartnerKind(p)} label={texts.partner_kind}
                        options={options(PartnerKind::ALL, PartnerKind::id, |k| engine.partner_kind(k))}
                        selected={AttrValue::from(partner.kind.id())} dispatch={dispatch.clone()} />
                    <p class="field-remark">{ (texts.counts_for)(engine.sector(partner.kind.sector())) }</p>
                </div>
            </div>
            <fieldset class="group" id={format!("field-{row}.governance")}>
                <legend>{ texts.governance }</legend>
                <div class="checks">
                    { for Role::ALL.iter().map(|&role| html! {
                        <CheckField field={Field::Governance(p, role)} label={role_label(role)}
                            checked={governance(role)} dispatch={dispatch.clone()} />
                    }) }
                </div>
            </fieldset>
            <fieldset class="group" id={format!("field-{}", contributions.path())}>
                <legend>{ texts.contributions }</legend>
                if partner.contributions.is_empty() {
                    <p class="empty-note">{ texts.not_filled_in }</p>
                }
                <Pager list={contributions.path()} len={partner.contributions.len()}
                    page={props.contribution_page} label={texts.contributions}
                    lang={props.lang} dispatch={dispatch.clone()} />
                { for rows_on(props.contribution_page, partner.contributions.len()).map(|c| html! {
                    <ContributionRow partner={p} index={c} len={partner.contributions.len()}
                        contribution={partner.contributions[c].clone()} raw={props.raw.clone()}
                        lang={props.lang} dispatch={dispatch.clone()} />
                }) }
                <div class="list-footer">
                    <AddButton list={contributions} label={texts.add_contribution} dispatch={dispatch.clone()} />
                    <p class="partner-total">{ (texts.partner_recognised)(&money(recognised, props.lang)) }</p>
                </div>
            </fieldset>
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
pub struct ContributionRowProps {
    pub partner: usize,
    pub index: usize,
    pub len: usize,
    pub contribution: Contribution,
    pub raw: Rc<RawTexts>,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

#[function_component]
pub fn ContributionRow(props: &ContributionRowProps) -> Html {
    let texts = ui(props.lang);
    let engine = props.lang.texts();
    let (p, c, contribution, dispatch) = (
        props.partner,
        props.index,
        &props.contribution,
        &props.dispatch,
    );
    let list = List::Contributions(p);
    let row = list.row_path(c);
    let label = (texts.contribution)(c + 1);
    let raw = |field: &Field| props.raw.get(&field.path()).cloned();
    let number = |field: Field, label: &'static str, value: Option<Decimal>| {
        html! {
            <NumberField field={field.clone()} label={label} value={value}
                raw={raw(&field)} lang={props.lang} dispatch={dispatch.clone()} />
        }
    };
    let computed = match (contribution.hours, contribution.hourly_rate) {
        (Some(hours), Some(rate)) => hours
            .checked_mul(rate)
            .map(|value| AttrValue::from((texts.hours_times_rate)(&money(value, props.lang)))),
        _ => None,
    };
    let is_meeting = contribution.is_meeting_hours();
    html! {
        <fieldset class={classes!("row", "sub-row", is_meeting.then_some("excluded"))}
            id={format!("field-{row}")} data-row={row.clone()}>
            <legend>{ label.clone() }</legend>
            <RowTools {list} index={c} len={props.len} row_label={label}
                lang={props.lang} dispatch={dispatch.clone()} />
            <div class="grid-3">
                <SelectField field={Field::Form(p, c)} label={texts.form}
                    options={options(Form::ALL, Form::id, |f| engine.form(f))}
                    selected={AttrValue::from(contribution.form.id())} dispatch={dispatch.clone()} />
                if contribution.form == Form::InKind {
                    <SelectField field={Field::Category(p, c)} label={texts.category}
                        options={options(InKindCategory::ALL, InKindCategory::id, |k| engine.category(k))}
                        selected={contribution.effective_category().map(|k| AttrValue::from(k.id()))}
                        dispatch={dispatch.clone()} />
                }
                if contribution.is_staff_hours() {
                    { number(Field::Hours(p, c), texts.hours, contribution.hours) }
                    <NumberField field={Field::HourlyRate(p, c)} label={texts.hourly_rate}
                        value={contribution.hourly_rate} raw={raw(&Field::HourlyRate(p, c))}
                        remark={computed} lang={props.lang} dispatch={dispatch.clone()} />
                }
                { number(Field::Amount(p, c), texts.amount, contribution.amount) }
                { number(Field::ContributionYear(p, c), texts.year,
                    contribution.year.map(Decimal::from)) }
            </div>
            if is_meeting {
                <p class="excluded-note">
                    if let Some(amount) = contribution.amount {
                        <del>{ money(amount, props.lang) }</del>{ " " }
                    }
                    { texts.meeting_hours_excluded }
                </p>
            }
            <TextField field={Field::ContributionDescription(p, c)} label={texts.description}
                value={contribution.description.clone()} dispatch={dispatch.clone()} />
        </fieldset>
    }
}
