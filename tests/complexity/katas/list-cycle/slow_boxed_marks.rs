// learner: slow
// why: find_cycle is O(n) space, target O(1): it keeps a boxed slice of visited marks, one bool per node
//! Cycle detection in a linked list.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle.
    pub len: usize,
}

/// Returns `true` if following `next` from `head` never reaches `None`.
pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    find_cycle(next, head).is_some()
}

/// Walks the list marking each node; the first node seen twice is the entry.
pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let mut seen: Box<[bool]> = next.iter().map(|_| false).collect();
    let mut current = head;
    while let Some(node) = current {
        if seen[node] {
            // `node` is the first repeat: count the loop from here.
            let mut len = 1;
            let mut walker = next[node].unwrap();
            while walker != node {
                walker = next[walker].unwrap();
                len += 1;
            }
            return Some(Cycle { entry: node, len });
        }
        seen[node] = true;
        current = next[node];
    }
    None
}
