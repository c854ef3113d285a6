//! Centra-check's engine for JavaScript: `check(proposal, { lang })` and
//! `read(text, { lang })`, with plain JavaScript objects in and out.
//!
//! Objects cross the boundary with serde-wasm-bindgen. A proposal object
//! becomes JSON text and goes through the very reader that reads files
//! (`check_text`), so an object is refused exactly where and why a file
//! with the same content would be, and the report is `report_json`, the
//! same value `centra-check --json` prints. The public types and the
//! loading are in `js/index.js` and `js/index.d.ts`.

use std::cell::RefCell;
use std::fmt;

use centra_check::check_text;
use centra_check::engine::problem::ReadError;
use centra_check::formats::proposal_file::{proposal_to_value, read_proposal};
use centra_check::formats::report_file::report_json;
use centra_check::text::catalogue::{read_error, Lang};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use serde_json::{json, Value};
use wasm_bindgen::prelude::*;

/// Talc instead of dlmalloc, as in the page: a smaller module.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// As deep as the file reader allows; a cycle in an object ends here too.
const MAX_DEPTH: usize = 128;

/// Judges a proposal: an object in the file's shape, or a file's text.
/// Returns the report (`centra-check --json` for one file); throws a
/// `CentraCheckError` with `path`, `problem` and `message` when the
/// proposal cannot be read.
#[wasm_bindgen(skip_typescript)]
pub fn check(proposal: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let lang = lang_option(&options)?;
    let text = match proposal.as_string() {
        Some(text) => text,
        None => object_to_json(proposal, lang)?,
    };
    match check_text(&text) {
        Ok(report) => to_js(&report_json(&report, lang)),
        Err(error) => Err(error_object(
            &error.path,
            &problem_text(&error, lang),
            &read_error(&error, lang),
        )),
    }
}

/// Reads a proposal file's text: `{ ok: true, proposal }` with the
/// proposal as the file format writes it (money as decimal strings), or
/// `{ ok: false, error: { path, problem, message } }`.
#[wasm_bindgen(skip_typescript)]
pub fn read(text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let lang = lang_option(&options)?;
    let Some(text) = text.as_string() else {
        return Err(js_sys::TypeError::new(
            "centra-check: read(text) needs the file's text, a string",
        )
        .into());
    };
    let result = match read_proposal(&text) {
        Ok(proposal) => {
            let file: Value =
                serde_json::from_str(&proposal_to_value(&proposal).to_string_compact())
                    .expect("the writer writes JSON");
            json!({ "ok": true, "proposal": file })
        }
        Err(error) => json!({
            "ok": false,
            "error": {
                "path": error.path,
                "problem": problem_text(&error, lang),
                "message": read_error(&error, lang),
            }
        }),
    };
    to_js(&result)
}

fn problem_text(error: &ReadError, lang: Lang) -> String {
    lang.texts().problem(&error.problem)
}

/// `{ lang: "nl" | "en" }`, optional; anything else is a RangeError.
fn lang_option(options: &JsValue) -> Result<Lang, JsValue> {
    if options.is_undefined() || options.is_null() {
        return Ok(Lang::Nl);
    }
    let value = js_sys::Reflect::get(options, &"lang".into()).unwrap_or(JsValue::UNDEFINED);
    if value.is_undefined() {
        return Ok(Lang::Nl);
    }
    value
        .as_string()
        .and_then(|id| Lang::from_id(&id))
        .ok_or_else(|| {
            js_sys::RangeError::new(&format!(
                "centra-check: unknown language {}: use \"nl\" or \"en\"",
                value
                    .as_string()
                    .map_or("(not a string)".into(), |s| format!("\"{s}\""))
            ))
            .into()
        })
}

/// An `Error` named `CentraCheckError` carrying `path` and `problem`.
fn error_object(path: &str, problem: &str, message: &str) -> JsValue {
    let error = js_sys::Error::new(message);
    error.set_name("CentraCheckError");
    let _ = js_sys::Reflect::set(&error, &"path".into(), &path.into());
    let _ = js_sys::Reflect::set(&error, &"problem".into(), &problem.into());
    error.into()
}

