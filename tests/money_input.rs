//! Numbers as people type them into the form's fields (src/money_input.rs):
//! what is refused, and with which message, beyond the module's own tests.

use centra_check::text::money_input::{read_money, read_quantity, InputError};
use centra_check::Lang;

#[test]
fn scientific_notation_and_stray_signs_are_not_numbers() {
    // The file format reads `1e5`; a field must not quietly make it 100000.
    for text in ["1e5", "2,5E3", "€ 1e3", "+-5", "5-", "1_000"] {
        assert_eq!(read_money(text), Err(InputError::NotANumber), "{text:?}");
    }
    assert_eq!(read_quantity("1e2"), Err(InputError::NotANumber));
}

#[test]
fn two_decimal_points_after_english_grouping_are_said_to_be_points() {
    // As `1.234,5,6` is in Dutch notation: the last sign is the decimal
    // separator, and there are two of it. The message names the sign the
    // person typed twice.
    assert_eq!(
        read_money("1,234.5.6"),
        Err(InputError::SeveralDecimalPoints)
    );
    assert_eq!(
        read_money("1,234,567.8.9"),
        Err(InputError::SeveralDecimalPoints)
    );
    assert_eq!(
        read_money("1.234,5,6"),
        Err(InputError::SeveralDecimalSeparators)
    );
    let point = InputError::SeveralDecimalPoints.text(Lang::Nl);
    assert!(point.contains("decimaalpunt"), "{point}");
    let comma = InputError::SeveralDecimalSeparators.text(Lang::Nl);
    assert!(comma.contains("komma in"), "{comma}");
    assert!(InputError::SeveralDecimalPoints
        .text(Lang::En)
        .contains("decimal point"));
}
