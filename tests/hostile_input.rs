//! Hostile input gets bounded work (issue 23): the limits of the format
//! are refused with their path and limit, work stays linear in the input
//! (a plan at every limit, an object of 200,000 keys), the CLI prints no
//! raw control character, and the CLI and the page take the same bytes.
//!
//! Timings here are generous bounds, unoptimised as `cargo test` builds:
//! only a quadratic blow-up breaks them (an object of 200,000 keys took
//! 49 s to refuse in a release build before). `make bench` measures.

use std::time::{Duration, Instant};

use centra_check::engine::synthetic::at_limits;
use centra_check::formats::proposal_file::{read_proposal, write_proposal};
use centra_check::{check_text, ReadError};

fn timed<T>(what: &str, bound: Duration, work: impl FnOnce() -> T) -> T {
    let started = Instant::now();
    let result = work();
    let took = started.elapsed();
    eprintln!("{what}: {took:?}");
    assert!(took < bound, "{what} took {took:?}, more than {bound:?}");
    result
}

#[test]
fn a_plan_at_every_limit_is_read_and_judged() {
    let text = write_proposal(&at_limits());
    let report = timed("read and judged", Duration::from_secs(60), || {
        check_text(&text)
    });
    let report = report.expect("a plan at the limits is within them");
    assert_eq!(report.criteria.len(), 6);
}

#[test]
fn an_object_of_200000_keys_is_refused_as_fast_as_it_is_read() {
    let keys: Vec<String> = (0..200_000).map(|i| format!("\"k{i}\":{i}")).collect();
    let text = format!(
        r#"{{"format":"centra-check/proposal","version":2,"partners":[{{"id":"p1","kind":"company",{}}}]}}"#,
        keys.join(",")
    );
    let error: ReadError = timed("refused", Duration::from_secs(20), || read_proposal(&text))
        .expect_err("unknown fields");
    assert_eq!(error.path, "partners[0].k0");
}

mod limits {
    use super::*;
    use centra_check::engine::problem::Problem;
    use centra_check::text::catalogue::read_error;
    use centra_check::Lang;
    use serde_json::{json, Value};

    fn plan(fields: Value) -> String {
        let mut plan = json!({ "format": "centra-check/proposal", "version": 2 });
        for (key, value) in fields.as_object().unwrap() {
            plan[key] = value.clone();
        }
        plan.to_string()
    }

    fn many(count: usize, item: impl Fn(usize) -> Value) -> Value {
        Value::Array((0..count).map(item).collect())
    }

    fn partner(i: usize) -> Value {
        json!({ "id": format!("p{i}"), "kind": "company" })
    }

    /// Refused with this path and, in Dutch, this reason.
    fn refused(text: &str, path: &str, nl: &str) -> ReadError {
        let error = read_proposal(text).expect_err(path);
        assert_eq!(error.path, path);
        assert!(matches!(error.problem, Problem::OverLimit(_)), "{error:?}");
        assert_eq!(read_error(&error, Lang::Nl), format!("{path}: {nl}"));
        error
    }

    #[test]
    fn each_list_one_over_its_limit_is_refused_with_its_path_and_limit() {
        let over = |count: usize, item: fn(usize) -> Value| many(count + 1, item);
        let error = refused(
            &plan(json!({ "activities": over(2_000, |i| json!({ "id": format!("a{i}") })) })),
            "activities",
            "meer dan 2.000 activiteiten",
        );
        assert_eq!(
            read_error(&error, Lang::En),
            "activities: more than 2,000 activities"
        );
        refused(
            &plan(json!({ "partners": over(5_000, partner) })),
            "partners",
            "meer dan 5.000 partners",
        );
        refused(
            &plan(json!({ "budget": over(50_000, |_| json!({})) })),
            "budget",
            "meer dan 50.000 begrotingsregels",
        );
        refused(
            &plan(json!({ "impact": over(500, |_| json!({ "group": "students" })) })),
            "impact",
            "meer dan 500 impactindicatoren",
        );
        refused(
            &plan(json!({ "centre": { "alliances": over(500, |_| json!("Netwerk")) } })),
            "centre.alliances",
            "meer dan 500 items",
        );
        refused(
            &plan(json!({ "centre": { "themes": over(500, |_| json!("high_tech")) } })),
            "centre.themes",
            "meer dan 500 items",
        );
        refused(
            &plan(
                json!({ "activities": [{ "id": "a1", "with": over(500, |_| json!("Lectoraat")) }] }),
            ),
            "activities[0].with",
            "meer dan 500 items",
        );
        refused(
            &plan(json!({
                "partners": [partner(1)],
                "activities": [{ "id": "a1", "partners": over(5_000, |_| json!("p1")) }],
            })),
            "activities[0].partners",
            "meer dan 5.000 partners",
        );
    }

