//! The engine against the rule catalogue itself: every code, severity and
//! basis in the tables of `spec/criteria.md`, and every norm of its table
//! "Norms and their basis", as the engine and the profile file have them.

use std::collections::BTreeMap;

use centra_check::engine::profile::{Basis, NormName, Profile};
use centra_check::engine::report::Finding;

fn catalogue() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/spec/criteria.md"))
        .expect("spec/criteria.md")
}

fn cells(line: &str) -> Vec<String> {
    line.trim()
        .trim_matches('|')
        .split('|')
        .map(|cell| cell.trim().to_string())
        .collect()
}

/// `C3_<SECTOR>_SHARE_LOW` / `_HIGH` → the codes it stands for.
fn expand(cell: &str) -> Vec<String> {
    let mut codes: Vec<String> = Vec::new();
    for part in cell.split('/') {
        let Some(code) = part.split('`').nth(1) else {
            continue;
        };
        let code = if let Some(suffix) = code.strip_prefix('_') {
            // `_HIGH` continues the previous code's stem.
            let previous = codes.last().expect("a stem before a suffix").clone();
            let stem = &previous[..previous.rfind('_').expect("stem")];
            format!("{stem}_{suffix}")
        } else {
            code.to_string()
        };
        codes.push(code);
    }
    codes
        .into_iter()
        .flat_map(|code| {
            if code.contains("<SECTOR>") {
                ["PRACTICE", "GOVERNMENT", "EDUCATION"]
                    .iter()
                    .map(|s| code.replace("<SECTOR>", s))
                    .collect()
            } else {
                vec![code]
            }
        })
        .collect()
}

/// code → (severity, basis), from every four-column finding table.
fn spec_codes() -> BTreeMap<String, (String, String)> {
    let mut out = BTreeMap::new();
    for line in catalogue().lines() {
        let row = cells(line);
        if row.len() == 4 && row[0].starts_with("`C") {
            for code in expand(&row[0]) {
                out.insert(code, (row[1].clone(), row[3].clone()));
            }
        }
    }
    out
}

#[test]
fn every_code_has_the_severity_and_basis_of_the_catalogue() {
    let spec = spec_codes();
    assert!(spec.len() >= 50, "the tables were read: {}", spec.len());
    let engine: BTreeMap<String, (String, String)> = Finding::samples()
        .iter()
        .map(|f| {
            (
                f.code(),
                (f.severity().id().to_string(), f.basis().id().to_string()),
            )
        })
        .collect();
    assert_eq!(engine, spec);
}

#[test]
fn every_norm_has_the_value_and_basis_of_the_catalogue() {
    let text = catalogue();
    let table = &text[text.find("## Norms and their basis").expect("norms table")..];
    let profile = Profile::katapult();
    let mut seen = Vec::new();
    for line in table.lines().skip(1) {
        let row = cells(line);
        if row.len() != 4 || !row[0].starts_with('`') {
            continue;
        }
        let names: Vec<&str> = row[0].split('`').skip(1).step_by(2).collect();
        let values: Vec<&str> = if names.len() > 1 {
            row[1].split(',').map(str::trim).collect()
        } else {
            vec![row[1].split(" (").next().unwrap().trim()]
        };
        for (name, value) in names.iter().zip(values) {
            let norm = profile.norm(NormName::from_id(name).expect(name));
            assert_eq!(norm.value, value, "{name}");
            assert_eq!(norm.basis.id(), row[2], "{name}");
            if norm.basis == Basis::Guideline {
                assert!(norm.reasoning.is_some(), "{name} says why");
            }
            seen.push(name.to_string());
        }
    }
    assert_eq!(seen.len(), NormName::ALL.len(), "{seen:?}");
}
