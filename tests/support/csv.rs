//! CSV read back as Dutch Excel reads it, for the tests of the CSV export
//! (src/formats/csv_export.rs) and of the reviewer's overview
//! (tests/summary.rs): one reader, so both check the same thing.
//!
//! Included by path: from tests/ as `mod support`, and from src/lib.rs
//! under `cfg(test)`.

#![allow(dead_code)] // not every test binary reads CSV

/// Reads CSV back as Excel does (`;`, RFC 4180 quotes, CRLF) after
/// checking the byte-order mark: the test's view of what the user sees.
pub fn parse_csv(csv: &str) -> Vec<Vec<String>> {
    let body = csv.strip_prefix('\u{feff}').expect("starts with a BOM");
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut chars = body.chars().peekable();
    let mut quoted = false;
    while let Some(ch) = chars.next() {
        match (quoted, ch) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') if cell.is_empty() => quoted = true,
            (false, ';') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "CR is always followed by LF");
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, '\n') => panic!("a bare LF outside quotes: {body:?}"),
            (false, c) => cell.push(c),
        }
    }
    assert!(
        cell.is_empty() && row.is_empty(),
        "the last row ends in CRLF"
    );
    rows
}
