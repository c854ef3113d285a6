//! The engine on small, readable proposals: when a criterion is
//! "not yet filled in", what counts as cofinancing, the figures, the fixes.

use std::str::FromStr;

use centra_check::engine::report::{CriterionId, Status};
use centra_check::formats::report_file::finding_params;
use centra_check::{check_text, Report};
use rust_decimal::Decimal;

fn check(body: &str) -> Report {
    let text = format!(
        r#"{{"format":"centra-check/proposal","version":1{}{body}}}"#,
        if body.is_empty() { "" } else { "," }
    );
    check_text(&text).unwrap_or_else(|e| panic!("{e}"))
}

fn statuses(report: &Report) -> Vec<&'static str> {
    report.criteria.iter().map(|c| c.status.id()).collect()
}

fn d(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

fn param(report: &Report, code: &str, key: &str) -> String {
    let located = report
        .criteria
        .iter()
        .flat_map(|c| &c.findings)
        .find(|f| f.finding.code() == code)
        .unwrap_or_else(|| panic!("no {code} in {:?}", report.codes()));
    finding_params(&located.finding)
        .into_iter()
        .find(|(k, _)| *k == key)
        .unwrap_or_else(|| panic!("no param {key}"))
        .1
}

#[test]
fn an_empty_form_is_not_yet_filled_in_rather_than_failing() {
    let report = check("");
    assert_eq!(report.verdict, Status::Incomplete);
    assert_eq!(statuses(&report), vec!["incomplete"; 6]);
    assert!(report.codes().is_empty());
}

#[test]
fn each_criterion_is_judged_as_soon_as_its_inputs_exist() {
    // A name alone makes C1 judgeable (and not met: no theme).
    let report = check(r#""centre":{"name":"Centrum X"}"#);
    assert_eq!(
        statuses(&report),
        [
            "not_met",
            "incomplete",
            "incomplete",
            "incomplete",
            "incomplete",
            "incomplete"
        ]
    );

    // Partners without contributions: C2 judged, C3 still incomplete.
    let report = check(r#""partners":[{"id":"a","kind":"company"}]"#);
    assert_eq!(report.criterion(CriterionId::C2).status, Status::NotMet);
    assert_eq!(report.criterion(CriterionId::C3).status, Status::Incomplete);

    // A single contribution, even without an amount, makes C3 judgeable.
    let report =
        check(r#""partners":[{"id":"a","kind":"company","contributions":[{"form":"cash"}]}]"#);
    assert_eq!(report.criterion(CriterionId::C3).status, Status::NotMet);

    // A budget line alone: C3 and C4 judged; C5 and C6 wait for activities.
    let report = check(r#""budget":[{"kind":"bureau","amount":"10"}]"#);
    assert_eq!(
        statuses(&report),
        [
            "incomplete",
            "incomplete",
            "not_met",
            "not_met",
            "incomplete",
            "incomplete"
        ]
    );
    assert!(report.codes().contains(&"C4_NO_ACTIVITIES".to_string()));

    // An indicator alone makes C5 judgeable; C6 needs activities.
    let report = check(r#""impact":[{"group":"students","baseline":"0","target":"10"}]"#);
    assert_eq!(report.criterion(CriterionId::C5).status, Status::Partly);
    assert_eq!(report.criterion(CriterionId::C6).status, Status::Incomplete);
}

#[test]
fn meeting_hours_are_left_out_of_every_total_but_shown() {
    let report = check(
        r#""partners":[{"id":"a","name":"Bedrijf A","kind":"company","contributions":[
            {"form":"cash","amount":"1000"},
            {"form":"in_kind","category":"meeting_hours","hours":"10","hourly_rate":"50"}]}]"#,
    );
    let figures = &report.figures;
    assert_eq!(figures.total_cofinancing, d("1000"));
    assert_eq!(figures.excluded_meeting_hours, d("500"));
    assert_eq!(param(&report, "C3_MEETING_HOURS_EXCLUDED", "amount"), "500");
    assert_eq!(
        param(&report, "C3_MEETING_HOURS_EXCLUDED", "partner"),
        "Bedrijf A"
    );
}

#[test]
fn staff_hours_without_an_amount_are_worth_hours_times_rate() {
    let report = check(
        r#""partners":[{"id":"a","kind":"hbo","contributions":[
            {"form":"in_kind","category":"staff_hours","hours":"12.5","hourly_rate":"80.40"},
            {"form":"in_kind","category":"equipment","hours":"10","hourly_rate":"10"}]}]"#,
    );
    // Equipment with hours and rate but no amount counts as zero.
    assert_eq!(report.figures.total_cofinancing, d("1005"));
    assert_eq!(report.figures.in_kind_total, d("1005"));
}

