// learner: optimal
// idiom: Lisp-style single pass: map char -> Some(first index) or None once repeated, then min over the k-sized map
//! First non-repeating character: see README.md.

use std::collections::HashMap;

/// Returns the first `char` of `s` that occurs exactly once in `s`,
/// or `None` if there is no such character.
///
/// Characters are Unicode scalar values (`char`), compared exactly (case-sensitive).
/// Must run in O(n) time.
pub fn first_unique_char(s: &str) -> Option<char> {
    s.chars()
        .enumerate()
        .fold(HashMap::<char, Option<usize>>::new(), |mut seen, (i, c)| {
            seen.entry(c).and_modify(|slot| *slot = None).or_insert(Some(i));
            seen
        })
        .into_iter()
        .filter_map(|(c, first)| first.map(|i| (i, c)))
        .min()
        .map(|(_, c)| c)
}
