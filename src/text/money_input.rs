//! Reading numbers as a Dutch or English spreadsheet user types them into
//! a form field: `€ 1.234,56`, `1234,56`, `1.234`, `150,000`, `1,234.56`,
//! `1234.56`, `1 234`, `25,-`. The page's language does not matter: a
//! number reads the same in either.
//!
//! The file format has one strict notation (`1234.56`, see
//! `proposal_file::parse_decimal`); people do not. This module turns what
//! was typed into that notation and then into an exact `Decimal` (never a
//! float), and says how it read the text when a reader could have meant
//! something else. It knows nothing of the browser, so it is tested natively.
//!
//! The rules, in order:
//! - Spaces (also non-breaking ones) are ignored; money may start with `€`
//!   or `EUR` and end with `,-` or `,--` ("25,-" is 25 euros).
//! - With both `.` and `,`, the last one is the decimal separator and the
//!   other groups thousands (`1.234,56`; English `1,234.56` is read too, with
//!   a note).
//! - A lone separator (`.` or `,`) followed by exactly three digits, after
//!   one to three digits that do not start with 0, groups thousands: `1.234`
//!   and `150,000` are 1234 and 150000, with the note "gelezen als 150.000".
//!   Nobody writes an amount with three decimals, and reading an English
//!   `150,000` as 150 would be a silent, costly misreading.
//! - Otherwise a lone comma or dot is the decimal separator (`1234,56`,
//!   `12,5`, `1234.5`, `0,125`).
//! - Several commas (and no dot) are refused; several dots group thousands
//!   (`1.234.567`).
//! - Thousands groups must have three digits (`1.23.4` is refused).
//! - Negative values and more than 28 significant digits are refused.

use rust_decimal::Decimal;

use crate::engine::edit::NumberKind;
use crate::engine::problem::{parse_decimal, Problem};
use crate::text::display::number;
use crate::text::lang::Lang;

/// Why typed text is not a number we can use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputError {
    /// Letters or other signs that are no part of a number.
    NotANumber,
    Negative,
    /// More than 28 significant digits: too large or too precise to keep exactly.
    TooManyDigits,
    /// Thousands separators not in groups of three (`1.23.4`, `12.34,5`).
    MisplacedSeparator,
    /// More than one decimal comma (`1,2,3`, `1.234,5,6`).
    SeveralDecimalSeparators,
    /// More than one decimal point after English grouping (`1,234.5.6`).
    SeveralDecimalPoints,
    /// A year or a number of years must be whole (`2027`, `4`).
    NotAWholeNumber,
    /// The value reads, but totals with it would not fit in an exact decimal.
    TotalTooLarge,
}

impl InputError {
    /// What to show at the field (from the catalogue).
    pub fn text(self, lang: Lang) -> &'static str {
        lang.texts().input_error(self)
    }
}

/// How an ambiguous text was read, to show beside the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadNote {
    /// A lone dot before three digits, taken as a thousands separator.
    DotAsThousands(Decimal),
    /// A lone comma before three digits, taken as a thousands separator
    /// (`150,000` as an English spreadsheet writes it).
    CommaAsThousands(Decimal),
    /// English notation, commas grouping thousands and a decimal point.
    EnglishNotation(Decimal),
}

impl ReadNote {
    pub fn value(self) -> Decimal {
        match self {
            ReadNote::DotAsThousands(value)
            | ReadNote::CommaAsThousands(value)
            | ReadNote::EnglishNotation(value) => value,
        }
    }

    /// "gelezen als 150.000" / "read as 150,000": the exact value as the
    /// page writes every number, grouped, with all its decimals.
    pub fn text(self, lang: Lang) -> String {
        let value = self.value().normalize();
        lang.texts()
            .read_note(self, &number(value, value.scale(), lang))
    }
}

/// A number read from a field: its exact value and, when the text could be
/// read two ways, how it was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reading {
    pub value: Decimal,
    pub note: Option<ReadNote>,
}

