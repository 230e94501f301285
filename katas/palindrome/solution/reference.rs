//! Palindrome check without a copy: two cursors from both ends.

/// Returns `true` if the alphanumeric characters of `s` (see `char::is_alphanumeric`)
/// read the same forwards and backwards, ignoring case.
///
/// O(n) time, O(1) extra space.
pub fn is_palindrome(s: &str) -> bool {
    // `Filter<Chars>` is double-ended: `next()` takes from the front, `next_back()`
    // from the back, and the two never cross.
    let mut letters = s.chars().filter(|c| c.is_alphanumeric());
    while let Some(front) = letters.next() {
        let Some(back) = letters.next_back() else {
            return true; // `front` was the middle character
        };
        if !same_ignoring_case(front, back) {
            return false;
        }
    }
    true
}

/// Compares two chars by their lowercase forms, without allocating.
fn same_ignoring_case(a: char, b: char) -> bool {
    a == b || a.to_lowercase().eq(b.to_lowercase())
}
