//! Text for a terminal that cannot be spoofed: a plan's names, a file's
//! unknown key or a file name with `ESC [2K` could redraw the reviewer's
//! "Onleesbaar" line as "✓ Voldoet", OSC 52 could write the clipboard and
//! a bidi override could reverse a line. Everything the CLI prints passes
//! [`terminal_safe`] (its JSON [`json_safe`]), which shows such characters
//! as escapes instead.

use std::borrow::Cow;
use std::fmt::Write;

/// What must never reach a terminal raw: the C0 controls but tab and
/// newline, DEL, the C1 controls, and the bidi embeddings, overrides and
/// isolates (U+202A–U+202E, U+2066–U+2069).
pub fn is_unsafe(c: char) -> bool {
    matches!(c,
        '\0'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Replaces each unsafe character of `text` by `escape(c)`. A carriage
/// return right before a newline stays: it ends a CSV row and cannot
/// overwrite what was printed.
fn replace(text: &str, escape: fn(char, &mut String)) -> Cow<'_, str> {
    let escaped = |c: char, next: Option<char>| is_unsafe(c) && !(c == '\r' && next == Some('\n'));
    let mut chars = text.chars().peekable();
    let mut out: Option<String> = None;
    let mut at = 0;
    while let Some(c) = chars.next() {
        if escaped(c, chars.peek().copied()) {
            let out = out.get_or_insert_with(|| {
                let mut out = String::with_capacity(text.len() + 16);
                out.push_str(&text[..at]);
                out
            });
            escape(c, out);
        } else if let Some(out) = &mut out {
            out.push(c);
        }
        at += c.len_utf8();
    }
    out.map_or(Cow::Borrowed(text), Cow::Owned)
}

/// `text` with every unsafe character written as Rust writes it in a
/// string, `\u{1b}`; tab, newline and everything else unchanged.
pub fn terminal_safe(text: &str) -> Cow<'_, str> {
    replace(text, |c, out| {
        let _ = write!(out, "\\u{{{:x}}}", c as u32);
    })
}

/// JSON text with every unsafe character as a JSON escape, `\u001b`: it
/// reads back as exactly the same value (outside strings JSON has no such
/// characters, and serde_json already escapes the C0 controls).
pub fn json_safe(json: &str) -> Cow<'_, str> {
    replace(json, |c, out| {
        let _ = write!(out, "\\u{:04x}", c as u32);
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidi_overrides_are_escaped_and_the_rest_is_not() {
        assert_eq!(
            terminal_safe("a\u{1b}[2Kb\u{7}c\u{9b}d\u{202e}e\u{2066}f\r\0\u{7f}"),
            "a\\u{1b}[2Kb\\u{7}c\\u{9b}d\\u{202e}e\\u{2066}f\\u{d}\\u{0}\\u{7f}"
        );
        let plain = "Tab\there, newline\n, CSV\r\n, € 1.234, ‘Bakkerij’, 🚀, \u{a0}, \u{200f}";
        assert!(matches!(terminal_safe(plain), Cow::Borrowed(text) if text == plain));
        // Escaping twice changes nothing more.
        let once = terminal_safe("\u{1b}]52;c;aGk=\u{7}").into_owned();
        assert_eq!(terminal_safe(&once), once);
    }

    #[test]
    fn json_stays_the_same_json() {
        let value = serde_json::json!({ "name": "x\u{1b}[2K\u{9b}\u{202e}y\u{7f}" });
        let text = serde_json::to_string_pretty(&value).unwrap();
        let safe = json_safe(&text);
        assert!(!safe.chars().any(is_unsafe), "{safe}");
        assert!(
            safe.contains("\\u009b") && safe.contains("\\u202e"),
            "{safe}"
        );
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, value);
    }
}
