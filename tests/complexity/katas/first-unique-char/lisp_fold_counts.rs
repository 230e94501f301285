// learner: optimal
// idiom: Lisp-style: fold the chars into a frequency map, then find the first with count 1
//! First non-repeating character: see README.md.

use std::collections::HashMap;

fn frequencies(s: &str) -> HashMap<char, usize> {
    s.chars().fold(HashMap::new(), |mut acc, c| {
        *acc.entry(c).or_insert(0) += 1;
        acc
    })
}

/// Returns the first `char` of `s` that occurs exactly once in `s`,
/// or `None` if there is no such character.
///
/// Characters are Unicode scalar values (`char`), compared exactly (case-sensitive).
/// Must run in O(n) time.
pub fn first_unique_char(s: &str) -> Option<char> {
    let freq = frequencies(s);
    s.chars().find(|c| freq[c] == 1)
}
