// learner: optimal
// idiom: one pass storing first index or a "seen twice" marker per char, then min over the k map values (follow-up 2): O(n) time, O(k) space
use std::collections::HashMap;

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut first: HashMap<char, Option<usize>> = HashMap::new();
    for (i, c) in s.chars().enumerate() {
        first
            .entry(c)
            .and_modify(|slot| *slot = None)
            .or_insert(Some(i));
    }
    first
        .iter()
        .filter_map(|(&c, &slot)| slot.map(|i| (i, c)))
        .min()
        .map(|(_, c)| c)
}
