//! The compact form of large saved plans: LZ77 (in the style of LZ4's
//! block format) packed 15 bits to a character.
//!
//! Browsers give a site about 5 MB of local storage, counted in UTF-16
//! characters or bytes, and a large plan's JSON takes about 3 MB. JSON
//! repeats itself (field names, categories, years), so LZ77 shrinks it
//! five- to tenfold; packing the bytes 15 to a character (U+0800..U+87FF,
//! never a surrogate) keeps them valid text for `localStorage`.
//!
//! Why not the raw DEFLATE of share links: in the browser that is
//! `CompressionStream`, which is asynchronous, and a save when the page is
//! closed (`pagehide`) must finish before the handler returns. This
//! compressor is synchronous, small in the download, and pure Rust, so it
//! is tested natively like the rest of the storage format.

const MIN_MATCH: usize = 4;
const MAX_OFFSET: usize = u16::MAX as usize;
const HASH_BITS: u32 = 15;
/// The first character of the packed form: 15 bits of value above it.
const BASE: u32 = 0x0800;
const MASK: u32 = 0x7fff;

/// Why a compact text could not be unpacked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompactError {
    /// A character outside the packed range, or the wrong number of them.
    NotPacked,
    /// The LZ77 data is cut off or points outside what came before.
    Damaged,
    /// It would unpack to more than the limit.
    TooLarge,
}

impl std::fmt::Display for CompactError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            CompactError::NotPacked => "compact form: not packed text",
            CompactError::Damaged => "compact form: damaged",
            CompactError::TooLarge => "compact form: too large",
        })
    }
}

fn hash(bytes: &[u8]) -> usize {
    let word = u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
    (word.wrapping_mul(2_654_435_761) >> (32 - HASH_BITS)) as usize
}

/// A length beyond the 15 its nibble holds: 255s, then the rest.
fn push_length(out: &mut Vec<u8>, mut rest: usize) {
    while rest >= 255 {
        out.push(255);
        rest -= 255;
    }
    out.push(rest as u8);
}

/// One sequence: a token (literal count, match length − 4), the literals,
/// then the match as a 2-byte offset. The last sequence has no match.
fn push_sequence(out: &mut Vec<u8>, literals: &[u8], found: Option<(usize, usize)>) {
    let lit = literals.len();
    let extra = found.map_or(0, |(_, length)| length - MIN_MATCH);
    // mutants: equivalent (`^` for `|`: the two nibbles do not overlap)
    out.push(((lit.min(15) as u8) << 4) | extra.min(15) as u8);
    if lit >= 15 {
        push_length(out, lit - 15);
    }
    out.extend_from_slice(literals);
    if let Some((offset, _)) = found {
        out.extend_from_slice(&(offset as u16).to_le_bytes());
        if extra >= 15 {
            push_length(out, extra - 15);
        }
    }
}

/// LZ77 of `input`, greedy, with a hash of every 4-byte position.
pub fn compress(input: &[u8]) -> Vec<u8> {
    let mut compressor = Compressor::new(input.len());
    compressor.advance(input, usize::MAX);
    compressor.finish(input)
}

/// [`compress`] a slice at a time, so a large plan's save never holds the
/// page for long: `advance` as often as it takes, then `finish`. The
/// input must be the same every time.
pub struct Compressor {
    out: Vec<u8>,
    /// Last position + 1 of each hash; 0 means none.
    last: Vec<u32>,
    anchor: usize,
    at: usize,
}

impl Compressor {
    pub fn new(input_len: usize) -> Compressor {
        Compressor {
            out: Vec::with_capacity(input_len / 4 + 16),
            last: vec![0u32; 1 << HASH_BITS],
            anchor: 0,
            at: 0,
        }
    }

    /// Compresses about `bytes` more of `input`; true when all is done.
    pub fn advance(&mut self, input: &[u8], bytes: usize) -> bool {
        let stop = self.at.saturating_add(bytes);
        let (last, out) = (&mut self.last, &mut self.out);
        let (mut anchor, mut at) = (self.anchor, self.at);
        // mutants: equivalent (`at <= stop` only moves where a piece ends;
        // the pieces together compress the same)
        while at + MIN_MATCH <= input.len() && at < stop {
            let slot = hash(&input[at..]);
            let candidate = last[slot] as usize;
            last[slot] = at as u32 + 1;
            if candidate > 0 {
                let from = candidate - 1;
                if at - from <= MAX_OFFSET
                    && input[from..from + MIN_MATCH] == input[at..at + MIN_MATCH]
                {
                    let mut length = MIN_MATCH;
                    while at + length < input.len() && input[from + length] == input[at + length] {
                        length += 1;
                    }
                    push_sequence(out, &input[anchor..at], Some((at - from, length)));
                    // mutants: equivalent (any bound of this range that
                    // stays inside the input, such as `at - 1`, `at * 1` or
                    // `input.len() / MIN_MATCH + 1`: which places the hash
                    // remembers changes how well later text packs, never
                    // what unpacks)
                    for inside in at + 1..(at + length).min(input.len() - MIN_MATCH + 1) {
                        last[hash(&input[inside..])] = inside as u32 + 1;
                    }
                    at += length;
                    anchor = at;
                    continue;
                }
            }
            at += 1;
        }
        (self.anchor, self.at) = (anchor, at);
        // mutants: equivalent (`>=`: done one place early; the last bytes
        // go out as literals and unpack the same)
        at + MIN_MATCH > input.len()
    }

