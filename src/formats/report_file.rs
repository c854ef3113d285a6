//! The report as `spec/proposal-format.md` defines it (`--json`), and as
//! readable text for a reviewer's terminal.

use serde_json::{json, Map, Value};

use crate::engine::model::Sector;
use crate::engine::profile::{Basis, Profile};
use crate::engine::report::{Finding, Report, RowName, Severity, ShareBound};
use crate::engine::totals::YearTotals;
use crate::text::display::{money, money_param, percent, share_param};
use crate::text::lang::Lang;
use crate::text::words::report_words;

pub const REPORT_FORMAT_ID: &str = "centra-check/report";
pub const REPORT_VERSION: u32 = 3;

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
                    let params: Map<String, Value> = finding_params(finding)
                        .into_iter()
                        .map(|(key, value)| (key.to_string(), Value::String(value)))
                        .collect();
                    object.insert("params".into(), Value::Object(params));
                    if let Some(path) = &located.path {
                        object.insert("path".into(), json!(path.to_string()));
                    }
                    Value::Object(object)
                })
                .collect();
            json!({
                "id": criterion.id.id(),
                "title": texts.criterion_title(criterion.id),
                "status": criterion.status.id(),
                "werkdefinitie_status": criterion.werkdefinitie_status.id(),
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
    let year_value = |totals: &YearTotals| {
        json!({
            "costs": money_param(totals.costs),
            "cofinancing": money_param(totals.cofinancing),
        })
    };
    let mut per_year: Map<String, Value> = figures
        .per_year
        .iter()
        .map(|(year, totals)| (year.to_string(), year_value(totals)))
        .collect();
    if let Some(totals) = &figures.no_year {
        per_year.insert("none".into(), year_value(totals));
    }
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
        "werkdefinitie_verdict": report.werkdefinitie_verdict.id(),
        "criteria": criteria,
        "figures": {
            "total_costs": money_param(figures.total_costs),
            "total_cofinancing": money_param(figures.total_cofinancing),
            "cash_total": money_param(figures.cash_total),
            "in_kind_total": money_param(figures.in_kind_total),
            "excluded_meeting_hours": money_param(figures.excluded_meeting_hours),
            "sector_totals": sector_map(&figures.sector_totals, money_param),
            "sector_shares": sector_map(&figures.sector_shares, share_param),
            "sector_cash": sector_map(&figures.sector_cash, money_param),
            "sector_in_kind": sector_map(&figures.sector_in_kind, money_param),
            "private_cofinancing": money_param(figures.private_cofinancing),
            "private_share": share_param(figures.private_share),
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

fn status_mark(status: crate::engine::report::Status) -> &'static str {
    use crate::engine::report::Status::*;
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
    let words = report_words(lang);
    let (verdict_word, profile_word, figures_word) =
        (words.verdict, words.rule_profile, words.key_figures);
    out.push_str(&format!("{title}\n"));
    out.push_str(&format!(
        "{verdict_word}: {} {}  ({profile_word}: {})\n",
        status_mark(report.verdict),
        texts.status(report.verdict),
        report.profile
    ));
    let lower = |status| texts.status(status).to_lowercase();
    out.push_str(&(words.both_verdicts)(
        &lower(report.werkdefinitie_verdict),
        &lower(report.verdict),
    ));
    out.push_str("\n\n");
    for criterion in &report.criteria {
        let own = if criterion.werkdefinitie_status == criterion.status {
            String::new()
        } else {
            format!(
                " ({}: {})",
                words.werkdefinitie,
                lower(criterion.werkdefinitie_status)
            )
        };
        out.push_str(&format!(
            "{} {} {}: {}{own}\n",
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
    let (costs, cofinancing, cash, in_kind, meetings, bureau) = (
        words.costs,
        words.cofinancing,
        words.cash,
        words.in_kind,
        words.meeting_hours,
        words.bureau,
    );
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
            "    {}: {} ({}; {cash} {}, {in_kind} {})\n",
            texts.sector(*sector),
            money(figures.sector_totals[i], lang),
            percent(figures.sector_shares[i], lang),
            money(figures.sector_cash[i], lang),
            money(figures.sector_in_kind[i], lang)
        ));
    }
    out.push_str(&format!(
        "    {}: {} ({})\n",
        words.private,
        money(figures.private_cofinancing, lang),
        percent(figures.private_share, lang)
    ));
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
    if !figures.per_year.is_empty() {
        out.push_str(&format!("  {}\n", words.per_year));
        let years = figures
            .per_year
            .iter()
            .map(|(year, totals)| (year.to_string(), totals))
            .chain(
                figures
                    .no_year
                    .iter()
                    .map(|t| (words.no_year.to_string(), t)),
            );
        for (year, totals) in years {
            out.push_str(&format!(
                "    {year}: {} / {}\n",
                money(totals.costs, lang),
                money(totals.cofinancing, lang)
            ));
        }
    }
    out.push_str(&norms_text(profile_of(report), lang));
    out
}

/// The norms applied, each with its basis; guidelines marked as such.
fn norms_text(profile: &Profile, lang: Lang) -> String {
    let texts = lang.texts();
    let words = report_words(lang);
    let (heading, version) = (words.norms, words.version);
    let mut out = format!(
        "\n{heading} ({} {version} {}, {})\n",
        profile.id, profile.version, profile.applies_from
    );
    for norm in profile.norms {
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
    out.push_str(words.guideline_legend);
    out.push('\n');
    out.push_str(&format!("\n{}\n", texts.self_check()));
    out
}

/// The parameters, as the report's `params` carries them: decimals as
/// exact strings, shares rounded to four places (display rounding).
pub fn finding_params(finding: &Finding) -> Vec<(&'static str, String)> {
    use Finding::*;
    let list = |rows: &[RowName]| {
        rows.iter()
            .map(RowName::param)
            .collect::<Vec<_>>()
            .join(", ")
    };
    match finding {
        NoComplementarity => vec![],
        NoFocus | NoRegionalFit | NoAlliances | NoPracticePartner | NoEducationPartner
        | NoCompanyManagement | NoBoard | NoBureauDistinction | NoActivities | NoIndicators
        | NoCompanyIndicator | NoExperiment | ExperimentAlone | NoDuration => vec![],
        EducationChain { level } => vec![("level", level.id().to_string())],
        FewCompanies { companies, minimum } => {
            vec![
                ("companies", companies.to_string()),
                ("minimum", minimum.to_string()),
            ]
        }
        NotStrategic { sector } | NotExecutive { sector } | NoCofinancing { sector } => {
            vec![("sector", sector.id().to_string())]
        }
        PartnersWithoutContribution { partners } => vec![("partners", list(partners))],
        Benchmark {
            organisations,
            organisations_from_indicator,
            students,
            teachers,
            average_organisations,
            average_students,
            average_teachers,
        } => {
            let mut params = vec![
                ("organisations", organisations.normalize().to_string()),
                (
                    "organisations_from",
                    if *organisations_from_indicator {
                        "indicator"
                    } else {
                        "partners"
                    }
                    .to_string(),
                ),
            ];
            if let Some(students) = students {
                params.push(("students", students.normalize().to_string()));
            }
            if let Some(teachers) = teachers {
                params.push(("teachers", teachers.normalize().to_string()));
            }
            params.push(("average_organisations", average_organisations.to_string()));
            params.push(("average_students", average_students.to_string()));
            params.push(("average_teachers", average_teachers.to_string()));
            params
        }
        Share {
            sector,
            rule,
            share,
            limit,
            bound,
            extra,
            ..
        } => {
            let extra_key = match rule {
                ShareBound::High => "others_missing",
                _ => "missing",
            };
            vec![
                ("sector", sector.id().to_string()),
                ("share", share_param(*share)),
                ("limit", share_param(*limit)),
                ("bound", share_param(*bound)),
                (extra_key, money_param(*extra)),
            ]
        }
        FinancingShortfall {
            costs,
            cofinancing,
            difference,
        } => vec![
            ("costs", money_param(*costs)),
            ("cofinancing", money_param(*cofinancing)),
            ("shortfall", money_param(*difference)),
        ],
        FinancingSurplus {
            costs,
            cofinancing,
            difference,
        } => vec![
            ("costs", money_param(*costs)),
            ("cofinancing", money_param(*cofinancing)),
            ("surplus", money_param(*difference)),
        ],
        MeetingHoursExcluded { partner, amount } => {
            vec![
                ("partner", partner.param()),
                ("amount", money_param(*amount)),
            ]
        }
        LooksLikeMeetings {
            partner,
            description,
        }
        | InKindNoBasis {
            partner,
            description,
        } => {
            vec![
                ("partner", partner.param()),
                ("description", description.clone()),
            ]
        }
        InKindMismatch {
            partner,
            computed,
            amount,
        } => vec![
            ("partner", partner.param()),
            ("computed", money_param(*computed)),
            ("amount", money_param(*amount)),
        ],
        RateHigh {
            partner,
            rate,
            maximum,
        } => vec![
            ("partner", partner.param()),
            ("rate", money_param(*rate)),
            ("maximum", money_param(*maximum)),
        ],
        InKindNoAmount {
            partner,
            contribution,
        } => vec![
            ("partner", partner.param()),
            ("contribution", contribution.param()),
        ],
        InKindNoValuation {
            partner,
            contribution,
            amount,
        }
        | InKindMarketValue {
            partner,
            contribution,
            amount,
        } => vec![
            ("partner", partner.param()),
            ("contribution", contribution.param()),
            ("amount", money_param(*amount)),
        ],
        YearOutsidePeriod {
            row,
            partner,
            year,
            first,
            last,
        } => {
            let mut params = Vec::new();
            if let Some(partner) = partner {
                params.push(("partner", partner.param()));
                params.push(("contribution", row.param()));
            } else {
                params.push(("line", row.param()));
            }
            params.push(("year", year.to_string()));
            params.push(("first", first.to_string()));
            params.push(("last", last.to_string()));
            params
        }
        NoPrivateCofinancing { practice } => vec![("practice", money_param(*practice))],
        BalancePlan { changes, total, .. } => {
            let mut params: Vec<(&'static str, String)> = Sector::THIRDS
                .iter()
                .zip(changes)
                .map(|(sector, change)| (sector.id(), money_param(*change)))
                .collect();
            params.push(("total", money_param(*total)));
            params
        }
        UnclassifiedLines { lines, amount } => {
            vec![("lines", list(lines)), ("amount", money_param(*amount))]
        }
        BureauShareHigh {
            share,
            maximum,
            bureau,
            to_move,
            target,
        }
        | BureauShareExcessive {
            share,
            maximum,
            bureau,
            to_move,
            target,
        } => vec![
            ("share", share_param(*share)),
            ("maximum", share_param(*maximum)),
            ("bureau", money_param(*bureau)),
            ("move", money_param(*to_move)),
            ("target", share_param(*target)),
        ],
        ShortDuration { years, minimum } => {
            vec![
                ("years", years.to_string()),
                ("minimum", minimum.to_string()),
            ]
        }
        PartnerUnassigned { partners, amount } => {
            vec![
                ("partners", list(partners)),
                ("amount", money_param(*amount)),
            ]
        }
        ActivityNoGoal { activity }
        | ActivityNoTarget { activity }
        | ActivityNoBudget { activity } => {
            vec![("activity", activity.param())]
        }
        UnknownActivity { line, activity } => {
            let mut params = vec![("line", line.param())];
            if let Some(activity) = activity {
                params.push(("activity", activity.clone()));
            }
            params
        }
        CostPerUnit {
            activity,
            cost,
            unit,
            budget,
            count,
        } => vec![
            ("activity", activity.param()),
            ("cost_per_unit", money_param(*cost)),
            ("unit", unit.clone()),
            ("budget", money_param(*budget)),
            ("count", count.normalize().to_string()),
        ],
        GoalsUncovered { goals } => vec![(
            "goals",
            goals.iter().map(|g| g.id()).collect::<Vec<_>>().join(", "),
        )],
        GroupMissing { group } => vec![("group", group.id().to_string())],
        NoTarget {
            indicator,
            direction,
        } => vec![
            ("indicator", indicator.param()),
            ("direction", direction.id().to_string()),
        ],
        UnknownPartner { activity, partner } => {
            vec![
                ("activity", activity.param()),
                ("partner", partner.to_string()),
            ]
        }
    }
}
