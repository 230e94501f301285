// BTreeMap operations are logarithmic: n of them is n log n.
// expect frequencies: time O(n log n), space O(n)
use std::collections::BTreeMap;
pub fn frequencies(words: &[&str]) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for w in words {
        *counts.entry(w.to_string()).or_insert(0) += 1;
    }
    counts
}
