// learner: slow
// why: is_palindrome is O(n) space, target O(1): lowercases the whole text into a new String before the two-pointer walk
//! Palindrome check without a copy: see README.md.

/// Returns `true` if the alphanumeric characters of `s` (see `char::is_alphanumeric`)
/// read the same forwards and backwards, ignoring case.
pub fn is_palindrome(s: &str) -> bool {
    // lowercase once up front so the loop below stays simple
    let lower = s.to_lowercase();
    let mut front = lower.chars().filter(|c| c.is_alphanumeric());
    let mut back = lower.chars().rev().filter(|c| c.is_alphanumeric());
    let total = lower.chars().filter(|c| c.is_alphanumeric()).count();
    let mut i = 0;
    while i < total / 2 {
        if front.next() != back.next() {
            return false;
        }
        i += 1;
    }
    true
}