/// Reads a field of `kind`; an empty field is `Ok(None)` (not filled in).
pub fn read_number(text: &str, kind: NumberKind) -> Result<Option<Reading>, InputError> {
    match kind {
        NumberKind::Money => read_money(text),
        NumberKind::Quantity => read_quantity(text),
        NumberKind::Whole => read_whole(text).map(|whole| {
            whole.map(|value| Reading {
                value: Decimal::from(value),
                note: None,
            })
        }),
    }
}

/// Reads an amount of money; an empty field is `Ok(None)`.
pub fn read_money(text: &str) -> Result<Option<Reading>, InputError> {
    let compact = without_spaces(text);
    let mut rest = compact.as_str();
    // The sign before (`€ 150.000`) or after (`150.000 €`, as some
    // spreadsheets show currency), then the dash of whole euros.
    for sign in ["€", "EUR", "eur", "Eur"] {
        if let Some(stripped) = rest.strip_prefix(sign).or_else(|| rest.strip_suffix(sign)) {
            rest = stripped;
            break;
        }
    }
    for suffix in [",--", ",-", ".--", ".-"] {
        if let Some(stripped) = rest.strip_suffix(suffix) {
            rest = stripped;
            break;
        }
    }
    // Only a currency sign leaves `rest` empty: nothing typed yet worth a
    // complaint, and `read_decimal` reads an empty text as not filled in.
    read_decimal(rest)
}

/// Reads hours, a count, a baseline or a target; an empty field is `Ok(None)`.
pub fn read_quantity(text: &str) -> Result<Option<Reading>, InputError> {
    read_decimal(&without_spaces(text))
}

/// Reads a year or a number of years; an empty field is `Ok(None)`.
pub fn read_whole(text: &str) -> Result<Option<u32>, InputError> {
    let compact = without_spaces(text);
    if compact.is_empty() {
        return Ok(None);
    }
    if compact.starts_with('-') {
        return Err(InputError::Negative);
    }
    if !compact.bytes().all(|b| b.is_ascii_digit()) {
        return Err(if compact.bytes().any(|b| b.is_ascii_digit()) {
            InputError::NotAWholeNumber
        } else {
            InputError::NotANumber
        });
    }
    compact
        .parse::<u32>()
        .map(Some)
        .map_err(|_| InputError::TooManyDigits)
}

/// The text a field shows for a value the user has not typed (a loaded
/// example, an import), and a CSV cell holds: exact, ungrouped, with a
/// decimal comma in either language, so that reading it back gives the
/// same value without a note. Three decimals after at most three digits
/// get a fourth, a zero (`1,1250`), as `1,125` would read as 1125.
pub fn edit_text(value: Decimal) -> String {
    let mut text = value.normalize().to_string().replace('.', ",");
    if matches!(text.split_once(','), Some((int, frac)) if frac.len() == 3 && int.len() <= 3 && !int.starts_with('0'))
    {
        text.push('0');
    }
    text
}

fn without_spaces(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{202f}' && *c != '\u{a0}')
        .collect()
}

fn read_decimal(text: &str) -> Result<Option<Reading>, InputError> {
    if text.is_empty() {
        return Ok(None);
    }
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    if unsigned.is_empty()
        || !unsigned
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return Err(InputError::NotANumber);
    }
    if !unsigned.chars().any(|c| c.is_ascii_digit()) {
        return Err(InputError::NotANumber);
    }
    let (canonical, ambiguity) = canonical(unsigned)?;
    if negative {
        return Err(InputError::Negative);
    }
    // The canonical text has no sign, so the reader never finds it negative.
    let value = parse_decimal(&canonical).map_err(|problem| match problem {
        Problem::TooManyDigits => InputError::TooManyDigits,
        _ => InputError::NotANumber,
    })?;
    let note = ambiguity.map(|how| match how {
        Ambiguity::Thousands('.') => ReadNote::DotAsThousands(value),
        Ambiguity::Thousands(_) => ReadNote::CommaAsThousands(value),
        Ambiguity::EnglishNotation => ReadNote::EnglishNotation(value),
    });
    Ok(Some(Reading { value, note }))
}

