//! The proposal file reader: what it accepts, what it refuses, and that a
//! refusal always names the path.

use std::str::FromStr;

use centra_check::engine::model::{Improvement, Valuation};
use centra_check::engine::problem::Problem;
use centra_check::formats::proposal_file::{read_proposal, write_proposal};
use centra_check::text::catalogue::{read_error, Lang};
use rust_decimal::Decimal;

fn refusal(text: &str) -> (String, Problem) {
    let error = read_proposal(text).expect_err("should be refused");
    (error.path, error.problem)
}

fn with_partner(partner: &str) -> String {
    format!(r#"{{"format":"centra-check/proposal","version":1,"partners":[{partner}]}}"#)
}

fn d(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

#[test]
fn the_examples_are_valid_proposals() {
    for name in ["civ-slimme-maakindustrie", "empty"] {
        let path = format!("{}/examples/{name}.json", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(path).unwrap();
        read_proposal(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

#[test]
fn a_typo_in_a_field_name_is_refused_with_its_path() {
    let text = with_partner(
        r#"{"id":"a","kind":"company"},{"id":"b","kind":"company"},{"id":"c","kind":"mbo","contributons":[]}"#,
    );
    let error = read_proposal(&text).unwrap_err();
    assert_eq!(error.path, "partners[2].contributons");
    assert_eq!(error.problem, Problem::UnknownField);
    assert_eq!(
        read_error(&error, Lang::En),
        "partners[2].contributons: unknown field"
    );
    assert_eq!(
        read_error(&error, Lang::Nl),
        "partners[2].contributons: onbekend veld"
    );
}

#[test]
fn unknown_fields_are_refused_at_every_level() {
    let cases = [
        (
            r#"{"format":"centra-check/proposal","version":1,"extra":1}"#,
            "extra",
        ),
        (
            r#"{"format":"centra-check/proposal","version":1,"centre":{"nam":"x"}}"#,
            "centre.nam",
        ),
        (
            &*with_partner(r#"{"id":"a","kind":"company","governance":{"ceo":true}}"#),
            "partners[0].governance.ceo",
        ),
        (
            r#"{"format":"centra-check/proposal","version":1,"budget":[{"amount":"1","cost":"2"}]}"#,
            "budget[0].cost",
        ),
        (
            r#"{"format":"centra-check/proposal","version":1,"activities":[{"id":"a","target":{"count":"1","units":"x"}}]}"#,
            "activities[0].target.units",
        ),
        (
            r#"{"format":"centra-check/proposal","version":1,"impact":[{"group":"students","goal":"1"}]}"#,
            "impact[0].goal",
        ),
    ];
    for (text, path) in cases {
        assert_eq!(
            refusal(text),
            (path.to_string(), Problem::UnknownField),
            "{text}"
        );
    }
}

#[test]
fn negative_numbers_are_refused_with_their_path() {
    let text = with_partner(
        r#"{"id":"a","kind":"company","contributions":[{"form":"cash","amount":"-5"}]}"#,
    );
    assert_eq!(
        refusal(&text),
        (
            "partners[0].contributions[0].amount".into(),
            Problem::Negative
        )
    );
    let text = with_partner(
        r#"{"id":"a","kind":"company","contributions":[{"form":"in_kind","hours":-1}]}"#,
    );
    assert_eq!(
        refusal(&text),
        (
            "partners[0].contributions[0].hours".into(),
            Problem::Negative
        )
    );
    let text = r#"{"format":"centra-check/proposal","version":1,"centre":{"duration_years":-4}}"#;
    assert_eq!(
        refusal(text),
        ("centre.duration_years".into(), Problem::Negative)
    );
    let text = r#"{"format":"centra-check/proposal","version":1,"impact":[{"group":"students","baseline":"-0.5"}]}"#;
    assert_eq!(
        refusal(text),
        ("impact[0].baseline".into(), Problem::Negative)
    );
}

#[test]
fn numbers_beyond_an_exact_decimal_are_refused() {
    let too_many = "1234567890123456789012345678.9"; // 29 significant digits
    let text = format!(
        r#"{{"format":"centra-check/proposal","version":1,"budget":[{{"amount":"{too_many}"}}]}}"#
    );
    assert_eq!(
        refusal(&text),
        ("budget[0].amount".into(), Problem::TooManyDigits)
    );
    let text = r#"{"format":"centra-check/proposal","version":1,"budget":[{"amount":1e40}]}"#;
    assert_eq!(
        refusal(text),
        ("budget[0].amount".into(), Problem::TooManyDigits)
    );
    // 28 significant digits are fine, trailing zeros are not significant.
    let text = r#"{"format":"centra-check/proposal","version":1,"budget":[{"amount":"0.1234567890123456789012345678000"}]}"#;
    assert_eq!(
        read_proposal(text).unwrap().budget[0].amount,
        Some(d("0.1234567890123456789012345678"))
    );
}

#[test]
fn json_numbers_are_read_exactly_never_through_a_float() {
    // 0.1 + 0.2 style values and long decimals stay exact.
    let text = r#"{"format":"centra-check/proposal","version":1,"budget":[
        {"amount":0.1},{"amount":1234.56},{"amount":12345678901234567.89},{"amount":2.5e3},{"amount":"25000"}]}"#;
    let amounts: Vec<Decimal> = read_proposal(text)
        .unwrap()
        .budget
        .iter()
        .map(|l| l.amount.unwrap())
        .collect();
    assert_eq!(
        amounts,
        vec![
            d("0.1"),
            d("1234.56"),
            d("12345678901234567.89"),
            d("2500"),
            d("25000")
        ]
    );
}

#[test]
fn money_in_dutch_notation_is_not_file_format() {
    let text = r#"{"format":"centra-check/proposal","version":1,"budget":[{"amount":"1.234,56"}]}"#;
    let (path, problem) = refusal(text);
    assert_eq!(path, "budget[0].amount");
    assert!(matches!(problem, Problem::NotANumber(_)));
    let text = r#"{"format":"centra-check/proposal","version":1,"budget":[{"amount":"€ 100"}]}"#;
    assert!(matches!(refusal(text).1, Problem::NotANumber(_)));
}

#[test]
fn duplicate_ids_are_refused_with_the_second_ones_path() {
    let text = with_partner(
        r#"{"id":"a","kind":"company"},{"id":"b","kind":"mbo"},{"id":"a","kind":"hbo"}"#,
    );
    assert_eq!(
        refusal(&text),
        ("partners[2].id".into(), Problem::DuplicateId("a".into()))
    );
    let text =
        r#"{"format":"centra-check/proposal","version":1,"activities":[{"id":"x"},{"id":"x"}]}"#;
    assert_eq!(
        refusal(text),
        ("activities[1].id".into(), Problem::DuplicateId("x".into()))
    );
}

#[test]
fn a_reference_to_a_missing_id_is_not_a_read_error() {
    let text = r#"{"format":"centra-check/proposal","version":1,
        "budget":[{"kind":"activity","activity":"nowhere","amount":"5"}],
        "activities":[{"id":"a","partners":["ghost"]}]}"#;
    assert!(read_proposal(text).is_ok());
}

#[test]
fn format_and_version_are_required_and_checked() {
    assert_eq!(
        refusal(r#"{"version":1}"#),
        ("format".into(), Problem::MissingField)
    );
    assert_eq!(
        refusal(r#"{"format":"centra-check/proposal"}"#),
        ("version".into(), Problem::MissingField)
    );
    assert_eq!(
        refusal(r#"{"format":"other","version":1}"#),
        ("format".into(), Problem::NotAProposal)
    );
    for version in ["0", "4", "\"2\"", "2.5", "3.0"] {
        let text = format!(r#"{{"format":"centra-check/proposal","version":{version}}}"#);
        assert_eq!(
            refusal(&text),
            (
                "version".into(),
                Problem::UnsupportedVersion(version.to_string())
            )
        );
    }
    // A long version value is shown cut at 40 characters, marked so; one
    // of exactly 40 is shown whole.
    let forty = format!("\"{}\"", "v".repeat(38));
    let longer = format!("\"{}\"", "v".repeat(60));
    for (version, shown) in [
        (forty.clone(), forty.clone()),
        (longer.clone(), format!("{}…", &longer[..40])),
    ] {
        let text = format!(r#"{{"format":"centra-check/proposal","version":{version}}}"#);
        assert_eq!(
            refusal(&text),
            ("version".into(), Problem::UnsupportedVersion(shown))
        );
    }
    let error = read_proposal(r#"{"format":"centra-check/proposal","version":4}"#).unwrap_err();
    assert_eq!(
        read_error(&error, Lang::Nl),
        "version: versie 4 wordt niet ondersteund; deze versie van Centra-check leest versie 1, 2 en 3"
    );
    assert!(read_error(&error, Lang::En).contains("reads versions 1, 2 and 3"));
    for version in [1, 2, 3] {
        let text = format!(r#"{{"format":"centra-check/proposal","version":{version}}}"#);
        assert!(read_proposal(&text).is_ok(), "version {version}");
    }
    assert_eq!(
        refusal(r#"{"format":"centra-check/proposal","version":1,"profile":"strenger"}"#),
        ("profile".into(), Problem::UnknownProfile("strenger".into()))
    );
}

#[test]
fn a_byte_order_mark_is_not_an_error() {
    let text = "\u{feff}{\"format\":\"centra-check/proposal\",\"version\":1}";
    assert!(read_proposal(text).is_ok());
}

#[test]
fn not_json_is_refused_with_line_and_column() {
    let error = read_proposal("{\n  \"format\": ,\n}").unwrap_err();
    assert!(
        matches!(error.problem, Problem::Syntax { line: 2, .. }),
        "{error:?}"
    );
    assert!(read_error(&error, Lang::Nl).starts_with("geen geldige JSON (regel 2"));
    assert!(matches!(refusal("[]").1, Problem::WrongType { .. }));
    assert!(matches!(refusal("").1, Problem::Syntax { .. }));
}

#[test]
fn unknown_values_name_the_allowed_ones() {
    let text = with_partner(r#"{"id":"a","kind":"bedrijf"}"#);
    let (path, problem) = refusal(&text);
    assert_eq!(path, "partners[0].kind");
    match problem {
        Problem::UnknownValue { value, allowed } => {
            assert_eq!(value, "bedrijf");
            assert!(allowed.contains(&"company"));
        }
        other => panic!("{other:?}"),
    }
    let text = r#"{"format":"centra-check/proposal","version":1,"centre":{"themes":["high_tech","space"]}}"#;
    assert_eq!(refusal(text).0, "centre.themes[1]");
}

#[test]
fn required_structure_fields_are_named_when_missing() {
    assert_eq!(
        refusal(&with_partner(r#"{"kind":"company"}"#)),
        ("partners[0].id".into(), Problem::MissingField)
    );
    assert_eq!(
        refusal(&with_partner(r#"{"id":"a"}"#)),
        ("partners[0].kind".into(), Problem::MissingField)
    );
    let text = with_partner(r#"{"id":"a","kind":"company","contributions":[{"amount":"5"}]}"#);
    assert_eq!(
        refusal(&text),
        (
            "partners[0].contributions[0].form".into(),
            Problem::MissingField
        )
    );
}

#[test]
fn wrong_types_are_refused_with_their_path() {
    let text = with_partner(r#"{"id":"a","kind":"company","governance":{"strategic":"yes"}}"#);
    assert_eq!(refusal(&text).0, "partners[0].governance.strategic");
    let text = r#"{"format":"centra-check/proposal","version":1,"centre":{"start_year":"2027"}}"#;
    assert_eq!(refusal(text).0, "centre.start_year");
    let text = r#"{"format":"centra-check/proposal","version":1,"centre":{"start_year":2027.5}}"#;
    assert_eq!(
        refusal(text),
        ("centre.start_year".into(), Problem::NotAWholeNumber)
    );
    let text = r#"{"format":"centra-check/proposal","version":1,"partners":{}}"#;
    assert_eq!(refusal(text).0, "partners");
}

#[test]
fn missing_optional_fields_take_their_defaults() {
    let proposal = read_proposal(r#"{"format":"centra-check/proposal","version":1}"#).unwrap();
    assert_eq!(proposal.profile, "katapult-werkdefinitie");
    assert!(proposal.partners.is_empty() && proposal.budget.is_empty());
    let proposal = read_proposal(&with_partner(
        r#"{"id":"a","kind":"company","contributions":[{"form":"in_kind"}]}"#,
    ))
    .unwrap();
    let partner = &proposal.partners[0];
    assert!(
        !partner.governance.strategic
            && !partner.governance.executive
            && !partner.governance.top_management
    );
    assert_eq!(
        partner.contributions[0].effective_category(),
        Some(centra_check::engine::model::InKindCategory::Other)
    );
}

#[test]
fn totals_that_would_overflow_are_refused_not_wrapped() {
    let big = "9999999999999999999999999999";
    let text = format!(
        r#"{{"format":"centra-check/proposal","version":1,"budget":[{{"amount":"{big}"}},{{"amount":"{big}"}}]}}"#
    );
    assert_eq!(refusal(&text), ("budget".into(), Problem::TotalTooLarge));
    let text = with_partner(&format!(
        r#"{{"id":"a","kind":"company","contributions":[{{"form":"in_kind","category":"staff_hours","hours":"{big}","hourly_rate":"{big}","amount":"1"}}]}}"#
    ));
    assert_eq!(
        refusal(&text),
        (
            "partners[0].contributions[0]".into(),
            Problem::TotalTooLarge
        )
    );
}

#[test]
fn totals_that_would_be_rounded_are_refused_not_rounded() {
    // 8715110.0000000000000000016714 needs 29 digits: a decimal would round it.
    let text = r#"{"format":"centra-check/proposal","version":1,
        "budget":[{"amount":"8715110"},{"amount":"0.0000000000000000016714"}]}"#;
    assert_eq!(refusal(text), ("budget".into(), Problem::TotalTooLarge));
    // With one digit less it fits, and the total is exact.
    let text = r#"{"format":"centra-check/proposal","version":1,
        "budget":[{"amount":"871511"},{"amount":"0.0000000000000000016714"}]}"#;
    let report = centra_check::check_text(text).unwrap();
    assert_eq!(
        report.figures.total_costs,
        d("871511.0000000000000000016714")
    );
    // Hours × rate that a decimal would have to round are refused too.
    let text = with_partner(
        r#"{"id":"a","kind":"hbo","contributions":[{"form":"in_kind","category":"staff_hours",
            "hours":"1.234567890123456789","hourly_rate":"1.234567890123456789"}]}"#,
    );
    assert_eq!(
        refusal(&text),
        (
            "partners[0].contributions[0]".into(),
            Problem::TotalTooLarge
        )
    );
}

#[test]
fn writing_then_reading_gives_the_same_proposal() {
    let path = format!(
        "{}/examples/civ-slimme-maakindustrie.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let original = read_proposal(&std::fs::read_to_string(path).unwrap()).unwrap();
    let written = write_proposal(&original);
    assert_eq!(read_proposal(&written).unwrap(), original);
    // Money is written as strings.
    assert!(written.contains(r#""amount": "150000""#));
}

const V2_ACTIVITY: &str = r#"{"id":"a","name":"Proeftuin","experiment":true,"partners":[],"with":["Lectoraat Smart Industry",""]}"#;
const V2_INDICATOR: &str = r#"{"group":"students","label":"Tevredenheid","measure":"score","baseline":"6.8","target":"7.5"}"#;

#[test]
fn version_2_reads_outside_parties_and_measures() {
    let text = format!(
        r#"{{"format":"centra-check/proposal","version":2,"activities":[{V2_ACTIVITY}],"impact":[{V2_INDICATOR}]}}"#
    );
    let proposal = read_proposal(&text).unwrap();
    assert_eq!(
        proposal.activities[0].with,
        vec!["Lectoraat Smart Industry".to_string(), String::new()]
    );
    assert_eq!(
        proposal.impact[0].measure,
        centra_check::engine::model::Measure::Score
    );
    // Left out, they take their defaults: no outside party, a count.
    let text = r#"{"format":"centra-check/proposal","version":2,"activities":[{"id":"a"}],"impact":[{"group":"teachers"}]}"#;
    let proposal = read_proposal(text).unwrap();
    assert!(proposal.activities[0].with.is_empty());
    assert_eq!(
        proposal.impact[0].measure,
        centra_check::engine::model::Measure::Count
    );
    assert_eq!(proposal.activities[0].goal, None);
}

#[test]
fn a_version_1_file_with_a_version_2_field_is_refused_with_its_path() {
    let text =
        format!(r#"{{"format":"centra-check/proposal","version":1,"activities":[{V2_ACTIVITY}]}}"#);
    assert_eq!(
        refusal(&text),
        ("activities[0].with".into(), Problem::UnknownField)
    );
    let text = format!(
        r#"{{"format":"centra-check/proposal","version":1,"impact":[{{"group":"students"}},{V2_INDICATOR}]}}"#
    );
    assert_eq!(
        refusal(&text),
        ("impact[1].measure".into(), Problem::UnknownField)
    );
    let text = r#"{"format":"centra-check/proposal","version":2,"impact":[{"group":"students","measure":"gemiddelde"}]}"#;
    let (path, problem) = refusal(text);
    assert_eq!(path, "impact[0].measure");
    assert!(matches!(problem, Problem::UnknownValue { .. }));
}

#[test]
fn files_of_versions_1_and_2_are_written_back_as_version_3_with_the_same_content() {
    for file in [
        "tests/fixtures/v1-no-business.json",
        "tests/fixtures/v2-gaps.json",
    ] {
        let path = format!("{}/{file}", env!("CARGO_MANIFEST_DIR"));
        let original = read_proposal(&std::fs::read_to_string(path).unwrap()).unwrap();
        let written = write_proposal(&original);
        assert!(written.contains("\"version\": 3"), "{file}: {written}");
        if !original.impact.is_empty() {
            assert!(written.contains("\"measure\": "), "{file}");
            assert!(written.contains("\"direction\": \"up\""), "{file}");
        }
        assert!(written.contains("\"complementarity\": \"\""), "{file}");
        assert_eq!(read_proposal(&written).unwrap(), original, "{file}");
    }
}

const V3_CONTRIBUTION: &str =
    r#"{"form":"in_kind","category":"equipment","amount":"20000","valuation":"depreciation"}"#;
const V3_INDICATOR: &str = r#"{"group":"students","label":"Uitval","measure":"percentage","direction":"down","baseline":"12","target":"6"}"#;

#[test]
fn version_3_reads_complementarity_valuation_and_direction() {
    let text = format!(
        r#"{{"format":"centra-check/proposal","version":3,"centre":{{"complementarity":"Nieuw in de regio"}},
        "partners":[{{"id":"p","kind":"company","contributions":[{V3_CONTRIBUTION}]}}],"impact":[{V3_INDICATOR}]}}"#
    );
    let proposal = read_proposal(&text).unwrap();
    assert_eq!(proposal.centre.complementarity, "Nieuw in de regio");
    assert_eq!(
        proposal.partners[0].contributions[0].valuation,
        Some(Valuation::Depreciation)
    );
    assert_eq!(proposal.impact[0].direction, Improvement::Down);
    assert_eq!(read_proposal(&write_proposal(&proposal)).unwrap(), proposal);
    // Left out, they take their defaults: no text, no valuation, up.
    let text = r#"{"format":"centra-check/proposal","version":3,"partners":[{"id":"p","kind":"company","contributions":[{"form":"in_kind"}]}],"impact":[{"group":"teachers"}]}"#;
    let proposal = read_proposal(text).unwrap();
    assert_eq!(proposal.centre.complementarity, "");
    assert_eq!(proposal.partners[0].contributions[0].valuation, None);
    assert_eq!(proposal.impact[0].direction, Improvement::Up);
    let text = r#"{"format":"centra-check/proposal","version":3,"impact":[{"group":"students","direction":"sideways"}]}"#;
    let (path, problem) = refusal(text);
    assert_eq!(path, "impact[0].direction");
    assert!(matches!(problem, Problem::UnknownValue { .. }));
    let text = r#"{"format":"centra-check/proposal","version":3,"partners":[{"id":"p","kind":"company","contributions":[{"form":"in_kind","valuation":"guess"}]}]}"#;
    assert_eq!(refusal(text).0, "partners[0].contributions[0].valuation");
}

#[test]
fn a_version_1_or_2_file_with_a_version_3_field_is_refused_with_its_path() {
    for version in [1, 2] {
        let text = format!(
            r#"{{"format":"centra-check/proposal","version":{version},"centre":{{"name":"x","complementarity":"y"}}}}"#
        );
        assert_eq!(
            refusal(&text),
            ("centre.complementarity".into(), Problem::UnknownField),
            "version {version}"
        );
        let text = format!(
            r#"{{"format":"centra-check/proposal","version":{version},"partners":[{{"id":"p","kind":"company","contributions":[{{"form":"cash"}},{V3_CONTRIBUTION}]}}]}}"#
        );
        assert_eq!(
            refusal(&text),
            (
                "partners[0].contributions[1].valuation".into(),
                Problem::UnknownField
            ),
            "version {version}"
        );
        let indicator = if version == 1 {
            r#"{"group":"students","direction":"down"}"#
        } else {
            V3_INDICATOR
        };
        let text = format!(
            r#"{{"format":"centra-check/proposal","version":{version},"impact":[{indicator}]}}"#
        );
        assert_eq!(
            refusal(&text),
            ("impact[0].direction".into(), Problem::UnknownField),
            "version {version}"
        );
    }
}

#[test]
fn the_test_plans_of_version_2_are_valid_proposals() {
    let dir = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
    let mut read = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        read_proposal(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        read += 1;
    }
    assert!(read >= 4);
}

/// Every code new in version 3 of the catalogue is shown by a version-3
/// test plan (the page and the CLI are compared over them), and the v1/v2
/// plans stay as compatibility cases.
#[test]
fn the_version_3_test_plans_show_every_new_code() {
    let dir = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
    let mut codes = std::collections::BTreeSet::new();
    let mut versions = std::collections::BTreeSet::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        versions.insert(value["version"].as_u64().unwrap());
        if value["version"] == 3 {
            codes.extend(centra_check::check_text(&text).unwrap().codes());
        }
    }
    assert_eq!(versions.into_iter().collect::<Vec<_>>(), [1, 2, 3]);
    for code in [
        "C1_NO_COMPLEMENTARITY",
        "C3_IN_KIND_NO_AMOUNT",
        "C3_IN_KIND_NO_VALUATION",
        "C3_IN_KIND_MARKET_VALUE",
        "C3_NO_PRIVATE_COFINANCING",
        "C3_YEAR_OUTSIDE_PERIOD",
        "C3_BALANCE_PLAN",
        "C5_NO_TARGET",
    ] {
        assert!(codes.contains(code), "{code} in no version-3 test plan");
    }
}

#[test]
fn hours_times_rate_is_kept_exactly_or_refused() {
    let staff_hours = |hours: &str, rate: &str| {
        with_partner(&format!(
            r#"{{"id":"a","kind":"hbo","contributions":[{{"form":"in_kind","category":"staff_hours",
            "hours":"{hours}","hourly_rate":"{rate}"}}]}}"#
        ))
    };
    let refused = (
        "partners[0].contributions[0]".into(),
        Problem::TotalTooLarge,
    );
    // Whole hours at a rate with ten decimals: the product needs more digits
    // than a decimal holds, so it would be rounded. Refused.
    assert_eq!(
        refusal(&staff_hours("12345678901234567", "9876543.2109876543")),
        refused
    );
    // So small that it would round to zero: refused, not counted as nothing.
    assert_eq!(
        refusal(&staff_hours("0.1", "0.0000000000000000000000000001")),
        refused
    );
    // The smallest exact product, 28 decimals, is kept as it is.
    let report =
        centra_check::check_text(&staff_hours("0.00000000000001", "0.00000000000001")).unwrap();
    assert_eq!(
        report.figures.in_kind_total,
        d("0.0000000000000000000000000001")
    );
}

#[test]
fn a_partner_may_leave_out_its_kind_from_version_3_only() {
    let partner = |version: u32| {
        format!(
            r#"{{"format":"centra-check/proposal","version":{version},"partners":[{{"id":"p1","name":"Nog in te delen"}}]}}"#
        )
    };
    for version in [1, 2] {
        assert_eq!(
            refusal(&partner(version)),
            ("partners[0].kind".into(), Problem::MissingField),
            "version {version}"
        );
    }
    let draft = read_proposal(&partner(3)).unwrap();
    assert_eq!(draft.partners[0].kind, None);
    // Written without a kind, and read back the same.
    let written = write_proposal(&draft);
    assert!(!written.contains("\"kind\""), "{written}");
    assert_eq!(read_proposal(&written).unwrap(), draft);
}

#[test]
fn a_utf16_file_is_refused_by_name_and_utf8_with_a_mark_is_taken() {
    use centra_check::formats::proposal_file::text_of_bytes;
    for mark in [[0xff, 0xfe], [0xfe, 0xff]] {
        let mut bytes = mark.to_vec();
        bytes.extend_from_slice(b"{\0}\0");
        let error = text_of_bytes(&bytes).expect_err("UTF-16");
        assert_eq!(error.problem, Problem::NotUtf8 { utf16: true });
    }
    let error = text_of_bytes(&[b'{', 0xff, b'}']).expect_err("not UTF-8");
    assert_eq!(error.problem, Problem::NotUtf8 { utf16: false });
    assert_eq!(
        text_of_bytes("\u{feff}{}".as_bytes()).ok(),
        Some("\u{feff}{}")
    );
}

#[test]
fn a_proposal_written_a_few_rows_at_a_time_is_the_same_text() {
    use centra_check::formats::proposal_file::{
        proposal_to_value, write_proposal_piece, JsonCursor,
    };
    let path = format!(
        "{}/examples/civ-slimme-maakindustrie.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let proposal = read_proposal(&std::fs::read_to_string(path).unwrap()).unwrap();
    let whole = proposal_to_value(&proposal).to_string_compact();
    let rows = proposal.partners.len()
        + proposal.budget.len()
        + proposal.activities.len()
        + proposal.impact.len();
    for per_piece in [1, 2, 7, 1000] {
        let (mut json, mut cursor, mut pieces) = (String::new(), JsonCursor::default(), 1);
        while !write_proposal_piece(&proposal, &mut cursor, per_piece, &mut json) {
            pieces += 1;
        }
        assert_eq!(json, whole, "{per_piece} rows a piece");
        // The head, then a piece per `per_piece` rows; the ends of the
        // lists go with the last piece that has room left, else alone.
        assert_eq!(pieces, 1 + rows / per_piece + 1, "{per_piece} rows a piece");
    }
}
