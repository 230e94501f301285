//! First non-repeating character: count once, then look up in order.

use std::collections::HashMap;

/// Returns the first `char` of `s` that occurs exactly once in `s`,
/// or `None` if there is no such character.
///
/// O(n) expected time, O(k) extra space for k distinct characters.
pub fn first_unique_char(s: &str) -> Option<char> {
    let mut counts: HashMap<char, usize> = HashMap::new();
    for c in s.chars() {
        *counts.entry(c).or_insert(0) += 1;
    }
    s.chars().find(|c| counts[c] == 1)
}
