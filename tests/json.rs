//! The small JSON module that reads every proposal file, saved plan and
//! share link: what it writes it reads back unchanged, and on any document
//! it accepts and refuses exactly what serde_json does, with the same values.

use centra_check::json::{self, Map, Number, Value};
use proptest::prelude::*;

fn case_count() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(600)
}

/// JSON number texts as a file may hold them: signs, fractions, exponents.
fn number_text() -> impl Strategy<Value = String> {
    (
        any::<bool>(),
        prop_oneof![Just("0".to_string()), "[1-9][0-9]{0,30}"],
        prop::option::of("[0-9]{1,30}"),
        prop::option::of(("[eE]", "[+-]?", "[0-9]{1,3}")),
    )
        .prop_map(|(minus, int, frac, exp)| {
            let mut text = String::new();
            if minus {
                text.push('-');
            }
            text.push_str(&int);
            if let Some(frac) = frac {
                text.push('.');
                text.push_str(&frac);
            }
            if let Some((e, sign, digits)) = exp {
                text.push_str(&e);
                text.push_str(&sign);
                text.push_str(&digits);
            }
            text
        })
}

/// Any text, with quotes, backslashes, control characters and astral planes.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,12}",
        "[\"\\\\/\u{0}-\u{1f}a-z\u{e9}\u{20ac}\u{1F600}]{0,12}",
    ]
}

fn any_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        number_text().prop_map(|text| json::from_str(&text).expect("a valid number")),
        any_text().prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((any_text(), inner), 0..6).prop_map(|fields| {
                let mut map = Map::new();
                for (key, value) in fields {
                    map.insert(key, value);
                }
                Value::Object(map)
            }),
        ]
    })
}

/// Ours as serde_json's tree, numbers by their exact text.
fn to_serde(value: &Value) -> serde_json::Value {
    match value {
        Value::Null => serde_json::Value::Null,
        Value::Bool(b) => serde_json::Value::Bool(*b),
        Value::Number(n) => {
            serde_json::Value::Number(serde_json::from_str(&n.to_string()).expect("number"))
        }
        Value::String(s) => serde_json::Value::String(s.clone()),
        Value::Array(items) => serde_json::Value::Array(items.iter().map(to_serde).collect()),
        Value::Object(map) => {
            serde_json::Value::Object(map.iter().map(|(k, v)| (k.clone(), to_serde(v))).collect())
        }
    }
}

/// A document as a person or another program may write it: the value with
/// random white space, then perhaps one character changed, cut or added.
fn document() -> impl Strategy<Value = String> {
    (
        any_value(),
        any::<bool>(),
        prop::option::of((any::<prop::sample::Index>(), 0u8..3, any::<char>())),
    )
        .prop_map(|(value, pretty, damage)| {
            let mut text = if pretty {
                value.to_string_pretty()
            } else {
                value.to_string_compact()
            };
            if let Some((at, how, ch)) = damage {
                let chars: Vec<char> = text.chars().collect();
                let at = at.index(chars.len() + 1);
                let mut damaged: Vec<char> = chars.clone();
                match how {
                    0 if at < chars.len() => {
                        damaged.remove(at);
                    }
                    1 if at < chars.len() => damaged[at] = ch,
                    _ => damaged.insert(at, ch),
                }
                text = damaged.into_iter().collect();
            }
            text
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(case_count()))]

    #[test]
    fn what_it_writes_it_reads_back_unchanged(value in any_value()) {
        prop_assert_eq!(&json::from_str(&value.to_string_compact()).unwrap(), &value);
        prop_assert_eq!(&json::from_str(&value.to_string_pretty()).unwrap(), &value);
    }

    #[test]
    fn it_accepts_and_reads_documents_as_serde_json_does(text in document()) {
        let ours = json::from_str(&text);
        let theirs = serde_json::from_str::<serde_json::Value>(&text);
        match (&ours, &theirs) {
            (Ok(ours), Ok(theirs)) => prop_assert_eq!(&to_serde(ours), theirs),
            (Err(_), Err(_)) => {}
            _ => prop_assert!(false, "{text:?}: ours {ours:?}, serde_json {theirs:?}"),
        }
    }
}

#[test]
fn nesting_up_to_the_limit_is_read_and_one_deeper_is_refused() {
    let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    assert!(json::from_str(&nested(129)).is_ok());
    let error = json::from_str(&nested(130)).unwrap_err();
    assert_eq!(error.detail, "nested too deeply");
    assert_eq!((error.line, error.column), (1, 130));
    assert_eq!(error.to_string(), "nested too deeply at line 1 column 130");
}

#[test]
fn a_syntax_error_names_its_line_and_column_in_characters() {
    let error = json::from_str("{\n  \"naam\": \"Één\",\n  \"x\": tru\n}").unwrap_err();
    assert_eq!((error.line, error.column), (3, 8));
    assert_eq!(error.to_string(), "expected a value at line 3 column 8");
}

#[test]
fn maps_count_their_fields_and_values_say_what_they_are() {
    let value = json::from_str(r#"{"a": null, "b": [], "c": {}}"#).unwrap();
    let Value::Object(map) = &value else {
        panic!("an object")
    };
    assert_eq!(map.len(), 3);
    assert!(!map.is_empty());
    assert!(Map::new().is_empty());
    assert_eq!(Map::new().len(), 0);
    assert!(value.get("a").unwrap().is_null());
    assert!(!value.get("b").unwrap().is_null());
    assert!(value.get("z").is_none());
    assert_eq!(Number::from_u64(7).as_u64(), Some(7));
    assert_eq!(Number::from_i64(-7).to_string(), "-7");
}
