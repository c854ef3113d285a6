//! The one place where numbers are rounded: for people (per language) and
//! for the report file. The engine computes exactly; only what is shown or
//! written is rounded, and always here.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::text::lang::Lang;

const HALF_UP: RoundingStrategy = RoundingStrategy::MidpointAwayFromZero;

/// Money in the report file and in parameters: exact, no trailing zeros.
pub fn money_param(amount: Decimal) -> String {
    amount.normalize().to_string()
}

/// A share in the report file: four decimals, no trailing zeros.
pub fn share_param(share: Decimal) -> String {
    share
        .round_dp_with_strategy(4, HALF_UP)
        .normalize()
        .to_string()
}

/// A share as a percentage for a spreadsheet cell: `0.33333` → `33.33`,
/// the same digits as `share_param`, scaled by a hundred.
pub fn percent_param(share: Decimal) -> Decimal {
    (share * Decimal::ONE_HUNDRED)
        .round_dp_with_strategy(2, HALF_UP)
        .normalize()
}

/// How a language writes numbers. Each number shown passes here, so a
/// language without a style does not compile.
pub struct NumberStyle {
    pub thousands: char,
    pub decimal: char,
    /// Before an amount in euros.
    pub euro: &'static str,
    /// After a percentage.
    pub percent: &'static str,
}

/// `€ 1.234,56` and `21,4 %`.
pub const DUTCH_NUMBERS: NumberStyle = NumberStyle {
    thousands: '.',
    decimal: ',',
    euro: "€ ",
    percent: " %",
};

/// `€1,234.56` and `21.4%`.
pub const ENGLISH_NUMBERS: NumberStyle = NumberStyle {
    thousands: ',',
    decimal: '.',
    euro: "€",
    percent: "%",
};

pub fn number_style(lang: Lang) -> &'static NumberStyle {
    match lang {
        Lang::Nl => &DUTCH_NUMBERS,
        Lang::En => &ENGLISH_NUMBERS,
    }
}

/// Groups the integer digits by three with `separator`.
fn group_thousands(digits: &str, separator: char) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(separator);
        }
        out.push(ch);
    }
    out
}

/// A number with at most `places` decimals (fewer when they are zero),
/// thousands grouped as the language writes them: 1.234,5 or 1,234.5.
pub fn number(value: Decimal, places: u32, lang: Lang) -> String {
    let rounded = value.round_dp_with_strategy(places, HALF_UP).normalize();
    let text = rounded.abs().to_string();
    let (int_part, frac_part) = text.split_once('.').unwrap_or((&text, ""));
    let NumberStyle {
        thousands, decimal, ..
    } = *number_style(lang);
    let mut out = String::new();
    if rounded.is_sign_negative() && !rounded.is_zero() {
        out.push('-');
    }
    out.push_str(&group_thousands(int_part, thousands));
    if !frac_part.is_empty() {
        out.push(decimal);
        out.push_str(frac_part);
    }
    out
}

/// Money for people: `€ 48.000`, `€ 1.234,56` (nl); `€48,000`, `€1,234.56` (en).
/// Whole euros when there are no cents, else always two decimals.
pub fn money(amount: Decimal, lang: Lang) -> String {
    let cents = amount.round_dp_with_strategy(2, HALF_UP);
    let whole = cents.is_integer();
    let mut text = number(cents, 2, lang);
    if !whole && text.len() >= 2 {
        // 12,5 → 12,50: money shows cents in pairs.
        if let Some(at) = text.rfind(number_style(lang).decimal) {
            if text.len() - at == 2 {
                text.push('0');
            }
        }
    }
    format!("{}{text}", number_style(lang).euro)
}

/// A share as a percentage with one decimal: `21,4 %` (nl), `21.4%` (en).
pub fn percent(share: Decimal, lang: Lang) -> String {
    let value = number(share * Decimal::ONE_HUNDRED, 1, lang);
    format!("{value}{}", number_style(lang).percent)
}

/// A count or measure (hours, targets): up to two decimals.
pub fn quantity(value: Decimal, lang: Lang) -> String {
    number(value, 2, lang)
}

