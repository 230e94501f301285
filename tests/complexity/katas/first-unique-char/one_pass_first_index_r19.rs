// learner: optimal
// idiom: web-dev style: single pass storing first index or a "seen twice" marker, then min over the map (size k)
//! First non-repeating character: see README.md.

use std::collections::HashMap;

#[derive(Debug, Clone, Copy)]
enum Seen {
    Once(usize),
    Many,
}

/// Returns the first `char` of `s` that occurs exactly once in `s`,
/// or `None` if there is no such character.
pub fn first_unique_char(s: &str) -> Option<char> {
    let mut seen: HashMap<char, Seen> = HashMap::new();
    for (pos, c) in s.char_indices() {
        seen.entry(c)
            .and_modify(|state| *state = Seen::Many)
            .or_insert(Seen::Once(pos));
    }
    seen.into_iter()
        .filter_map(|(c, state)| match state {
            Seen::Once(pos) => Some((pos, c)),
            Seen::Many => None,
        })
        .min_by_key(|&(pos, _)| pos)
        .map(|(_, c)| c)
}
