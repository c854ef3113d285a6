//! The reviewer CLI as a reviewer (or an outside test) runs it: exit codes,
//! JSON report, languages, several files, unreadable files.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_centra-check"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run centra-check")
}

fn temp_file(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("centra-check-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

const EXAMPLE: &str = "examples/civ-slimme-maakindustrie.json";
const EMPTY: &str = "examples/empty.json";

#[test]
fn a_proposal_that_meets_exits_zero() {
    let out = cli(&[EXAMPLE]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Oordeel: [✓] Voldoet"), "{text}");
    assert!(
        text.contains("C3 Realistische begroting, in balans tussen publiek en privaat: Voldoet\n")
    );
    assert!(text.contains(
        "Bedrijfsleven en werkveld: € 400.000 (33,3 %; cash € 180.000, in kind € 220.000)"
    ));
    assert!(text.contains(
        "Volgens de werkdefinitie: voldoet. Met de richtwaarden van Centra-check: voldoet.\n"
    ));
    assert!(text.contains("Waarvan privaat (bedrijven en brancheorganisaties): € 400.000 (33,3 %)"));
    // The years and what has none add up to the totals.
    assert!(
        text.contains("    2027: € 0 / € 120.000\n    zonder jaar: € 1.200.000 / € 1.080.000\n"),
        "{text}"
    );
}

#[test]
fn a_plan_held_back_only_by_guidelines_says_so_in_both_verdicts() {
    // Bureau costs of 25 %: above Centra-check's 20 %, nothing Katapult's
    // text itself asks.
    let example = std::fs::read_to_string(EXAMPLE).unwrap();
    let mut plan: serde_json::Value = serde_json::from_str(&example).unwrap();
    plan["budget"][0]["amount"] = "300000".into();
    plan["budget"][1]["amount"] = "300000".into();
    let file = temp_file("bureau.json", &plan.to_string());
    let out = cli(&[file.to_str().unwrap()]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "the verdict and exit code count all findings"
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Oordeel: [~] Voldoet deels"), "{text}");
    assert!(
        text.contains("Volgens de werkdefinitie: voldoet. Met de richtwaarden van Centra-check: voldoet deels.\n"),
        "{text}"
    );
    assert!(
        text.contains(
            "in balans tussen publiek en privaat: Voldoet deels (werkdefinitie: voldoet)\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("→ Verschuif € 60.000 van bureaukosten naar activiteiten; dan is het 20 %."),
        "{text}"
    );
    let out = cli(&["--lang", "en", file.to_str().unwrap()]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("According to the werkdefinitie: meets. With Centra-check's guidelines: partly meets.\n"),
        "{text}"
    );
    let out = cli(&["--json", file.to_str().unwrap()]);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["verdict"], "partly");
    assert_eq!(report["werkdefinitie_verdict"], "meets");
    assert_eq!(report["criteria"][2]["status"], "partly");
    assert_eq!(report["criteria"][2]["werkdefinitie_status"], "meets");
    assert_eq!(
        report["criteria"][2]["findings"][0]["params"]["move"],
        "60000"
    );
}

#[test]
fn the_text_report_lists_the_norms_with_guidelines_marked_and_says_it_is_a_self_check() {
    let out = cli(&[EXAMPLE]);
    let text = String::from_utf8(out.stdout).unwrap();
    let norms = &text[text.find("\nNormen (katapult-werkdefinitie").expect(&text)..];
    // Katapult's own number, unmarked; a guideline, marked with * and named.
    assert!(
        norms.contains("\n    Cofinanciering per sector (bedrijfsleven, overheid, onderwijs): 1/3 (33,3 %) [Werkdefinitie]"),
        "{norms}"
    );
    assert!(
        norms.contains(
            "\n  * Hoogste realistische uurtarief in kind: € 150 [Richtwaarde van Centra-check]"
        ),
        "{norms}"
    );
    assert_eq!(norms.matches(" [Werkdefinitie]").count(), 5, "{norms}");
    assert_eq!(
        norms.matches(" [Richtwaarde van Centra-check]").count(),
        9,
        "{norms}"
    );
    assert_eq!(norms.matches("zelftoets").count(), 1, "{norms}");
    assert!(norms.contains("geen subsidiebesluit"));
    // Every finding says whose demand it is.
    assert!(text.contains("[C2_BENCHMARK; Werkdefinitie]"), "{text}");
    let en = String::from_utf8(cli(&["--lang", "en", EXAMPLE]).stdout).unwrap();
    assert!(en.contains("\nNorms (katapult-werkdefinitie"), "{en}");
    assert!(en.contains(": €150 [Centra-check guideline]"), "{en}");
    assert!(en.contains("not a funding decision"), "{en}");
}

#[test]
fn json_findings_carry_their_basis_and_the_report_its_norms() {
    let file = temp_file(
        "basis.json",
        r#"{"format":"centra-check/proposal","version":2,"centre":{"name":"X","themes":["energy"]},"partners":[{"id":"b","kind":"company","contributions":[{"form":"in_kind","category":"meeting_hours","amount":"10"}]},{"id":"s","kind":"mbo","contributions":[{"form":"cash","amount":"10"}]}]}"#,
    );
    let report: serde_json::Value =
        serde_json::from_slice(&cli(&["--json", file.to_str().unwrap()]).stdout).unwrap();
    let basis_of = |code: &str| -> String {
        report["criteria"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|c| c["findings"].as_array().unwrap())
            .find(|f| f["code"] == code)
            .unwrap_or_else(|| panic!("{code} in {report}"))["basis"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(basis_of("C3_MEETING_HOURS_EXCLUDED"), "werkdefinitie");
    assert_eq!(basis_of("C3_PRACTICE_SHARE_MISSING"), "guideline");
    assert_eq!(basis_of("C3_NO_DURATION"), "guideline");
    assert_eq!(basis_of("C1_EDUCATION_CHAIN"), "werkdefinitie");
    let norms: Vec<(String, String, String)> = report["norms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            assert_eq!(n.as_object().unwrap().len(), 3, "{n}");
            (
                n["name"].as_str().unwrap().to_string(),
                n["value"].as_str().unwrap().to_string(),
                n["basis"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let expected = [
        ("sector_target", "1/3", "werkdefinitie"),
        ("share_tolerance", "0.08", "guideline"),
        ("share_minimum", "0.15", "guideline"),
        ("financing_tolerance", "1", "guideline"),
        ("in_kind_tolerance", "1", "guideline"),
        ("max_hourly_rate", "150", "guideline"),
        ("max_bureau_share", "0.20", "guideline"),
        ("hard_max_bureau_share", "0.35", "guideline"),
        ("min_duration_years", "4", "guideline"),
        ("min_companies", "2", "werkdefinitie"),
        (
            "meeting_words",
            "vergader, overleg, stuurgroep, bijeenkomst, meeting",
            "guideline",
        ),
        ("benchmark_companies", "35", "werkdefinitie"),
        ("benchmark_students", "375", "werkdefinitie"),
        ("benchmark_teachers", "30", "werkdefinitie"),
    ];
    let expected: Vec<(String, String, String)> = expected
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(norms, expected);
}

#[test]
fn an_incomplete_proposal_exits_one() {
    let out = cli(&[EMPTY]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn json_output_follows_the_report_format() {
    let out = cli(&["--json", EMPTY]);
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value =
        serde_json::from_slice(&out.stdout).expect("stdout is one JSON document");
    assert_eq!(report["format"], "centra-check/report");
    assert_eq!(report["version"], 3);
    assert_eq!(report["profile"], "katapult-werkdefinitie");
    assert_eq!(report["verdict"], "incomplete");
    assert_eq!(report["werkdefinitie_verdict"], "incomplete");
    let statuses: Vec<&str> = report["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, vec!["incomplete"; 6]);
    assert!(report["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["werkdefinitie_status"] == "incomplete"));
    // Nothing entered, so nothing without a year either.
    assert_eq!(report["figures"]["per_year"], serde_json::json!({}));
    assert_eq!(report["figures"]["private_share"], "0");
}

#[test]
fn the_language_changes_messages_not_codes() {
    let file = temp_file(
        "low.json",
        r#"{"format":"centra-check/proposal","version":1,"partners":[{"id":"b","kind":"company","contributions":[{"form":"cash","amount":"10"}]}]}"#,
    );
    let nl: serde_json::Value =
        serde_json::from_slice(&cli(&["--json", file.to_str().unwrap()]).stdout).unwrap();
    let en: serde_json::Value =
        serde_json::from_slice(&cli(&["--json", "--lang", "en", file.to_str().unwrap()]).stdout)
            .unwrap();
    assert_eq!(
        nl["criteria"][2]["findings"][0]["code"],
        en["criteria"][2]["findings"][0]["code"]
    );
    assert!(en["criteria"][2]["findings"][0]["message"]
        .as_str()
        .unwrap()
        .contains("share"));
    assert!(nl["criteria"][2]["findings"][0]["message"]
        .as_str()
        .unwrap()
        .contains("aandeel"));
}

#[test]
fn an_unreadable_file_exits_two_with_path_and_reason() {
    let file = temp_file(
        "typo.json",
        r#"{"format":"centra-check/proposal","version":1,"partners":[{"id":"a","kind":"company","contributons":[]}]}"#,
    );
    let out = cli(&["--lang", "en", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("partners[0].contributons: unknown field"),
        "{stderr}"
    );
    assert!(stderr.contains("typo.json"), "{stderr}");
    assert!(out.stdout.is_empty());

    let out = cli(&["does-not-exist.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("does-not-exist.json"));
}

#[test]
fn several_files_are_checked_and_the_worst_exit_wins() {
    assert_eq!(cli(&[EXAMPLE, EXAMPLE]).status.code(), Some(0));
    assert_eq!(cli(&[EXAMPLE, EMPTY]).status.code(), Some(1));
    let bad = temp_file("bad.json", "not json");
    let out = cli(&["--json", EXAMPLE, bad.to_str().unwrap(), EMPTY]);
    assert_eq!(out.status.code(), Some(2));
    // The readable files are still reported, each with its file name.
    let reports: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let files: Vec<&str> = reports
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["file"].as_str().unwrap())
        .collect();
    assert_eq!(files, vec![EXAMPLE, EMPTY]);
}

#[test]
fn bad_arguments_exit_two_with_usage() {
    for args in [
        &["--lang", "de", EXAMPLE][..],
        &["--frobnicate", EXAMPLE],
        &[],
    ] {
        let out = cli(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8(out.stderr)
            .unwrap()
            .contains("Usage: centra-check"));
    }
    let out = cli(&["--help"]);
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn standard_input_is_read_with_a_dash() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_centra-check"))
        .args(["--json", "-"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let text = std::fs::read(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(EXAMPLE)).unwrap();
    child.stdin.take().unwrap().write_all(&text).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["verdict"], "meets");
}
