//! Cycle detection in a linked list by remembering every visited node: O(n) extra space.

use std::collections::HashMap;

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle (at least 1).
    pub len: usize,
}

/// Returns `true` if following `next` from `head` never reaches `None`.
pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    find_cycle(next, head).is_some()
}

/// The cycle reached from `head`, or `None` if the list ends.
pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    // node -> its position in the walk
    let mut seen: HashMap<usize, usize> = HashMap::new();
    let mut node = head;
    let mut steps = 0;
    while let Some(i) = node {
        if let Some(&first) = seen.get(&i) {
            return Some(Cycle {
                entry: i,
                len: steps - first,
            });
        }
        seen.insert(i, steps);
        steps += 1;
        node = next[i];
    }
    None
}