    #[test]
    fn contributions_count_over_all_partners_together() {
        let contributions = |count| many(count, |_| json!({ "form": "cash", "amount": "1" }));
        let with = |first, second| {
            let mut a = partner(1);
            a["contributions"] = contributions(first);
            let mut b = partner(2);
            b["contributions"] = contributions(second);
            plan(json!({ "partners": [a, b] }))
        };
        assert!(
            read_proposal(&with(30_000, 20_000)).is_ok(),
            "exactly 50,000"
        );
        let error = refused(
            &with(30_000, 20_001),
            "partners[1].contributions",
            "meer dan 50.000 bijdragen (alle partners samen)",
        );
        assert_eq!(
            read_error(&error, Lang::En),
            "partners[1].contributions: more than 50,000 contributions (all partners together)"
        );
    }

    #[test]
    fn a_text_over_10000_characters_is_refused_wherever_it_stands() {
        let long = "x".repeat(10_001);
        refused(
            &plan(json!({ "centre": { "name": long } })),
            "centre.name",
            "meer dan 10.000 tekens",
        );
        // An amount given as text, and a choice: texts as well.
        let mut p = partner(1);
        p["contributions"] = json!([{ "form": "cash", "amount": long }]);
        refused(
            &plan(json!({ "partners": [p] })),
            "partners[0].contributions[0].amount",
            "meer dan 10.000 tekens",
        );
        refused(
            &plan(json!({ "partners": [{ "id": "p1", "kind": long }] })),
            "partners[0].kind",
            "meer dan 10.000 tekens",
        );
        // Characters, not bytes: 10,000 of four bytes each is a text.
        let rockets = "🚀".repeat(10_000);
        let read = read_proposal(&plan(json!({ "centre": { "name": rockets } }))).unwrap();
        assert_eq!(read.centre.name, rockets);
    }

    #[test]
    fn a_refusal_never_repeats_a_whole_key_or_value() {
        let key = "k".repeat(1_000_000);
        let error = read_proposal(&format!(
            r#"{{"format":"centra-check/proposal","version":2,"{key}":1}}"#
        ))
        .unwrap_err();
        assert_eq!(error.path, format!("{}…", "k".repeat(40)));
        let value = "v".repeat(9_000);
        let error = read_proposal(&plan(
            json!({ "partners": [{ "id": "p1", "kind": value }] }),
        ))
        .unwrap_err();
        let message = read_error(&error, Lang::Nl);
        assert!(message.len() < 400, "{message}");
        assert!(
            message.contains(&format!("‘{}…’", "v".repeat(40))),
            "{message}"
        );
    }
}

#[test]
fn a_stored_plan_over_a_limit_is_kept_aside_with_a_notice() {
    use centra_check::engine::model::{Activity, Proposal};
    use centra_check::formats::storage::{self, MemoryStore, Notice, Reason, SavedPlans};
    use centra_check::formats::storage::{KeyValue, STORAGE_KEY};
    use centra_check::Lang;

    let mut plan = Proposal::default();
    plan.centre.name = "Te groot".into();
    plan.activities = (0..2_001)
        .map(|i| Activity {
            id: format!("a{i}"),
            name: String::new(),
            goal: None,
            target: Default::default(),
            experiment: false,
            partners: Vec::new(),
            with: Vec::new(),
        })
        .collect();
    let mut plans = SavedPlans::new(Lang::Nl, 1);
    plans.update_active(plan, 1);
    let mut store = MemoryStore::default();
    store
        .set(STORAGE_KEY, &storage::stored_text(&plans))
        .unwrap();
    let opened = storage::open(&mut store, Lang::Nl, 2);
    let Some(Notice::KeptAside { reason, raw, .. }) = &opened.notice else {
        panic!("{:?}", opened.notice);
    };
    let Reason::Plan(error) = reason else {
        panic!("{reason:?}");
    };
    assert_eq!(error.path, "plans[0].proposal.activities");
    assert!(reason
        .message(Lang::Nl)
        .contains("meer dan 2.000 activiteiten"));
    assert!(!raw.is_empty(), "the text itself is offered");
    // What opens is a fresh plan, not the one over the limit.
    assert_eq!(opened.plans.plans().len(), 1);
    assert!(opened.plans.active().proposal.activities.is_empty());
}

mod cli {
    use std::path::{Path, PathBuf};
    use std::process::Command;

    use centra_check::formats::terminal::is_unsafe;
    use centra_check::session::{Msg, State};
    use centra_check::text::catalogue::read_error;
    use centra_check::Lang;

