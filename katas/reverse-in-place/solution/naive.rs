//! Reverse a string by collecting the reversed chars into a new String (O(n) extra space).

/// Reverses the characters (Unicode scalar values) of `s`.
pub fn reverse_in_place(s: &mut String) {
    *s = s.chars().rev().collect();
}
