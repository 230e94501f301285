//! Palindrome check without a copy: see README.md.

/// Returns `true` if the alphanumeric characters of `s` (see `char::is_alphanumeric`)
/// read the same forwards and backwards, ignoring case.
///
/// Must run in O(n) time with O(1) extra space: no `String` or `Vec` copy of the input.
pub fn is_palindrome(s: &str) -> bool {
    todo!("is_palindrome({s:?})")
}
