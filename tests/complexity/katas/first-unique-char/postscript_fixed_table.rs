// learner: optimal
// idiom: PostScript: a fixed-size array with one slot per possible char value (0..=0x10FFFF), counts saturating at 2, read back in string order
// why: two linear passes over the string with O(1) array indexing; the table is a constant size whatever n is: O(n) time, O(1) extra space (a fixed 1.1 MB)
//! First non-repeating character: see README.md.

/// one slot per Unicode scalar value (surrogates just stay unused)
const SLOTS: usize = 0x11_0000;

/// Returns the first `char` of `s` that occurs exactly once in `s`,
/// or `None` if there is no such character.
///
/// Characters are Unicode scalar values (`char`), compared exactly (case-sensitive).
/// Must run in O(n) time.
pub fn first_unique_char(s: &str) -> Option<char> {
    if s.is_empty() {
        return None;
    }
    let mut seen = vec![0u8; SLOTS];
    for c in s.chars() {
        let slot = &mut seen[c as usize];
        if *slot < 2 {
            *slot += 1;
        }
    }
    s.chars().find(|&c| seen[c as usize] == 1)
}