enum Ambiguity {
    /// A lone separator (this one) before three digits, read as grouping.
    Thousands(char),
    EnglishNotation,
}

/// Turns digits with `.` and `,` into the file notation (`1234.56`).
fn canonical(text: &str) -> Result<(String, Option<Ambiguity>), InputError> {
    let dots = text.matches('.').count();
    let commas = text.matches(',').count();
    match (dots, commas) {
        (0, 0) => Ok((text.to_string(), None)),
        // mutants: equivalent — without this arm the Dutch branch below refuses several commas alike.
        (0, 2..) => Err(InputError::SeveralDecimalSeparators),
        (0, 1) | (1, 0) => {
            let separator = if commas == 1 { ',' } else { '.' };
            let (int_part, frac_part) = text.split_once(separator).unwrap_or((text, ""));
            let groups_thousands = frac_part.len() == 3
                && (1..=3).contains(&int_part.len())
                && !int_part.starts_with('0');
            if groups_thousands {
                Ok((
                    format!("{int_part}{frac_part}"),
                    Some(Ambiguity::Thousands(separator)),
                ))
            } else {
                Ok((format!("{int_part}.{frac_part}"), None))
            }
        }
        (_, 0) => Ok((grouped_integer(text, '.')?, None)),
        _ => {
            let last_dot = text.rfind('.').unwrap_or(0);
            let last_comma = text.rfind(',').unwrap_or(0);
            // mutants: equivalent — a comma and a dot never share a place, so `>=` reads the same.
            if last_comma > last_dot {
                // Dutch: 1.234.567,89
                if commas > 1 {
                    return Err(InputError::SeveralDecimalSeparators);
                }
                let (int_part, frac_part) = text.split_at(last_comma);
                let int_digits = grouped_integer(int_part, '.')?;
                Ok((format!("{int_digits}.{}", &frac_part[1..]), None))
            } else {
                // English: 1,234,567.89
                if dots > 1 {
                    return Err(InputError::SeveralDecimalPoints);
                }
                let (int_part, frac_part) = text.split_at(last_dot);
                let int_digits = grouped_integer(int_part, ',')?;
                Ok((
                    format!("{int_digits}.{}", &frac_part[1..]),
                    Some(Ambiguity::EnglishNotation),
                ))
            }
        }
    }
}

