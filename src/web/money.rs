//! The money panel: the cofinancing split as an SVG chart against the band,
//! and the figures of the report. Amounts are formatted by `display` only;
//! floats appear solely as pixel positions in the chart.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use yew::prelude::*;

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
const CHART_WIDTH: f64 = 340.0;
const LABEL_WIDTH: f64 = 0.0;
const BAR_AREA: f64 = 276.0;
const TOP: f64 = 24.0;
const ROW_HEIGHT: f64 = 38.0;
const BAR_HEIGHT: f64 = 16.0;
/// From the top of a row to its bar, below the name.
const NAME_HEIGHT: f64 = 15.0;

/// Pixel position of a share (0..1) on the bar area.
fn x_of(share: Decimal) -> f64 {
    let fraction = share.to_f64().unwrap_or(0.0).clamp(0.0, 1.0);
    LABEL_WIDTH + fraction * BAR_AREA
}

/// A coordinate with one decimal. Written by hand from whole tenths:
/// `format!("{:.1}")` would pull in float formatting, 6.6 KB of the gzipped
/// download (measured 2026-11-26), for no gain.
fn px(value: f64) -> String {
    let tenths = (value.max(0.0) * 10.0).round() as u64;
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// The cofinancing split as bars against the band the profile asks for.
pub fn cofinancing_chart(figures: &Figures, lang: Lang) -> Html {
    let texts = ui(lang);
    let engine = lang.texts();
    let profile = Profile::katapult();
    let lower = profile.share_lower().value();
    let upper = profile.share_upper().value();
    let mut sectors: Vec<Sector> = Sector::THIRDS.to_vec();
    if !figures.sector_totals[Sector::Unassigned as usize].is_zero() {
        sectors.push(Sector::Unassigned);
    }
    let bottom = TOP + ROW_HEIGHT * sectors.len() as f64;
    let height = bottom + 22.0;
    let band = (texts.chart_band)(&format!(
        "{}–{}",
        percent(lower, lang),
        percent(upper, lang)
    ));
    let description = sectors
        .iter()
        .map(|&sector| {
            format!(
                "{} {} ({})",
                engine.sector(sector),
                percent(figures.sector_shares[sector as usize], lang),
                money(figures.sector_totals[sector as usize], lang)
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    let rows = sectors.iter().enumerate().map(|(row, &sector)| {
        let share = figures.sector_shares[sector as usize];
        let top = TOP + row as f64 * ROW_HEIGHT;
        let y = top + NAME_HEIGHT;
        let width = x_of(share) - LABEL_WIDTH;
        let fit = if sector == Sector::Unassigned {
            "other"
        } else if share < profile.share_minimum {
            "missing"
        } else if share < lower || share > upper {
            "outside"
        } else {
            "within"
        };
        let label = percent(share, lang);
        html! {
            <g>
                <text x="0" y={px(top + 11.0)} class="bar-label">{ engine.sector(sector) }</text>
                <rect x={px(LABEL_WIDTH)} y={px(y)} width={px(width.max(0.0))}
                    height={px(BAR_HEIGHT)} class="bar" data-fit={fit} />
                <text x={px(CHART_WIDTH)} y={px(y + 12.0)} text-anchor="end" class="bar-value">{ label }</text>
            </g>
        }
    });
    html! {
        <figure class="chart">
            <svg data-chart="cofinancing" role="img" aria-labelledby="chart-title chart-desc"
                viewBox={format!("0 0 {} {}", px(CHART_WIDTH), px(height))}
                preserveAspectRatio="xMinYMin meet">
                <title id="chart-title">{ texts.chart_title }</title>
                <desc id="chart-desc">{ (texts.chart_desc)(&description) }</desc>
                <rect class="band" x={px(x_of(lower))} y={px(TOP - 4.0)}
                    width={px(x_of(upper) - x_of(lower))} height={px(bottom - TOP + 8.0)} />
                <line class="target" x1={px(x_of(profile.sector_target.value()))}
                    x2={px(x_of(profile.sector_target.value()))}
                    y1={px(TOP - 4.0)} y2={px(bottom + 4.0)} />
                <text class="band-label" x={px(x_of(lower))} y="13">{ band }</text>
                { for rows }
                <line class="axis" x1={px(LABEL_WIDTH)} x2={px(LABEL_WIDTH + BAR_AREA)}
                    y1={px(bottom + 4.0)} y2={px(bottom + 4.0)} />
                <text class="tick" x={px(LABEL_WIDTH)} y={px(bottom + 18.0)}>{ percent(Decimal::ZERO, lang) }</text>
                <text class="tick" x={px(LABEL_WIDTH + BAR_AREA)} y={px(bottom + 18.0)}
                    text-anchor="end">{ percent(Decimal::ONE, lang) }</text>
            </svg>
            <figcaption>
                { texts.chart_title }
                if figures.total_cofinancing.is_zero() {
                    { ": " }{ texts.chart_empty }
                }
            </figcaption>
        </figure>
    }
}

/// One figure of a `<dl class="figures">`.
fn figure(label: AttrValue, value: AttrValue) -> Html {
    html! {
        <div class="figure"><dt>{ label }</dt><dd>{ value }</dd></div>
    }
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
    let sectors = Sector::ALL
        .iter()
        .filter(|&&s| s != Sector::Unassigned || !figures.sector_totals[s as usize].is_zero());
    let nothing = figures.total_costs.is_zero()
        && figures.total_cofinancing.is_zero()
        && figures.excluded_meeting_hours.is_zero();
    let row = |label: &'static str, value: Decimal| figure(label.into(), money(value, lang).into());
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
    let unit_costs = unit_rows
        .filter_map(|i| figures.cost_per_unit.get_indexed(i))
        .filter_map(|(id, cost)| {
            // By name, or by place when unnamed: never the activity's id.
            let index = proposal.activities.iter().position(|a| &a.id == id)?;
            let activity = &proposal.activities[index];
            Some(figure(
                activity_label(lang, index, activity).into(),
                match one_of(&activity.target.unit, lang) {
                    Some(one) => format!("{} {} {one}", money(*cost, lang), texts.per),
                    None => (texts.per_unit)(&money(*cost, lang), &activity.target.unit),
                }
                .into(),
            ))
        });
    html! {
        <section class="money" aria-labelledby="heading-money">
            <h2 id="heading-money">{ texts.money_heading }</h2>
            { cofinancing_chart(figures, lang) }
            if let Some(plan) = plan {
                <p class="balance-plan" data-balance-plan="">{ engine.finding(plan) }</p>
            }
            if nothing {
                <p class="muted">{ texts.no_money_yet }</p>
            } else {
                <dl class="figures">
                    { row(texts.total_costs, figures.total_costs) }
                    { row(texts.recognised, figures.total_cofinancing) }
                    { row(texts.cash, figures.cash_total) }
                    { row(texts.in_kind, figures.in_kind_total) }
                    if !figures.excluded_meeting_hours.is_zero() {
                        <div class="figure excluded">
                            <dt>{ texts.excluded_meeting_hours }</dt>
                            <dd><del>{ money(figures.excluded_meeting_hours, lang) }</del></dd>
                        </div>
                    }
                    { row(texts.bureau, figures.bureau_total) }
                    { row(texts.activities_total, figures.activity_total) }
                    if !figures.unclassified_total.is_zero() {
                        { row(texts.unclassified, figures.unclassified_total) }
                    }
                </dl>
                if !figures.total_costs.is_zero() {
                    <p>{ (texts.bureau_share)(&percent(figures.bureau_share, lang), &percent(profile.max_bureau_share, lang)) }</p>
                }
                // Cash and in kind per sector: the werkdefinitie's
                // "cofinanciering (in cash en in kind)".
                <h3>{ texts.per_sector }</h3>
                <dl class="figures">
                    { for sectors.map(|&sector| {
                        let i = sector as usize;
                        html! {
                            <div class="figure" data-money={sector.id()}>
                                <dt>{ engine.sector(sector) }</dt>
                                <dd>{ (texts.cash_and_in_kind)(&money(figures.sector_cash[i], lang), &money(figures.sector_in_kind[i], lang)) }</dd>
                            </div>
                        }
                    }) }
                </dl>
                <p data-private="">{ (texts.private_part)(&money(figures.private_cofinancing, lang), &percent(figures.private_share, lang)) }</p>
            }
            if !figures.cost_per_unit.is_empty() {
                <h3>{ texts.cost_per_unit }</h3>
                <dl class="figures">{ for unit_costs }</dl>
                { unit_pager }
            }
            if !figures.per_year.is_empty() {
                <table class="per-year">
                    <caption>{ texts.per_year }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ texts.year_column }</th>
                            <th scope="col">{ texts.costs_column }</th>
                            <th scope="col">{ texts.cofinancing_column }</th>
                        </tr>
                    </thead>
                    <tbody>
                        // The years, then what has no year: together the totals.
                        { for year_rows.filter_map(|i| figures.per_year.get_indexed(i)).map(|(year, totals)| {
                            let year = year.to_string();
                            year_row(year.clone(), year, totals, lang)
                        }) }
                        if let Some(totals) = &figures.no_year {
                            { year_row("none".into(), texts.no_year.into(), totals, lang) }
                        }
                    </tbody>
                    <tfoot>
                        { year_row(String::new(), texts.total.into(), &YearTotals {
                            costs: figures.total_costs,
                            cofinancing: figures.total_cofinancing,
                        }, lang) }
                    </tfoot>
                </table>
                { year_pager }
            }
            <p class="muted counts">{ partner_counts(figures, lang) }</p>
        </section>
    }
}

/// A row of the per-year table: `key` for `data-money` (none on the total).
fn year_row(key: String, label: String, totals: &YearTotals, lang: Lang) -> Html {
    html! {
        <tr data-money={(!key.is_empty()).then_some(key)}>
            <th scope="row">{ label }</th>
            <td>{ money(totals.costs, lang) }</td>
            <td>{ money(totals.cofinancing, lang) }</td>
        </tr>
    }
}

/// "3 × Bedrijf, 1 × mbo": how many partners of each kind.
fn partner_counts(figures: &Figures, lang: Lang) -> String {
    figures
        .partner_counts
        .iter()
        .map(|(kind, count)| {
            format!(
                "{} × {}",
                quantity(Decimal::from(*count as u64), lang),
                lang.texts().partner_kind(*kind)
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}