    fn run(args: &[&str]) -> (Option<i32>, String, String) {
        let out = Command::new(env!("CARGO_BIN_EXE_centra-check"))
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .expect("run centra-check");
        let text = |bytes: Vec<u8>| String::from_utf8(bytes).expect("UTF-8 output");
        (out.status.code(), text(out.stdout), text(out.stderr))
    }

    /// No character a terminal would obey: carriage returns only before a
    /// newline (CSV rows end so).
    fn assert_safe(what: &str, output: &str) {
        let mut chars = output.chars().peekable();
        while let Some(c) = chars.next() {
            let row_end = c == '\r' && chars.peek() == Some(&'\n');
            assert!(
                !is_unsafe(c) || row_end,
                "{what}: raw U+{:04X} in {output:?}",
                c as u32
            );
        }
    }

    fn hostile_dir() -> PathBuf {
        let dir = std::env::temp_dir().join(format!("centra-check-hostile-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    const ESCAPES: &str = "\u{1b}[2K\r\u{1b}]52;c;aGk=\u{7}\u{9b}31m\u{202e}\u{2066}\u{7f}";

    #[test]
    fn no_output_carries_a_raw_control_character_and_json_stays_exact() {
        let dir = hostile_dir();
        // A name that a finding repeats, in a file whose name carries them too.
        let name = format!("Bedrijf{ESCAPES}");
        let plan = serde_json::json!({
            "format": "centra-check/proposal",
            "version": 2,
            "centre": { "name": name },
            "partners": [{ "id": "p1", "name": name, "kind": "company" }],
        });
        let readable = dir.join(format!("plan{ESCAPES}.json"));
        std::fs::write(&readable, plan.to_string()).unwrap();
        // An unknown key with them, for the refusal's path.
        let refused = dir.join(format!("typo{ESCAPES}.json"));
        let key = format!("x{ESCAPES}");
        std::fs::write(
            &refused,
            serde_json::json!({ "format": "centra-check/proposal", "version": 2, key: 1 })
                .to_string(),
        )
        .unwrap();
        let (readable, refused) = (readable.to_str().unwrap(), refused.to_str().unwrap());
        let folder = dir.to_str().unwrap();
        for args in [
            vec![readable],
            vec![refused],
            vec![readable, refused],
            vec!["--summary", folder],
            vec!["--summary", "--csv", folder],
            vec!["--lang", "en", "--json", readable, refused],
            vec![&format!("--{ESCAPES}")],
        ] {
            let (_, stdout, stderr) = run(&args);
            assert_safe(&format!("{args:?} stdout"), &stdout);
            assert_safe(&format!("{args:?} stderr"), &stderr);
        }
        let (_, report, _) = run(&[readable]);
        assert!(report.contains("Bedrijf\\u{1b}[2K\\u{d}"), "{report}");
        let (_, errors, _) = run(&["--summary", folder]);
        assert!(errors.contains("Onleesbaar"), "{errors}");
        // The JSON reads back to the very name, escapes and all.
        let (_, json, _) = run(&["--json", readable]);
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        let message = value["criteria"][1]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["code"] == "C2_PARTNER_WITHOUT_CONTRIBUTION")
            .expect("the partner is named")["message"]
            .as_str()
            .unwrap()
            .to_string();
        assert!(message.contains(&name), "{message}");
    }

    /// `tests/encodings/`: `ok-*` files are read, `refused-*` are
    /// not; the browser test imports the same files (limits.test.mjs).
    fn encodings() -> Vec<PathBuf> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/encodings");
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .collect();
        files.sort();
        files
    }

    #[test]
    fn the_cli_and_the_page_take_and_refuse_the_same_bytes() {
        let files = encodings();
        assert!(files.len() >= 5, "{files:?}");
        for file in files {
            let name = file.file_name().unwrap().to_str().unwrap().to_string();
            let (code, _, stderr) = run(&[file.to_str().unwrap()]);
            // The page's import, as the session does it.
            let mut state = State::default();
            let bytes = std::fs::read(&file).unwrap();
            state.apply(
                Msg::Import {
                    file_name: name.clone(),
                    bytes,
                },
                1,
            );
            if name.starts_with("ok-") {
                // Read and judged (0 met, 1 not met); 2 is unreadable.
                assert!(matches!(code, Some(0 | 1)), "{name}: {code:?} {stderr}");
                assert_eq!(state.import_error, None, "{name}");
                assert_eq!(
                    state.proposal.centre.name,
                    "Centrum Slimme Maakindustrie Twente"
                );
            } else {
                assert_eq!(code, Some(2), "{name}");
                let error = state.import_error.expect(&name).error.expect("a reason");
                let reason = read_error(&error, Lang::Nl);
                assert!(
                    stderr.trim_end().ends_with(&format!(": {reason}")),
                    "{name}: {stderr} / {reason}"
                );
            }
        }
    }
}

mod form {
    use centra_check::engine::edit::{List, TextField};
    use centra_check::engine::limits;
    use centra_check::engine::synthetic::{proposal, Size};
    use centra_check::session::{Msg, State};
    use centra_check::Lang;

