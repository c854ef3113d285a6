//! A small JSON reader and writer for the proposal file and the browser's
//! storage.
//!
//! Why not serde_json here: in the browser download, serde_json (with the
//! float formatting and parsing it brings) costs more than this whole
//! module, and the file format needs only a tree whose numbers keep their
//! exact text. Numbers are never converted to floats: `Number` holds the
//! text as written, validated against the JSON grammar. Object keys keep
//! their order. The CLI's report is still written with serde_json.

use std::fmt::{self, Write};

use crate::engine::order::sorted_order;

/// Nesting deeper than this is refused, so no input can exhaust the stack.
const MAX_DEPTH: usize = 128;

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Value>),
    Object(Map),
}

/// A JSON number as written, e.g. `1234.56` or `2.5e3`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Number(String);

impl Number {
    /// The number of a whole non-negative value, e.g. a version.
    pub fn from_u64(value: u64) -> Number {
        Number(value.to_string())
    }

    pub fn from_i64(value: i64) -> Number {
        Number(value.to_string())
    }

    pub fn as_u64(&self) -> Option<u64> {
        crate::engine::problem::whole_u64(&self.0)
    }
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Up to this many fields an object is searched in order, without an index.
const SMALL: usize = 16;

/// An object's fields in the order written. A repeated key keeps its first
/// place and its last value, as most JSON readers do.
///
/// A parsed object of many fields also holds their indices sorted by key: a key is
/// then found by binary search, and reading an object of n keys costs
/// n log n, never n² (an object of 200,000 keys is refused as fast as it
/// is read). The sort is the download's one copy (`engine::order`). An
/// object of a few fields, or one built or changed field by field (the
/// writers'), has no index and is searched in order.
#[derive(Clone, Debug, Default)]
pub struct Map(Box<Fields>);

/// Behind a box, so that a `Value` stays as small as a `String`: a plan's
/// million values would otherwise each carry the index's room.
#[derive(Clone, Debug, Default)]
struct Fields {
    entries: Vec<(String, Value)>,
    /// Indices into `entries` ordered by their keys, when it holds them all.
    sorted: Vec<usize>,
}

/// Equal fields in the same order, whether indexed or not.
impl PartialEq for Map {
    fn eq(&self, other: &Map) -> bool {
        self.0.entries == other.0.entries
    }
}

impl Map {
    pub fn new() -> Map {
        Map::default()
    }

    /// The fields as written, a repeated key in its first place with its
    /// last value; sorting once instead of a search per field.
    fn from_entries(mut entries: Vec<(String, Value)>) -> Map {
        // mutants: equivalent (`>`: each way builds the same map; the
        // search is quadratic for many fields, which hostile_input's
        // 200,000 keys, in the reader group, times)
        if entries.len() <= SMALL {
            // A few fields: a search each is as quick as an index.
            let mut at = 0;
            while at < entries.len() {
                match entries[..at]
                    .iter()
                    .position(|(key, _)| *key == entries[at].0)
                {
                    Some(first) => entries[first].1 = entries.remove(at).1,
                    None => at += 1,
                }
            }
            return Map(Box::new(Fields {
                entries,
                sorted: Vec::new(),
            }));
        }
        let by_key = |entries: &[(String, Value)]| {
            sorted_order(entries.len(), &|a, b| entries[a].0.cmp(&entries[b].0))
        };
        let mut sorted = by_key(&entries);
        // Equal keys come in file order: the first of a run takes each
        // later value in turn, and the later ones go.
        let mut keep = vec![true; entries.len()];
        let mut first = usize::MAX;
        for &at in &sorted {
            if first != usize::MAX && entries[at].0 == entries[first].0 {
                entries[first].1 = std::mem::replace(&mut entries[at].1, Value::Null);
                keep[at] = false;
            } else {
                first = at;
            }
        }
        if keep.contains(&false) {
            let mut index = 0;
            entries.retain(|_| {
                index += 1;
                keep[index - 1]
            });
            sorted = by_key(&entries);
        }
        Map(Box::new(Fields { entries, sorted }))
    }

    /// Where `key` is among the fields.
    fn position(&self, key: &str) -> Option<usize> {
        if self.0.sorted.len() == self.0.entries.len() {
            let at = self
                .0
                .sorted
                .binary_search_by(|&i| self.0.entries[i].0.as_str().cmp(key))
                .ok()?;
            Some(self.0.sorted[at])
        } else {
            self.0.entries.iter().position(|(k, _)| k == key)
        }
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        Some(&self.0.entries[self.position(key)?].1)
    }

