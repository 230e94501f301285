// learner: optimal
// idiom: Racket-style: inner helper fn recursing on a shared DoubleEnded iterator (tail call as a loop in spirit)
//! Palindrome check without a copy: see README.md.

/// Returns `true` if the alphanumeric characters of `s` read the same both ways, ignoring case.
pub fn is_palindrome(s: &str) -> bool {
    fn same(a: char, b: char) -> bool {
        a.to_lowercase().eq(b.to_lowercase())
    }
    // (let loop ((it it)) ...) -- but iterative so deep inputs cannot blow the stack
    fn walk<I: DoubleEndedIterator<Item = char>>(mut it: I) -> bool {
        loop {
            match (it.next(), it.next_back()) {
                (Some(a), Some(b)) => {
                    if !same(a, b) {
                        return false;
                    }
                }
                _ => return true,
            }
        }
    }
    walk(s.chars().filter(|c| c.is_alphanumeric()))
}
