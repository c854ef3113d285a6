//! The money panel: the cofinancing split as an SVG chart against the band,
//! and the figures of the report. Amounts are formatted by `display` only;
//! the chart's positions are whole tenths of a pixel: no float anywhere.
//!
//! Read-only, so written as HTML text (`markup`); only the pagers of the
//! long figures are Yew elements, as their buttons keep the focus.

use std::fmt::{self, Write};

use rust_decimal::{Decimal, RoundingStrategy};
use yew::prelude::*;

use super::markup::{live, raw, tag, Esc};
use super::pager::panel_page;
use super::plans::activity_label;
use super::state::Dispatch;
use crate::engine::edit::Pages;
use crate::engine::model::{Proposal, Sector};
use crate::engine::path::Path;
use crate::engine::profile::Profile;
use crate::engine::report::{CriterionId, Figures, Finding, Report};
use crate::engine::totals::YearTotals;
use crate::text::catalogue::Lang;
use crate::text::display::{money, percent, quantity};
use crate::text::ui::ui;
use crate::text::unit::one_of;

// Each sector's name stands on a line of its own above its bar, so no
// name ("Bedrijfsleven en werkveld") runs under a bar, whatever its length.
// In tenths of a pixel: the chart is computed in whole numbers, without a
// float (Decimal's `to_f64` and float rounding cost the download more than
// the chart's own markup). The width (340) and the bar area (276) are
// written in the markup.
const BAR_AREA: u64 = 2760;
const TOP: u64 = 240;
const ROW_HEIGHT: u64 = 380;
/// From the top of a row to its bar, below the name.
const NAME_HEIGHT: u64 = 150;

/// Position of a share (0..1) on the bar area, in tenths of a pixel (the
/// names stand above the bars, so it starts at 0).
fn x_of(share: Decimal) -> u64 {
    let tenths = share.clamp(Decimal::ZERO, Decimal::ONE) * Decimal::from(BAR_AREA);
    tenths
        .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
        .mantissa() as u64
}

/// A coordinate given in tenths, written with one decimal ("20.0").
struct Px(u64);

impl fmt::Display for Px {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}.{}", self.0 / 10, self.0 % 10)
    }
}

/// The cofinancing split as bars against the band the profile asks for.
fn cofinancing_chart(out: &mut String, figures: &Figures, lang: Lang) {
    let texts = ui(lang);
    let engine = lang.texts();
    let profile = Profile::katapult();
    let lower = profile.share_lower().value();
    let upper = profile.share_upper().value();
    let mut sectors: Vec<Sector> = Sector::THIRDS.to_vec();
    if !figures.sector_totals[Sector::Unassigned as usize].is_zero() {
        sectors.push(Sector::Unassigned);
    }
    let bottom = TOP + ROW_HEIGHT * sectors.len() as u64;
    let band = (texts.chart_band)(&format!(
        "{}–{}",
        percent(lower, lang),
        percent(upper, lang)
    ));
    let mut description = String::new();
    for (i, &sector) in sectors.iter().enumerate() {
        let _ = write!(
            description,
            "{}{} {} ({})",
            if i > 0 { ", " } else { "" },
            engine.sector(sector),
            percent(figures.sector_shares[sector as usize], lang),
            money(figures.sector_totals[sector as usize], lang)
        );
    }
    let target = Px(x_of(profile.sector_target.value()));
    let _ = write!(
        out,
        "<figure class=\"chart\" id=\"money-chart\"><svg data-chart=\"cofinancing\" role=\"img\" \
         aria-labelledby=\"chart-title chart-desc\" viewBox=\"0 0 340.0 {}\" \
         preserveAspectRatio=\"xMinYMin meet\">\
         <title id=\"chart-title\">{}</title><desc id=\"chart-desc\">{}</desc>\
         <rect class=\"band\" x=\"{}\" y=\"20.0\" width=\"{}\" height=\"{}\"/>\
         <line class=\"target\" x1=\"{target}\" x2=\"{target}\" y1=\"20.0\" y2=\"{}\"/>\
         <text class=\"band-label\" x=\"{}\" y=\"13\">{}</text>",
        Px(bottom + 220),
        Esc(texts.chart_title),
        Esc(&(texts.chart_desc)(&description)),
        Px(x_of(lower)),
        Px(x_of(upper).saturating_sub(x_of(lower))),
        Px(bottom - TOP + 80),
        Px(bottom + 40),
        Px(x_of(lower)),
        Esc(&band)
    );
    for (row, &sector) in sectors.iter().enumerate() {
        let share = figures.sector_shares[sector as usize];
        let top = TOP + row as u64 * ROW_HEIGHT;
        let y = top + NAME_HEIGHT;
        let fit = if sector == Sector::Unassigned {
            "other"
        } else if share < profile.share_minimum {
            "missing"
        } else if share < lower || share > upper {
            "outside"
        } else {
            "within"
        };
        let _ = write!(
            out,
            "<g><text x=\"0\" y=\"{}\" class=\"bar-label\">{}</text>\
             <rect x=\"0.0\" y=\"{}\" width=\"{}\" height=\"16.0\" class=\"bar\" data-fit=\"{fit}\"/>\
             <text x=\"340.0\" y=\"{}\" text-anchor=\"end\" class=\"bar-value\">{}</text></g>",
            Px(top + 110),
            Esc(engine.sector(sector)),
            Px(y),
            Px(x_of(share)),
            Px(y + 120),
            Esc(&percent(share, lang))
        );
    }
    let _ = write!(
        out,
        "<line class=\"axis\" x1=\"0.0\" x2=\"276.0\" y1=\"{axis}\" y2=\"{axis}\"/>\
         <text class=\"tick\" x=\"0.0\" y=\"{tick}\">{}</text>\
         <text class=\"tick\" x=\"276.0\" y=\"{tick}\" text-anchor=\"end\">{}</text></svg>\
         <figcaption>{}",
        Esc(&percent(Decimal::ZERO, lang)),
        Esc(&percent(Decimal::ONE, lang)),
        Esc(texts.chart_title),
        axis = Px(bottom + 40),
        tick = Px(bottom + 180),
    );
    if figures.total_cofinancing.is_zero() {
        let _ = write!(out, ": {}", Esc(texts.chart_empty));
    }
    out.push_str("</figcaption></figure>");
}