    pub fn insert(&mut self, key: impl Into<String>, value: Value) {
        let key = key.into();
        match self.position(&key) {
            Some(at) => self.0.entries[at].1 = value,
            None => {
                self.0.sorted.clear();
                self.0.entries.push((key, value));
            }
        }
    }

    pub fn remove(&mut self, key: &str) -> Option<Value> {
        let at = self.position(key)?;
        self.0.sorted.clear();
        Some(self.0.entries.remove(at).1)
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.entries.iter().map(|(k, _)| k)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.0.entries.iter().map(|(k, v)| (k, v))
    }

    pub fn len(&self) -> usize {
        self.0.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.entries.is_empty()
    }
}

impl Value {
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(map) => map.get(key),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(n) => n.as_u64(),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    pub fn text(text: impl Into<String>) -> Value {
        Value::String(text.into())
    }

    /// JSON text with two-space indentation, as people read files.
    pub fn to_string_pretty(&self) -> String {
        let mut out = String::new();
        write_value(self, &mut out, Some(0));
        out
    }

    /// JSON text without any white space, for links and storage.
    pub fn to_string_compact(&self) -> String {
        let mut out = String::new();
        write_value(self, &mut out, None);
        out
    }

    /// [`Value::to_string_compact`], appended to `out`.
    pub fn write_compact(&self, out: &mut String) {
        write_value(self, out, None);
    }
}

impl From<&str> for Value {
    fn from(text: &str) -> Value {
        Value::String(text.to_string())
    }
}

impl From<String> for Value {
    fn from(text: String) -> Value {
        Value::String(text)
    }
}

impl From<bool> for Value {
    fn from(value: bool) -> Value {
        Value::Bool(value)
    }
}

/// Not JSON: where (1-based line and column) and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub line: usize,
    pub column: usize,
    pub detail: &'static str,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {} column {}",
            self.detail, self.line, self.column
        )
    }
}

/// Parses one JSON document; anything but white space after it is an error.
pub fn from_str(text: &str) -> Result<Value, SyntaxError> {
    let mut parser = Parser {
        text: text.as_bytes(),
        at: 0,
    };
    parser.skip_space();
    let value = parser.value(0)?;
    parser.skip_space();
    if parser.at < parser.text.len() {
        return Err(parser.error("trailing characters"));
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn error(&self, detail: &'static str) -> SyntaxError {
        let upto = &self.text[..self.at.min(self.text.len())];
        let line = 1 + upto.iter().filter(|&&b| b == b'\n').count();
        let line_start = upto.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
        // Columns count characters, not bytes.
        let column = 1 + String::from_utf8_lossy(&upto[line_start..]).chars().count();
        SyntaxError {
            line,
            column,
            detail,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn expect_word(&mut self, word: &[u8], value: Value) -> Result<Value, SyntaxError> {
        if self.text[self.at..].starts_with(word) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.error("expected a value"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        match self.peek() {
            None => Err(self.error("unexpected end of input")),
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.expect_word(b"true", Value::Bool(true)),
            Some(b'f') => self.expect_word(b"false", Value::Bool(false)),
            Some(b'n') => self.expect_word(b"null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("expected a value")),
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        self.at += 1;
        let mut fields = Vec::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Value::Object(Map::new()));
        }
        loop {
            self.skip_space();
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a field name"));
            }
            let key = self.string()?;
            self.skip_space();
            if self.peek() != Some(b':') {
                return Err(self.error("expected `:`"));
            }
            self.at += 1;
            self.skip_space();
            let value = self.value(depth + 1)?;
            fields.push((key, value));
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Value::Object(Map::from_entries(fields)));
                }
                _ => return Err(self.error("expected `,` or `}`")),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        self.at += 1;
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Value::Array(items));
        }
        loop {
            self.skip_space();
            items.push(self.value(depth + 1)?);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(Value::Array(items));
                }
                _ => return Err(self.error("expected `,` or `]`")),
            }
        }
    }

    fn number(&mut self) -> Result<Value, SyntaxError> {
        let start = self.at;
        let digits = |parser: &mut Self| {
            let from = parser.at;
            while matches!(parser.peek(), Some(b'0'..=b'9')) {
                parser.at += 1;
            }
            parser.at > from
        };
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        if self.peek() == Some(b'0') {
            self.at += 1;
        } else if !digits(self) {
            return Err(self.error("invalid number"));
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if !digits(self) {
                return Err(self.error("invalid number"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if !digits(self) {
                return Err(self.error("invalid number"));
            }
        }
        let text = std::str::from_utf8(&self.text[start..self.at]).expect("ASCII digits");
        Ok(Value::Number(Number(text.to_string())))
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let digits = self
            .text
            .get(self.at..self.at + 4)
            .ok_or_else(|| self.error("invalid escape"))?;
        let text = std::str::from_utf8(digits).map_err(|_| self.error("invalid escape"))?;
        let code = u32::from_str_radix(text, 16).map_err(|_| self.error("invalid escape"))?;
        self.at += 4;
        Ok(code)
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.at += 1; // the opening quote
        let mut out = String::new();
        loop {
            // Copy the plain run up to the next quote, backslash or control.
            let start = self.at;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.at += 1;
            }
            let run = std::str::from_utf8(&self.text[start..self.at])
                .map_err(|_| self.error("invalid UTF-8"))?;
            out.push_str(run);
            match self.peek() {
                None => return Err(self.error("unterminated string")),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escape = self
                        .peek()
                        .ok_or_else(|| self.error("unterminated string"))?;
                    self.at += 1;
                    match escape {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let first = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&first) {
                                // A surrogate pair: the low half must follow.
                                if !self.text[self.at..].starts_with(b"\\u") {
                                    return Err(self.error("unpaired surrogate"));
                                }
                                self.at += 2;
                                let second = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&second) {
                                    return Err(self.error("unpaired surrogate"));
                                }
                                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                            } else {
                                first
                            };
                            out.push(
                                char::from_u32(code)
                                    .ok_or_else(|| self.error("unpaired surrogate"))?,
                            );
                        }
                        _ => return Err(self.error("invalid escape")),
                    }
                }
                Some(_) => return Err(self.error("control character in string")),
            }
        }
    }
}

