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
use centra_check::report::Finding;
use serde::Deserialize;
use serde_json::Value;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Scenario {
    code: String,
    base: String,
    triggers: Case,
    just_not: Case,
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
    #[serde(default)]
    value: Option<Value>,
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
        *walk(proposal, &steps(path), path) = change.value.clone().expect("set needs a value");
    } else if let Some(path) = &change.append {
        let target = walk(proposal, &steps(path), path);
        if target.is_null() {
            *target = Value::Array(Vec::new());
        }
        target
            .as_array_mut()
            .unwrap_or_else(|| panic!("{path}: not a list"))
            .push(change.value.clone().expect("append needs a value"));
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
    for (criterion, status) in &case.expect.status {
        let actual = report
            .criteria
            .iter()
            .find(|c| c.id.id() == criterion)
            .map(|c| c.status.id())
            .unwrap_or("?");
        if actual != status {
            problems.push(format!(
                "{name}: {criterion} expected {status}, got {actual} ({codes:?})"
            ));
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

/// One instance of every finding variant, so the list cannot fall behind
/// the enum: a new variant without an entry here fails to compile.
fn all_codes() -> BTreeSet<String> {
    use centra_check::model::{Goal, Group, Sector};
    use centra_check::report::ShareBound;
    use rust_decimal::Decimal;
    let zero = Decimal::ZERO;
    let text = String::new;
    let mut findings = Vec::new();
    let sectors = [Sector::Practice, Sector::Education];
    for sector in sectors {
        findings.push(Finding::NotStrategic { sector });
        findings.push(Finding::NotExecutive { sector });
        findings.push(Finding::NoCofinancing { sector });
    }
    for sector in Sector::THIRDS {
        for rule in [ShareBound::Low, ShareBound::High, ShareBound::Missing] {
            findings.push(Finding::Share {
                sector,
                rule,
                share: zero,
                limit: zero,
                bound: zero,
                extra: zero,
            });
        }
    }
    findings.extend([
        Finding::NoFocus,
        Finding::NoRegionalFit,
        Finding::NoAlliances,
        Finding::EducationChain { levels: vec![] },
        Finding::NoPracticePartner,
        Finding::NoEducationPartner,
        Finding::FewCompanies {
            companies: 0,
            minimum: 0,
        },
        Finding::NoCompanyManagement,
        Finding::NoBoard,
        Finding::PartnersWithoutContribution { partners: vec![] },
        Finding::Benchmark {
            companies: 0,
            students: None,
            teachers: None,
            average_companies: 0,
            average_students: 0,
            average_teachers: 0,
        },
        Finding::FinancingShortfall {
            costs: zero,
            cofinancing: zero,
            difference: zero,
        },
        Finding::FinancingSurplus {
            costs: zero,
            cofinancing: zero,
            difference: zero,
        },
        Finding::MeetingHoursExcluded {
            partner: text(),
            amount: zero,
        },
        Finding::LooksLikeMeetings {
            partner: text(),
            description: text(),
        },
        Finding::InKindNoBasis {
            partner: text(),
            description: text(),
        },
        Finding::InKindMismatch {
            partner: text(),
            computed: zero,
            amount: zero,
        },
        Finding::RateHigh {
            partner: text(),
            rate: zero,
            maximum: zero,
        },
        Finding::NoBureauDistinction,
        Finding::UnclassifiedLines {
            lines: vec![],
            amount: zero,
        },
        Finding::BureauShareHigh {
            share: zero,
            maximum: zero,
            bureau: zero,
        },
        Finding::BureauShareExcessive {
            share: zero,
            maximum: zero,
            bureau: zero,
        },
        Finding::ShortDuration {
            years: 0,
            minimum: 0,
        },
        Finding::PartnerUnassigned {
            partners: vec![],
            amount: zero,
        },
        Finding::NoActivities,
        Finding::ActivityNoTarget { activity: text() },
        Finding::ActivityNoBudget { activity: text() },
        Finding::UnknownActivity {
            line: text(),
            activity: None,
        },
        Finding::CostPerUnit {
            activity: text(),
            cost: zero,
            unit: text(),
            budget: zero,
            count: zero,
        },
        Finding::GoalsUncovered {
            goals: vec![Goal::NextProfessional],
        },
        Finding::NoIndicators,
        Finding::GroupMissing {
            group: Group::Students,
        },
        Finding::NoTarget { indicator: text() },
        Finding::NoCompanyIndicator,
        Finding::NoExperiment,
        Finding::ExperimentAlone,
        Finding::UnknownPartner {
            activity: text(),
            partner: text(),
        },
    ]);
    // Exhaustiveness guard: adding a variant makes this match fail to compile.
    for finding in &findings {
        match finding {
            Finding::NoFocus
            | Finding::NoRegionalFit
            | Finding::NoAlliances
            | Finding::EducationChain { .. }
            | Finding::NoPracticePartner
            | Finding::NoEducationPartner
            | Finding::FewCompanies { .. }
            | Finding::NotStrategic { .. }
            | Finding::NotExecutive { .. }
            | Finding::NoCompanyManagement
            | Finding::NoBoard
            | Finding::NoCofinancing { .. }
            | Finding::PartnersWithoutContribution { .. }
            | Finding::Benchmark { .. }
            | Finding::Share { .. }
            | Finding::FinancingShortfall { .. }
            | Finding::FinancingSurplus { .. }
            | Finding::MeetingHoursExcluded { .. }
            | Finding::LooksLikeMeetings { .. }
            | Finding::InKindNoBasis { .. }
            | Finding::InKindMismatch { .. }
            | Finding::RateHigh { .. }
            | Finding::NoBureauDistinction
            | Finding::UnclassifiedLines { .. }
            | Finding::BureauShareHigh { .. }
            | Finding::BureauShareExcessive { .. }
            | Finding::ShortDuration { .. }
            | Finding::PartnerUnassigned { .. }
            | Finding::NoActivities
            | Finding::ActivityNoTarget { .. }
            | Finding::ActivityNoBudget { .. }
            | Finding::UnknownActivity { .. }
            | Finding::CostPerUnit { .. }
            | Finding::GoalsUncovered { .. }
            | Finding::NoIndicators
            | Finding::GroupMissing { .. }
            | Finding::NoTarget { .. }
            | Finding::NoCompanyIndicator
            | Finding::NoExperiment
            | Finding::ExperimentAlone
            | Finding::UnknownPartner { .. } => {}
        }
    }
    findings.iter().map(Finding::code).collect()
}
