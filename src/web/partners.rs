//! The partners section: each partner with its kind, roles and contributions.

use std::rc::Rc;

use rust_decimal::Decimal;
use yew::prelude::*;

use super::fields::*;
use super::memo::{memo, Shared, View};
use super::pager::{list_section, Pager};
use super::paste::{paste_button, paste_panel, paste_tools};
use super::state::Dispatch;
use crate::engine::edit::{
    self, page_now, page_of, rows_on, CheckField, List, NumberField, Pages, Role, TextField,
};
use crate::engine::model::*;
use crate::engine::path::Path;
use crate::engine::totals::{add, contribution_value, Place};
use crate::session::{Paste, RawText, RawTexts};
use crate::text::catalogue::Lang;
use crate::text::display::money;
use crate::text::ui::ui;

/// The typed texts under one row, so a row re-renders only when its own change.
pub fn raw_under(raw: &RawTexts, row: &Path) -> Rc<RawTexts> {
    // Paths under a row sort right after it (see `Path`'s order), so they
    // are a sorted run already: no sort (`collect` into a map would bring
    // one, 461 bytes of the download).
    let first = raw.find_index(row).unwrap_or_else(|index| index);
    let under: Vec<(Path, RawText)> = raw
        .iter()
        .skip(first)
        .take_while(|(path, _)| path.starts_with(row))
        .map(|(path, text)| (path.clone(), text.clone()))
        .collect();
    Rc::new(RawTexts::from_sorted_store_unchecked(under))
}