fn write_string(text: &str, out: &mut String) {
    out.push('"');
    for ch in text.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// `indent`: `Some(level)` for pretty output, `None` for compact.
fn write_value(value: &Value, out: &mut String, indent: Option<usize>) {
    let newline = |out: &mut String, level: usize| {
        out.push('\n');
        for _ in 0..level {
            out.push_str("  ");
        }
    };
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&n.0),
        Value::String(s) => write_string(s, out),
        Value::Array(items) if items.is_empty() => out.push_str("[]"),
        Value::Object(map) if map.is_empty() => out.push_str("{}"),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                if let Some(level) = indent {
                    newline(out, level + 1);
                }
                write_value(item, out, indent.map(|l| l + 1));
            }
            if let Some(level) = indent {
                newline(out, level);
            }
            out.push(']');
        }
        Value::Object(map) => {
            out.push('{');
            for (i, (key, item)) in map.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                if let Some(level) = indent {
                    newline(out, level + 1);
                }
                write_string(key, out);
                out.push(':');
                if indent.is_some() {
                    out.push(' ');
                }
                write_value(item, out, indent.map(|l| l + 1));
            }
            if let Some(level) = indent {
                newline(out, level);
            }
            out.push('}');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_json_allows_and_keeps_numbers_as_written() {
        let value = from_str(r#" {"a": [1, -0.50, 2.5e3, 1E-2], "b": "x\"\u00e9\ud83d\ude80", "c": null, "d": true} "#).unwrap();
        let numbers: Vec<String> = match value.get("a") {
            Some(Value::Array(items)) => items.iter().map(|n| n.to_string_compact()).collect(),
            other => panic!("{other:?}"),
        };
        assert_eq!(numbers, ["1", "-0.50", "2.5e3", "1E-2"]);
        assert_eq!(value.get("b").and_then(Value::as_str), Some("x\"é🚀"));
        assert!(value.get("c").is_some_and(Value::is_null));
        assert_eq!(value.get("d"), Some(&Value::Bool(true)));
    }

    #[test]
    fn refuses_what_json_does_not_allow_with_line_and_column() {
        for text in [
            "",
            "{",
            "[1,]",
            "{\"a\":1,}",
            "01",
            "1.",
            "-",
            "+1",
            ".5",
            "1e",
            "tru",
            "\"a",
            "\"\\x\"",
            "'a'",
            "{a:1}",
            "[1] 2",
            "\"\\ud800\"",
            "\"tab\there\"",
            "NaN",
        ] {
            assert!(from_str(text).is_err(), "{text:?} should be refused");
        }
        let error = from_str("{\n  \"format\": ,\n}").unwrap_err();
        assert_eq!((error.line, error.column), (2, 13));
    }

    #[test]
    fn deep_nesting_is_refused_not_a_stack_overflow() {
        let text = "[".repeat(100_000);
        assert_eq!(from_str(&text).unwrap_err().detail, "nested too deeply");
        // Objects count as arrays do: MAX_DEPTH levels are read, one more not.
        let nested =
            |levels: usize| format!("{}1{}", r#"{"a":"#.repeat(levels), "}".repeat(levels));
        assert!(from_str(&nested(MAX_DEPTH)).is_ok());
        assert_eq!(
            from_str(&nested(MAX_DEPTH + 1)).unwrap_err().detail,
            "nested too deeply"
        );
    }

    #[test]
    fn every_escape_is_read_and_only_control_characters_are_written_escaped() {
        let value = from_str(r#""a b\b\f\/\t""#).unwrap();
        assert_eq!(value.as_str(), Some("a b\u{8}\u{c}/\t"));
        // A space stays a space; U+001F is the last one escaped.
        assert_eq!(
            Value::from("a b\u{1f}").to_string_compact(),
            r#""a b\u001f""#
        );
    }

    #[test]
    fn objects_are_equal_only_with_the_same_fields_in_the_same_order() {
        let object = |text: &str| from_str(text).unwrap();
        assert_eq!(
            object(r#"{"a":1,"b":[2]}"#),
            object(r#"{ "a": 1, "b": [2] }"#)
        );
        assert_ne!(object(r#"{"a":1}"#), object(r#"{"a":2}"#));
        assert_ne!(object(r#"{"a":1}"#), object(r#"{"b":1}"#));
        assert_ne!(object(r#"{"a":1,"b":2}"#), object(r#"{"b":2,"a":1}"#));
    }

    #[test]
    fn writes_empty_lists_and_objects_on_one_line() {
        assert_eq!(
            from_str(r#"{"a":[],"b":{}}"#).unwrap().to_string_pretty(),
            "{\n  \"a\": [],\n  \"b\": {}\n}"
        );
    }

    #[test]
    fn writes_nested_values_one_level_deeper_each() {
        assert_eq!(
            from_str(r#"{"a":[{"b":[1]}]}"#).unwrap().to_string_pretty(),
            "{\n  \"a\": [\n    {\n      \"b\": [\n        1\n      ]\n    }\n  ]\n}"
        );
    }

    #[test]
    fn writes_what_it_reads() {
        let text = r#"{"z":"a\nb\u0001\"","a":[{},[],0.10,false],"m":{"k":null}}"#;
        let value = from_str(text).unwrap();
        assert_eq!(
            value.to_string_compact(),
            r#"{"z":"a\nb\u0001\"","a":[{},[],0.10,false],"m":{"k":null}}"#
        );
        assert_eq!(from_str(&value.to_string_pretty()).unwrap(), value);
        assert_eq!(
            from_str("{\"a\":[1,2]}").unwrap().to_string_pretty(),
            "{\n  \"a\": [\n    1,\n    2\n  ]\n}"
        );
    }

    #[test]
    fn a_repeated_key_keeps_its_place_and_its_last_value() {
        let value = from_str(r#"{"a":1,"b":2,"a":3}"#).unwrap();
        assert_eq!(value.to_string_compact(), r#"{"a":3,"b":2}"#);
        // Past the few fields searched in order, with the index.
        let fields: Vec<String> = (0..40)
            .map(|i| format!("\"k{}\":{i}", 39 - i % 20))
            .collect();
        let value = from_str(&format!("{{{}}}", fields.join(","))).unwrap();
        let Value::Object(map) = &value else { panic!() };
        assert_eq!(map.len(), 20);
        let keys: Vec<&str> = map.keys().map(String::as_str).collect();
        assert_eq!(keys[..3], ["k39", "k38", "k37"], "first places");
        assert_eq!(
            map.get("k39").and_then(Value::as_u64),
            Some(20),
            "last values"
        );
        assert_eq!(map.get("k20").and_then(Value::as_u64), Some(39));
        assert_eq!(map.get("k19"), None);
        // Changed field by field, it is still found.
        let mut map = map.clone();
        map.insert("new", Value::Null);
        assert_eq!(map.remove("k30").and_then(|v| v.as_u64()), Some(29));
        assert!(map.get("new").is_some() && map.get("k21").is_some() && map.get("k30").is_none());
    }
}
