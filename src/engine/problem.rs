//! What can be wrong with a proposal's data, and where: the proposal
//! reader, the number input and the editor all speak this one vocabulary,
//! and the catalogue turns it into words.

use rust_decimal::Decimal;

use crate::engine::limits::Limit;

/// Why a proposal file was refused, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadError {
    /// `partners[2].contributions[0].amount`; empty for the whole file.
    pub path: String,
    pub problem: Problem,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Not JSON at all; line and column are 1-based.
    Syntax {
        line: usize,
        column: usize,
        detail: String,
    },
    NotAProposal,
    UnsupportedVersion(String),
    UnknownProfile(String),
    UnknownField,
    MissingField,
    /// The value has the wrong JSON type; `expected` is a type word.
    WrongType {
        expected: Expected,
    },
    NotANumber(String),
    Negative,
    TooManyDigits,
    NotAWholeNumber,
    UnknownValue {
        value: String,
        allowed: Vec<&'static str>,
    },
    DuplicateId(String),
    /// A total of these amounts cannot be held exactly: too large, or so
    /// precise that it would be rounded.
    TotalTooLarge,
    /// A text or list longer than the format allows (`engine::limits`).
    OverLimit(Limit),
    /// The bytes are not UTF-8 text; `utf16` when they start with a UTF-16
    /// byte-order mark.
    NotUtf8 {
        utf16: bool,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Object,
    List,
    Text,
    Number,
    WholeNumber,
    Boolean,
}

/// A text from a file as a message shows it: cut after 40 characters, so
/// a refusal never repeats a whole text (or a key of megabytes).
pub fn shown(text: &str) -> String {
    match text.char_indices().nth(40) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

/// The largest number of significant digits an exact decimal holds.
const MAX_DIGITS: usize = 28;

/// Parses the file format's decimal text: `.` separator, no thousands
/// separators, optional exponent (JSON numbers), never negative, at most 28
/// significant digits.
pub fn parse_decimal(text: &str) -> std::result::Result<Decimal, Problem> {
    let trimmed = text.trim();
    let (mantissa, exponent) = match trimmed.find(['e', 'E']) {
        Some(at) => (&trimmed[..at], Some(&trimmed[at + 1..])),
        None => (trimmed, None),
    };
    let unsigned = mantissa.strip_prefix('+').unwrap_or(mantissa);
    let (negative, digits_part) = match unsigned.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, unsigned),
    };
    let (int_part, frac_part) = match digits_part.split_once('.') {
        Some((i, f)) => (i, f),
        None => (digits_part, ""),
    };
    let well_formed = !(int_part.is_empty() && frac_part.is_empty())
        && int_part.bytes().all(|b| b.is_ascii_digit())
        && frac_part.bytes().all(|b| b.is_ascii_digit());
    if !well_formed {
        return Err(Problem::NotANumber(shown(text)));
    }
    let exponent: i64 = match exponent {
        None => 0,
        Some(e) => e.parse().map_err(|_| Problem::NotANumber(shown(text)))?,
    };
    let all_digits = format!("{int_part}{frac_part}");
    let significant = all_digits.trim_start_matches('0');
    let is_zero = significant.is_empty();
    if negative && !is_zero {
        return Err(Problem::Negative);
    }
    if is_zero {
        return Ok(Decimal::ZERO);
    }
    // Trailing zeros are not significant: drop them from the stored digits
    // only where the decimal could not otherwise hold the value, so that a
    // written `12.50` keeps its scale.
    if significant.trim_end_matches('0').len() > MAX_DIGITS {
        return Err(Problem::TooManyDigits);
    }
    let mut digits = significant;
    let mut scale = frac_part.len() as i64 - exponent;
    while scale > 0
        && (scale > MAX_DIGITS as i64 || digits.len() > MAX_DIGITS)
        && digits.ends_with('0')
    {
        digits = &digits[..digits.len() - 1];
        scale -= 1;
    }
    if scale > MAX_DIGITS as i64 || digits.len() > MAX_DIGITS + 1 {
        return Err(Problem::TooManyDigits);
    }
    let mut integer: i128 = digits.parse().map_err(|_| Problem::TooManyDigits)?;
    while scale < 0 {
        integer = integer.checked_mul(10).ok_or(Problem::TooManyDigits)?;
        scale += 1;
    }
    Decimal::try_from_i128_with_scale(integer, scale as u32).map_err(|_| Problem::TooManyDigits)
}
