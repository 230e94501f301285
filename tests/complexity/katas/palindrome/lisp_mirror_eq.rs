// learner: optimal
// idiom: Lisp-style: compare the cleaned forward sequence with the cleaned reversed one via Iterator::eq, pairwise lowercase, no buffers
//! Palindrome check without a copy: see README.md.

fn alnum(s: &str) -> impl DoubleEndedIterator<Item = char> + '_ {
    s.chars().filter(|c| c.is_alphanumeric())
}

/// Returns `true` if the alphanumeric characters of `s` (see `char::is_alphanumeric`)
/// read the same forwards and backwards, ignoring case.
///
/// Must run in O(n) time with O(1) extra space: no `String` or `Vec` copy of the input.
pub fn is_palindrome(s: &str) -> bool {
    alnum(s)
        .zip(alnum(s).rev())
        .all(|(a, b)| a.to_lowercase().eq(b.to_lowercase()))
}