/// One figure of a `<dl class="figures">`; `key` for its `data-money`
/// (a sector), or empty.
fn figure(out: &mut String, key: &str, label: &str, value: &str) {
    out.push_str("<div class=\"figure\"");
    if !key.is_empty() {
        let _ = write!(out, " data-money=\"{key}\"");
    }
    out.push('>');
    tag(out, "dt", label);
    tag(out, "dd", value);
    out.push_str("</div>");
}

pub fn money_panel(
    report: &Report,
    proposal: &Proposal,
    pages: &Pages,
    lang: Lang,
    dispatch: &Dispatch,
) -> Html {
    let texts = ui(lang);
    let engine = lang.texts();
    let figures = &report.figures;
    let profile = Profile::katapult();
    // The one plan that answers C3's shares and balance: advice, shown
    // beside the chart, never applied to the plan.
    let plan = report
        .criterion(CriterionId::C3)
        .findings
        .iter()
        .map(|located| &located.finding)
        .find(|finding| matches!(finding, Finding::BalancePlan { .. }));
    let nothing = figures.total_costs.is_zero()
        && figures.total_cofinancing.is_zero()
        && figures.excluded_meeting_hours.is_zero();
    // A page at a time: a plan may have 2,000 activities and as many
    // years as lines (`figures.<name>` in the pages).
    let figures_page = |name: &'static str, len: usize, label: &'static str| {
        panel_page(
            Path::of("figures").field(name),
            len,
            label.into(),
            pages,
            lang,
            dispatch,
        )
    };
    let (unit_rows, unit_pager) = figures_page(
        "cost_per_unit",
        figures.cost_per_unit.len(),
        texts.cost_per_unit,
    );
    let (year_rows, year_pager) = figures_page("per_year", figures.per_year.len(), texts.per_year);

    let mut heading = String::new();
    tag(&mut heading, "h2 id=\"heading-money\"", texts.money_heading);
    // The chart and the figures are kept in the page (`live`): a keystroke
    // in an amount changes their numbers, seldom their elements. The
    // balance plan, which comes and goes, is a piece of its own.
    let mut chart = String::new();
    cofinancing_chart(&mut chart, figures, lang);
    let mut balance = String::new();
    if let Some(plan) = plan {
        tag(
            &mut balance,
            "p class=\"balance-plan\" data-balance-plan=\"\"",
            &engine.finding(plan),
        );
    }
    let mut top = String::from("<div id=\"money-figures\">");
    if nothing {
        tag(&mut top, "p class=\"muted\"", texts.no_money_yet);
    } else {
        top.push_str("<dl class=\"figures\">");
        for (label, value) in [
            (texts.total_costs, figures.total_costs),
            (texts.recognised, figures.total_cofinancing),
            (texts.cash, figures.cash_total),
            (texts.in_kind, figures.in_kind_total),
        ] {
            figure(&mut top, "", label, &money(value, lang));
        }
        if !figures.excluded_meeting_hours.is_zero() {
            let _ = write!(
                top,
                "<div class=\"figure excluded\"><dt>{}</dt><dd><del>{}</del></dd></div>",
                Esc(texts.excluded_meeting_hours),
                Esc(&money(figures.excluded_meeting_hours, lang))
            );
        }
        // What no line's kind classifies shows only when there is any.
        for (label, value, shown) in [
            (texts.bureau, figures.bureau_total, true),
            (texts.activities_total, figures.activity_total, true),
            (
                texts.unclassified,
                figures.unclassified_total,
                !figures.unclassified_total.is_zero(),
            ),
        ] {
            if shown {
                figure(&mut top, "", label, &money(value, lang));
            }
        }
        top.push_str("</dl>");
        if !figures.total_costs.is_zero() {
            tag(
                &mut top,
                "p",
                &(texts.bureau_share)(
                    &percent(figures.bureau_share, lang),
                    &percent(profile.max_bureau_share, lang),
                ),
            );
        }
        // Cash and in kind per sector: the werkdefinitie's
        // "cofinanciering (in cash en in kind)".
        tag(&mut top, "h3", texts.per_sector);
        top.push_str("<dl class=\"figures\">");
        for &sector in Sector::ALL {
            let i = sector as usize;
            if sector == Sector::Unassigned && figures.sector_totals[i].is_zero() {
                continue;
            }
            figure(
                &mut top,
                sector.id(),
                engine.sector(sector),
                &(texts.cash_and_in_kind)(
                    &money(figures.sector_cash[i], lang),
                    &money(figures.sector_in_kind[i], lang),
                ),
            );
        }
        top.push_str("</dl>");
        tag(
            &mut top,
            "p data-private=\"\"",
            &(texts.private_part)(
                &money(figures.private_cofinancing, lang),
                &percent(figures.private_share, lang),
            ),
        );
    }
    if !figures.cost_per_unit.is_empty() {
        tag(&mut top, "h3", texts.cost_per_unit);
        top.push_str("<dl class=\"figures\">");
        for (id, cost) in unit_rows.filter_map(|i| figures.cost_per_unit.get_indexed(i)) {
            // By name, or by place when unnamed: never the activity's id.
            let Some(index) = proposal.activities.iter().position(|a| &a.id == id) else {
                continue;
            };
            let activity = &proposal.activities[index];
            let value = match one_of(&activity.target.unit, lang) {
                Some(one) => format!("{} {} {one}", money(*cost, lang), texts.per),
                None => (texts.per_unit)(&money(*cost, lang), &activity.target.unit),
            };
            figure(&mut top, "", &activity_label(lang, index, activity), &value);
        }
        top.push_str("</dl>");
    }
    top.push_str("</div>");

    let mut table = String::new();
    if !figures.per_year.is_empty() {
        let _ = write!(
            table,
            "<table class=\"per-year\" id=\"money-years\"><caption>{}</caption><thead><tr>\
             <th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
             </tr></thead><tbody>",
            Esc(texts.per_year),
            Esc(texts.year_column),
            Esc(texts.costs_column),
            Esc(texts.cofinancing_column)
        );
        // The years, then what has no year: together the totals.
        for (year, totals) in year_rows.filter_map(|i| figures.per_year.get_indexed(i)) {
            let year = year.to_string();
            year_row(&mut table, &year, &year, totals, lang);
        }
        if let Some(totals) = &figures.no_year {
            year_row(&mut table, "none", texts.no_year, totals, lang);
        }
        table.push_str("</tbody><tfoot>");
        let total = YearTotals {
            costs: figures.total_costs,
            cofinancing: figures.total_cofinancing,
        };
        year_row(&mut table, "", texts.total, &total, lang);
        table.push_str("</tfoot></table>");
    }
    let mut counts = String::new();
    tag(
        &mut counts,
        "p class=\"muted counts\"",
        &partner_counts(figures, lang),
    );
    html! {
        <section class="money" aria-labelledby="heading-money">
            { raw(heading) }
            { live("money-chart", chart) }
            { raw(balance) }
            { live("money-figures", top) }
            { unit_pager }
            if !table.is_empty() {
                { live("money-years", table) }
            }
            { year_pager }
            { raw(counts) }
        </section>
    }
}

