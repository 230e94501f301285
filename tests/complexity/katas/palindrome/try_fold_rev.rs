// learner: optimal
// idiom: try_fold over the reversed alphanumeric chars carrying the forward iterator as state; `?` on Option short-circuits a mismatch
//! Palindrome check without a copy: see README.md.

/// Returns `true` if the alphanumeric characters of `s` (see `char::is_alphanumeric`)
/// read the same forwards and backwards, ignoring case.
///
/// Must run in O(n) time with O(1) extra space: no `String` or `Vec` copy of the input.
pub fn is_palindrome(s: &str) -> bool {
    let forward = s.chars().filter(|c| c.is_alphanumeric());
    s.chars()
        .rev()
        .filter(|c| c.is_alphanumeric())
        .try_fold(forward, |mut forward, back| {
            let front = forward.next()?;
            front.to_lowercase().eq(back.to_lowercase()).then_some(forward)
        })
        .is_some()
}
