// learner: optimal
// idiom: PostScript: a counting dictionary filled in one pass (`dup where { ... 1 add } { 1 } ifelse def`), then a second pass that stops at the first count of 1
// why: two linear passes with O(1) expected dictionary operations: O(n) time, O(k) space
//! First non-repeating character: see README.md.

use std::collections::HashMap;

/// Returns the first `char` of `s` that occurs exactly once in `s`,
/// or `None` if there is no such character.
///
/// Characters are Unicode scalar values (`char`), compared exactly (case-sensitive).
/// Must run in O(n) time.
pub fn first_unique_char(s: &str) -> Option<char> {
    let mut counts: HashMap<char, u32> = HashMap::new();
    for c in s.chars() {
        *counts.entry(c).or_insert(0) += 1;
    }
    let mut answer = None;
    for c in s.chars() {
        if counts[&c] == 1 {
            answer = Some(c);
            break;
        }
    }
    answer
}