    /// The compressed bytes, after `advance` said all was done.
    pub fn finish(mut self, input: &[u8]) -> Vec<u8> {
        push_sequence(&mut self.out, &input[self.anchor..], None);
        self.out
    }
}

fn read_length(input: &[u8], at: &mut usize, mut length: usize) -> Result<usize, CompactError> {
    if length == 15 {
        loop {
            let byte = *input.get(*at).ok_or(CompactError::Damaged)?;
            *at += 1;
            length += byte as usize;
            if byte != 255 {
                break;
            }
        }
    }
    Ok(length)
}

/// Undoes [`compress`]; refuses to grow past `limit` bytes.
pub fn decompress(input: &[u8], limit: usize) -> Result<Vec<u8>, CompactError> {
    let mut out: Vec<u8> = Vec::with_capacity(input.len().saturating_mul(4).min(limit));
    let mut at = 0;
    loop {
        let token = *input.get(at).ok_or(CompactError::Damaged)?;
        at += 1;
        let literals = read_length(input, &mut at, (token >> 4) as usize)?;
        let end = at.checked_add(literals).ok_or(CompactError::Damaged)?;
        let slice = input.get(at..end).ok_or(CompactError::Damaged)?;
        if out.len() + literals > limit {
            return Err(CompactError::TooLarge);
        }
        out.extend_from_slice(slice);
        at = end;
        if at == input.len() {
            return Ok(out);
        }
        let offset = match input.get(at..at + 2) {
            Some(&[low, high]) => u16::from_le_bytes([low, high]) as usize,
            _ => return Err(CompactError::Damaged),
        };
        at += 2;
        let length = read_length(input, &mut at, (token & 15) as usize)? + MIN_MATCH;
        if offset == 0 || offset > out.len() {
            return Err(CompactError::Damaged);
        }
        if out.len() + length > limit {
            return Err(CompactError::TooLarge);
        }
        let from = out.len() - offset;
        // Byte by byte: a match may overlap what it writes.
        for i in 0..length {
            out.push(out[from + i]);
        }
    }
}

fn packed_char(value: u32) -> char {
    char::from_u32(BASE + (value & MASK)).expect("below the surrogates")
}

/// Bytes as text, 15 bits to a character, after two characters that hold
/// the byte count.
pub fn to_text(bytes: &[u8]) -> String {
    let count = bytes.len() as u32;
    assert!(count < 1 << 30, "more than a gigabyte to pack");
    let mut text = String::with_capacity(bytes.len() / 15 * 8 * 3 + 12);
    text.push(packed_char(count >> 15));
    text.push(packed_char(count));
    let (mut bits, mut held) = (0u32, 0u32);
    for &byte in bytes {
        // mutants: equivalent (`^`: the shifted bits and the byte do not overlap)
        bits = (bits << 8) | u32::from(byte);
        held += 8;
        if held >= 15 {
            held -= 15;
            text.push(packed_char(bits >> held));
            bits &= (1 << held) - 1;
        }
    }
    if held > 0 {
        text.push(packed_char(bits << (15 - held)));
    }
    text
}

