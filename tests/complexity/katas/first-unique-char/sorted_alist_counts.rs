// learner: slow
// idiom: Lisp Machine nostalgic: counts kept in an ordered map (a sorted alist, BTreeMap) instead of a hash table, then find over the string
// why: first_unique_char is O(n log k) time (BTreeMap insert/lookup per char, k distinct chars, up to O(n log n)) vs the O(n) target
//! First non-repeating character: see README.md.

use std::collections::BTreeMap;

/// Returns the first `char` of `s` that occurs exactly once in `s`.
pub fn first_unique_char(s: &str) -> Option<char> {
    let alist = s.chars().fold(BTreeMap::new(), |mut m: BTreeMap<char, usize>, c| {
        *m.entry(c).or_default() += 1;
        m
    });
    s.chars().find(|c| alist[c] == 1)
}
