// learner: optimal
// idiom: match-heavy: explicit front/back Chars cursors with skip loops, per-char lowercase compared by a hand-written loop over the two case iterators
//! Palindrome check without a copy: see README.md.

use std::str::Chars;

fn next_alnum(it: &mut Chars<'_>) -> Option<char> {
    it.by_ref().find(|c| c.is_alphanumeric())
}

fn next_alnum_back(it: &mut Chars<'_>) -> Option<char> {
    it.by_ref().rev().find(|c| c.is_alphanumeric())
}

/// Compares the lowercase forms of two chars (each at most 3 chars long).
fn fold_eq(a: char, b: char) -> bool {
    let mut la = a.to_lowercase();
    let mut lb = b.to_lowercase();
    loop {
        match (la.next(), lb.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x == y => continue,
            _ => return false,
        }
    }
}

pub fn is_palindrome(s: &str) -> bool {
    let mut cursor = s.chars();
    loop {
        let front = match next_alnum(&mut cursor) {
            Some(c) => c,
            None => return true,
        };
        let back = match next_alnum_back(&mut cursor) {
            Some(c) => c,
            None => return true, // the middle char of an odd-length palindrome
        };
        if !fold_eq(front, back) {
            return false;
        }
    }
}
