//! A pasted text or a file's text into records of cells: the text of a
//! file's bytes, the separator, RFC 4180 quotes and line ends.

/// Why a pasted text gives no table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableError {
    /// A binary file (a spreadsheet's own format, an image): not text.
    NotText,
}

/// The text of a chosen CSV/TSV file: UTF-8 (its byte-order mark stays
/// for [`read_table`] to pass over), else Windows-1252, as Dutch Excel
/// saves "CSV (gescheiden door lijstscheidingsteken)". Bytes that are
/// neither stay visible as such, so a spreadsheet's own file is still seen
/// to be no text.
pub fn text_of_file(bytes: &[u8]) -> String {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return text.to_string();
    }
    // 0x80–0x9F differ from Latin-1; the five unassigned ones map to their
    // C1 control, as the WHATWG encoding does.
    const HIGH: &str = "€\u{81}‚ƒ„…†‡ˆ‰Š‹Œ\u{8d}Ž\u{8f}\u{90}‘’“”•–—˜™š›œ\u{9d}žŸ";
    bytes
        .iter()
        .map(|&byte| match byte {
            0x80..=0x9f => HIGH
                .chars()
                .nth(usize::from(byte - 0x80))
                .unwrap_or('\u{fffd}'),
            _ => char::from(byte),
        })
        .collect()
}

/// The records of a pasted text or a file, each a list of cells. Empty
/// lines stay, so a record's place is its line in the spreadsheet.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    pub records: Vec<Vec<String>>,
}

/// The separator of the first line: a tab, else `;`, else a comma that
/// does not stand between two digits (`150,000` is a number, `Naam,Soort`
/// two cells); none for a single column.
fn separator(text: &str) -> Option<u8> {
    let first = text.lines().next().unwrap_or("");
    if first.contains('\t') {
        return Some(b'\t');
    }
    if first.contains(';') {
        return Some(b';');
    }
    let bytes = first.as_bytes();
    let digit = |at: Option<&u8>| at.is_some_and(u8::is_ascii_digit);
    bytes
        .iter()
        .enumerate()
        .any(|(at, &b)| {
            b == b',' && !(at > 0 && digit(bytes.get(at - 1)) && digit(bytes.get(at + 1)))
        })
        .then_some(b',')
}

/// The text without its byte-order mark, and its separator; refused when
/// it is no text at all (a spreadsheet's own format, an image).
pub(super) fn body(text: &str) -> Result<(usize, Option<u8>), TableError> {
    if text.contains('\0') {
        return Err(TableError::NotText);
    }
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    Ok((start, separator(&text[start..])))
}

/// The record at byte `at` of `text`, moving `at` past it. Every sign that
/// ends or quotes a cell is ASCII, so the text is walked byte by byte and
/// each cell copied at once. A record of one empty cell is an empty line:
/// no cells.
pub(super) fn next_record(text: &str, at: &mut usize, separator: Option<u8>) -> Vec<String> {
    let bytes = text.as_bytes();
    let end = bytes.len();
    let mut record = Vec::new();
    while *at < end {
        let mut cell = String::new();
        if bytes[*at] == b'"' {
            *at += 1;
            // Up to the closing quote; `""` is a quote inside.
            loop {
                match bytes[*at..].iter().position(|&b| b == b'"') {
                    Some(quote) => {
                        cell.push_str(&text[*at..*at + quote]);
                        *at += quote + 1;
                        if bytes.get(*at) != Some(&b'"') {
                            break;
                        }
                        cell.push('"');
                        *at += 1;
                    }
                    None => {
                        cell.push_str(&text[*at..]);
                        *at = end;
                        break;
                    }
                }
            }
        }
        let stop = bytes[*at..]
            .iter()
            .position(|&b| Some(b) == separator || b == b'\n' || b == b'\r')
            .map_or(end, |p| *at + p);
        cell.push_str(&text[*at..stop]);
        record.push(cell);
        *at = stop;
        match bytes.get(stop) {
            Some(b'\r' | b'\n') => {
                *at += 1 + usize::from(bytes[stop] == b'\r' && bytes.get(stop + 1) == Some(&b'\n'));
                break;
            }
            Some(_) => {
                *at += 1;
                // A separator at the very end: one more, empty cell.
                if *at == end {
                    record.push(String::new());
                }
            }
            None => {}
        }
    }
    if record.len() == 1 && record[0].trim().is_empty() {
        record.clear();
    }
    record
}

/// The first record with a filled cell, from byte `at` on.
pub(super) fn first_record(text: &str, mut at: usize, separator: Option<u8>) -> Vec<String> {
    let mut first = Vec::new();
    while first.is_empty() && at < text.len() {
        first = next_record(text, &mut at, separator);
    }
    first
}

/// Reads a pasted text or a file's text into records, all at once.
pub fn read_table(text: &str) -> Result<Table, TableError> {
    let (mut at, separator) = body(text)?;
    let mut records = Vec::new();
    while at < text.len() {
        records.push(next_record(text, &mut at, separator));
    }
    Ok(Table { records })
}
