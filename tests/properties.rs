//! Properties that must hold for every proposal, however odd: the engine
//! never panics, shares add up to one, the fix amount is exactly enough,
//! and a written proposal reads back the same.

use std::str::FromStr;

use centra_check::engine::balance::{balance_plan, narrowed_band};
use centra_check::engine::evaluate::{extra_to_reach, others_extra_to_fall};
use centra_check::engine::model::*;
use centra_check::engine::problem::Problem;
use centra_check::engine::profile::Profile;
use centra_check::engine::report::{
    status_of, verdict_of, werkdefinitie_status_of, Basis, Finding, Located, ShareBound, Status,
};
use centra_check::engine::totals::Totals;
use centra_check::formats::proposal_file::{read_proposal, write_proposal};
use centra_check::formats::report_file;
use centra_check::{evaluate, Lang};
use proptest::collection::vec;
use proptest::prelude::*;

mod support;
use proptest::sample::select;
use rust_decimal::Decimal;
use support::proposals::{
    amount, money_plan, proposal, with_unique_ids, MAX_CONTRIBUTIONS, MAX_ROWS, MODEST_SCALE_MAX,
    MODEST_WHOLE_MAX,
};

/// The table "Superseded findings" of `spec/criteria.md`, written out by
/// code so that it does not lean on the engine's own rule.
fn superseded_per_spec(stronger: &Located, weaker: &Located) -> bool {
    let (strong, weak) = (stronger.finding.code(), weaker.finding.code());
    let table: [(&str, &[&str]); 6] = [
        (
            "C2_NO_PRACTICE_PARTNER",
            &[
                "C2_PRACTICE_NOT_STRATEGIC",
                "C2_PRACTICE_NOT_EXECUTIVE",
                "C2_NO_COMPANY_MANAGEMENT",
                "C2_PRACTICE_NO_COFINANCING",
                "C2_FEW_COMPANIES",
            ],
        ),
        (
            "C2_NO_EDUCATION_PARTNER",
            &[
                "C2_EDUCATION_NOT_STRATEGIC",
                "C2_EDUCATION_NOT_EXECUTIVE",
                "C2_NO_BOARD",
                "C2_EDUCATION_NO_COFINANCING",
            ],
        ),
        ("C3_BUREAU_SHARE_EXCESSIVE", &["C3_BUREAU_SHARE_HIGH"]),
        ("C3_NO_BUREAU_DISTINCTION", &["C3_UNCLASSIFIED_LINES"]),
        (
            "C5_NO_INDICATORS",
            &["C5_GROUP_MISSING", "C5_NO_COMPANY_INDICATOR"],
        ),
        ("C6_NO_EXPERIMENT", &["C6_EXPERIMENT_ALONE"]),
    ];
    if table
        .iter()
        .any(|(s, weaker)| *s == strong && weaker.contains(&weak.as_str()))
    {
        return true;
    }
    if let Some(sector) = strong.strip_suffix("_SHARE_MISSING") {
        return weak == format!("{sector}_SHARE_LOW");
    }
    strong == "C4_ACTIVITY_NO_BUDGET" && weak == "C4_COST_PER_UNIT" && stronger.path == weaker.path
}

/// 600 cases per property in `make test`; `PROPTEST_CASES=100000` (as
/// `make fuzz` does) for a long robustness run.
fn case_count() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(600)
}

