//! Turns a profile file (`profiles/*.json`) into the Rust expression that
//! builds it: a `Profile { .. }` literal, so the app carries the norms as
//! values instead of a reader for them (the wasm drops about 2.6 KB
//! gzipped, issue 10). Its texts are `&'static str` and its norms a static
//! slice: the data sits in the binary as it is, with no copy made at start
//! (544 bytes less than `String`s and a `Vec`). A file that lacks a norm's
//! value, basis, source, Katapult's sentence or (for a guideline) the
//! reasoning stops the build and says where. Each norm also sets the
//! profile's field of the same name, so a norm missing, unknown, given
//! twice or of the wrong kind (a fraction for a count) is a compile error
//! naming it.
//!
//! Used by `build.rs`, and by `tests/profile_files.rs` (included by path).

use serde_json::Value;

/// `Profile { id, .., norms: &[Norm { .. }, ..], sector_target: .., .. }`
/// for one profile file, or what is wrong with it.
pub fn profile_expression(text: &str) -> Result<String, String> {
    let root: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    if text_at(&root, "format", "format")? != "centra-check/profile" {
        return Err("format: not a centra-check/profile".into());
    }
    let id = text_at(&root, "id", "id")?;
    let version = root
        .get("version")
        .and_then(Value::as_u64)
        .and_then(|v| u32::try_from(v).ok())
        .ok_or("version: missing")?;
    let applies_from = text_at(&root, "applies_from", "applies_from")?;
    let Some(Value::Array(items)) = root.get("norms") else {
        return Err("norms: missing".into());
    };
    let mut names: Vec<String> = Vec::new();
    let mut norms = String::new();
    let mut fields = String::new();
    for (index, item) in items.iter().enumerate() {
        let at = |key: &str| format!("norms[{index}].{key}");
        let name = text_at(item, "name", &at("name"))?;
        if names.contains(&name) {
            return Err(format!("{}: {name} twice", at("name")));
        }
        // The value as the report writes it, and as the rules use it.
        let (value, typed) = match item.get("value") {
            Some(Value::String(s)) if !s.trim().is_empty() => {
                let typed = number(s.trim())
                    .ok_or_else(|| format!("{}: not a number or fraction", at("value")))?;
                (s.clone(), typed)
            }
            Some(Value::Array(words)) if !words.is_empty() => {
                let words = words
                    .iter()
                    .map(Value::as_str)
                    .collect::<Option<Vec<&str>>>()
                    .ok_or_else(|| format!("{}: a list of words", at("value")))?;
                let typed = words
                    .iter()
                    .map(|word| format!("{:?}", word.trim().to_lowercase()))
                    .collect::<Vec<_>>()
                    .join(", ");
                (words.join(", "), format!("&[{typed}]"))
            }
            _ => return Err(format!("{}: missing", at("value"))),
        };
        let basis = text_at(item, "basis", &at("basis"))?;
        if !["werkdefinitie", "guideline"].contains(&basis.as_str()) {
            return Err(format!("{}: werkdefinitie or guideline", at("basis")));
        }
        let source = text_at(item, "source", &at("source"))?;
        if !["werkdefinitie", "overview"].contains(&source.as_str()) {
            return Err(format!("{}: werkdefinitie or overview", at("source")));
        }
        let quote = text_at(item, "quote", &at("quote"))?;
        let reasoning = match item.get("reasoning") {
            None | Some(Value::Null) if basis == "guideline" => {
                return Err(format!("{}: a guideline says why", at("reasoning")))
            }
            None | Some(Value::Null) => "None".to_string(),
            Some(reasoning) => format!(
                "Some(({:?}, {:?}))",
                text_at(reasoning, "nl", &at("reasoning.nl"))?,
                text_at(reasoning, "en", &at("reasoning.en"))?
            ),
        };
        // An unknown name is a variant that does not exist: a compile error
        // naming it.
        norms.push_str(&format!(
            "Norm {{ name: NormName::{}, value: {value:?}, basis: Basis::{}, \
             source: Source::{}, quote: {quote:?}, reasoning: {reasoning} }},\n",
            camel_case(&name),
            camel_case(&basis),
            camel_case(&source),
        ));
        fields.push_str(&format!("{name}: {typed},\n"));
        names.push(name);
    }
    Ok(format!(
        "Profile {{\nid: {id:?},\nversion: {version},\napplies_from: {applies_from:?},\n\
         norms: &[\n{norms}],\n{fields}}}"
    ))
}

/// A norm's number as Rust: `1/3` a `Fraction`, `4` a whole number that
/// fits a count or a decimal, `0.08` a decimal (exact: mantissa and scale).
/// A fraction over zero is no number: every share compared against it
/// would divide by zero.
fn number(text: &str) -> Option<String> {
    if let Some((numerator, denominator)) = text.split_once('/') {
        let denominator = denominator.trim();
        if denominator.bytes().all(|b| b == b'0' || b == b'.') {
            return None;
        }
        let (n, d) = (number(numerator.trim())?, number(denominator)?);
        return Some(format!("Fraction::new({n}, {d})"));
    }
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    match text.split_once('.') {
        None if digits(text) => Some(format!("Whole({}).into()", text.parse::<u32>().ok()?)),
        Some((whole, places)) if digits(whole) && digits(places) => {
            let mantissa: i64 = format!("{whole}{places}").parse().ok()?;
            Some(format!("Decimal::new({mantissa}, {})", places.len()))
        }
        _ => None,
    }
}

/// A non-empty text at `key`, or an error naming `path`.
fn text_at(value: &Value, key: &str, path: &str) -> Result<String, String> {
    match value.get(key).and_then(Value::as_str) {
        Some(s) if !s.trim().is_empty() => Ok(s.to_string()),
        _ => Err(format!("{path}: missing or empty")),
    }
}

/// `sector_target` → `SectorTarget`: the variant of an id.
fn camel_case(id: &str) -> String {
    id.split('_')
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}
