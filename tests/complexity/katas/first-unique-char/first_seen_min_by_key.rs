// learner: optimal
// idiom: single pass with char_indices storing (first byte offset, count) per char, then min_by_key over the map's entries
use std::collections::HashMap;

#[derive(Clone, Copy)]
struct Seen {
    first: usize,
    times: usize,
}

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut seen: HashMap<char, Seen> = HashMap::with_capacity(64);
    for (offset, ch) in s.char_indices() {
        seen.entry(ch)
            .and_modify(|e| e.times += 1)
            .or_insert(Seen { first: offset, times: 1 });
    }
    seen.into_iter()
        .filter(|(_, e)| e.times == 1)
        .min_by_key(|(_, e)| e.first)
        .map(|(ch, _)| ch)
}
