//! Scenario files: for every finding code, a proposal that triggers it and
//! one that just does not, each with the statuses a reader should see.
//!
//! A scenario starts from an example proposal (`examples/*.json`) and applies
//! a few readable changes (`set`, `remove`, `append` at a proposal path),
//! so a domain expert can read what was changed and what the checker says.
//! The changed proposal goes through the real file reader and the engine.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use centra_check::check_text;
use centra_check::engine::report::Finding;
use centra_check::formats::report_file::finding_params;
use serde::Deserialize;
use serde_json::Value;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Scenario {
    code: String,
    base: String,
    triggers: Case,
    just_not: Case,
    /// Exactly on the bound (a share of exactly 1/3 − tolerance, a bureau
    /// share of exactly 20 %): required for every code with a numeric bound,
    /// so that `<` turning into `<=` fails a test.
    #[serde(default)]
    on_bound: Option<Case>,
    /// Further readings of the same rule worth pinning.
    #[serde(default)]
    also: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    why: String,
    changes: Vec<Change>,
    expect: Expect,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Change {
    #[serde(default)]
    set: Option<String>,
    #[serde(default)]
    remove: Option<String>,
    #[serde(default)]
    append: Option<String>,
    /// Left out, `set` writes `null` (as a file may).
    #[serde(default)]
    value: Value,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Expect {
    #[serde(default)]
    present: Vec<String>,
    #[serde(default)]
    absent: Vec<String>,
    #[serde(default)]
    status: BTreeMap<String, String>,
    #[serde(default)]
    verdict: Option<String>,
    /// The statuses from the findings of basis `werkdefinitie` alone.
    #[serde(default)]
    werkdefinitie_status: BTreeMap<String, String>,
    #[serde(default)]
    werkdefinitie_verdict: Option<String>,
    /// Parameters of the first finding of a code: code → name → value.
    #[serde(default)]
    params: BTreeMap<String, BTreeMap<String, String>>,
}

/// `partners[2].contributions[0].amount` → keys and indexes.
enum Step {
    Key(String),
    Index(usize),
}

fn steps(path: &str) -> Vec<Step> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let (key, rest) = part.split_once('[').map_or((part, ""), |(k, r)| (k, r));
        if !key.is_empty() {
            out.push(Step::Key(key.to_string()));
        }
        for index in rest.split('[').filter(|s| !s.is_empty()) {
            out.push(Step::Index(
                index.trim_end_matches(']').parse().expect("index"),
            ));
        }
    }
    out
}

fn walk<'a>(mut value: &'a mut Value, steps: &[Step], path: &str) -> &'a mut Value {
    for step in steps {
        value = match step {
            Step::Key(key) => value
                .as_object_mut()
                .unwrap_or_else(|| panic!("{path}: not an object at {key}"))
                .entry(key.clone())
                .or_insert(Value::Null),
            Step::Index(i) => value
                .as_array_mut()
                .and_then(|a| a.get_mut(*i))
                .unwrap_or_else(|| panic!("{path}: no element {i}")),
        };
    }
    value
}

