// learner: optimal
// idiom: GLSL: two passes like a histogram compute pass + a resolve pass, HashMap<char, u32> counts
//! First non-repeating character: see README.md.

use std::collections::HashMap;

/// Returns the first `char` of `s` that occurs exactly once in `s`,
/// or `None` if there is no such character.
pub fn first_unique_char(s: &str) -> Option<char> {
    // pass 0: histogram
    let mut hist: HashMap<char, u32> = HashMap::new();
    for c in s.chars() {
        let bin = hist.entry(c).or_insert(0);
        *bin = bin.saturating_add(1);
    }
    // pass 1: resolve in input order
    for c in s.chars() {
        if hist[&c] == 1 {
            return Some(c);
        }
    }
    None
}
