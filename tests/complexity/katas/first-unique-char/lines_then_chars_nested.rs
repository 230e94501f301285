// learner: optimal
// idiom: counts per line: nested for over s.split_inclusive('\n') then line.chars() (each char once), HashMap<char, u32>, second pass with a labelled-free early return
use std::collections::HashMap;

pub fn first_unique_char(s: &str) -> Option<char> {
    let mut counts: HashMap<char, u32> = HashMap::with_capacity(64);
    for line in s.split_inclusive('\n') {
        for c in line.chars() {
            let slot = counts.entry(c).or_insert(0);
            *slot = slot.saturating_add(1);
        }
    }
    for c in s.chars() {
        if let Some(&1) = counts.get(&c) {
            return Some(c);
        }
    }
    None
}
