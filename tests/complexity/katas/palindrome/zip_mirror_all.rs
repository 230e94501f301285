// learner: optimal
// idiom: MapThread-style: zip the forward and reversed filtered streams, take half, all() of pure-function comparison
//! Palindrome check without a copy: see README.md.

/// Returns `true` if the alphanumeric characters of `s` (see `char::is_alphanumeric`)
/// read the same forwards and backwards, ignoring case.
pub fn is_palindrome(s: &str) -> bool {
    let keep = |c: &char| c.is_alphanumeric();
    let count = s.chars().filter(keep).count();
    let forward = s.chars().filter(keep);
    let backward = s.chars().rev().filter(keep);
    forward
        .zip(backward)
        .take(count / 2)
        .all(|(a, b)| a.to_lowercase().eq(b.to_lowercase()))
}