#[test]
fn the_fix_says_how_much_a_sector_must_add() {
    // Practice 120000, government 200000, education 240000 (the spec's example).
    let report = check(
        r#""partners":[
            {"id":"b","kind":"company","contributions":[{"form":"cash","amount":"120000"}]},
            {"id":"g","kind":"province","contributions":[{"form":"cash","amount":"200000"}]},
            {"id":"o","kind":"mbo","contributions":[{"form":"cash","amount":"240000"}]}]"#,
    );
    assert_eq!(param(&report, "C3_PRACTICE_SHARE_LOW", "share"), "0.2143");
    // x = (0.25333… · 560000 − 120000) / (1 − 0.25333…) = 29285.71… → 29286
    assert_eq!(param(&report, "C3_PRACTICE_SHARE_LOW", "missing"), "29286");
    let json = centra_check::formats::report_file::report_json(&report, centra_check::Lang::Nl);
    let finding = &json["criteria"][2]["findings"][0];
    assert_eq!(finding["code"], "C3_PRACTICE_SHARE_LOW");
    assert_eq!(
        finding["fix"],
        "Bedrijfsleven en werkveld moet € 29.286 extra bijdragen om 25,3 % te halen, als de rest gelijk blijft."
    );
    let json = centra_check::formats::report_file::report_json(&report, centra_check::Lang::En);
    assert_eq!(
        json["criteria"][2]["findings"][0]["fix"],
        "Business and professional field needs €29,286 more to reach 25.3%, if the rest stays the same."
    );
}

#[test]
fn a_sector_with_everything_is_high_and_the_others_missing() {
    let report = check(
        r#""partners":[{"id":"b","kind":"company","contributions":[{"form":"cash","amount":"90000"}]}]"#,
    );
    let codes = report.codes();
    for code in [
        "C3_PRACTICE_SHARE_HIGH",
        "C3_GOVERNMENT_SHARE_MISSING",
        "C3_EDUCATION_SHARE_MISSING",
        "C3_FINANCING_SURPLUS",
    ] {
        assert!(codes.contains(&code.to_string()), "{code} in {codes:?}");
    }
    // 90000 must fall to 41.33 %: the others add 90000 / 0.41333… − 90000 = 127742 (rounded up).
    assert_eq!(
        param(&report, "C3_PRACTICE_SHARE_HIGH", "others_missing"),
        "127742"
    );
}

