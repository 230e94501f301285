// learner: optimal
// idiom: Tcl-ish: a counts "dict" (HashMap<char, usize>), two passes driven by while-let over a chars iterator
use std::collections::HashMap;

/// Returns the first `char` of `s` that occurs exactly once in `s`.
pub fn first_unique_char(s: &str) -> Option<char> {
    let mut counts: HashMap<char, usize> = HashMap::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        // like `dict incr counts $c`
        *counts.entry(c).or_insert(0) += 1;
    }
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if counts[&c] == 1 {
            return Some(c);
        }
    }
    None
}
