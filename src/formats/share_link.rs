//! Share links: the whole proposal in the URL fragment.
//!
//! The fragment is `#p1=` followed by the proposal file (the spec's JSON,
//! written compactly), compressed with raw DEFLATE (RFC 1951) and encoded
//! as base64url without padding (RFC 4648 §5). A fragment is never sent to
//! any server, so the plan stays between the sender and the recipient.
//!
//! `p1` is the version of this *encoding*; the proposal inside carries its
//! own format version, which `read_proposal` checks as for any file.
//!
//! ```
//! use centra_check::{formats::share_link, Proposal};
//! let plan = Proposal::default();
//! let fragment = share_link::encode(&plan);
//! assert!(fragment.starts_with("#p1="));
//! assert_eq!(share_link::decode(&fragment).unwrap(), plan);
//! ```
//!
//! `encode` and `decode` (native) compress with miniz_oxide. The browser app
//! leaves DEFLATE to the browser (`CompressionStream("deflate-raw")`) and uses
//! the halves around it: [`compact_json`] → compress →
//! [`fragment_from_compressed`], and [`compressed_from_fragment`] → inflate →
//! [`proposal_from_decompressed`].

use crate::engine::model::Proposal;
use crate::engine::problem::ReadError;
use crate::formats::proposal_file::{proposal_to_value, read_proposal};
use crate::text::lang::Lang;
use crate::text::notices::notices;

/// What starts a share fragment, `#` included.
pub const PREFIX: &str = "#p1=";

/// Up to this many characters a link works everywhere: old browsers
/// (Internet Explorer stopped at 2,083), e-mail programs, chat apps and
/// link shorteners. The usual "safe URL length".
pub const SAFE_LENGTH: usize = 2_000;

/// Up to this many characters a link opens in current browsers (Chrome
/// takes 2 MB, Firefox and Safari far more than this), but mail and chat
/// programs may cut or refuse it. Beyond this, send the file instead.
pub const BROWSER_LENGTH: usize = 32_000;

/// A decompressed proposal larger than this is refused rather than
/// unpacked: a hand-made link cannot make the app allocate without bound.
pub const MAX_DECOMPRESSED: usize = 8 * 1024 * 1024;

/// How far a link can be trusted to arrive whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkLength {
    /// At most `SAFE_LENGTH`: fine anywhere.
    Safe,
    /// Opens in browsers, but some mail and chat programs may break it:
    /// offer the link, and suggest the file as the surer way.
    Long,
    /// Beyond `BROWSER_LENGTH`: suggest the file instead of the link.
    TooLong,
}

impl LinkLength {
    /// Judges a whole link (address plus fragment), counted in characters.
    pub fn of(link: &str) -> LinkLength {
        let length = link.chars().count();
        if length <= SAFE_LENGTH {
            LinkLength::Safe
        } else if length <= BROWSER_LENGTH {
            LinkLength::Long
        } else {
            LinkLength::TooLong
        }
    }

    /// What to tell the user, if anything.
    pub fn advice(self, lang: Lang) -> Option<&'static str> {
        match self {
            LinkLength::Safe => None,
            LinkLength::Long => Some(notices(lang).link_long),
            LinkLength::TooLong => Some(notices(lang).link_too_long),
        }
    }
}

/// Why a fragment could not be opened as a plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// The fragment is not a share link at all (no `#p…=` prefix): the app
    /// should simply ignore it.
    NotAShareLink,
    /// A share link of another encoding version (`p2` …), made by a newer app.
    UnknownVersion(String),
    /// A character outside base64url, at this 0-based position of the data
    /// (after the prefix). Usually a link that was cut or altered on the way.
    BadBase64 { position: usize },
    /// The data is not valid DEFLATE: the link was cut off or altered.
    BadCompression,
    /// Unpacked it would exceed `MAX_DECOMPRESSED`.
    TooLarge,
    /// The unpacked bytes are not UTF-8 text.
    NotText,
    /// The text is not a readable proposal; the error names its path.
    NotAProposal(ReadError),
}