/// A row of the per-year table: `key` for `data-money` (none on the total).
fn year_row(out: &mut String, key: &str, label: &str, totals: &YearTotals, lang: Lang) {
    out.push_str("<tr");
    if !key.is_empty() {
        let _ = write!(out, " data-money=\"{}\"", Esc(key));
    }
    out.push('>');
    tag(out, "th scope=\"row\"", label);
    tag(out, "td", &money(totals.costs, lang));
    tag(out, "td", &money(totals.cofinancing, lang));
    out.push_str("</tr>");
}

/// "3 × Bedrijf, 1 × mbo": how many partners of each kind.
fn partner_counts(figures: &Figures, lang: Lang) -> String {
    let mut text = String::new();
    for (i, (kind, count)) in figures.partner_counts.iter().enumerate() {
        let _ = write!(
            text,
            "{}{} × {}",
            if i > 0 { ", " } else { "" },
            quantity(Decimal::from(*count as u64), lang),
            lang.texts().partner_kind(*kind)
        );
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chart_positions_are_tenths_of_the_bar_area_rounded_half_up() {
        assert_eq!(x_of(Decimal::ZERO), 0);
        assert_eq!(x_of(Decimal::new(5, 1)), 1380);
        assert_eq!(x_of(Decimal::new(1, 3)), 3, "2.76 tenths");
        assert_eq!(x_of(Decimal::new(25, 5)), 1, "0.69 tenths");
        assert_eq!(x_of(Decimal::TWO), 2760, "a share over 1 fills the area");
        assert_eq!(x_of(Decimal::NEGATIVE_ONE), 0);
        assert_eq!(Px(205).to_string(), "20.5");
        assert_eq!(Px(2760).to_string(), "276.0");
    }
}
