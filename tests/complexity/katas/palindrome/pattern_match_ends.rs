// learner: optimal
// idiom: one double-ended filtered iterator, loop over (next, next_back) pairs matched like rewrite rules
//! Palindrome check without a copy: see README.md.

/// Returns `true` if the alphanumeric characters of `s` (see `char::is_alphanumeric`)
/// read the same forwards and backwards, ignoring case.
pub fn is_palindrome(s: &str) -> bool {
    let mut ends = s.chars().filter(|c| c.is_alphanumeric());
    loop {
        match (ends.next(), ends.next_back()) {
            (Some(a), Some(b)) if a.to_lowercase().eq(b.to_lowercase()) => continue,
            (Some(_), Some(_)) => return false,
            // middle character alone, or nothing left
            (_, None) => return true,
            (None, Some(_)) => unreachable!("next_back found more than next"),
        }
    }
}