/// `1.234.567` → `1234567`, refusing groups that are not three digits.
fn grouped_integer(text: &str, separator: char) -> Result<String, InputError> {
    let groups: Vec<&str> = text.split(separator).collect();
    let first_ok = (1..=3).contains(&groups[0].len()) && !groups[0].starts_with('0');
    let rest_ok = groups[1..].iter().all(|group| group.len() == 3);
    if !first_ok || !rest_ok || groups.iter().any(|g| g.contains(['.', ','])) {
        return Err(InputError::MisplacedSeparator);
    }
    Ok(groups.concat())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap()
    }

    fn money(text: &str) -> Decimal {
        read_money(text)
            .unwrap_or_else(|e| panic!("{text:?}: {e:?}"))
            .unwrap_or_else(|| panic!("{text:?} read as empty"))
            .value
    }

    fn note(text: &str) -> Option<ReadNote> {
        read_money(text).unwrap().unwrap().note
    }

    #[test]
    fn dutch_notation_with_euro_sign_and_grouping() {
        assert_eq!(money("€ 1.234,56"), d("1234.56"));
        assert_eq!(money("€1.234,56"), d("1234.56"));
        assert_eq!(money("EUR 1.234,56"), d("1234.56"));
        assert_eq!(money("1.234.567,8"), d("1234567.8"));
        assert_eq!(note("€ 1.234,56"), None);
    }

    #[test]
    fn a_comma_is_the_decimal_separator() {
        assert_eq!(money("1234,56"), d("1234.56"));
        assert_eq!(money("0,5"), d("0.5"));
        assert_eq!(money(",5"), d("0.5"));
        assert_eq!(note("1234,56"), None);
    }

    #[test]
    fn a_lone_dot_before_three_digits_groups_thousands_with_a_note() {
        assert_eq!(money("1.234"), d("1234"));
        assert_eq!(money("150.000"), d("150000"));
        assert_eq!(note("1.234"), Some(ReadNote::DotAsThousands(d("1234"))));
        assert_eq!(
            note("1.234").unwrap().text(Lang::Nl),
            "gelezen als 1.234 (punt als duizendtalteken)"
        );
    }

    #[test]
    fn a_lone_dot_before_other_than_three_digits_is_a_decimal_point() {
        assert_eq!(money("1234.56"), d("1234.56"));
        assert_eq!(money("12.5"), d("12.5"));
        assert_eq!(money("1234.567"), d("1234.567"));
        assert_eq!(money("0.005"), d("0.005"));
        assert_eq!(note("1234.56"), None);
    }

    #[test]
    fn several_dots_group_thousands() {
        assert_eq!(money("1.234.567"), d("1234567"));
        assert_eq!(note("1.234.567"), None);
        assert_eq!(read_money("1.23.456"), Err(InputError::MisplacedSeparator));
        assert_eq!(
            read_money("1.2345.678"),
            Err(InputError::MisplacedSeparator)
        );
        assert_eq!(
            read_money("1234.567.890"),
            Err(InputError::MisplacedSeparator)
        );
    }

    #[test]
    fn spaces_are_ignored() {
        assert_eq!(money(" 1 234 567 "), d("1234567"));
        assert_eq!(money("€\u{a0}48\u{202f}000"), d("48000"));
    }

    #[test]
    fn english_notation_is_read_with_a_note() {
        assert_eq!(money("1,234.56"), d("1234.56"));
        assert_eq!(
            note("1,234.56"),
            Some(ReadNote::EnglishNotation(d("1234.56")))
        );
        assert_eq!(
            note("1,234.56").unwrap().text(Lang::En),
            "read as 1,234.56 (English notation)"
        );
    }

    /// What a Dutch or an English spreadsheet user means, for every kind of
    /// number field: the value, and whether a note says how it was read.
    /// A money field is an amount or an hourly rate; a quantity is hours, a
    /// target count, a baseline or a target; a whole number is a year.
    #[test]
    fn every_form_a_spreadsheet_user_writes_reads_as_meant() {
        use NumberKind::{Money, Quantity, Whole};
        // (text, kinds it applies to, value, noted)
        let table: &[(&str, &[NumberKind], &str, bool)] = &[
            ("150.000", &[Money, Quantity], "150000", true),
            ("150,000", &[Money, Quantity], "150000", true),
            ("50,000", &[Money, Quantity], "50000", true),
            ("150 000", &[Money, Quantity], "150000", false),
            ("150\u{a0}000", &[Money, Quantity], "150000", false),
            ("150000", &[Money, Quantity, Whole], "150000", false),
            ("€ 150.000,-", &[Money], "150000", true),
            ("€ 150.000,00", &[Money], "150000", false),
            ("€150,000.00", &[Money], "150000", true),
            ("150.000 €", &[Money], "150000", true),
            ("EUR 1.234,56", &[Money], "1234.56", false),
            ("1.234,56", &[Money, Quantity], "1234.56", false),
            ("1,234.56", &[Money, Quantity], "1234.56", true),
            ("1.234.567,89", &[Money, Quantity], "1234567.89", false),
            ("1,234,567.89", &[Money, Quantity], "1234567.89", true),
            ("1234,56", &[Money, Quantity], "1234.56", false),
            ("1234.56", &[Money, Quantity], "1234.56", false),
            ("12,5", &[Money, Quantity], "12.5", false),
            ("12.5", &[Money, Quantity], "12.5", false),
            ("87,50", &[Money, Quantity], "87.5", false),
            ("0,125", &[Money, Quantity], "0.125", false),
            ("1.500", &[Money, Quantity], "1500", true),
            ("1,500", &[Money, Quantity], "1500", true),
            ("1500", &[Money, Quantity, Whole], "1500", false),
            ("2027", &[Money, Quantity, Whole], "2027", false),
            (" 2027 ", &[Whole], "2027", false),
        ];
        for &(text, kinds, value, noted) in table {
            for &kind in kinds {
                let reading = read_number(text, kind)
                    .unwrap_or_else(|e| panic!("{text:?} as {kind:?}: {e:?}"))
                    .unwrap_or_else(|| panic!("{text:?} as {kind:?} read as empty"));
                assert_eq!(reading.value, d(value), "{text:?} as {kind:?}");
                assert_eq!(reading.note.is_some(), noted, "{text:?} as {kind:?}");
            }
        }
        // What a field of another kind cannot hold says why.
        assert_eq!(read_number("€ 5", Quantity), Err(InputError::NotANumber));
        assert_eq!(
            read_number("2.027", Whole),
            Err(InputError::NotAWholeNumber)
        );
        assert_eq!(
            read_number("2027,5", Whole),
            Err(InputError::NotAWholeNumber)
        );
        assert_eq!(
            read_number("1.50.000", Money),
            Err(InputError::MisplacedSeparator)
        );
        assert_eq!(
            read_number("150,00,0", Money),
            Err(InputError::SeveralDecimalSeparators)
        );
        assert_eq!(
            read_number("1,5.5", Money),
            Err(InputError::MisplacedSeparator)
        );
    }

    #[test]
    fn a_note_gives_the_value_as_the_page_writes_numbers() {
        let note = |text: &str| read_money(text).unwrap().unwrap().note.unwrap();
        assert_eq!(
            note("150,000").text(Lang::Nl),
            "gelezen als 150.000 (komma als duizendtalteken)"
        );
        assert_eq!(
            note("150,000").text(Lang::En),
            "read as 150,000 (comma as thousands separator)"
        );
        assert_eq!(
            note("150.000").text(Lang::Nl),
            "gelezen als 150.000 (punt als duizendtalteken)"
        );
        assert_eq!(
            note("1,234.5").text(Lang::Nl),
            "gelezen als 1.234,5 (Engelse schrijfwijze)"
        );
    }

    #[test]
    fn whole_euros_written_with_a_dash() {
        assert_eq!(money("25,-"), d("25"));
        assert_eq!(money("€ 1.000,--"), d("1000"));
    }

    #[test]
    fn empty_means_not_filled_in() {
        assert_eq!(read_money(""), Ok(None));
        assert_eq!(read_money("   "), Ok(None));
        assert_eq!(read_money("€"), Ok(None));
        assert_eq!(read_quantity(""), Ok(None));
        assert_eq!(read_whole(""), Ok(None));
    }

    #[test]
    fn unreadable_text_says_why() {
        assert_eq!(read_money("twaalf"), Err(InputError::NotANumber));
        assert_eq!(read_money("12a"), Err(InputError::NotANumber));
        assert_eq!(read_money("."), Err(InputError::NotANumber));
        assert_eq!(read_money("-5"), Err(InputError::Negative));
        assert_eq!(read_money("€ -1.000,00"), Err(InputError::Negative));
        assert_eq!(
            read_money("1,2,3"),
            Err(InputError::SeveralDecimalSeparators)
        );
        assert_eq!(
            read_money("1.234,5,6"),
            Err(InputError::SeveralDecimalSeparators)
        );
        assert_eq!(read_money("12.34,5"), Err(InputError::MisplacedSeparator));
        assert_eq!(
            read_money("12345678901234567890123456789"),
            Err(InputError::TooManyDigits)
        );
        assert!(InputError::NotANumber.text(Lang::Nl).contains("geen getal"));
        assert!(InputError::NotANumber
            .text(Lang::En)
            .contains("not a number"));
    }

    #[test]
    fn values_are_exact_never_floats() {
        assert_eq!(money("0,1").to_string(), "0.1");
        assert_eq!(money("1234,50").to_string(), "1234.50");
        assert_eq!(
            money("9.999.999.999.999.999.999,99"),
            d("9999999999999999999.99")
        );
    }

    #[test]
    fn quantities_use_the_same_rules_without_currency() {
        let value = |text: &str| read_quantity(text).unwrap().unwrap().value;
        assert_eq!(value("1.500"), d("1500"));
        assert_eq!(value("6,8"), d("6.8"));
        assert_eq!(value("7.5"), d("7.5"));
        assert_eq!(read_quantity("€ 5"), Err(InputError::NotANumber));
    }

    #[test]
    fn whole_numbers_are_digits_only() {
        assert_eq!(read_whole("2027"), Ok(Some(2027)));
        assert_eq!(read_whole(" 4 "), Ok(Some(4)));
        assert_eq!(read_whole("4,5"), Err(InputError::NotAWholeNumber));
        assert_eq!(read_whole("vier"), Err(InputError::NotANumber));
        assert_eq!(read_whole("-1"), Err(InputError::Negative));
        assert_eq!(read_whole("99999999999"), Err(InputError::TooManyDigits));
    }

    #[test]
    fn each_kind_of_field_reads_by_its_own_rules() {
        let read = |text: &str, kind| read_number(text, kind).map(|r| r.map(|r| r.value));
        assert_eq!(
            read("€ 1.234,56", NumberKind::Money),
            Ok(Some(d("1234.56")))
        );
        assert_eq!(
            read("€ 5", NumberKind::Quantity),
            Err(InputError::NotANumber)
        );
        assert_eq!(read("6,8", NumberKind::Quantity), Ok(Some(d("6.8"))));
        assert_eq!(read("2027", NumberKind::Whole), Ok(Some(d("2027"))));
        assert_eq!(
            read("4,5", NumberKind::Whole),
            Err(InputError::NotAWholeNumber)
        );
        for kind in [NumberKind::Money, NumberKind::Quantity, NumberKind::Whole] {
            assert_eq!(read("", kind), Ok(None), "{kind:?}");
        }
        // A note travels with the value, as the field shows it.
        assert_eq!(
            read_number("1.500", NumberKind::Money)
                .unwrap()
                .unwrap()
                .note,
            Some(ReadNote::DotAsThousands(d("1500")))
        );
    }

    #[test]
    fn a_minus_sign_is_refused_and_a_plus_sign_is_read() {
        assert_eq!(read_money("-5"), Err(InputError::Negative));
        assert_eq!(read_money("€ -1.234,50"), Err(InputError::Negative));
        assert_eq!(read_quantity("-0,5"), Err(InputError::Negative));
        assert_eq!(read_money("-"), Err(InputError::NotANumber));
        assert_eq!(read_money("-abc"), Err(InputError::NotANumber));
        assert_eq!(read_money("+5").unwrap().unwrap().value, d("5"));
        assert_eq!(read_quantity("+1,5").unwrap().unwrap().value, d("1.5"));
    }

    #[test]
    fn edit_text_reads_back_to_the_same_value_without_a_note() {
        for text in [
            "1234.56", "150000", "0.005", "6.8", "1000000", "123.456", "1.125", "1234.567",
        ] {
            let shown = edit_text(d(text));
            let reading = read_money(&shown).unwrap().unwrap();
            assert_eq!(reading.value, d(text), "{shown}");
            assert_eq!(reading.note, None, "{shown}");
        }
        assert_eq!(edit_text(d("1234.50")), "1234,5");
        assert_eq!(edit_text(d("123.456")), "123,4560");
        assert_eq!(edit_text(d("0.125")), "0,125");
    }
}