fn apply(proposal: &mut Value, change: &Change) {
    if let Some(path) = &change.set {
        *walk(proposal, &steps(path), path) = change.value.clone();
    } else if let Some(path) = &change.append {
        let target = walk(proposal, &steps(path), path);
        if target.is_null() {
            *target = Value::Array(Vec::new());
        }
        target
            .as_array_mut()
            .unwrap_or_else(|| panic!("{path}: not a list"))
            .push(change.value.clone());
    } else if let Some(path) = &change.remove {
        let all = steps(path);
        let (last, parent) = all.split_last().expect("non-empty path");
        let parent = walk(proposal, parent, path);
        match last {
            Step::Key(key) => {
                parent
                    .as_object_mut()
                    .and_then(|o| o.remove(key))
                    .unwrap_or_else(|| panic!("{path}: nothing to remove"));
            }
            Step::Index(i) => {
                parent.as_array_mut().expect("list").remove(*i);
            }
        }
    } else {
        panic!("a change needs set, append or remove");
    }
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn run_case(scenario: &Scenario, name: &str, case: &Case) -> Vec<String> {
    let base = fs::read_to_string(
        root()
            .join("examples")
            .join(format!("{}.json", scenario.base)),
    )
    .unwrap_or_else(|e| panic!("base {}: {e}", scenario.base));
    let mut proposal: Value = serde_json::from_str(&base).expect("base is JSON");
    for change in &case.changes {
        apply(&mut proposal, change);
    }
    let report = match check_text(&proposal.to_string()) {
        Ok(report) => report,
        Err(e) => return vec![format!("{name}: the changed proposal was refused: {e}")],
    };
    let codes: BTreeSet<String> = report.codes().into_iter().collect();
    let mut problems = Vec::new();
    for code in &case.expect.present {
        if !codes.contains(code) {
            problems.push(format!("{name}: expected {code}, got {codes:?}"));
        }
    }
    for code in &case.expect.absent {
        if codes.contains(code) {
            problems.push(format!("{name}: did not expect {code}"));
        }
    }
    for (own, expected) in [
        (false, &case.expect.status),
        (true, &case.expect.werkdefinitie_status),
    ] {
        for (criterion, status) in expected {
            let actual = report
                .criteria
                .iter()
                .find(|c| c.id.id() == criterion)
                .map(|c| {
                    if own {
                        c.werkdefinitie_status.id()
                    } else {
                        c.status.id()
                    }
                })
                .unwrap_or("?");
            if actual != status {
                let which = if own { " (werkdefinitie)" } else { "" };
                problems.push(format!(
                    "{name}: {criterion}{which} expected {status}, got {actual} ({codes:?})"
                ));
            }
        }
    }
    if let Some(verdict) = &case.expect.werkdefinitie_verdict {
        if report.werkdefinitie_verdict.id() != verdict {
            problems.push(format!(
                "{name}: werkdefinitie verdict expected {verdict}, got {}",
                report.werkdefinitie_verdict.id()
            ));
        }
    }
    for (code, expected) in &case.expect.params {
        let Some(located) = report
            .criteria
            .iter()
            .flat_map(|c| &c.findings)
            .find(|f| f.finding.code() == *code)
        else {
            problems.push(format!("{name}: no {code} for its params"));
            continue;
        };
        let actual: BTreeMap<String, String> = finding_params(&located.finding)
            .into_iter()
            .map(|(key, value)| (key.to_string(), value))
            .collect();
        for (key, value) in expected {
            if actual.get(key) != Some(value) {
                problems.push(format!(
                    "{name}: {code}.{key} expected {value}, got {:?}",
                    actual.get(key)
                ));
            }
        }
    }
    if let Some(verdict) = &case.expect.verdict {
        if report.verdict.id() != verdict {
            problems.push(format!(
                "{name}: verdict expected {verdict}, got {}",
                report.verdict.id()
            ));
        }
    }
    assert!(!case.why.trim().is_empty(), "{name}: say why");
    problems
}

fn scenarios() -> Vec<(String, Scenario)> {
    let dir = root().join("tests").join("scenarios");
    let mut out: Vec<(String, Scenario)> = fs::read_dir(&dir)
        .expect("tests/scenarios")
        .map(|entry| entry.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| {
            let text = fs::read_to_string(&p).expect("read");
            let name = p.file_stem().unwrap().to_string_lossy().to_string();
            let scenario: Scenario =
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, scenario)
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

#[test]
fn every_scenario_behaves_as_written() {
    let mut problems = Vec::new();
    for (name, scenario) in scenarios() {
        assert_eq!(
            name, scenario.code,
            "a scenario file is named after its code"
        );
        // The code under test must be the one the cases are about.
        assert!(
            scenario.triggers.expect.present.contains(&scenario.code),
            "{name}: triggers must expect its code"
        );
        assert!(
            scenario.just_not.expect.absent.contains(&scenario.code),
            "{name}: just_not must exclude its code"
        );
        problems.extend(run_case(
            &scenario,
            &format!("{name} (triggers)"),
            &scenario.triggers,
        ));
        problems.extend(run_case(
            &scenario,
            &format!("{name} (just not)"),
            &scenario.just_not,
        ));
        if let Some(on_bound) = &scenario.on_bound {
            problems.extend(run_case(
                &scenario,
                &format!("{name} (on the bound)"),
                on_bound,
            ));
        }
        for (i, case) in scenario.also.iter().enumerate() {
            problems.extend(run_case(&scenario, &format!("{name} (also {i})"), case));
        }
    }
    assert!(
        problems.is_empty(),
        "{} scenario problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Every code the engine can produce has a scenario file.
#[test]
fn every_finding_code_has_a_scenario() {
    let covered: BTreeSet<String> = scenarios().into_iter().map(|(name, _)| name).collect();
    let missing: Vec<String> = all_codes()
        .into_iter()
        .filter(|c| !covered.contains(c))
        .collect();
    assert!(missing.is_empty(), "codes without a scenario: {missing:?}");
}

/// The codes whose rule compares with a number of the profile: each has a
/// case exactly on its bound, where the finding must not fire.
const BOUNDED: [&str; 19] = [
    "C2_FEW_COMPANIES",
    "C3_PRACTICE_SHARE_LOW",
    "C3_PRACTICE_SHARE_HIGH",
    "C3_PRACTICE_SHARE_MISSING",
    "C3_GOVERNMENT_SHARE_LOW",
    "C3_GOVERNMENT_SHARE_HIGH",
    "C3_GOVERNMENT_SHARE_MISSING",
    "C3_EDUCATION_SHARE_LOW",
    "C3_EDUCATION_SHARE_HIGH",
    "C3_EDUCATION_SHARE_MISSING",
    "C3_FINANCING_SHORTFALL",
    "C3_FINANCING_SURPLUS",
    "C3_IN_KIND_MISMATCH",
    "C3_RATE_HIGH",
    "C3_BUREAU_SHARE_HIGH",
    "C3_BUREAU_SHARE_EXCESSIVE",
    "C3_SHORT_DURATION",
    "C3_IN_KIND_NO_VALUATION",
    "C3_YEAR_OUTSIDE_PERIOD",
];

#[test]
fn every_bounded_code_is_tried_exactly_on_its_bound() {
    let scenarios = scenarios();
    for code in BOUNDED {
        let (_, scenario) = scenarios
            .iter()
            .find(|(name, _)| name == code)
            .unwrap_or_else(|| panic!("{code}: no scenario"));
        let on_bound = scenario
            .on_bound
            .as_ref()
            .unwrap_or_else(|| panic!("{code}: no case on the bound"));
        assert!(
            on_bound.expect.absent.iter().any(|c| c == code),
            "{code}: on the bound the finding must not fire"
        );
    }
}

/// Every code the engine can make, from the engine's own list.
fn all_codes() -> BTreeSet<String> {
    Finding::samples().iter().map(Finding::code).collect()
}
