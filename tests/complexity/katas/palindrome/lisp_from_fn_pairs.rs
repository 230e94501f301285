// learner: optimal
// idiom: Lisp-style: one filtered double-ended iterator, pairs of (front, back) produced lazily with from_fn, then all()
//! Palindrome check without a copy: see README.md.

fn same_ignoring_case(a: char, b: char) -> bool {
    a.to_lowercase().eq(b.to_lowercase())
}

/// Returns `true` if the alphanumeric characters of `s` (see `char::is_alphanumeric`)
/// read the same forwards and backwards, ignoring case.
///
/// Must run in O(n) time with O(1) extra space: no `String` or `Vec` copy of the input.
pub fn is_palindrome(s: &str) -> bool {
    let mut ends = s.chars().filter(|c| c.is_alphanumeric());
    std::iter::from_fn(|| Some((ends.next()?, ends.next_back()?)))
        .all(|(a, b)| same_ignoring_case(a, b))
}