/// A character in lower case as far as a file name can keep it: what
/// `char::to_lowercase` gives for every character whose lower case is an
/// ASCII letter or one of the accented vowels `file_slug` folds, and the
/// character itself otherwise (a separator there, as its lower case would
/// be). Without Unicode's case tables, which only this used in the page
/// (about 11 KB of wasm before gzip).
fn slug_lowercase(ch: char) -> [Option<char>; 2] {
    let lower = match ch {
        'A'..='Z' => ch.to_ascii_lowercase(),
        // Latin-1's capitals: their lower case is 32 further on.
        'À'..='Þ' if ch != '×' => char::from_u32(u32::from(ch) + 32).unwrap_or(ch),
        // The Kelvin sign; the capital I with a dot becomes `i` and a
        // combining dot.
        '\u{212a}' => 'k',
        '\u{130}' => return [Some('i'), Some('\u{307}')],
        _ => ch,
    };
    [Some(lower), None]
}

/// A file-name part from free text: `Centrum Slimme Maakindustrie Twente`
/// → `centrum-slimme-maakindustrie-twente`; accents folded, at most about 48
/// characters, empty when nothing usable is left.
pub fn file_slug(text: &str) -> String {
    slug_of_lower(text.chars().flat_map(slug_lowercase).flatten())
}

/// The slug of text already in lower case (the test gives it Unicode's).
fn slug_of_lower(lower: impl Iterator<Item = char>) -> String {
    let mut slug = String::new();
    for ch in lower {
        let ch = match ch {
            'á' | 'à' | 'ä' | 'â' => 'a',
            'é' | 'è' | 'ë' | 'ê' => 'e',
            'í' | 'ì' | 'ï' | 'î' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' => 'o',
            'ú' | 'ù' | 'ü' | 'û' => 'u',
            c => c,
        };
        if ch.is_ascii_alphanumeric() {
            slug.push(ch);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.len() >= 48 {
            break;
        }
    }
    slug.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap()
    }

    #[test]
    fn money_reads_as_a_dutch_or_english_reader_expects() {
        assert_eq!(money(d("48000"), Lang::Nl), "€ 48.000");
        assert_eq!(money(d("1234.56"), Lang::Nl), "€ 1.234,56");
        assert_eq!(money(d("1234.5"), Lang::Nl), "€ 1.234,50");
        assert_eq!(money(d("1234567"), Lang::En), "€1,234,567");
        assert_eq!(money(d("0.005"), Lang::En), "€0.01");
        assert_eq!(money(d("999.999"), Lang::Nl), "€ 1.000");
        assert_eq!(money(d("0"), Lang::Nl), "€ 0");
    }

    #[test]
    fn percentages_have_one_decimal() {
        assert_eq!(percent(d("0.2143"), Lang::Nl), "21,4 %");
        assert_eq!(percent(d("0.2143"), Lang::En), "21.4%");
        assert_eq!(percent(d("0.25333333"), Lang::Nl), "25,3 %");
        assert_eq!(percent(d("1"), Lang::Nl), "100 %");
    }

    #[test]
    fn file_slugs_are_plain_ascii() {
        assert_eq!(file_slug("Coöperatie ÉÉN: plan/2"), "cooperatie-een-plan-2");
        assert_eq!(file_slug("  ?? "), "");
        assert!(file_slug(&"x".repeat(100)).len() <= 48);
    }

    /// `file_slug` as it was with the standard library's Unicode lower
    /// case, which the page no longer carries.
    fn slug_by_unicode(text: &str) -> String {
        slug_of_lower(text.chars().flat_map(char::to_lowercase))
    }

    #[test]
    fn every_character_gives_the_slug_unicode_lower_case_gave() {
        for ch in (0..=0x10ffff).filter_map(char::from_u32) {
            let text = format!("a{ch}b");
            assert_eq!(
                file_slug(&text),
                slug_by_unicode(&text),
                "{:x}",
                u32::from(ch)
            );
        }
        let long = format!("{}İİİ", "x".repeat(46));
        assert_eq!(file_slug(&long), slug_by_unicode(&long));
        assert_eq!(file_slug("İSTANBUL \u{212a}ELVIN"), "i-stanbul-kelvin");
    }

    #[test]
    fn report_parameters_are_exact_or_four_places() {
        assert_eq!(money_param(d("48000.00")), "48000");
        assert_eq!(share_param(d("0.214285714")), "0.2143");
        assert_eq!(share_param(d("0.1")), "0.1");
    }
}
