//! `centra-check --summary` over a folder of mixed files, as a reviewer
//! with a pile of plans runs it: the table, the CSV as Dutch Excel reads
//! it, agreement with `--json`, and the exit codes.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

mod support;
use support::csv::parse_csv;

fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_centra-check"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run centra-check")
}

const EXAMPLE: &str = include_str!("../examples/civ-slimme-maakindustrie.json");

/// A fresh folder holding `files` (name, text).
fn folder(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "centra-check-summary-{}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (file, text) in files {
        std::fs::write(dir.join(file), text).unwrap();
    }
    dir
}

/// The pile: one plan that meets, one with too little business money, an
/// empty one, one with a typo, one that is not JSON, and a note that is
/// not a .json file (left out when the folder is given). Each test has its
/// own copy, since tests run at the same time.
fn mixed_folder(test: &str) -> PathBuf {
    let low_business = EXAMPLE.replacen("\"120000\"", "\"10000\"", 1);
    assert_ne!(low_business, EXAMPLE, "the example has a 120000 to change");
    folder(
        &format!("mixed-{test}"),
        &[
            ("a-meets.json", EXAMPLE),
            ("b-low-business.json", &low_business),
            (
                "c-empty.json",
                r#"{ "format": "centra-check/proposal", "version": 1 }"#,
            ),
            (
                "d-typo.json",
                r#"{"format":"centra-check/proposal","version":1,"partners":[{"id":"a","kind":"company","contributons":[]}]}"#,
            ),
            ("e-broken.json", "{ \"format\": "),
            ("notes.txt", "not a plan"),
        ],
    )
}

/// A cell as Dutch Excel reads a number: decimal comma, no thousands dots.
fn dutch_number(cell: &str) -> f64 {
    assert!(
        !cell.contains('.'),
        "{cell}: a dot would be a thousands separator"
    );
    cell.replace(',', ".")
        .parse()
        .unwrap_or_else(|_| panic!("{cell} is not a number"))
}

fn file_name(path: &str) -> &str {
    Path::new(path).file_name().unwrap().to_str().unwrap()
}

