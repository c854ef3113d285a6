//! The report as `spec/proposal-format.md` defines it (`--json`), and as
//! readable text for a reviewer's terminal.

use serde_json::{json, Map, Value};

use crate::display::{money, money_param, percent, share_param};
use crate::lang::Lang;
use crate::model::Sector;
use crate::profile::{Basis, Profile};
use crate::report::{Report, Severity};

pub const REPORT_FORMAT_ID: &str = "centra-check/report";
pub const REPORT_VERSION: u32 = 2;

/// The profile a report was made with (reports only come from known ones).
fn profile_of(report: &Report) -> &'static Profile {
    Profile::by_id(&report.profile).unwrap_or_else(Profile::katapult)
}

/// Every norm the report applied, by the names of `criteria.md`.
pub fn norms_json(profile: &Profile) -> Value {
    Value::Array(
        profile
            .norms
            .iter()
            .map(|norm| {
                json!({
                    "name": norm.name.id(),
                    "value": norm.value,
                    "basis": norm.basis.id(),
                })
            })
            .collect(),
    )
}

/// The report file: codes and params never change with `lang`, messages do.
pub fn report_json(report: &Report, lang: Lang) -> Value {
    let texts = lang.texts();
    let criteria: Vec<Value> = report
        .criteria
        .iter()
        .map(|criterion| {
            let findings: Vec<Value> = criterion
                .findings
                .iter()
                .map(|located| {
                    let finding = &located.finding;
                    let mut object = Map::new();
                    object.insert("code".into(), json!(finding.code()));
                    object.insert("severity".into(), json!(finding.severity().id()));
                    object.insert("basis".into(), json!(finding.basis().id()));
                    object.insert("message".into(), json!(texts.finding(finding)));
                    if let Some(fix) = texts.fix(finding) {
                        object.insert("fix".into(), json!(fix));
                    }
                    let params: Map<String, Value> = finding
                        .params()
                        .into_iter()
                        .map(|(key, value)| (key.to_string(), Value::String(value)))
                        .collect();
                    object.insert("params".into(), Value::Object(params));
                    if let Some(path) = &located.path {
                        object.insert("path".into(), json!(path));
                    }
                    Value::Object(object)
                })
                .collect();
            json!({
                "id": criterion.id.id(),
                "title": texts.criterion_title(criterion.id),
                "status": criterion.status.id(),
                "findings": findings,
            })
        })
        .collect();
    let figures = &report.figures;
    let sector_map = |values: &[rust_decimal::Decimal; 4],
                      render: fn(rust_decimal::Decimal) -> String| {
        let map: Map<String, Value> = Sector::ALL
            .iter()
            .map(|s| {
                (
                    s.id().to_string(),
                    Value::String(render(values[*s as usize])),
                )
            })
            .collect();
        Value::Object(map)
    };
    let cost_per_unit: Map<String, Value> = figures
        .cost_per_unit
        .iter()
        .map(|(id, cost)| (id.clone(), Value::String(money_param(cost.round_dp(2)))))
        .collect();
    let per_year: Map<String, Value> = figures
        .per_year
        .iter()
        .map(|(year, totals)| {
            (
                year.to_string(),
                json!({
                    "costs": money_param(totals.costs),
                    "cofinancing": money_param(totals.cofinancing),
                }),
            )
        })
        .collect();
    let partner_counts: Map<String, Value> = figures
        .partner_counts
        .iter()
        .map(|(kind, count)| (kind.id().to_string(), json!(count)))
        .collect();
    json!({
        "format": REPORT_FORMAT_ID,
        "version": REPORT_VERSION,
        "profile": report.profile,
        "norms": norms_json(profile_of(report)),
        "verdict": report.verdict.id(),
        "criteria": criteria,
        "figures": {
            "total_costs": money_param(figures.total_costs),
            "total_cofinancing": money_param(figures.total_cofinancing),
            "cash_total": money_param(figures.cash_total),
            "in_kind_total": money_param(figures.in_kind_total),
            "excluded_meeting_hours": money_param(figures.excluded_meeting_hours),
            "sector_totals": sector_map(&figures.sector_totals, money_param),
            "sector_shares": sector_map(&figures.sector_shares, share_param),
            "bureau_total": money_param(figures.bureau_total),
            "activity_total": money_param(figures.activity_total),
            "unclassified_total": money_param(figures.unclassified_total),
            "bureau_share": share_param(figures.bureau_share),
            "cost_per_unit": cost_per_unit,
            "per_year": per_year,
            "partner_counts": partner_counts,
        }
    })
}

