//! Share links beyond the module's own tests: a plan of realistic size
//! travels whole, and a broken link says what is wrong in any error chain.

use centra_check::engine::synthetic::{proposal, Size};
use centra_check::formats::share_link::{decode, encode, DecodeError};
use centra_check::Lang;

#[test]
fn a_typical_plan_travels_whole_through_a_share_link() {
    // 40 partners, 200 budget lines: over 20,000 bytes unpacked.
    let plan = proposal(Size::TYPICAL);
    let fragment = encode(&plan);
    assert!(
        centra_check::formats::share_link::compact_json(&plan).len() > 20_000,
        "a plan of realistic size"
    );
    assert_eq!(decode(&fragment).unwrap(), plan);
}

#[test]
fn a_damaged_link_reads_as_its_english_message() {
    let error = decode("#p1=!!!").unwrap_err();
    assert!(matches!(error, DecodeError::BadBase64 { .. }), "{error:?}");
    assert_eq!(error.to_string(), error.message(Lang::En));
    assert!(error.to_string().contains("incomplete or damaged"));
}

#[test]
fn a_plan_of_exactly_the_size_limit_opens_and_one_byte_more_does_not() {
    use centra_check::formats::share_link::{proposal_from_decompressed, MAX_DECOMPRESSED};
    let plan = br#"{"format":"centra-check/proposal","version":2}"#;
    let padded = |size: usize| {
        let mut bytes = plan.to_vec();
        bytes.resize(size, b' ');
        bytes
    };
    assert!(proposal_from_decompressed(padded(MAX_DECOMPRESSED)).is_ok());
    // The limit is 8 MB: a plan of 5 MB (a browser's whole storage) opens.
    assert!(proposal_from_decompressed(padded(5 * 1024 * 1024)).is_ok());
    assert_eq!(
        proposal_from_decompressed(padded(MAX_DECOMPRESSED + 1)).unwrap_err(),
        DecodeError::TooLarge
    );
}

#[test]
fn only_p_with_digits_is_a_newer_link_version() {
    assert_eq!(
        decode("#p2=abc").unwrap_err(),
        DecodeError::UnknownVersion("p2".into())
    );
    // `#p=` names no version: some other page's fragment, not a newer link.
    assert_eq!(decode("#p=abc").unwrap_err(), DecodeError::NotAShareLink);
}

#[test]
fn a_link_cut_one_character_into_a_group_is_damaged_there() {
    // Four characters carry three bytes; a fifth alone carries none: the
    // link was cut. The error points at that last character.
    assert_eq!(
        decode("#p1=AAAAA").unwrap_err(),
        DecodeError::BadBase64 { position: 4 }
    );
    assert_eq!(
        decode("#p1=AAAAAAAAA").unwrap_err(),
        DecodeError::BadBase64 { position: 8 }
    );
}