fn close_to_one(sum: Decimal) -> bool {
    (sum - Decimal::ONE).abs() < Decimal::new(1, 20)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(case_count()))]

    #[test]
    fn the_engine_never_panics_and_its_statuses_are_consistent(proposal in proposal()) {
        let Ok(report) = evaluate(&proposal, Profile::katapult()) else {
            // Only totals beyond an exact decimal may be refused.
            return Ok(());
        };
        prop_assert_eq!(report.criteria.len(), 6);
        for (i, criterion) in report.criteria.iter().enumerate() {
            prop_assert_eq!(criterion.id as usize, i);
            if criterion.status == Status::Incomplete {
                prop_assert!(criterion.findings.is_empty());
            } else {
                prop_assert_eq!(criterion.status, status_of(&criterion.findings));
            }
            for located in &criterion.findings {
                prop_assert_eq!(located.finding.criterion(), criterion.id);
                // Every finding has a text in both languages, and JSON renders.
                for &lang in Lang::ALL {
                    prop_assert!(!lang.texts().finding(&located.finding).is_empty());
                }
            }
        }
        prop_assert_eq!(report.verdict, verdict_of(report.criteria.iter().map(|c| c.status)));
        // Katapult's own verdict: from the findings of its basis alone.
        for criterion in &report.criteria {
            if criterion.status == Status::Incomplete {
                prop_assert_eq!(criterion.werkdefinitie_status, Status::Incomplete);
            } else {
                let own: Vec<Located> = criterion.findings.iter()
                    .filter(|f| f.finding.basis() == Basis::Werkdefinitie)
                    .cloned()
                    .collect();
                prop_assert_eq!(criterion.werkdefinitie_status, status_of(&own));
                prop_assert_eq!(criterion.werkdefinitie_status, werkdefinitie_status_of(&criterion.findings));
            }
        }
        prop_assert_eq!(
            report.werkdefinitie_verdict,
            verdict_of(report.criteria.iter().map(|c| c.werkdefinitie_status))
        );
        let json = report_file::report_json(&report, Lang::Nl);
        prop_assert_eq!(json["criteria"].as_array().map(Vec::len), Some(6));
    }

    #[test]
    fn no_listed_finding_is_superseded_by_another_listed_finding(proposal in proposal()) {
        let Ok(report) = evaluate(&proposal, Profile::katapult()) else {
            return Ok(());
        };
        for criterion in &report.criteria {
            for stronger in &criterion.findings {
                for weaker in &criterion.findings {
                    prop_assert!(
                        !superseded_per_spec(stronger, weaker),
                        "{} listed beside {}", weaker.finding.code(), stronger.finding.code()
                    );
                }
            }
        }
    }

    #[test]
    fn sector_shares_add_up_to_one(proposal in proposal()) {
        let Ok(report) = evaluate(&proposal, Profile::katapult()) else { return Ok(()); };
        let figures = &report.figures;
        let sum: Decimal = figures.sector_shares.iter().copied().sum();
        if figures.total_cofinancing.is_zero() {
            prop_assert!(sum.is_zero());
        } else {
            prop_assert!(close_to_one(sum), "shares add up to {}", sum);
            let totals: Decimal = figures.sector_totals.iter().copied().sum();
            prop_assert_eq!(totals, figures.total_cofinancing);
            prop_assert_eq!(figures.cash_total + figures.in_kind_total, figures.total_cofinancing);
        }
        // Cash and in kind per sector add up to the sector; the years and
        // what has no year add up to the totals.
        for i in 0..4 {
            prop_assert_eq!(figures.sector_cash[i] + figures.sector_in_kind[i], figures.sector_totals[i]);
        }
        prop_assert!(figures.private_cofinancing <= figures.sector_totals[Sector::Practice as usize]);
        let years = figures.per_year.values().chain(figures.no_year.iter());
        let (costs, cofinancing) = years.fold((Decimal::ZERO, Decimal::ZERO), |(c, f), y| (c + y.costs, f + y.cofinancing));
        prop_assert_eq!(costs, figures.total_costs);
        prop_assert_eq!(cofinancing, figures.total_cofinancing);
    }

    /// The balance plan is given exactly when C3 needs one and one exists;
    /// its changes, applied, leave C3 with no share finding, no shortfall
    /// and no surplus; and no plan within the spec's band changes less.
    #[test]
    fn following_the_balance_plan_balances_c3_and_no_plan_changes_less(plan in money_plan()) {
        let profile = Profile::katapult();
        let report = evaluate(&plan, profile).unwrap();
        let figures = &report.figures;
        let amounts = Sector::THIRDS.map(|s| figures.sector_totals[s as usize]);
        let unassigned = figures.sector_totals[Sector::Unassigned as usize];
        let costs = figures.total_costs;
        let c3 = &report.criteria[2];
        let needed = c3.findings.iter().any(|f| is_balance_code(&f.finding.code()));
        // Exists: costs, and room in the band narrowed by a euro each side.
        let (lo, hi) = narrowed_band(costs, profile);
        let per_euro = profile.sector_target.denominator;
        let room = (costs - unassigned) * per_euro;
        let exists = costs > Decimal::ZERO && Decimal::from(3) * lo <= room && room <= Decimal::from(3) * hi;
        let given = c3.findings.iter().find_map(|f| match &f.finding {
            Finding::BalancePlan { changes, total, .. } => Some((*changes, *total)),
            _ => None,
        });
        prop_assert_eq!(given.is_some(), needed && exists, "needed {}, exists {}", needed, exists);
        if let Some((_, total)) = given {
            prop_assert!(matches!(c3.findings[0].finding, Finding::BalancePlan { .. }), "the plan comes first");
            prop_assert_eq!(total, (costs - unassigned - amounts.iter().sum::<Decimal>())
                .round_dp_with_strategy(0, rust_decimal::RoundingStrategy::MidpointAwayFromZero));
        }
        let Some(exact) = balance_plan(costs, unassigned, amounts, profile) else {
            prop_assert!(!exists);
            return Ok(());
        };
        // The exact targets lie in the narrowed band and cover the costs.
        let targets: Vec<Decimal> = (0..3).map(|s| amounts[s] * per_euro + exact.scaled_changes[s]).collect();
        prop_assert!(targets.iter().all(|t| lo <= *t && *t <= hi), "{:?} outside {} … {}", targets, lo, hi);
        prop_assert_eq!(targets.iter().sum::<Decimal>(), room);
        // No plan changes less: the least total change over every corner
        // of the region (two sectors at an edge of the band or at their own
        // amount, the third what is left), which holds the minimum.
        let scaled = amounts.map(|a| a * per_euro);
        let cost = |t: [Decimal; 3]| (0..3).map(|s| (t[s] - scaled[s]).abs()).sum::<Decimal>();
        let mut least: Option<Decimal> = None;
        for (x, y, z) in [(0, 1, 2), (0, 2, 1), (1, 2, 0)] {
            for vx in [lo, hi, scaled[x]] {
                for vy in [lo, hi, scaled[y]] {
                    let mut t = [Decimal::ZERO; 3];
                    t[x] = vx;
                    t[y] = vy;
                    t[z] = room - vx - vy;
                    if t.iter().all(|v| lo <= *v && *v <= hi) {
                        least = Some(least.map_or(cost(t), |l: Decimal| l.min(cost(t))));
                    }
                }
            }
        }
        let plan_cost = exact.scaled_changes.iter().map(|c| c.abs()).sum::<Decimal>();
        prop_assert_eq!(Some(plan_cost), least, "the plan changes {} (in thirds)", plan_cost);
        // Whole euros (compared in thirds, exactly): each within a euro of
        // the exact change, summing to the rounded sum, and the euros
        // rounded up go to remainders at least as large as those rounded down.
        let whole = exact.changes.map(|c| c * per_euro);
        for (whole, exact) in whole.iter().zip(exact.scaled_changes) {
            prop_assert!((*whole - exact).abs() < per_euro);
        }
        prop_assert_eq!(exact.changes.iter().sum::<Decimal>(), exact.total);
        let up: Vec<usize> = (0..3).filter(|&s| whole[s] > exact.scaled_changes[s]).collect();
        let down: Vec<usize> = (0..3).filter(|&s| whole[s] < exact.scaled_changes[s]).collect();
        for &u in &up {
            let taken = exact.scaled_changes[u] - (whole[u] - per_euro);
            for &d in &down {
                let left = exact.scaled_changes[d] - whole[d];
                prop_assert!(taken >= left, "a larger remainder was passed over");
            }
        }
        if let Some((changes, _)) = given {
            prop_assert_eq!(changes, exact.changes);
        }
        // Applied: no share finding, no shortfall, no surplus.
        let after = apply_changes(&plan, exact.changes, amounts);
        let report = evaluate(&after, profile).unwrap();
        let left: Vec<String> = report.criteria[2].findings.iter()
            .map(|f| f.finding.code())
            .filter(|c| is_balance_code(c))
            .collect();
        prop_assert!(left.is_empty(), "after the plan {:?}: {:?}", exact.changes, left);
    }

    #[test]
    fn writing_and_reading_gives_the_same_proposal(proposal in proposal().prop_map(with_unique_ids)) {
        let written = write_proposal(&proposal);
        match (read_proposal(&written), Totals::of(&proposal)) {
            (Ok(read), Ok(_)) => prop_assert_eq!(read, proposal),
            // Totals that cannot be held exactly are refused, by name.
            (Err(error), Err(_)) => prop_assert_eq!(error.problem, Problem::TotalTooLarge),
            (read, totals) => prop_assert!(false, "read {:?}, totals {:?}", read.err(), totals.err()),
        }
    }

    /// The fix for a low share is the least whole-euro amount that reaches
    /// the bound: with it the share is at least the bound, one euro less not.
    #[test]
    fn the_fix_amount_is_exactly_enough(
        sector_amount in amount().prop_filter("not huge", |a| *a < Decimal::new(1, 0) * Decimal::from(10_000_000_000i64)),
        others in (0i64..3_000_000_000).prop_map(|c| Decimal::new(c, 2)),
    ) {
        let profile = Profile::katapult();
        let total = sector_amount + others;
        for bound in [profile.share_lower(), profile.share_minimum()] {
            let reaches = |extra: Decimal| {
                let t = total + extra;
                !t.is_zero() && (sector_amount + extra) * bound.denominator >= bound.numerator * t
            };
            let extra = extra_to_reach(sector_amount, total, bound);
            prop_assert_eq!(extra.fract(), Decimal::ZERO);
            prop_assert!(reaches(extra), "{} does not reach the bound", extra);
            if extra > Decimal::ZERO {
                prop_assert!(!reaches(extra - Decimal::ONE), "{} - 1 already reaches", extra);
            }
        }
        let upper = profile.share_upper();
        let within = |extra: Decimal| sector_amount * upper.denominator <= upper.numerator * (total + extra);
        let others_extra = others_extra_to_fall(sector_amount, total, upper);
        prop_assert!(within(others_extra));
        if others_extra > Decimal::ZERO {
            prop_assert!(!within(others_extra - Decimal::ONE));
        }
    }

    /// End to end: adding the fix amount the report names, as a cash
    /// contribution of that sector, makes the low-share finding go away.
    #[test]
    fn following_the_fix_removes_the_finding(
        practice in (0i64..500_000).prop_map(Decimal::from),
        government in (1i64..500_000).prop_map(Decimal::from),
        education in (1i64..500_000).prop_map(Decimal::from),
    ) {
        let cash = |id: &str, kind: PartnerKind, amount: Decimal| Partner {
            id: id.into(),
            name: id.into(),
            kind: Some(kind),
            governance: Governance::default(),
            contributions: vec![Contribution { amount: Some(amount), ..Contribution::new(Form::Cash) }],
        };
        let mut proposal = Proposal {
            partners: vec![
                cash("bedrijf", PartnerKind::Company, practice),
                cash("gemeente", PartnerKind::Municipality, government),
                cash("roc", PartnerKind::Mbo, education),
            ]
            .into(),
            ..Proposal::default()
        };
        let profile = Profile::katapult();
        let report = evaluate(&proposal, profile).unwrap();
        let low = report.criteria[2].findings.iter().find_map(|f| match &f.finding {
            Finding::Share { sector: Sector::Practice, rule: ShareBound::Low, extra, .. } => Some(*extra),
            _ => None,
        });
        if let Some(extra) = low {
            let is_low = |proposal: &Proposal| {
                evaluate(proposal, profile).unwrap().codes().contains(&"C3_PRACTICE_SHARE_LOW".to_string())
            };
            proposal.partners[0].contributions[0].amount = Some(practice + extra - Decimal::ONE);
            prop_assert!(is_low(&proposal), "one euro less than the fix should still be low");
            proposal.partners[0].contributions[0].amount = Some(practice + extra);
            prop_assert!(!is_low(&proposal), "the fix should lift the share to the bound");
        }
    }

    #[test]
    fn any_text_is_read_or_refused_never_a_panic(text in ".{0,200}") {
        let _ = read_proposal(&text);
    }

    #[test]
    fn any_json_shape_is_read_or_refused_never_a_panic(value in arbitrary_json()) {
        let mut object = serde_json::Map::new();
        object.insert("format".into(), "centra-check/proposal".into());
        object.insert("version".into(), 1.into());
        if let serde_json::Value::Object(extra) = &value {
            for (key, field) in extra {
                object.insert(key.clone(), field.clone());
            }
        }
        let _ = read_proposal(&serde_json::Value::Object(object).to_string());
        let _ = read_proposal(&value.to_string());
    }
}

