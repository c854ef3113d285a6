//! `centra-check [--json | --summary [--csv]] [--lang nl|en] FILE...`: the
//! reviewer's checker.
//!
//! Exit status: 0 when every file meets, 1 when any does not, 2 when a file
//! cannot be read (or the arguments are wrong); the reason goes to stderr.

use std::io::{Read, Write};
use std::process::ExitCode;

use centra_check::formats::proposal_file::text_of_bytes;
use centra_check::formats::report_file::{report_json, report_text};
use centra_check::formats::summary::{self, Entry};
use centra_check::formats::terminal::{json_safe, terminal_safe};
use centra_check::text::catalogue::{read_error, Lang};
use centra_check::{check_text, Status};

const USAGE: &str = "\
Usage: centra-check [--json] [--lang nl|en] FILE...
       centra-check --summary [--csv] [--lang nl|en] FILE|FOLDER...

Checks proposal files (spec/proposal-format.md) against Katapult's
Werkdefinitie Centra. Use - to read standard input.

  --json         print the report as JSON (format centra-check/report);
                 one object for one file, an array for several
  --summary      one line per file: verdict, the six statuses, total
                 costs, the three sector shares, errors and warnings;
                 a folder stands for the .json files in it
  --csv          with --summary: CSV for Dutch Excel (BOM, ';', decimal
                 comma), unreadable files listed with their reason
  --lang nl|en   language of the messages (default nl)
  -h, --help     show this help
  -V, --version  show the version

Exit status: 0 every file meets, 1 any file does not (partly, not met,
incomplete), 2 a file cannot be read or the arguments are wrong.";

struct Options {
    json: bool,
    summary: bool,
    csv: bool,
    lang: Lang,
    files: Vec<String>,
}

fn parse_args(args: impl Iterator<Item = String>) -> Result<Option<Options>, String> {
    let mut options = Options {
        json: false,
        summary: false,
        csv: false,
        lang: Lang::Nl,
        files: Vec::new(),
    };
    let mut args = args.peekable();
    let mut only_files = false;
    while let Some(arg) = args.next() {
        if only_files {
            options.files.push(arg);
            continue;
        }
        match arg.as_str() {
            "--json" => options.json = true,
            "--summary" => options.summary = true,
            "--csv" => options.csv = true,
            "--lang" => {
                let value = args.next().ok_or("--lang needs a value: nl or en")?;
                options.lang = Lang::from_id(&value)
                    .ok_or(format!("unknown language '{value}': use nl or en"))?;
            }
            "-h" | "--help" => return Ok(None),
            "-V" | "--version" => {
                println!("centra-check {}", env!("CARGO_PKG_VERSION"));
                std::process::exit(0);
            }
            "--" => only_files = true,
            other if other.starts_with("--lang=") => {
                let value = &other["--lang=".len()..];
                options.lang = Lang::from_id(value)
                    .ok_or(format!("unknown language '{value}': use nl or en"))?;
            }
            other if other.starts_with('-') && other != "-" => {
                return Err(format!("unknown option '{other}'"));
            }
            _ => options.files.push(arg),
        }
    }
    if options.files.is_empty() {
        return Err("no file given".into());
    }
    if options.csv && !options.summary {
        return Err("--csv goes with --summary".into());
    }
    if options.json && options.summary {
        return Err("--json and --summary: choose one".into());
    }
    Ok(Some(options))
}

fn read_input(file: &str) -> std::io::Result<Vec<u8>> {
    if file == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes)?;
        Ok(bytes)
    } else {
        std::fs::read(file)
    }
}

/// Reads and judges a file; its bytes are taken as the page takes them.
fn check_file(file: &str, lang: Lang) -> Result<centra_check::Report, String> {
    let bytes = read_input(file).map_err(|e| e.to_string())?;
    text_of_bytes(&bytes)
        .and_then(check_text)
        .map_err(|e| read_error(&e, lang))
}

/// Every text the checker prints goes out here: control characters and
/// bidi overrides escaped (`\u{1b}`), whatever a file or its name holds.
fn print(out: &mut impl Write, text: &str) {
    let _ = out.write_all(terminal_safe(text).as_bytes());
}

/// A line on stderr, escaped as [`print`] does.
fn complain(text: &str) {
    print(&mut std::io::stderr().lock(), &format!("{text}\n"));
}

/// `--summary`: the overview on stdout, the unreadable files on stderr too.
fn print_summary(options: &Options) -> ExitCode {
    let files = summary::expand_folders(&options.files);
    if files.is_empty() {
        complain(&format!(
            "centra-check: no .json files in {}",
            options.files.join(" ")
        ));
        return ExitCode::from(2);
    }
    let entries: Vec<Entry> = files
        .into_iter()
        .map(|file| Entry {
            result: check_file(&file, options.lang),
            file,
        })
        .collect();
    for entry in &entries {
        if let Err(reason) = &entry.result {
            complain(&format!("centra-check: {}: {reason}", entry.file));
        }
    }
    let output = if options.csv {
        summary::summary_csv(&entries, options.lang)
    } else {
        summary::summary_table(&entries, options.lang)
    };
    let mut stdout = std::io::stdout().lock();
    print(&mut stdout, &output);
    let _ = stdout.flush();
    if entries.iter().any(|e| e.result.is_err()) {
        ExitCode::from(2)
    } else if entries
        .iter()
        .all(|e| matches!(&e.result, Ok(r) if r.verdict == Status::Meets))
    {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn main() -> ExitCode {
    let options = match parse_args(std::env::args().skip(1)) {
        Ok(Some(options)) => options,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(problem) => {
            complain(&format!("centra-check: {problem}\n\n{USAGE}"));
            return ExitCode::from(2);
        }
    };
    if options.summary {
        return print_summary(&options);
    }
    let mut unreadable = false;
    let mut all_meet = true;
    let mut json_reports = Vec::new();
    let mut stdout = std::io::stdout().lock();
    for (index, file) in options.files.iter().enumerate() {
        let report = match check_file(file, options.lang) {
            Ok(report) => report,
            Err(reason) => {
                complain(&format!("centra-check: {file}: {reason}"));
                unreadable = true;
                continue;
            }
        };
        all_meet &= report.verdict == Status::Meets;
        if options.json {
            let mut value = report_json(&report, options.lang);
            if options.files.len() > 1 {
                value["file"] = serde_json::Value::String(file.clone());
            }
            json_reports.push(value);
        } else {
            if index > 0 {
                print(&mut stdout, "\n");
            }
            print(&mut stdout, &report_text(&report, options.lang, file));
        }
    }
    if options.json {
        let document = if options.files.len() == 1 {
            json_reports.pop().unwrap_or(serde_json::Value::Null)
        } else {
            serde_json::Value::Array(json_reports)
        };
        // A single unreadable file prints no JSON at all: stdout stays empty.
        if !document.is_null() {
            // Exact JSON, with what a terminal must not see as JSON escapes.
            let text = serde_json::to_string_pretty(&document).expect("JSON");
            let _ = writeln!(stdout, "{}", json_safe(&text));
        }
    }
    let _ = stdout.flush();
    if unreadable {
        ExitCode::from(2)
    } else if all_meet {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
