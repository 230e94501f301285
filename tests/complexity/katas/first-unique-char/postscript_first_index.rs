// learner: optimal
// idiom: PostScript: one pass over the string storing each char's first position in a dictionary (or a "seen twice" marker), then a walk over the dictionary, not the string, for the smallest position
// why: one pass over the n chars plus one pass over the k distinct ones, O(1) expected per operation: O(n) time, O(k) space
//! First non-repeating character: see README.md.

use std::collections::HashMap;

/// the marker for "seen more than once"
const TWICE: usize = usize::MAX;

/// Returns the first `char` of `s` that occurs exactly once in `s`,
/// or `None` if there is no such character.
///
/// Characters are Unicode scalar values (`char`), compared exactly (case-sensitive).
/// Must run in O(n) time.
pub fn first_unique_char(s: &str) -> Option<char> {
    let mut first_at: HashMap<char, usize> = HashMap::new();
    let mut pos = 0usize;
    for c in s.chars() {
        first_at
            .entry(c)
            .and_modify(|p| *p = TWICE)
            .or_insert(pos);
        pos += 1;
    }
    // smallest position among the ones seen once
    let mut best: Option<(usize, char)> = None;
    for (&c, &p) in first_at.iter() {
        if p == TWICE {
            continue;
        }
        match best {
            Some((bp, _)) if bp <= p => {}
            _ => best = Some((p, c)),
        }
    }
    best.map(|(_, c)| c)
}
