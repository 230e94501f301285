// learner: optimal
// idiom: GLSL: one pass storing first texel index (or a SEEN_TWICE sentinel), then a min-reduction over the k keys
//! First non-repeating character: see README.md.

use std::collections::HashMap;

const SEEN_TWICE: usize = usize::MAX;

/// Returns the first `char` of `s` that occurs exactly once in `s`,
/// or `None` if there is no such character.
pub fn first_unique_char(s: &str) -> Option<char> {
    let mut first_at: HashMap<char, usize> = HashMap::new();
    for (idx, c) in s.chars().enumerate() {
        first_at
            .entry(c)
            .and_modify(|slot| *slot = SEEN_TWICE)
            .or_insert(idx);
    }

    // reduction over the distinct chars: smallest index wins
    let mut best_idx = SEEN_TWICE;
    let mut best_char = None;
    for (&c, &idx) in &first_at {
        if idx < best_idx {
            best_idx = idx;
            best_char = Some(c);
        }
    }
    best_char
}
