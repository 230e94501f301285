//! Palindrome check: build a cleaned copy and its reverse (O(n) extra space).

/// Returns `true` if the alphanumeric characters of `s` (see `char::is_alphanumeric`)
/// read the same forwards and backwards, ignoring case.
pub fn is_palindrome(s: &str) -> bool {
    let cleaned: String = s
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    let reversed: String = cleaned.chars().rev().collect();
    cleaned == reversed
}
