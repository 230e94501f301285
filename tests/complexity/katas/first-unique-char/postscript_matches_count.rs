// learner: slow
// idiom: PostScript: for each char, ask the string how many times it occurs (`search` in a loop), here with `matches(c).count()`
// why: every count rescans the whole string: O(n) per char, O(n^2) when the unique char comes late or not at all
//! First non-repeating character: see README.md.

/// Returns the first `char` of `s` that occurs exactly once in `s`,
/// or `None` if there is no such character.
///
/// Characters are Unicode scalar values (`char`), compared exactly (case-sensitive).
/// Must run in O(n) time.
pub fn first_unique_char(s: &str) -> Option<char> {
    for c in s.chars() {
        if s.matches(c).count() == 1 {
            return Some(c);
        }
    }
    None
}
