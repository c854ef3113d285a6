//! Properties that must hold for every proposal, however odd: the engine
//! never panics, shares add up to one, the fix amount is exactly enough,
//! and a written proposal reads back the same.

use std::str::FromStr;

use centra_check::engine::evaluate::{extra_to_reach, others_extra_to_fall};
use centra_check::engine::model::*;
use centra_check::engine::problem::Problem;
use centra_check::engine::profile::Profile;
use centra_check::engine::report::{status_of, verdict_of, Finding, Located, ShareBound, Status};
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
    amount, proposal, with_unique_ids, MAX_CONTRIBUTIONS, MAX_ROWS, MODEST_SCALE_MAX,
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