/// Only the partners on the page shown are rendered; each behind `memo`,
/// so a keystroke re-renders just the partner it changed.
// The parts of the state a list shows, each its own: a struct for them
// would only rename them.
#[allow(clippy::too_many_arguments)]
pub fn partners_section(
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
    let partners = &proposal.partners;
    let (page, rows) = page_now(pages, List::Partners, partners.len(), later);
    let len = partners.len();
    let rows: Html = rows
        .map(|i| {
            let partner = &partners[i];
            let row = List::Partners.row_path(i);
            let contributions = List::Contributions(i).path();
            let (contribution_page, _) =
                page_of(pages, &contributions, partner.contributions.len());
            // The panel pasting into this partner's contributions, under it.
            let pasting = paste.filter(|paste| paste.list == List::Contributions(i));
            // Keyed, the row with its paste panel: an unkeyed list that
            // grows (the rows of a paste come a few at a time) is paired
            // from its end by Yew 0.23, which made every partner anew.
            html! {
                <key={partner.id.clone()}>
                    { memo(
                        PartnerRow {
                            index: i,
                            len,
                            partner: Shared(partners.shared(i)),
                            raw: raw_under(raw, &row),
                            pending: pending_removal == Some((List::Partners, i)),
                            references: edit::references(proposal, List::Partners, i),
                            contribution_page,
                            removed: removed.only(List::Contributions(i)),
                            pasting: pasting.is_some(),
                            lang,
                            dispatch: dispatch.clone(),
                        },
                    ) }
                    if let Some(paste) = pasting {
                        { paste_panel(paste, proposal, pages, lang, dispatch) }
                    }
                </>
            }
        })
        .collect();
    let tools = paste_tools(List::Partners, paste, proposal, pages, lang, dispatch);
    list_section(
        List::Partners,
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
pub struct PartnerRow {
    pub index: usize,
    pub len: usize,
    pub partner: Shared<Partner>,
    pub raw: Rc<RawTexts>,
    pub pending: bool,
    pub references: usize,
    /// The page shown of its contributions.
    pub contribution_page: usize,
    /// A contribution just removed, with its undo.
    pub removed: RemovedFrom,
    /// Its contributions' paste panel is open (shown under the row).
    pub pasting: bool,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

impl View for PartnerRow {
    fn view(&self) -> Html {
        let texts = ui(self.lang);
        let engine = self.lang.texts();
        let (p, partner, dispatch, lang) = (self.index, &self.partner, &self.dispatch, self.lang);
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
            .filter_map(|c| contribution_value(c, Place::Partners).ok())
            .try_fold(Decimal::ZERO, |sum, value| add(sum, value, Place::Partners))
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
        let len = partner.contributions.len();
        html! {
            <fieldset class="row" id={row.dom_id()} data-row={row.clone()}>
                { row_head(List::Partners, p, self.len, &label, lang) }
                if self.pending {
                    { confirm_removal(List::Partners, p,
                        (texts.confirm_remove_partner)(&partner.name, self.references), lang, dispatch) }
                }
                <div class="grid-2">
                    { text_field(TextField::PartnerName(p), texts.name, partner.name.clone(), None, dispatch) }
                    <div>
                        { select_field(TextField::PartnerKind(p), texts.partner_kind,
                            &options(PartnerKind::IDS, &|i| engine.partner_kind(PartnerKind::ALL[i])),
                            partner.kind.map(PartnerKind::id), Some(texts.choose), dispatch) }
                        { raw(format!("<p class=\"field-remark\">{}</p>", match partner.kind {
                            Some(kind) => (texts.counts_for)(engine.sector(kind.sector())),
                            None => texts.counts_for_nothing.into(),
                        })) }
                    </div>
                </div>
                <fieldset class="group" id={row.clone().field("governance").dom_id()}>
                    { raw(format!("<legend>{}</legend>", texts.governance)) }
                    <div class="checks">
                        { for Role::ALL.iter().map(|&role| check_field(CheckField::Governance(p, role),
                            role_label(role), governance(role), None, dispatch)) }
                    </div>
                </fieldset>
                <fieldset class="group" id={contributions.path().dom_id()}>
                    { raw(legend_and_note(texts.contributions, None, partner.contributions.is_empty(), lang)) }
                    { Pager::rows(contributions.path(), len, self.contribution_page, texts.contributions, lang, dispatch) }
                    { for rows_on(self.contribution_page, len).map(|c| contribution_row(
                        p, c, len, &partner.contributions[c], &self.raw, lang, dispatch)) }
                    <div class="list-footer">
                        { add_button(contributions, texts.add_contribution, dispatch) }
                        { paste_button(contributions, self.pasting, lang) }
                        { raw(format!("<p class=\"partner-total\">{}</p>",
                            (texts.partner_recognised)(&money(recognised, lang)))) }
                    </div>
                    { self.removed.notice(contributions, lang, dispatch) }
                </fieldset>
            </fieldset>
        }
    }
}

/// Contribution `c` of partner `p` (of `len`).
fn contribution_row(
    p: usize,
    c: usize,
    len: usize,
    contribution: &Contribution,
    raw: &RawTexts,
    lang: Lang,
    dispatch: &Dispatch,
) -> Html {
    let texts = ui(lang);
    let engine = lang.texts();
    let list = List::Contributions(p);
    let row = list.row_path(c);
    let label = (texts.contribution)(c + 1);
    let number = |field: NumberField, label: AttrValue, value: Option<Decimal>, remark| {
        number_field(field, label, value, raw, remark, lang, dispatch)
    };
    let is_meeting = contribution.is_meeting_hours();
    // What a staff-hours row adds to the cofinancing: its amount, else
    // hours × rate (which the rules compare with the amount).
    let counted = contribution
        .is_staff_hours()
        .then(|| contribution_value(contribution, Place::Partners).ok())
        .flatten()
        .map(|value| format!("{} {}", texts.counts_as, money(value, lang)));
    let valued = contribution.form == Form::InKind
        && (contribution.valuation.is_some()
            || matches!(
                contribution.effective_category(),
                Some(InKindCategory::Equipment | InKindCategory::Facilities)
            ));
    html! {
        <fieldset class="row sub-row"
            id={row.dom_id()} data-row={row}>
            { row_head(list, c, len, &label, lang) }
            <div class="grid-3">
                { select_field(TextField::Form(p, c), texts.form,
                    &options(Form::IDS, &|i| engine.form(Form::ALL[i])),
                    Some(contribution.form.id()), None, dispatch) }
                // Asked first, with no answer given: "other" would hide the
                // hours and rate of staff hours.
                if contribution.form == Form::InKind {
                    { select_field(TextField::Category(p, c), texts.category,
                        &options(InKindCategory::IDS, &|i| engine.category(InKindCategory::ALL[i])),
                        contribution.category.map(InKindCategory::id), Some(texts.choose), dispatch) }
                }
                // Meant for equipment and facilities; shown too wherever a
                // valuation is set, so it can always be seen and changed.
                if valued {
                    { select_field(TextField::Valuation(p, c), texts.valuation,
                        &options(Valuation::IDS, &|i| engine.valuation(Valuation::ALL[i])),
                        contribution.valuation.map(Valuation::id), Some(texts.choose), dispatch) }
                }
                if contribution.is_staff_hours() {
                    // Whose hours: of the year given, or of the whole period.
                    { number(NumberField::Hours(p, c), match contribution.year {
                        Some(year) => format!("{} {year}", texts.hours_in).into(),
                        None => texts.hours.into(),
                    }, contribution.hours, None) }
                    { number(NumberField::HourlyRate(p, c), texts.hourly_rate.into(), contribution.hourly_rate,
                        None) }
                }
                { number(NumberField::Amount(p, c), texts.amount.into(), contribution.amount, counted) }
                { number(NumberField::ContributionYear(p, c), texts.year.into(),
                    contribution.year.map(Decimal::from), None) }
            </div>
            if is_meeting {
                { super::fields::raw(format!("<p class=\"excluded-note\">{}{}</p>",
                    contribution.amount.map(|amount| format!("<del>{}</del> ", money(amount, lang)))
                        .unwrap_or_default(),
                    texts.meeting_hours_excluded)) }
            }
            { text_field(TextField::ContributionDescription(p, c), texts.description,
                contribution.description.clone(), None, dispatch) }
        </fieldset>
    }
}
