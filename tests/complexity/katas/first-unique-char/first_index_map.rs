// learner: optimal
// idiom: single pass into HashMap<char, Option<usize>> (first position, None once repeated), then min over the map values
use std::collections::HashMap;

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut first_at: HashMap<char, Option<usize>> = HashMap::new();
    for (i, c) in s.chars().enumerate() {
        first_at
            .entry(c)
            .and_modify(|slot| *slot = None)
            .or_insert(Some(i));
    }
    first_at
        .into_iter()
        .filter_map(|(c, at)| at.map(|i| (i, c)))
        .min()
        .map(|(_, c)| c)
}