/// The codes the balance plan answers: shares out of the band, a
/// shortfall, a surplus.
fn is_balance_code(code: &str) -> bool {
    [
        "C3_PRACTICE_SHARE_",
        "C3_GOVERNMENT_SHARE_",
        "C3_EDUCATION_SHARE_",
    ]
    .iter()
    .any(|stem| code.starts_with(stem))
        || code == "C3_FINANCING_SHORTFALL"
        || code == "C3_FINANCING_SURPLUS"
}

/// The plan with each sector's recognised cofinancing changed by `changes`
/// (whole euros): the sector's partners keep one cash contribution of the
/// new amount (a partner of the sector is added when it has none).
fn apply_changes(plan: &Proposal, changes: [Decimal; 3], amounts: [Decimal; 3]) -> Proposal {
    let mut after = plan.clone();
    for (s, sector) in Sector::THIRDS.iter().enumerate() {
        let amount = amounts[s] + changes[s];
        let mut first = true;
        for partner in after.partners.iter_mut().filter(|p| p.sector() == *sector) {
            partner.contributions.clear();
            if first {
                partner.contributions.push(Contribution {
                    amount: Some(amount),
                    ..Contribution::new(Form::Cash)
                });
                first = false;
            }
        }
        if first {
            let kind = match sector {
                Sector::Practice => PartnerKind::Company,
                Sector::Government => PartnerKind::Province,
                _ => PartnerKind::Mbo,
            };
            after.partners.push(Partner {
                id: format!("added-{s}"),
                name: String::new(),
                kind: Some(kind),
                governance: Governance::default(),
                contributions: vec![Contribution {
                    amount: Some(amount),
                    ..Contribution::new(Form::Cash)
                }],
            });
        }
    }
    after
}

