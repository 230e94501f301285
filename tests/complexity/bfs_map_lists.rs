// Breadth-first search over a map of lists fetched with `get`, with names
// that say nothing about graphs: each list is walked once per popped node.
// expect reach: time O(n), space O(n)
// target reach: time O(V + E), space O(V)
use std::collections::{HashMap, HashSet, VecDeque};
pub fn reach(m: &HashMap<u32, Vec<u32>>, s: u32) -> HashSet<u32> {
    let mut seen = HashSet::new();
    let mut q = VecDeque::new();
    seen.insert(s);
    q.push_back(s);
    while let Some(x) = q.pop_front() {
        if let Some(items) = m.get(&x) {
            for &y in items {
                if seen.insert(y) {
                    q.push_back(y);
                }
            }
        }
    }
    seen
}