/// Undoes [`to_text`].
pub fn from_text(text: &str) -> Result<Vec<u8>, CompactError> {
    let mut values = text.chars().map(|c| {
        let c = c as u32;
        if (BASE..=BASE + MASK).contains(&c) {
            Ok(c - BASE)
        } else {
            Err(CompactError::NotPacked)
        }
    });
    let mut next = || values.next().unwrap_or(Err(CompactError::NotPacked));
    // mutants: equivalent (`^`: the two halves of the count do not overlap)
    let count = ((next()? << 15) | next()?) as usize;
    // The header may claim up to a gigabyte; reserve no more than the
    // text can hold: 15 bits in each character of three bytes.
    let mut bytes = Vec::with_capacity(count.min(text.len() / 3 * 15 / 8));
    let (mut bits, mut held) = (0u32, 0u32);
    while bytes.len() < count {
        // mutants: equivalent (`^`: the shifted bits and the value do not overlap)
        bits = (bits << 15) | next()?;
        held += 15;
        while held >= 8 && bytes.len() < count {
            held -= 8;
            bytes.push((bits >> held) as u8);
            bits &= (1 << held) - 1;
        }
    }
    if values.next().is_some() {
        return Err(CompactError::NotPacked);
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    #[test]
    fn compressing_a_slice_at_a_time_gives_the_same_bytes() {
        // 1.2 MB, far past the window, in slices down to a byte: enough to
        // cross every boundary, and few seconds less a mutant at opt-level 0.
        let input: Vec<u8> = (0..50_000u32)
            .flat_map(|i| {
                format!("{{\"line\":{},\"year\":{}}},", i % 977, 2026 + i % 4).into_bytes()
            })
            .collect();
        let whole = compress(&input);
        for slice in [1, 7, 4096, 1 << 20] {
            let mut compressor = Compressor::new(input.len());
            let mut slices = 1;
            while !compressor.advance(&input, slice) {
                slices += 1;
            }
            assert_eq!(compressor.finish(&input), whole, "slices of {slice}");
            assert!(slice > input.len() / 2 || slices > 1);
        }
        let mut tiny = Compressor::new(3);
        assert!(tiny.advance(b"abc", 1));
        assert_eq!(tiny.finish(b"abc"), compress(b"abc"));
    }

    use super::*;
    use proptest::prelude::*;

    #[test]
    fn json_of_a_plan_shrinks_severalfold_and_comes_back_exactly() {
        let json = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/civ-slimme-maakindustrie.json"
        ));
        let packed = compress(json.as_bytes());
        assert!(
            packed.len() * 2 < json.len(),
            "{} → {}",
            json.len(),
            packed.len()
        );
        assert_eq!(decompress(&packed, usize::MAX).unwrap(), json.as_bytes());
        let text = to_text(&packed);
        assert!(text.chars().all(|c| ('\u{800}'..='\u{87ff}').contains(&c)));
        assert_eq!(from_text(&text).unwrap(), packed);
    }

    #[test]
    fn long_runs_and_long_literals_use_the_length_bytes() {
        let mut input = vec![b'a'; 100_000];
        input.extend((0..1000u32).map(|i| (i.wrapping_mul(7919) % 251) as u8));
        let packed = compress(&input);
        assert!(packed.len() < 2_000, "{}", packed.len());
        assert_eq!(decompress(&packed, usize::MAX).unwrap(), input);
    }

    #[test]
    fn damage_is_refused_never_a_panic() {
        let text = b"hello hello hello hello, and more text that repeats, repeats";
        let packed = compress(text);
        // The format has no checksum: a cut-off text unpacks to less or is
        // refused (the JSON reader then refuses the shorter text).
        for cut in 0..packed.len() {
            assert_ne!(
                decompress(&packed[..cut], usize::MAX).as_deref(),
                Ok(&text[..])
            );
        }
        assert_eq!(decompress(&packed, 10), Err(CompactError::TooLarge));
        assert_eq!(decompress(&[], 10), Err(CompactError::Damaged));
        // A match reaching before the start.
        assert_eq!(decompress(&[0x00, 5, 0, 0], 99), Err(CompactError::Damaged));
        assert_eq!(from_text("plain"), Err(CompactError::NotPacked));
        let text = to_text(b"abc");
        assert_eq!(
            from_text(&text[..text.len() - 3]),
            Err(CompactError::NotPacked)
        );
        assert_eq!(
            from_text(&format!("{text}\u{800}")),
            Err(CompactError::NotPacked)
        );
        // A character just above the packed range is no packed text either.
        let mut above: Vec<char> = text.chars().collect();
        above[2] = char::from_u32(BASE + MASK + 1).unwrap();
        let above: String = above.into_iter().collect();
        assert_eq!(from_text(&above), Err(CompactError::NotPacked));
    }

    proptest! {
        #[test]
        fn any_bytes_round_trip(bytes in proptest::collection::vec(
            prop_oneof![Just(b'a'), Just(b'b'), any::<u8>()], 0..3000)) {
            let packed = compress(&bytes);
            prop_assert_eq!(decompress(&packed, bytes.len()).unwrap(), bytes.clone());
            prop_assert_eq!(from_text(&to_text(&packed)).unwrap(), packed);
        }

        #[test]
        fn any_text_unpacks_or_is_refused(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            let _ = decompress(&bytes, 1 << 20);
        }
    }
}
