//! First non-repeating character: see README.md.

/// Returns the first `char` of `s` that occurs exactly once in `s`,
/// or `None` if there is no such character.
///
/// Characters are Unicode scalar values (`char`), compared exactly (case-sensitive).
/// Must run in O(n) time.
pub fn first_unique_char(s: &str) -> Option<char> {
    todo!("first_unique_char({s:?})")
}