impl DecodeError {
    /// One line for the user.
    pub fn message(&self, lang: Lang) -> String {
        let texts = notices(lang);
        match self {
            DecodeError::NotAShareLink => texts.not_a_share_link.into(),
            DecodeError::UnknownVersion(version) => (texts.link_newer_version)(version),
            DecodeError::BadBase64 { .. } | DecodeError::BadCompression => {
                texts.link_damaged.into()
            }
            DecodeError::TooLarge => texts.link_too_large.into(),
            DecodeError::NotText => texts.link_no_plan.into(),
            DecodeError::NotAProposal(error) => {
                (texts.link_unreadable)(&crate::text::catalogue::read_error(error, lang))
            }
        }
    }
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for DecodeError {}

/// The share fragment for a proposal, `#p1=…`, `#` included.
///
/// Native only: the browser app compresses with the browser's own
/// `CompressionStream("deflate-raw")` (the same format) and calls
/// [`fragment_from_compressed`], so no DEFLATE code goes into the download.
#[cfg(not(target_arch = "wasm32"))]
pub fn encode(proposal: &Proposal) -> String {
    let compressed = miniz_oxide::deflate::compress_to_vec(compact_json(proposal).as_bytes(), 9);
    fragment_from_compressed(&compressed)
}

/// The fragment `#p1=…` for `compressed`: the raw DEFLATE of
/// [`compact_json`], however it was made.
pub fn fragment_from_compressed(compressed: &[u8]) -> String {
    let mut fragment = String::from(PREFIX);
    base64url_encode(compressed, &mut fragment);
    fragment
}

/// A full link: `base` (the app's address; any fragment it has is dropped)
/// followed by the share fragment.
#[cfg(not(target_arch = "wasm32"))]
pub fn link(base: &str, proposal: &Proposal) -> String {
    link_with_fragment(base, &encode(proposal))
}

/// `base` without its own fragment, followed by `fragment`.
pub fn link_with_fragment(base: &str, fragment: &str) -> String {
    let without_fragment = base.split('#').next().unwrap_or(base);
    format!("{without_fragment}{fragment}")
}

/// Whether a fragment (`location.hash`) is meant as a share link of any
/// version, so the app knows to try `decode` and to report its error.
pub fn is_share_fragment(fragment: &str) -> bool {
    !matches!(split_fragment(fragment), Err(DecodeError::NotAShareLink))
}

/// Opens a share fragment, with or without its leading `#`.
#[cfg(not(target_arch = "wasm32"))]
pub fn decode(fragment: &str) -> Result<Proposal, DecodeError> {
    let compressed = compressed_from_fragment(fragment)?;
    let bytes = miniz_oxide::inflate::decompress_to_vec_with_limit(&compressed, MAX_DECOMPRESSED)
        .map_err(|error| match error.status {
        miniz_oxide::inflate::TINFLStatus::HasMoreOutput => DecodeError::TooLarge,
        _ => DecodeError::BadCompression,
    })?;
    proposal_from_decompressed(bytes)
}

/// The compressed bytes a share fragment carries (first half of
/// [`decode`], for a caller that inflates them itself, at most
/// [`MAX_DECOMPRESSED`] bytes).
pub fn compressed_from_fragment(fragment: &str) -> Result<Vec<u8>, DecodeError> {
    base64url_decode(split_fragment(fragment)?)
}

/// The proposal in inflated bytes (second half of [`decode`]).
pub fn proposal_from_decompressed(bytes: Vec<u8>) -> Result<Proposal, DecodeError> {
    if bytes.len() > MAX_DECOMPRESSED {
        return Err(DecodeError::TooLarge);
    }
    let text = String::from_utf8(bytes).map_err(|_| DecodeError::NotText)?;
    read_proposal(&text).map_err(DecodeError::NotAProposal)
}

/// The data after `#p1=`; another `p<digits>=` is a newer version.
fn split_fragment(fragment: &str) -> Result<&str, DecodeError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if let Some(data) = fragment.strip_prefix(&PREFIX[1..]) {
        return Ok(data);
    }
    match fragment.split_once('=') {
        Some((tag, _))
            if tag.len() > 1
                && tag.starts_with('p')
                && tag[1..].bytes().all(|b| b.is_ascii_digit()) =>
        {
            Err(DecodeError::UnknownVersion(tag.to_string()))
        }
        _ => Err(DecodeError::NotAShareLink),
    }
}