    #[test]
    fn the_form_adds_no_row_past_a_limit_and_keeps_texts_within_theirs() {
        let mut plan = proposal(Size {
            partners: 3,
            budget_lines: 10,
            activities: limits::ACTIVITIES,
        });
        plan.centre.alliances = vec![String::new(); limits::OTHER_LIST];
        let mut state = State::with_proposal(plan, 1);
        for list in [List::Activities, List::Alliances] {
            let before = list.len(&state.proposal);
            state.apply(Msg::Add { list }, 2);
            assert_eq!(list.len(&state.proposal), before, "{list:?} is full");
        }
        state.apply(Msg::Add { list: List::Budget }, 3);
        assert_eq!(
            state.proposal.budget.len(),
            11,
            "a list below its limit grows"
        );
        // The page's field stops at the limit; a longer text is cut there.
        let long = "é".repeat(limits::TEXT_CHARS + 5);
        state.apply(
            Msg::Text {
                field: TextField::CentreName,
                text: long,
            },
            4,
        );
        assert_eq!(
            state.proposal.centre.name.chars().count(),
            limits::TEXT_CHARS
        );
    }

    #[test]
    fn a_message_names_the_first_ten_and_counts_the_rest() {
        use centra_check::engine::report::{Finding, RowKind, RowName};
        let partner = |i: usize, name: &str| RowName::new(RowKind::Partner, i, name);
        let partners: Vec<RowName> = (1..=12).map(|i| partner(i, &format!("P{i}"))).collect();
        let finding = Finding::PartnersWithoutContribution { partners };
        let nl = Lang::Nl.texts().finding(&finding);
        assert!(
            nl.contains("partner ‘P9’, partner ‘P10’ en 2 andere."),
            "{nl}"
        );
        assert!(!nl.contains("P11"), "{nl}");
        let en = Lang::En.texts().finding(&finding);
        assert!(en.contains("partner ‘P10’ and 2 others."), "{en}");
        let three = Finding::PartnersWithoutContribution {
            partners: vec![partner(0, "A"), partner(1, "B"), partner(2, "C")],
        };
        assert!(Lang::Nl
            .texts()
            .finding(&three)
            .contains("partner ‘A’, partner ‘B’ en partner ‘C’."));
    }
}

#[test]
fn totals_per_activity_and_year_are_exact_and_linear_for_many_keys_in_no_order() {
    use centra_check::engine::model::{BudgetLine, Proposal};
    use centra_check::engine::totals::Totals;
    use rust_decimal::Decimal;
    use std::collections::HashMap;

    // 50,000 lines: 5,000 activity ids and 3,000 years, each named in a
    // scrambled order and many times, amounts with cents.
    let lines: Vec<BudgetLine> = (0..50_000u64)
        .map(|i| {
            let scrambled = (i * 7_919) % 50_000;
            BudgetLine {
                activity: Some(format!("a{}", scrambled % 5_000)),
                year: Some(1_000 + (scrambled % 3_000) as i32),
                amount: Some(Decimal::new((i % 997) as i64 * 101, 2)),
                ..BudgetLine::default()
            }
        })
        .collect();
    let mut per_activity: HashMap<String, Decimal> = HashMap::new();
    let mut per_year: HashMap<i32, Decimal> = HashMap::new();
    for line in &lines {
        *per_activity
            .entry(line.activity.clone().unwrap())
            .or_default() += line.amount.unwrap();
        *per_year.entry(line.year.unwrap()).or_default() += line.amount.unwrap();
    }
    let plan = Proposal {
        budget: lines.into(),
        ..Proposal::default()
    };
    let totals = timed("totals of 50,000 lines", Duration::from_secs(20), || {
        Totals::of(&plan).expect("no overflow")
    });
    assert_eq!(totals.per_activity.len(), 5_000);
    assert_eq!(totals.per_year.len(), 3_000);
    for (id, sum) in totals.per_activity.iter() {
        assert_eq!(per_activity[id], *sum, "{id}");
    }
    for (year, sum) in totals.per_year.iter() {
        assert_eq!(per_year[year], sum.costs, "{year}");
    }
    // Sorted, as the report lists them.
    let years: Vec<i32> = totals.per_year.iter().map(|(y, _)| *y).collect();
    assert!(years.windows(2).all(|w| w[0] < w[1]));
}
