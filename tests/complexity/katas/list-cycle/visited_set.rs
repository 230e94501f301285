// learner: slow
// idiom: JavaScript bootcamp graduate: the "just remember where you've been" answer, a HashMap of node -> step index (like a JS Set/Map), the first repeat is the entry and the step difference is the loop length
// why: has_cycle and find_cycle are O(n) time but O(n) extra space (one map entry per visited node) vs the O(1) space target
//! Cycle detection in a linked list.

use std::collections::HashMap;

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    find_cycle(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let mut seenAt: HashMap<usize, usize> = HashMap::new();
    let mut current = head;
    let mut step = 0;
    while let Some(node) = current {
        if let Some(&firstStep) = seenAt.get(&node) {
            return Some(Cycle { entry: node, len: step - firstStep });
        }
        seenAt.insert(node, step);
        step += 1;
        current = next[node];
    }
    None
}