#[test]
fn figures_cover_what_the_spec_lists() {
    let text = std::fs::read_to_string(format!(
        "{}/examples/civ-slimme-maakindustrie.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let report = check_text(&text).unwrap();
    let json = centra_check::formats::report_file::report_json(&report, centra_check::Lang::Nl);
    let figures = &json["figures"];
    assert_eq!(figures["total_costs"], "1200000");
    assert_eq!(figures["total_cofinancing"], "1200000");
    assert_eq!(figures["cash_total"], "730000");
    assert_eq!(figures["in_kind_total"], "470000");
    assert_eq!(figures["sector_totals"]["practice"], "400000");
    assert_eq!(figures["sector_shares"]["education"], "0.3333");
    assert_eq!(figures["bureau_share"], "0.125");
    assert_eq!(figures["excluded_meeting_hours"], "0");
    assert_eq!(figures["cost_per_unit"]["hybride"], "1500");
    assert_eq!(figures["per_year"]["2027"]["cofinancing"], "120000");
    assert_eq!(figures["partner_counts"]["company"], 3);
    // Only the kinds present, in the order of the spec's list of kinds.
    let kinds: Vec<(&str, u64)> = figures["partner_counts"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(kind, count)| (kind.as_str(), count.as_u64().unwrap()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("company", 3),
            ("mbo", 1),
            ("hbo", 1),
            ("municipality", 1),
            ("province", 1),
            ("national_government", 1)
        ]
    );
    assert_eq!(json["verdict"], "meets");
    assert_eq!(json["format"], "centra-check/report");
    let ids: Vec<&str> = json["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["C1", "C2", "C3", "C4", "C5", "C6"]);
}

#[test]
fn codes_and_params_do_not_change_with_language() {
    let report = check(
        r#""partners":[{"id":"b","kind":"company","contributions":[{"form":"cash","amount":"1"}]}]"#,
    );
    let nl = centra_check::formats::report_file::report_json(&report, centra_check::Lang::Nl);
    let en = centra_check::formats::report_file::report_json(&report, centra_check::Lang::En);
    for (a, b) in nl["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .zip(en["criteria"].as_array().unwrap())
    {
        for (fa, fb) in a["findings"]
            .as_array()
            .unwrap()
            .iter()
            .zip(b["findings"].as_array().unwrap())
        {
            assert_eq!(fa["code"], fb["code"]);
            assert_eq!(fa["params"], fb["params"]);
            assert_ne!(fa["message"], fb["message"]);
        }
    }
}

#[test]
fn the_benchmark_counts_organisations_outside_education_and_only_head_counts() {
    let text = r#"{"format":"centra-check/proposal","version":2,
        "partners":[
            {"id":"b","kind":"company"},{"id":"z","kind":"public_organisation"},
            {"id":"g","kind":"municipality"},{"id":"r","kind":"mbo"},{"id":"h","kind":"hbo"}],
        "impact":[
            {"group":"students","label":"Tevredenheid","measure":"score","target":"8"},
            {"group":"students","label":"Betrokken studenten","target":"120"},
            {"group":"students","label":"Aandeel met stage","measure":"percentage","target":"95"},
            {"group":"teachers","label":"Tevredenheid docenten","measure":"score","target":"7.5"}]}"#;
    let report = check_text(text).unwrap();
    // A company, a hospital-like organisation and a municipality: three
    // "bedrijven en organisaties"; the two schools are education.
    assert_eq!(param(&report, "C2_BENCHMARK", "organisations"), "3");
    // The head count, not the score of 8 nor the 95 %.
    assert_eq!(param(&report, "C2_BENCHMARK", "students"), "120");
    let benchmark = report
        .criterion(CriterionId::C2)
        .findings
        .iter()
        .find(|f| f.finding.code() == "C2_BENCHMARK")
        .unwrap();
    assert!(!finding_params(&benchmark.finding)
        .iter()
        .any(|(key, _)| *key == "teachers"));
    let message = centra_check::Lang::Nl.texts().finding(&benchmark.finding);
    assert!(
        message.contains("35 bedrijven en organisaties"),
        "{message}"
    );
    assert!(message.contains("120 studenten"), "{message}");
    assert!(message.contains("nog geen aantal docenten"), "{message}");
    assert!(!message.contains("7,5 docenten") && !message.contains("8 studenten"));
}

#[test]
fn only_the_kinds_that_supersede_are_marked_so() {
    use centra_check::engine::path::Path;
    use centra_check::engine::report::{Finding, Located};
    // Every sample finding that supersedes some other sample is marked as a
    // kind that can, so the shortcut in `without_superseded` misses none.
    let samples: Vec<Located> = Finding::samples()
        .into_iter()
        .map(|finding| Located {
            finding,
            path: Some(Path::of("activities").row(0)),
        })
        .collect();
    for stronger in &samples {
        let supersedes = samples.iter().any(|weaker| weaker.superseded_by(stronger));
        assert_eq!(
            supersedes,
            stronger.finding.can_supersede(),
            "{}",
            stronger.finding.code()
        );
    }
}

#[test]
fn a_budget_line_without_a_description_is_named_by_its_place() {
    fn located<'a>(report: &'a Report, code: &str) -> &'a centra_check::engine::report::Located {
        report
            .criteria
            .iter()
            .flat_map(|c| &c.findings)
            .find(|f| f.finding.code() == code)
            .unwrap_or_else(|| panic!("no {code} in {:?}", report.codes()))
    }
    // Two lines without a kind: the one without a description is "#3", as
    // the applicant counts lines; the finding points at the whole budget.
    let report = check(
        r#""budget":[
            {"description":"Huur werkplaats","amount":"10"},
            {"kind":"bureau","amount":"5"},
            {"description":"  ","amount":"20"},
            {"kind":"activity","activity":"nergens","amount":"7"}]"#,
    );
    assert_eq!(
        param(&report, "C3_UNCLASSIFIED_LINES", "lines"),
        "Huur werkplaats, #3"
    );
    let unclassified = located(&report, "C3_UNCLASSIFIED_LINES");
    assert_eq!(
        unclassified
            .path
            .as_ref()
            .map(ToString::to_string)
            .as_deref(),
        Some("budget")
    );
    assert_eq!(param(&report, "C4_UNKNOWN_ACTIVITY", "line"), "#4");
    // One line without a kind: the finding points at that line's kind.
    let report = check(r#""budget":[{"kind":"bureau","amount":"5"},{"amount":"20"}]"#);
    assert_eq!(param(&report, "C3_UNCLASSIFIED_LINES", "lines"), "#2");
    let unclassified = located(&report, "C3_UNCLASSIFIED_LINES");
    assert_eq!(
        unclassified
            .path
            .as_ref()
            .map(ToString::to_string)
            .as_deref(),
        Some("budget[1].kind")
    );
}

#[test]
fn a_profile_without_a_minimum_share_finds_no_sector_missing_before_any_money() {
    // Thresholds are data: a profile may set the minimum share to zero.
    // With contributions entered but no amounts yet, the total is zero; a
    // zero share is then not below a zero minimum, so no sector is "missing".
    let mut profile = centra_check::Profile::katapult().clone();
    profile.share_minimum = Decimal::ZERO;
    let proposal = centra_check::read_proposal(
        r#"{"format":"centra-check/proposal","version":2,"partners":[
            {"id":"b","kind":"company","contributions":[{"form":"cash"}]},
            {"id":"g","kind":"municipality","contributions":[{"form":"cash"}]},
            {"id":"r","kind":"mbo","contributions":[{"form":"cash"}]}]}"#,
    )
    .unwrap();
    let codes = centra_check::evaluate(&proposal, &profile).unwrap().codes();
    assert!(
        !codes.iter().any(|c| c.ends_with("_SHARE_MISSING")),
        "{codes:?}"
    );
    // The same proposal under Katapult's 15 % minimum: all three missing.
    let codes = centra_check::evaluate(&proposal, centra_check::Profile::katapult())
        .unwrap()
        .codes();
    assert_eq!(
        codes
            .iter()
            .filter(|c| c.ends_with("_SHARE_MISSING"))
            .count(),
        3,
        "{codes:?}"
    );
}