/// JSON values that use the proposal's own field names, so the reader is
/// driven deep into its structure with wrong types and odd numbers.
fn arbitrary_json() -> impl Strategy<Value = serde_json::Value> {
    let keys = select(vec![
        "centre",
        "partners",
        "budget",
        "activities",
        "impact",
        "id",
        "kind",
        "amount",
        "contributions",
        "form",
        "category",
        "hours",
        "hourly_rate",
        "governance",
        "strategic",
        "target",
        "count",
        "themes",
        "year",
        "duration_years",
        "group",
        "baseline",
        "name",
    ]);
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        select(vec![
            "-1",
            "0",
            "1e400",
            "12345678901234567890123456789",
            "0.5",
            "2027",
            "-0.0",
            "1E-30"
        ])
        .prop_map(|n| serde_json::Value::Number(serde_json::Number::from_str(n).unwrap())),
        select(vec![
            "company",
            "cash",
            "in_kind",
            "staff_hours",
            "activity",
            "p1",
            "€ 1.000",
            "-5",
            "1e5",
            ""
        ])
        .prop_map(|s| serde_json::Value::String(s.to_string())),
    ];
    leaf.prop_recursive(4, 64, 6, move |inner| {
        prop_oneof![
            vec(inner.clone(), 0..4).prop_map(serde_json::Value::Array),
            vec((keys.clone(), inner), 0..5).prop_map(|fields| {
                serde_json::Value::Object(
                    fields
                        .into_iter()
                        .map(|(k, v)| (k.to_string(), v))
                        .collect(),
                )
            }),
        ]
    })
}

