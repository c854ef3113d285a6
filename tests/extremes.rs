//! Extreme input: huge lists, amounts at the edge of an exact decimal,
//! Unicode, empty strings, references to nothing. Always a clear answer,
//! never a panic or a wrong total.

use std::str::FromStr;

use centra_check::engine::problem::Problem;
use centra_check::engine::synthetic::{proposal, Size};
use centra_check::formats::proposal_file::{read_proposal, write_proposal};
use centra_check::{check_text, evaluate, Profile, Status};
use rust_decimal::Decimal;

#[test]
fn a_very_large_plan_is_judged_with_exact_totals() {
    let plan = proposal(Size::LARGE);
    let report = evaluate(&plan, Profile::katapult()).unwrap();
    // Add everything up independently of the engine.
    let costs: Decimal = plan.budget.iter().filter_map(|l| l.amount).sum();
    let cash: Decimal = plan
        .partners
        .iter()
        .flat_map(|p| &p.contributions)
        .filter(|c| c.form == centra_check::engine::model::Form::Cash)
        .filter_map(|c| c.amount)
        .sum();
    assert_eq!(report.figures.total_costs, costs);
    assert_eq!(report.figures.cash_total, cash);
    assert_eq!(report.criteria.len(), 6);
    // The written file of 20,000 lines reads back to the same plan.
    assert_eq!(read_proposal(&write_proposal(&plan)).unwrap(), plan);
}

#[test]
fn amounts_at_the_edge_of_an_exact_decimal() {
    let near_limit = "70000000000000000000000000"; // 7·10²⁵: fits, with headroom
    let text = format!(
        r#"{{"format":"centra-check/proposal","version":1,
        "partners":[{{"id":"a","kind":"company","contributions":[{{"form":"cash","amount":"{near_limit}"}}]}}],
        "budget":[{{"kind":"bureau","amount":"{near_limit}"}}]}}"#
    );
    let report = check_text(&text).unwrap();
    assert_eq!(
        report.figures.total_costs,
        Decimal::from_str(near_limit).unwrap()
    );
    assert_eq!(report.figures.bureau_share, Decimal::ONE);

    // Two of them no longer leave room for exact comparisons: refused by name.
    let text = format!(
        r#"{{"format":"centra-check/proposal","version":1,
        "budget":[{{"kind":"bureau","amount":"{near_limit}"}},{{"kind":"bureau","amount":"{near_limit}"}}]}}"#
    );
    let error = check_text(&text).unwrap_err();
    assert_eq!(
        (error.path.as_str(), error.problem),
        ("budget", Problem::TotalTooLarge)
    );

    // The smallest amounts are kept exactly.
    let text = r#"{"format":"centra-check/proposal","version":1,
        "budget":[{"kind":"bureau","amount":"0.0000000000000000000000000001"},{"kind":"activity","amount":"0.0000000000000000000000000002"}]}"#;
    let report = check_text(text).unwrap();
    assert_eq!(
        report.figures.total_costs,
        Decimal::from_str("0.0000000000000000000000000003").unwrap()
    );
}

#[test]
fn unicode_and_empty_strings_are_carried_through() {
    let text = r#"{"format":"centra-check/proposal","version":1,
        "centre":{"name":"Centrum ‘Ĳssel’ 🚀","themes":[],"alliances":[""]},
        "partners":[{"id":"","name":"","kind":"company","contributions":[]},
                    {"id":"ü","name":"Bäckerei Müller GmbH","kind":"other","contributions":[{"form":"cash","amount":"5"}]}],
        "activities":[{"id":"α","name":"","partners":["ü","nobody"],"experiment":true}]}"#;
    let report = check_text(text).unwrap();
    let json = centra_check::formats::report_file::report_json(&report, centra_check::Lang::Nl);
    let text = json.to_string();
    assert!(text.contains("Bäckerei Müller GmbH"));
    // A partner or an activity without a name is named by its place, never
    // by its id; the id an activity names that matches no partner is shown.
    assert!(text.contains("C6_UNKNOWN_PARTNER"));
    assert!(
        text.contains("Activiteit 1 (zonder naam) noemt partner ‘nobody’"),
        "{text}"
    );
    assert!(text.contains("partner 1 (zonder naam)"), "{text}");
    assert!(!text.contains("‘α’"), "{text}");
    assert_eq!(report.criteria[0].status, Status::NotMet); // a name but no theme
}

#[test]
fn thousands_of_references_to_missing_ids_are_findings_not_crashes() {
    let lines: Vec<String> = (0..3000)
        .map(|i| format!(r#"{{"kind":"activity","activity":"missing-{i}","amount":"1"}}"#))
        .collect();
    let text = format!(
        r#"{{"format":"centra-check/proposal","version":1,"budget":[{}]}}"#,
        lines.join(",")
    );
    let report = check_text(&text).unwrap();
    let unknown = report
        .codes()
        .iter()
        .filter(|c| *c == "C4_UNKNOWN_ACTIVITY")
        .count();
    assert_eq!(unknown, 3000);
    assert_eq!(report.figures.total_costs, Decimal::from(3000));
}

#[test]
fn a_synthetic_plan_reads_back_from_its_file_unchanged() {
    let size = Size::typical_times(3);
    let file = write_proposal(&proposal(size));
    assert_eq!(read_proposal(&file).expect("valid"), proposal(size));
    assert_eq!(
        file,
        write_proposal(&proposal(size)),
        "same size, same file"
    );
}