#[test]
fn a_surplus_and_a_shortfall_are_both_named_as_a_positive_amount() {
    // Costs 1000; cofinancing 1250.50: the report says 250.50 too much.
    let report = check(
        r#""budget":[{"kind":"bureau","amount":"1000"}],
        "partners":[{"id":"b","kind":"company","contributions":[{"form":"cash","amount":"1250.50"}]}]"#,
    );
    assert_eq!(param(&report, "C3_FINANCING_SURPLUS", "surplus"), "250.5");
    let surplus = report
        .criterion(CriterionId::C3)
        .findings
        .iter()
        .find(|f| f.finding.code() == "C3_FINANCING_SURPLUS")
        .unwrap();
    let message = centra_check::Lang::Nl.texts().finding(&surplus.finding);
    assert!(message.contains("€ 250,50 hoger"), "{message}");
    // Costs 1000; cofinancing 749.50: 250.50 short.
    let report = check(
        r#""budget":[{"kind":"bureau","amount":"1000"}],
        "partners":[{"id":"b","kind":"company","contributions":[{"form":"cash","amount":"749.50"}]}]"#,
    );
    assert_eq!(
        param(&report, "C3_FINANCING_SHORTFALL", "shortfall"),
        "250.5"
    );
}

#[test]
fn an_activity_line_names_the_missing_activity_or_says_it_names_none() {
    let report = check(
        r#""activities":[{"id":"hybride","name":"Hybride docenten"}],
        "budget":[
            {"description":"Werkplaats","kind":"activity","activity":"werkplaats","amount":"10"},
            {"description":"Reiskosten","kind":"activity","activity":"  ","amount":"5"},
            {"description":"Docenten","kind":"activity","activity":"hybride","amount":"5"}]"#,
    );
    let unknown: Vec<String> = report
        .criterion(CriterionId::C4)
        .findings
        .iter()
        .filter(|f| f.finding.code() == "C4_UNKNOWN_ACTIVITY")
        .map(|f| centra_check::Lang::Nl.texts().finding(&f.finding))
        .collect();
    assert_eq!(
        unknown,
        [
            "Begrotingsregel ‘Werkplaats’ verwijst naar activiteit ‘werkplaats’, die niet bestaat.",
            "Begrotingsregel ‘Reiskosten’ is een activiteit, maar noemt niet welke.",
        ]
    );
}

