// learner: optimal
// idiom: GLSL: fixed-size bit-packed counter texture, 2 saturating bits per code point, 32 lanes per u64 word
//! First non-repeating character: see README.md.

// every Unicode scalar value fits below 0x110000
const CODE_SPACE: usize = 0x11_0000;
const LANES_PER_WORD: usize = 32; // 64 bits / 2 bits per lane
const WORDS: usize = CODE_SPACE / LANES_PER_WORD;

#[inline]
fn read_lane(buf: &[u64], cp: usize) -> u64 {
    let word = cp >> 5; // / 32
    let shift = (cp & 31) << 1; // * 2
    (buf[word] >> shift) & 0b11
}

#[inline]
fn bump_lane(buf: &mut [u64], cp: usize) {
    let word = cp >> 5;
    let shift = (cp & 31) << 1;
    let cur = (buf[word] >> shift) & 0b11;
    // saturate at 2: 0 -> 1 -> 2 -> 2, no branch
    let next = cur + ((cur < 2) as u64);
    buf[word] = (buf[word] & !(0b11u64 << shift)) | (next << shift);
}

/// Returns the first `char` of `s` that occurs exactly once in `s`,
/// or `None` if there is no such character.
pub fn first_unique_char(s: &str) -> Option<char> {
    // constant-size (alphabet-sized) scratch, independent of n
    let mut counts = vec![0u64; WORDS];
    for c in s.chars() {
        bump_lane(&mut counts, c as usize);
    }
    s.chars().find(|&c| read_lane(&counts, c as usize) == 1)
}
