// learner: optimal
// idiom: defensive auditor: Chars as a double-ended cursor pair, private predicate helpers, while-let with explicit exhaustion handling
//! Palindrome check without a copy: see README.md.

use std::str::Chars;

fn next_significant(cursor: &mut Chars<'_>) -> Option<char> {
    while let Some(c) = cursor.next() {
        if c.is_alphanumeric() {
            return Some(c);
        }
    }
    None
}

fn prev_significant(cursor: &mut Chars<'_>) -> Option<char> {
    while let Some(c) = cursor.next_back() {
        if c.is_alphanumeric() {
            return Some(c);
        }
    }
    None
}

fn same_ignoring_case(a: char, b: char) -> bool {
    a == b || a.to_lowercase().eq(b.to_lowercase())
}

/// Returns `true` if the alphanumeric characters of `s` read the same both ways, ignoring case.
/// O(n) time, O(1) extra space.
pub fn is_palindrome(s: &str) -> bool {
    let mut cursor = s.chars();
    while let Some(left) = next_significant(&mut cursor) {
        let right = match prev_significant(&mut cursor) {
            Some(r) => r,
            // `left` was the middle character (or the only one).
            None => return true,
        };
        if !same_ignoring_case(left, right) {
            return false;
        }
    }
    true
}
