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

/// A whole number as `str::parse` reads one: an optional sign, then one
/// or more ASCII digits; `None` when it is none or too large. One loop for
/// the exponent and the digits alike, where the standard parser adds two
/// loops per type it reads to the download.
pub(crate) fn whole_number(text: &str) -> Option<i128> {
    let (negative, digits) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    if digits.is_empty() {
        return None;
    }
    let mut value: i128 = 0;
    for byte in digits.bytes() {
        let digit = byte.wrapping_sub(b'0');
        if digit > 9 {
            return None;
        }
        value = value.checked_mul(10)?.checked_add(i128::from(digit))?;
    }
    Some(if negative { -value } else { value })
}

/// A whole number of no sign or `+`, as `str::parse::<u64>` reads one.
pub(crate) fn whole_u64(text: &str) -> Option<u64> {
    if text.starts_with('-') {
        return None;
    }
    whole_number(text).and_then(|n| u64::try_from(n).ok())
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
        Some(e) => whole_number(e)
            .and_then(|e| i64::try_from(e).ok())
            .ok_or_else(|| Problem::NotANumber(shown(text)))?,
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
    // Checked: an exponent of i64::MIN would overflow the subtraction.
    let mut scale = (frac_part.len() as i64)
        .checked_sub(exponent)
        .ok_or(Problem::TooManyDigits)?;
    // mutants: equivalent: `scale >= 0` would also take a zero off a whole
    // number of 29 digits, which the `scale < 0` loop below puts back.
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
    let mut integer = whole_number(digits).ok_or(Problem::TooManyDigits)?;
    while scale < 0 {
        integer = integer.checked_mul(10).ok_or(Problem::TooManyDigits)?;
        scale += 1;
    }
    Decimal::try_from_i128_with_scale(integer, scale as u32).map_err(|_| Problem::TooManyDigits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_extreme_exponent_is_refused_not_overflowed() {
        for text in [
            "1.5e-9223372036854775808",
            "1e-9223372036854775808",
            "1e9223372036854775807",
            "1.5e-9223372036854775807",
        ] {
            assert_eq!(parse_decimal(text), Err(Problem::TooManyDigits), "{text}");
        }
        assert_eq!(parse_decimal("0e-9223372036854775808"), Ok(Decimal::ZERO));
        assert_eq!(parse_decimal("15e-1"), Ok(Decimal::new(15, 1)));
    }

    #[test]
    fn trailing_zeros_past_the_precision_are_dropped_not_refused() {
        // More places than a decimal holds, few digits: 0.1.
        let places = format!("0.1{}", "0".repeat(40));
        assert_eq!(parse_decimal(&places), Ok(Decimal::new(1, 1)));
        // Only as many zeros go as must: 28 places stay, and a written
        // scale that fits is kept.
        let scale = |text: &str| parse_decimal(text).map(|d| d.scale());
        assert_eq!(scale(&places), Ok(28));
        assert_eq!(scale(&format!("0.1{}", "0".repeat(27))), Ok(28));
        assert_eq!(scale("123456789012345678901234567.0"), Ok(1));
        // 29 digits that a decimal holds: 10^28, whole.
        assert_eq!(
            parse_decimal("10000000000000000000000000000"),
            Ok(Decimal::from_i128_with_scale(10i128.pow(28), 0))
        );
        // A scale past u32 is refused, not cut to its low bits (2^32 + 5).
        assert_eq!(parse_decimal("1e-4294967301"), Err(Problem::TooManyDigits));
        // 30 digits, three of them places, 27 significant: zeros go until
        // the digits fit.
        let digits = "123456789012345678901234567.000";
        assert_eq!(
            parse_decimal(digits),
            Ok("123456789012345678901234567".parse().unwrap())
        );
    }

    #[test]
    fn a_whole_number_is_read_as_str_parse_reads_it() {
        for text in [
            "0",
            "7",
            "+12",
            "-12",
            "007",
            "",
            "+",
            "-",
            "+-1",
            "1-",
            " 1",
            "1e3",
            "١٢",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775808",
            "-9223372036854775809",
            "-0",
            "18446744073709551615",
            "18446744073709551616",
            "170141183460469231731687303715884105727",
            "170141183460469231731687303715884105728",
        ] {
            assert_eq!(whole_number(text), text.parse::<i128>().ok(), "{text:?}");
            assert_eq!(
                whole_number(text).and_then(|n| i64::try_from(n).ok()),
                text.parse::<i64>().ok(),
                "{text:?}"
            );
            assert_eq!(whole_u64(text), text.parse::<u64>().ok(), "{text:?}");
        }
    }
}