/// The proposal file without indentation, as a share link carries it
/// (before compression): every byte counts.
pub fn compact_json(proposal: &Proposal) -> String {
    proposal_to_value(proposal).to_string_compact()
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// base64url without padding. Written out here: a dozen lines cost less in
/// the wasm bundle than a general base64 crate.
fn base64url_encode(bytes: &[u8], out: &mut String) {
    // mutants: equivalent — only a capacity hint; the text is the same with any reserve.
    out.reserve(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        // mutants: equivalent — the three bytes occupy separate bits, so `^` is `|` here.
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let sextets = [(n >> 18) & 63, (n >> 12) & 63, (n >> 6) & 63, n & 63];
        for sextet in &sextets[..chunk.len() + 1] {
            out.push(char::from(ALPHABET[*sextet as usize]));
        }
    }
}

fn sextet(byte: u8) -> Option<u32> {
    let value = match byte {
        b'A'..=b'Z' => byte - b'A',
        b'a'..=b'z' => byte - b'a' + 26,
        b'0'..=b'9' => byte - b'0' + 52,
        b'-' => 62,
        b'_' => 63,
        _ => return None,
    };
    Some(u32::from(value))
}

/// Decodes base64url; trailing `=` padding is tolerated, nothing else.
fn base64url_decode(text: &str) -> Result<Vec<u8>, DecodeError> {
    let data = text.trim_end_matches('=');
    let bytes = data.as_bytes();
    if let Some(position) = bytes.iter().position(|b| sextet(*b).is_none()) {
        return Err(DecodeError::BadBase64 { position });
    }
    if bytes.len() % 4 == 1 {
        // One lone character cannot hold a byte: the link was cut.
        return Err(DecodeError::BadBase64 {
            position: bytes.len() - 1,
        });
    }
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3 + 2);
    for chunk in bytes.chunks(4) {
        let mut n = 0u32;
        for (i, byte) in chunk.iter().enumerate() {
            n |= sextet(*byte).expect("checked above") << (18 - 6 * i);
        }
        let decoded = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&decoded[..chunk.len() - 1]);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::problem::Problem;
    use proptest::prelude::*;

    fn example() -> Proposal {
        read_proposal(include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/civ-slimme-maakindustrie.json"
        )))
        .unwrap()
    }

    fn data_of(fragment: &str) -> &str {
        fragment.strip_prefix(PREFIX).unwrap()
    }

    #[test]
    fn links_made_with_proposal_formats_1_and_2_still_open_and_are_made_as_3() {
        // What the app of proposal formats 1 and 2 put in a link: the file's text.
        for (old, version) in [
            (
                include_str!(concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/tests/fixtures/v1-no-business.json"
                )),
                "\"version\": 1",
            ),
            (
                include_str!(concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/tests/fixtures/v2-gaps.json"
                )),
                "\"version\": 2",
            ),
        ] {
            assert!(old.contains(version));
            let compressed = miniz_oxide::deflate::compress_to_vec(old.as_bytes(), 9);
            let opened = decode(&fragment_from_compressed(&compressed)).unwrap();
            assert_eq!(opened, read_proposal(old).unwrap());
            // A link made now carries version 3.
            let again = compact_json(&opened);
            assert!(again.contains("\"version\":3"), "{again}");
            assert_eq!(decode(&encode(&opened)).unwrap(), opened);
        }
    }

    #[test]
    fn the_example_plan_survives_a_link_and_fits_the_safe_length() {
        let plan = example();
        let url = link("https://centra-check.example/app/?lang=nl#old", &plan);
        assert!(url.starts_with("https://centra-check.example/app/?lang=nl#p1="));
        assert_eq!(decode(&url[url.find('#').unwrap()..]).unwrap(), plan);
        // The example is a realistic plan. Since format version 3 (its
        // complementarity text) its link is a little over the safe length
        // (about 2,170 characters): it opens in every browser, and the app
        // suggests the file for mail and chat.
        assert_eq!(
            LinkLength::of(&url),
            LinkLength::Long,
            "{} chars",
            url.len()
        );
        assert!(url.len() < 2 * SAFE_LENGTH, "{} chars", url.len());
    }

    #[test]
    fn the_fragment_uses_only_url_safe_characters() {
        let fragment = encode(&example());
        assert!(data_of(&fragment)
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    }

    #[test]
    fn decoding_accepts_the_fragment_with_or_without_hash() {
        let fragment = encode(&example());
        assert_eq!(decode(&fragment[1..]).unwrap(), example());
    }

    #[test]
    fn base64url_matches_the_rfc_test_vectors() {
        // RFC 4648 §10, in the url-safe alphabet and without padding.
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            let mut out = String::new();
            base64url_encode(plain.as_bytes(), &mut out);
            assert_eq!(out, encoded);
            assert_eq!(base64url_decode(encoded).unwrap(), plain.as_bytes());
        }
        let mut out = String::new();
        base64url_encode(&[0xfb, 0xff, 0xbf], &mut out);
        assert_eq!(out, "-_-_", "62 and 63 are - and _, not + and /");
        assert_eq!(
            base64url_decode("Zm8=").unwrap(),
            b"fo",
            "padding tolerated"
        );
    }

    #[test]
    fn a_link_with_a_foreign_character_names_where() {
        let fragment = encode(&example());
        let mut broken = fragment.clone();
        broken.insert_str(PREFIX.len() + 5, "%20");
        assert_eq!(decode(&broken), Err(DecodeError::BadBase64 { position: 5 }));
    }

    #[test]
    fn a_link_cut_short_is_reported_as_damaged_not_as_a_crash() {
        let fragment = encode(&example());
        for keep in [
            PREFIX.len() + 1,
            PREFIX.len() + 10,
            fragment.len() / 2,
            fragment.len() - 3,
        ] {
            let error = decode(&fragment[..keep]).unwrap_err();
            assert!(
                matches!(
                    error,
                    DecodeError::BadBase64 { .. } | DecodeError::BadCompression
                ),
                "cut at {keep}: {error:?}"
            );
            assert!(error.message(Lang::Nl).contains("onvolledig"));
        }
    }

    #[test]
    fn compressed_data_that_is_not_a_proposal_says_so_with_its_path() {
        let pack = |text: &str| {
            let mut fragment = String::from(PREFIX);
            base64url_encode(
                &miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 6),
                &mut fragment,
            );
            fragment
        };
        let typo = r#"{"format":"centra-check/proposal","version":1,"partners":[{"id":"p1","kind":"company","contributons":[]}]}"#;
        match decode(&pack(typo)) {
            Err(DecodeError::NotAProposal(error)) => {
                assert_eq!(error.path, "partners[0].contributons");
                assert_eq!(error.problem, Problem::UnknownField);
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            decode(&pack("hello")),
            Err(DecodeError::NotAProposal(ReadError {
                problem: Problem::Syntax { .. },
                ..
            }))
        ));
        let mut fragment = String::from(PREFIX);
        base64url_encode(
            &miniz_oxide::deflate::compress_to_vec(&[0xff, 0xfe], 6),
            &mut fragment,
        );
        assert_eq!(decode(&fragment), Err(DecodeError::NotText));
    }

    #[test]
    fn the_halves_around_compression_make_the_whole() {
        let plan = example();
        let compressed = miniz_oxide::deflate::compress_to_vec(compact_json(&plan).as_bytes(), 9);
        let fragment = fragment_from_compressed(&compressed);
        assert_eq!(fragment, encode(&plan));
        assert_eq!(compressed_from_fragment(&fragment).unwrap(), compressed);
        let inflated = miniz_oxide::inflate::decompress_to_vec(&compressed).unwrap();
        assert_eq!(proposal_from_decompressed(inflated), Ok(plan));
        assert_eq!(
            proposal_from_decompressed(vec![b' '; MAX_DECOMPRESSED + 1]),
            Err(DecodeError::TooLarge)
        );
        assert_eq!(
            compressed_from_fragment("#criteria"),
            Err(DecodeError::NotAShareLink)
        );
        assert_eq!(
            link_with_fragment("https://x.example/?a#old", "#p1=abc"),
            "https://x.example/?a#p1=abc"
        );
    }

    #[test]
    fn bytes_that_are_not_deflate_are_bad_compression() {
        let mut fragment = String::from(PREFIX);
        // Block type 3 is reserved in DEFLATE: never valid.
        base64url_encode(&[0xff, 0xff, 0xff, 0xff], &mut fragment);
        assert_eq!(decode(&fragment), Err(DecodeError::BadCompression));
    }

    #[test]
    fn a_compression_bomb_is_refused_before_it_is_unpacked() {
        let huge = vec![b' '; MAX_DECOMPRESSED + 1];
        let mut fragment = String::from(PREFIX);
        base64url_encode(
            &miniz_oxide::deflate::compress_to_vec(&huge, 9),
            &mut fragment,
        );
        assert!(fragment.len() < 40_000, "{}", fragment.len());
        assert_eq!(decode(&fragment), Err(DecodeError::TooLarge));
    }

    #[test]
    fn other_fragments_are_not_share_links_and_newer_versions_are_named() {
        assert_eq!(decode("#criteria"), Err(DecodeError::NotAShareLink));
        assert_eq!(decode(""), Err(DecodeError::NotAShareLink));
        assert!(!is_share_fragment("#field-partners[0].name"));
        assert!(!is_share_fragment("#page=2"));
        assert!(is_share_fragment("#p1=abc"));
        assert!(is_share_fragment("#p2=abc"));
        assert_eq!(
            decode("#p2=abc"),
            Err(DecodeError::UnknownVersion("p2".into()))
        );
        assert!(DecodeError::UnknownVersion("p2".into())
            .message(Lang::En)
            .contains("newer version"));
    }

    #[test]
    fn link_length_follows_the_documented_limits() {
        let of_length = |n: usize| "x".repeat(n);
        assert_eq!(LinkLength::of(&of_length(SAFE_LENGTH)), LinkLength::Safe);
        assert_eq!(
            LinkLength::of(&of_length(SAFE_LENGTH + 1)),
            LinkLength::Long
        );
        assert_eq!(LinkLength::of(&of_length(BROWSER_LENGTH)), LinkLength::Long);
        assert_eq!(
            LinkLength::of(&of_length(BROWSER_LENGTH + 1)),
            LinkLength::TooLong
        );
        assert_eq!(LinkLength::Safe.advice(Lang::Nl), None);
        assert!(LinkLength::TooLong
            .advice(Lang::Nl)
            .unwrap()
            .contains("bestand"));
        assert!(LinkLength::Long.advice(Lang::En).unwrap().contains("file"));
    }

    #[test]
    fn a_large_plan_gives_a_link_judged_too_long() {
        let mut plan = example();
        let partner = plan.partners[0].clone();
        for i in 0..1500 {
            let mut copy = partner.clone();
            copy.id = format!("extra{i}");
            // Distinct text, as real partners have: it does not compress away.
            copy.name = format!("Partner {i} {}", (i * 7919) % 10007);
            for contribution in &mut copy.contributions {
                contribution.description = format!("Inzet {} uur {}", i * 13, i * i);
            }
            plan.partners.push(copy);
        }
        let url = link("https://centra-check.example/", &plan);
        assert_eq!(
            LinkLength::of(&url),
            LinkLength::TooLong,
            "{} chars",
            url.len()
        );
        assert_eq!(decode(&url[url.find('#').unwrap()..]).unwrap(), plan);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn any_proposal_survives_encode_then_decode(plan in crate::generated::readable_proposal()) {
            prop_assert_eq!(decode(&encode(&plan)), Ok(plan));
        }

        #[test]
        fn base64url_round_trips_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            let mut text = String::new();
            base64url_encode(&bytes, &mut text);
            prop_assert_eq!(text.len(), (bytes.len() * 4).div_ceil(3));
            prop_assert_eq!(base64url_decode(&text), Ok(bytes));
        }
    }
}