/// Plain values (not JSON-able in a file: functions, symbols, Sets,
/// BigInts beyond 64 bits, typed arrays) and nesting deeper than a file
/// may have are refused here, with the path where they were met.
fn object_to_json(proposal: JsValue, lang: Lang) -> Result<String, JsValue> {
    let conversion = Conversion::default();
    let seed = JsonSeed {
        conversion: &conversion,
        path: String::new(),
        depth: 0,
    };
    match seed.deserialize(serde_wasm_bindgen::Deserializer::from(proposal)) {
        Ok(value) => Ok(serde_json::to_string(&value).expect("a JSON tree")),
        Err(_) => {
            let path = conversion.failed_at.borrow().clone().unwrap_or_default();
            let too_deep = *conversion.too_deep.borrow();
            let problem = match (lang, too_deep) {
                (Lang::Nl, false) => "geen JSON-waarde (een functie, symbool, Set, typed array of te grote BigInt kan niet in een voorstel staan)",
                (Lang::En, false) => "not a JSON value (a function, symbol, Set, typed array or oversized BigInt cannot be part of a proposal)",
                (Lang::Nl, true) => "te diep genest (verwijst het object naar zichzelf?)",
                (Lang::En, true) => "nested too deeply (does the object refer to itself?)",
            };
            let message = if path.is_empty() {
                problem.to_string()
            } else {
                format!("{path}: {problem}")
            };
            Err(error_object(&path, problem, &message))
        }
    }
}

/// What went wrong while turning a JavaScript value into JSON: the path
/// of the innermost value that failed (the first one noted).
#[derive(Default)]
struct Conversion {
    failed_at: RefCell<Option<String>>,
    too_deep: RefCell<bool>,
}

impl Conversion {
    fn note(&self, path: &str) {
        self.failed_at
            .borrow_mut()
            .get_or_insert_with(|| path.to_string());
    }
}

/// One value at a path, as the reader names paths: `partners[2].name`.
struct JsonSeed<'c> {
    conversion: &'c Conversion,
    path: String,
    depth: usize,
}

impl<'c> JsonSeed<'c> {
    fn child(&self, path: String) -> JsonSeed<'c> {
        JsonSeed {
            conversion: self.conversion,
            path,
            depth: self.depth + 1,
        }
    }
}

impl<'de> DeserializeSeed<'de> for JsonSeed<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        let conversion = self.conversion;
        let path = self.path.clone();
        if self.depth > MAX_DEPTH {
            *conversion.too_deep.borrow_mut() = true;
            conversion.note(&path);
            return Err(de::Error::custom("nested too deeply"));
        }
        deserializer
            .deserialize_any(self)
            .inspect_err(|_| conversion.note(&path))
    }
}

impl<'de> Visitor<'de> for JsonSeed<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_bool<E>(self, value: bool) -> Result<Value, E> {
        Ok(Value::Bool(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    /// A JavaScript number that is not a safe integer. Its text is the
    /// shortest decimal that is exactly this double (as `String(n)` in
    /// JavaScript gives it), which the reader then reads exactly: `0.1`
    /// stays 0.1. NaN and the infinities become text the reader refuses
    /// as "not a number" at their path, as it would in a file.
    fn visit_f64<E>(self, value: f64) -> Result<Value, E> {
        Ok(match serde_json::Number::from_f64(value) {
            Some(number) => Value::Number(number),
            None if value.is_nan() => Value::String("NaN".into()),
            None if value > 0.0 => Value::String("Infinity".into()),
            None => Value::String("-Infinity".into()),
        })
    }

    fn visit_str<E>(self, value: &str) -> Result<Value, E> {
        Ok(Value::String(value.to_string()))
    }

    fn visit_string<E>(self, value: String) -> Result<Value, E> {
        Ok(Value::String(value))
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        self.deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) =
            seq.next_element_seed(self.child(format!("{}[{}]", self.path, items.len())))?
        {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = serde_json::Map::new();
        while let Some(key) = map
            .next_key::<String>()
            .inspect_err(|_| self.conversion.note(&self.path))?
        {
            let path = if self.path.is_empty() {
                key.clone()
            } else {
                format!("{}.{key}", self.path)
            };
            let value = map.next_value_seed(self.child(path))?;
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }
}

/// A JSON tree for serde-wasm-bindgen. serde_json's own `Serialize`
/// cannot be used: with `arbitrary_precision` it writes each number as a
/// private one-field struct, which would arrive as an object. The report's
/// numbers are whole (version, counts); money is always a string.
struct Plain<'a>(&'a Value);

impl Serialize for Plain<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Value::Null => serializer.serialize_unit(),
            Value::Bool(b) => serializer.serialize_bool(*b),
            Value::Number(n) => match (n.as_u64(), n.as_i64()) {
                (Some(u), _) => serializer.serialize_u64(u),
                (None, Some(i)) => serializer.serialize_i64(i),
                (None, None) => serializer.serialize_f64(n.as_f64().unwrap_or(f64::NAN)),
            },
            Value::String(s) => serializer.serialize_str(s),
            Value::Array(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(&Plain(item))?;
                }
                seq.end()
            }
            Value::Object(fields) => {
                let mut map = serializer.serialize_map(Some(fields.len()))?;
                for (key, value) in fields {
                    map.serialize_entry(key, &Plain(value))?;
                }
                map.end()
            }
        }
    }
}

/// Plain objects and arrays (not `Map`s), `null` for null.
fn to_js(value: &Value) -> Result<JsValue, JsValue> {
    Plain(value)
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(JsValue::from)
}
