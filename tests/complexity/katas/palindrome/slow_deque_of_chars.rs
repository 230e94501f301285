// learner: slow
// why: is_palindrome is O(n) space, target O(1): pushes every lowercased alphanumeric char into a VecDeque, then pops both ends
//! Palindrome check without a copy: see README.md.

use std::collections::VecDeque;

/// Returns `true` if the alphanumeric characters of `s` (see `char::is_alphanumeric`)
/// read the same forwards and backwards, ignoring case.
///
/// Must run in O(n) time with O(1) extra space: no `String` or `Vec` copy of the input.
pub fn is_palindrome(s: &str) -> bool {
    let mut letters: VecDeque<char> = VecDeque::new();
    for c in s.chars() {
        if c.is_alphanumeric() {
            for low in c.to_lowercase() {
                letters.push_back(low);
            }
        }
    }
    while letters.len() > 1 {
        let first = letters.pop_front();
        let last = letters.pop_back();
        if first != last {
            return false;
        }
    }
    true
}