#[test]
fn the_csv_of_a_folder_has_a_row_per_json_file_that_matches_the_json_reports() {
    let dir = mixed_folder("csv");
    let out = cli(&["--summary", "--csv", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "unreadable files exit 2");
    let rows = parse_csv(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(
        rows[0],
        [
            "Bestand",
            "Oordeel",
            "C1",
            "C2",
            "C3",
            "C4",
            "C5",
            "C6",
            "Totale kosten",
            "Aandeel bedrijfsleven en werkveld (%)",
            "Aandeel overheid (%)",
            "Aandeel onderwijs (%)",
            "Fouten",
            "Waarschuwingen",
            "Reden onleesbaar",
            "Oordeel volgens de werkdefinitie"
        ]
    );
    assert!(rows.iter().all(|row| row.len() == rows[0].len()));
    let names: Vec<&str> = rows[1..].iter().map(|r| file_name(&r[0])).collect();
    assert_eq!(
        names,
        [
            "a-meets.json",
            "b-low-business.json",
            "c-empty.json",
            "d-typo.json",
            "e-broken.json"
        ],
        "every .json file in name order, nothing else"
    );

    let meets = &rows[1];
    assert_eq!(&meets[1..8], ["Voldoet"; 7]);
    assert_eq!(meets[8], "1200000");
    assert_eq!(&meets[9..12], ["33,33", "33,33", "33,33"]);

    // Every readable row says what `--json` says about the same file.
    let words = [
        ("meets", "Voldoet"),
        ("partly", "Voldoet deels"),
        ("not_met", "Voldoet niet"),
        ("incomplete", "Nog niet ingevuld"),
    ];
    let word = |id: &str| words.iter().find(|(i, _)| *i == id).unwrap().1;
    for row in &rows[1..4] {
        let json = cli(&["--json", &row[0]]);
        let report: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
        assert_eq!(row[1], word(report["verdict"].as_str().unwrap()), "{row:?}");
        for (i, criterion) in report["criteria"].as_array().unwrap().iter().enumerate() {
            assert_eq!(row[2 + i], word(criterion["status"].as_str().unwrap()));
        }
        let figures = &report["figures"];
        assert_eq!(
            dutch_number(&row[8]),
            figures["total_costs"]
                .as_str()
                .unwrap()
                .parse::<f64>()
                .unwrap()
        );
        for (i, sector) in ["practice", "government", "education"].iter().enumerate() {
            let share: f64 = figures["sector_shares"][sector]
                .as_str()
                .unwrap()
                .parse()
                .unwrap();
            assert!(
                (dutch_number(&row[9 + i]) - share * 100.0).abs() < 1e-9,
                "{row:?}"
            );
        }
        let severities: Vec<&str> = report["criteria"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|c| c["findings"].as_array().unwrap())
            .map(|f| f["severity"].as_str().unwrap())
            .collect();
        let count = |s: &str| severities.iter().filter(|x| **x == s).count() as f64;
        assert_eq!(dutch_number(&row[12]), count("error"));
        assert_eq!(dutch_number(&row[13]), count("warning"));
        assert_eq!(row[14], "", "a readable file has no reason");
        assert_eq!(
            row[15],
            word(report["werkdefinitie_verdict"].as_str().unwrap()),
            "{row:?}"
        );
    }
    assert_ne!(rows[2][1], "Voldoet", "less business money does not meet");
    // Only Centra-check's guidelines hold it back: Katapult's text is met.
    assert_eq!(rows[2][15], "Voldoet", "{:?}", rows[2]);

    // The unreadable ones: no figures, the reason with its path.
    for (row, reason) in [
        (&rows[4], "partners[0].contributons: onbekend veld"),
        (&rows[5], "geen geldige JSON (regel 1"),
    ] {
        assert_eq!(row[1], "Onleesbaar");
        assert!(row[2..14].iter().all(String::is_empty), "{row:?}");
        assert!(row[14].contains(reason), "{row:?}");
        assert_eq!(row[15], "", "{row:?}");
    }
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("d-typo.json: partners[0].contributons"),
        "{stderr}"
    );
}

#[test]
fn the_table_lines_up_and_counts_the_verdicts() {
    let dir = mixed_folder("table");
    let out = cli(&["--summary", "--lang", "en", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let table = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = table.lines().collect();
    assert!(lines[0].starts_with("File"), "{table}");
    assert!(lines[0].contains("Verdict") && lines[0].contains("Warnings"));
    let header: Vec<&str> = lines[0].split_whitespace().collect();
    assert_eq!(header[..3], ["File", "Verdict", "Werkdefinitie"], "{table}");
    assert!(lines[1].contains("a-meets.json") && lines[1].contains("✓ Meets"));
    // Held back by guidelines only: the werkdefinitie's own verdict beside it.
    let low = lines
        .iter()
        .find(|l| l.contains("b-low-business.json"))
        .unwrap();
    let cells: Vec<&str> = low
        .split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    assert_eq!(cells[1..3], ["✗ Does not meet", "✓ Meets"], "{table}");
    assert!(lines[1].contains("€1,200,000") && lines[1].contains("33.3%"));
    let typo = lines.iter().find(|l| l.contains("d-typo.json")).unwrap();
    assert!(
        typo.contains("Unreadable: partners[0].contributons: unknown field"),
        "{table}"
    );
    // The figures of readable lines end in the same column.
    let width = lines[0].chars().count();
    for line in &lines[1..4] {
        assert_eq!(line.chars().count(), width, "{table}");
    }
    let tally = lines.last().unwrap();
    assert!(tally.starts_with("5 files: 1 meets, "), "{table}");
    assert!(tally.ends_with(", 2 unreadable"), "{table}");
}

#[test]
fn exit_codes_follow_the_worst_file() {
    let dir = mixed_folder("exit");
    let file = |name: &str| dir.join(name).to_str().unwrap().to_string();
    let meets = file("a-meets.json");
    let empty = file("c-empty.json");
    let broken = file("e-broken.json");
    assert_eq!(cli(&["--summary", &meets, &meets]).status.code(), Some(0));
    assert_eq!(
        cli(&["--summary", "--csv", &meets, &empty]).status.code(),
        Some(1)
    );
    assert_eq!(
        cli(&["--summary", &meets, &empty, &broken]).status.code(),
        Some(2)
    );
    let missing = cli(&["--summary", "--csv", "no-such-plan.json"]);
    assert_eq!(missing.status.code(), Some(2));
    let rows = parse_csv(&String::from_utf8(missing.stdout).unwrap());
    assert_eq!(rows[1][0], "no-such-plan.json");
    assert_eq!(rows[1][1], "Onleesbaar");
    assert!(!rows[1][14].is_empty(), "the reason is given");
}

#[test]
fn file_names_are_quoted_and_never_run_as_formulas() {
    let dir = folder(
        "odd-names",
        &[("=cmd; a.json", EXAMPLE), ("-plan \"b\".json", EXAMPLE)],
    );
    let out = cli(&["--summary", "--csv", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let rows = parse_csv(&String::from_utf8(out.stdout).unwrap());
    let names: Vec<&str> = rows[1..].iter().map(|r| file_name(&r[0])).collect();
    assert_eq!(names, ["-plan \"b\".json", "=cmd; a.json"]);
    // The folder path comes first, so no cell starts with = + - @.
    assert!(rows
        .iter()
        .flatten()
        .all(|c| !c.starts_with(['=', '+', '-', '@'])));
    let only = cli(&["--summary", "--csv", "--", "-"]);
    assert_eq!(
        only.status.code(),
        Some(2),
        "stdin is empty here: unreadable"
    );
    let rows = parse_csv(&String::from_utf8(only.stdout).unwrap());
    assert_eq!(rows[1][0], "'-", "a lone dash is defused");
}

#[test]
fn wrong_combinations_of_options_exit_two_with_usage() {
    for args in [
        &["--csv", "examples/empty.json"][..],
        &["--summary", "--json", "examples/empty.json"],
        &["--summary"],
    ] {
        let out = cli(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8(out.stderr)
            .unwrap()
            .contains("Usage: centra-check"));
    }
    let empty = folder("no-json", &[("notes.txt", "x")]);
    let out = cli(&["--summary", empty.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("no .json files"));
}