fn status_mark(status: crate::report::Status) -> &'static str {
    use crate::report::Status::*;
    match status {
        Meets => "[✓]",
        Partly => "[~]",
        NotMet => "[✗]",
        Incomplete => "[ ]",
    }
}

fn severity_mark(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "✗",
        Severity::Warning => "!",
        Severity::Info => "i",
    }
}

/// A readable report for the terminal.
pub fn report_text(report: &Report, lang: Lang, title: &str) -> String {
    let texts = lang.texts();
    let figures = &report.figures;
    let mut out = String::new();
    let (verdict_word, profile_word, figures_word) = match lang {
        Lang::Nl => ("Oordeel", "regelprofiel", "Kerncijfers"),
        Lang::En => ("Verdict", "rule profile", "Key figures"),
    };
    out.push_str(&format!("{title}\n"));
    out.push_str(&format!(
        "{verdict_word}: {} {}  ({profile_word}: {})\n\n",
        status_mark(report.verdict),
        texts.status(report.verdict),
        report.profile
    ));
    for criterion in &report.criteria {
        out.push_str(&format!(
            "{} {} {}: {}\n",
            status_mark(criterion.status),
            criterion.id.id(),
            texts.criterion_title(criterion.id),
            texts.status(criterion.status)
        ));
        for located in &criterion.findings {
            let finding = &located.finding;
            out.push_str(&format!(
                "    {} {} [{}; {}]\n",
                severity_mark(finding.severity()),
                texts.finding(finding),
                finding.code(),
                texts.basis(finding.basis())
            ));
            if let Some(fix) = texts.fix(finding) {
                out.push_str(&format!("      → {fix}\n"));
            }
        }
    }
    let (costs, cofinancing, cash, in_kind, meetings, bureau) = match lang {
        Lang::Nl => (
            "Begroting",
            "Erkende cofinanciering",
            "cash",
            "in kind",
            "Buiten beschouwing (vergaderuren)",
            "Bureaukosten",
        ),
        Lang::En => (
            "Budget",
            "Recognised cofinancing",
            "cash",
            "in kind",
            "Left out (meeting hours)",
            "Bureau costs",
        ),
    };
    out.push_str(&format!("\n{figures_word}\n"));
    out.push_str(&format!(
        "  {costs}: {}\n",
        money(figures.total_costs, lang)
    ));
    out.push_str(&format!(
        "  {cofinancing}: {} ({cash} {}, {in_kind} {})\n",
        money(figures.total_cofinancing, lang),
        money(figures.cash_total, lang),
        money(figures.in_kind_total, lang)
    ));
    for sector in Sector::ALL {
        let i = *sector as usize;
        if *sector == Sector::Unassigned && figures.sector_totals[i].is_zero() {
            continue;
        }
        out.push_str(&format!(
            "    {}: {} ({})\n",
            texts.sector(*sector),
            money(figures.sector_totals[i], lang),
            percent(figures.sector_shares[i], lang)
        ));
    }
    if !figures.excluded_meeting_hours.is_zero() {
        out.push_str(&format!(
            "  {meetings}: {}\n",
            money(figures.excluded_meeting_hours, lang)
        ));
    }
    out.push_str(&format!(
        "  {bureau}: {} ({})\n",
        money(figures.bureau_total, lang),
        percent(figures.bureau_share, lang)
    ));
    out.push_str(&norms_text(profile_of(report), lang));
    out
}

/// The norms applied, each with its basis; guidelines marked as such.
fn norms_text(profile: &Profile, lang: Lang) -> String {
    let texts = lang.texts();
    let (heading, version) = match lang {
        Lang::Nl => ("Normen", "versie"),
        Lang::En => ("Norms", "version"),
    };
    let mut out = format!(
        "\n{heading} ({} {version} {}, {})\n",
        profile.id, profile.version, profile.applies_from
    );
    for norm in &profile.norms {
        let mark = match norm.basis {
            Basis::Werkdefinitie => ' ',
            Basis::Guideline => '*',
        };
        out.push_str(&format!(
            "  {mark} {}: {} [{}]\n",
            texts.norm_label(norm.name),
            texts.norm_value(norm, profile),
            texts.basis(norm.basis)
        ));
    }
    let legend = match lang {
        Lang::Nl => "  * richtwaarde: de eigen lezing van Centra-check van een ruimere zin uit de werkdefinitie",
        Lang::En => "  * guideline: Centra-check's own reading of a looser sentence of the werkdefinitie",
    };
    out.push_str(legend);
    out.push('\n');
    out.push_str(&format!("\n{}\n", texts.self_check()));
    out
}