/// The share-link, CSV and storage properties take `readable_proposal()`
/// and unwrap its totals. Its worst case: every partner gives staff hours
/// at the largest hours and rate, and one amount has the most places, so
/// the sums mix 26 digits with 8 places. That must still fit exactly.
#[test]
fn the_largest_readable_proposal_has_totals_that_fit() {
    let places = Decimal::new(1, MODEST_SCALE_MAX);
    let largest = Decimal::from(MODEST_WHOLE_MAX) - places;
    let hours = Contribution {
        form: Form::InKind,
        category: Some(InKindCategory::StaffHours),
        hours: Some(largest),
        hourly_rate: Some(largest),
        ..Contribution::new(Form::InKind)
    };
    let mut smallest = hours.clone();
    smallest.hours = Some(places);
    smallest.hourly_rate = Some(places);
    let mut proposal = Proposal::default();
    for _ in 0..MAX_ROWS {
        let mut contributions = vec![hours.clone(); MAX_CONTRIBUTIONS - 1];
        contributions.push(smallest.clone());
        proposal.partners.push(Partner {
            id: String::new(),
            name: String::new(),
            kind: Some(PartnerKind::Company),
            governance: Governance::default(),
            contributions,
        });
        proposal.budget.push(BudgetLine {
            amount: Some(largest),
            year: Some(2026),
            ..BudgetLine::default()
        });
    }
    let totals = Totals::of(&proposal).expect("the largest readable proposal fits");
    // Exactly, to the last of the smallest products (worked out by hand:
    // 6 × (2 × 999999999.9999² + 0.0001²)).
    assert_eq!(
        totals.recognised.normalize().to_string(),
        "11999999999997600000.00000018"
    );
}