#[test]
fn a_partner_without_a_kind_counts_for_no_sector_company_or_organisation() {
    use centra_check::engine::model::{PartnerKind, Sector};
    let text = r#"{"format":"centra-check/proposal","version":2,
        "partners":[
            {"id":"b","kind":"company","contributions":[{"form":"cash","amount":"100"}]},
            {"id":"g","kind":"municipality","contributions":[{"form":"cash","amount":"100"}]},
            {"id":"r","kind":"mbo","contributions":[{"form":"cash","amount":"100"}]},
            {"id":"d","name":"Nog in te delen","kind":"company","contributions":[{"form":"cash","amount":"50"}]}],
        "activities":[{"id":"a","name":"Proeftuin","experiment":true,"partners":["r","d"]}],
        "impact":[{"group":"students","label":"Studenten","target":"10"}]}"#;
    let mut proposal = centra_check::read_proposal(text).unwrap();
    let profile = centra_check::Profile::katapult();
    let as_company = centra_check::evaluate(&proposal, profile).unwrap();
    assert_eq!(param(&as_company, "C2_BENCHMARK", "organisations"), "3");
    assert!(!as_company.codes().iter().any(|c| c == "C2_FEW_COMPANIES"));

    proposal.partners[3].kind = None;
    let draft = centra_check::evaluate(&proposal, profile).unwrap();
    // No second company, one organisation fewer, and its money in no third.
    assert_eq!(param(&draft, "C2_FEW_COMPANIES", "companies"), "1");
    assert_eq!(param(&draft, "C2_BENCHMARK", "organisations"), "2");
    let figures = &draft.figures;
    assert_eq!(figures.sector_totals[Sector::Unassigned as usize], d("50"));
    assert_eq!(figures.sector_totals[Sector::Practice as usize], d("100"));
    assert_eq!(figures.total_cofinancing, d("350"));
    assert_eq!(
        figures.partner_counts,
        [
            (PartnerKind::Company, 1),
            (PartnerKind::Mbo, 1),
            (PartnerKind::Municipality, 1)
        ]
    );
    assert_eq!(
        param(&draft, "C3_PARTNER_UNASSIGNED", "partners"),
        "Nog in te delen"
    );
    // The experiment is carried by an mbo and a partner of no sector: alone.
    assert!(draft.codes().iter().any(|c| c == "C6_EXPERIMENT_ALONE"));
    assert!(!as_company
        .codes()
        .iter()
        .any(|c| c == "C6_EXPERIMENT_ALONE"));
}
