// learner: optimal
// idiom: Gleam-style pipeline: filtered double-ended char iterator consumed pairwise with try_fold-like recursion-free zip of both ends
//! Palindrome check without a copy: see README.md.

/// Returns `true` if the alphanumeric characters of `s` (see `char::is_alphanumeric`)
/// read the same forwards and backwards, ignoring case.
///
/// Must run in O(n) time with O(1) extra space: no `String` or `Vec` copy of the input.
pub fn is_palindrome(s: &str) -> bool {
    let forward = s.chars().filter(|c| c.is_alphanumeric());
    let backward = s.chars().rev().filter(|c| c.is_alphanumeric());
    let count = s.chars().filter(|c| c.is_alphanumeric()).count();
    forward
        .zip(backward)
        .take(count / 2)
        .all(|(a, b)| a.to_lowercase().eq(b.to_lowercase()))
}
