// learner: slow
// why: is_palindrome is O(n) space, target O(1): it lowercases the whole text into a new String before walking it from both ends
//! Palindrome check without a copy: see README.md.

/// Returns `true` if the alphanumeric characters of `s` (see `char::is_alphanumeric`)
/// read the same forwards and backwards, ignoring case.
///
/// Must run in O(n) time with O(1) extra space: no `String` or `Vec` copy of the input.
pub fn is_palindrome(s: &str) -> bool {
    let lower = s.to_lowercase();
    let mut it = lower.chars().filter(|c| c.is_alphanumeric());
    loop {
        match (it.next(), it.next_back()) {
            (Some(a), Some(b)) if a != b => return false,
            (Some(_), Some(_)) => continue,
            _ => return true,
        }
    }
}
