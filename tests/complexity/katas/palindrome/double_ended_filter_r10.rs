// learner: optimal
// idiom: senior: one filtered double-ended Chars iterator consumed from both ends, small private helper fn, let-else
//! Palindrome check without a copy: see README.md.

/// Case-insensitive equality of two chars without allocating.
fn same_letter(a: char, b: char) -> bool {
    a == b || a.to_lowercase().eq(b.to_lowercase())
}

/// Returns `true` if the alphanumeric characters of `s` read the same forwards and backwards,
/// ignoring case. O(n) time, O(1) extra space.
pub fn is_palindrome(s: &str) -> bool {
    let mut letters = s.chars().filter(|c| c.is_alphanumeric());
    while let Some(front) = letters.next() {
        let Some(back) = letters.next_back() else {
            return true;
        };
        if !same_letter(front, back) {
            return false;
        }
    }
    true
}
