//! The build's reading of the profile files (`build/profiles.rs`, included
//! here by path): the file in `profiles/` is what the app applies, and a
//! norm without its value, basis, source, Katapult's sentence or (for a
//! guideline) its reasoning stops the build with its place named.

#[path = "../build/profiles.rs"]
mod profiles;

use centra_check::engine::profile::{Basis, NormName, Profile};
use profiles::profile_expression;
use serde_json::Value;

const KATAPULT: &str = include_str!("../profiles/katapult-werkdefinitie.json");

fn file() -> Value {
    serde_json::from_str(KATAPULT).unwrap()
}

/// The Katapult file with `field` taken out of the norm named `name`.
fn without(field: &str, name: &str) -> String {
    let mut root = file();
    for norm in root["norms"].as_array_mut().unwrap() {
        if norm["name"] == name {
            norm.as_object_mut().unwrap().remove(field);
        }
    }
    root.to_string()
}

#[test]
fn the_app_applies_every_norm_as_the_file_states_it() {
    let profile = Profile::katapult();
    let root = file();
    assert_eq!(profile.id, root["id"]);
    assert_eq!(u64::from(profile.version), root["version"]);
    assert_eq!(profile.applies_from, root["applies_from"]);
    let norms = root["norms"].as_array().unwrap();
    assert_eq!(norms.len(), NormName::ALL.len());
    for norm in norms {
        let name = NormName::from_id(norm["name"].as_str().unwrap()).unwrap();
        let applied = profile.norm(name);
        let value = match &norm["value"] {
            Value::Array(words) => words
                .iter()
                .map(|w| w.as_str().unwrap())
                .collect::<Vec<_>>()
                .join(", "),
            value => value.as_str().unwrap().to_string(),
        };
        assert_eq!(applied.value, value, "{}", name.id());
        assert_eq!(applied.basis.id(), norm["basis"], "{}", name.id());
        assert_eq!(applied.source.id(), norm["source"], "{}", name.id());
        assert_eq!(applied.quote, norm["quote"], "{}", name.id());
        match (&applied.reasoning, norm.get("reasoning")) {
            (Some((nl, en)), Some(reasoning)) => {
                assert_eq!(nl, &reasoning["nl"]);
                assert_eq!(en, &reasoning["en"]);
            }
            (None, None) => assert_eq!(applied.basis, Basis::Werkdefinitie),
            (applied, file) => panic!("{}: {applied:?} against {file:?}", name.id()),
        }
    }
}

#[test]
fn a_norm_without_value_basis_sentence_or_reasoning_stops_the_build() {
    for (field, norm, place) in [
        ("basis", "sector_target", "norms[0].basis"),
        ("quote", "min_companies", "norms[9].quote"),
        ("quote", "share_tolerance", "norms[1].quote"),
        (
            "reasoning",
            "max_hourly_rate",
            "norms[5].reasoning: a guideline says why",
        ),
        ("value", "max_bureau_share", "norms[6].value: missing"),
        ("source", "benchmark_students", "norms[12].source"),
    ] {
        let error = profile_expression(&without(field, norm)).unwrap_err();
        assert!(error.starts_with(place), "{field} of {norm}: {error}");
    }
    // A werkdefinitie norm needs no reasoning of Centra-check's own.
    assert!(profile_expression(&without("reasoning", "min_companies")).is_ok());
}

#[test]
fn a_norm_twice_a_wrong_basis_or_another_format_stops_the_build() {
    let mut root = file();
    let first = root["norms"][0].clone();
    root["norms"].as_array_mut().unwrap().push(first);
    let error = profile_expression(&root.to_string()).unwrap_err();
    assert_eq!(error, "norms[14].name: sector_target twice");

    let mut root = file();
    root["norms"][2]["basis"] = "katapult".into();
    let error = profile_expression(&root.to_string()).unwrap_err();
    assert_eq!(error, "norms[2].basis: werkdefinitie or guideline");

    let mut root = file();
    root["format"] = "centra-check/proposal".into();
    let error = profile_expression(&root.to_string()).unwrap_err();
    assert_eq!(error, "format: not a centra-check/profile");
}

#[test]
fn the_build_writes_each_norm_as_its_variant_and_its_field() {
    let code = profile_expression(KATAPULT).unwrap();
    assert!(code.starts_with("Profile {\nid: \"katapult-werkdefinitie\",\nversion: 2,\n"));
    assert!(
        code.contains("name: NormName::SectorTarget, value: \"1/3\", basis: Basis::Werkdefinitie")
    );
    assert!(code.contains("value: \"vergader, overleg, stuurgroep, bijeenkomst, meeting\","));
    // Each norm sets its field: a fraction, a decimal, a whole number, words.
    assert!(code.contains("sector_target: Fraction::new(Whole(1).into(), Whole(3).into()),"));
    assert!(code.contains("share_tolerance: Decimal::new(8, 2),"));
    assert!(code.contains("max_bureau_share: Decimal::new(20, 2),"));
    assert!(code.contains("min_companies: Whole(2).into(),"));
    assert!(code.contains("meeting_words: &[\"vergader\", \"overleg\","));
    assert!(code.contains("source: Source::Overview"));
}

#[test]
fn a_value_or_sentence_of_spaces_is_missing_and_said_so() {
    let text = KATAPULT.replacen(r#""source": "overview""#, r#""source": "website""#, 1);
    assert_ne!(text, KATAPULT, "the profile cites the overview page");
    let error = profile_expression(&text).unwrap_err();
    assert!(
        error.ends_with(".source: werkdefinitie or overview"),
        "{error}"
    );
    // A norm must quote its source; a quote of spaces is no quote.
    let text = KATAPULT.replacen(r#""quote": "ongeveer 1/3""#, r#""quote": "  ""#, 1);
    assert_ne!(text, KATAPULT, "the profile quotes 'ongeveer 1/3'");
    let error = profile_expression(&text).unwrap_err();
    assert!(error.ends_with(".quote: missing or empty"), "{error}");
    // A value of spaces is a missing value, said as such.
    let text = KATAPULT.replacen(r#""value": "0.08""#, r#""value": " ""#, 1);
    assert_ne!(text, KATAPULT, "the profile sets a tolerance of 0.08");
    let error = profile_expression(&text).unwrap_err();
    assert!(error.ends_with(".value: missing"), "{error}");
    // An empty list of meeting words is no list.
    let text = KATAPULT.replacen(
        r#""value": ["vergader", "overleg", "stuurgroep", "bijeenkomst", "meeting"]"#,
        r#""value": []"#,
        1,
    );
    assert_ne!(text, KATAPULT, "the profile lists meeting words");
    let error = profile_expression(&text).unwrap_err();
    assert!(error.ends_with(".value: missing"), "{error}");
}

#[test]
fn a_value_that_is_no_number_stops_the_build() {
    for bad in ["1/", "0,08", "-1", "1.2.3", ".5", "veel"] {
        let text = KATAPULT.replacen(r#""value": "0.08""#, &format!(r#""value": "{bad}""#), 1);
        let error = profile_expression(&text).unwrap_err();
        assert_eq!(error, "norms[1].value: not a number or fraction", "{bad}");
    }
    // A target over zero would divide every share by zero.
    for bad in ["1/0", "1/0.0"] {
        let text = KATAPULT.replacen(r#""value": "1/3""#, &format!(r#""value": "{bad}""#), 1);
        let error = profile_expression(&text).unwrap_err();
        assert_eq!(error, "norms[0].value: not a number or fraction", "{bad}");
    }
}
