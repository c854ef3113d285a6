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
    assert!(text.contains("C3 Realistische begroting in balans: Voldoet"));
    assert!(text.contains("Bedrijfsleven: € 400.000 (33,3 %)"));
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
    assert_eq!(report["version"], 1);
    assert_eq!(report["profile"], "katapult-werkdefinitie");
    assert_eq!(report["verdict"], "incomplete");
    let statuses: Vec<&str> = report["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, vec!["incomplete"; 6]);
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
