// learner: slow
// idiom: verilog: remember every visited node in a HashSet<usize> and stop at the first repeat (the textbook naive)
// why: misses the O(1) extra-space target of has_cycle and find_cycle: the set holds every node of the walk, O(n) space
//! Cycle detection in a linked list: see README.md.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle (at least 1).
    pub len: usize,
}

use std::collections::HashSet;

/// Returns `true` if following `next` from `head` never reaches `None`.
pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    find_cycle(next, head).is_some()
}

/// The cycle reached from `head`, or `None` if the list ends.
pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let mut seen: HashSet<usize> = HashSet::new();
    let mut cur = head;
    while let Some(x) = cur {
        if !seen.insert(x) {
            // first repeat = entry; count one lap
            let mut len = 1;
            let mut y = next[x].unwrap();
            while y != x {
                y = next[y].unwrap();
                len += 1;
            }
            return Some(Cycle { entry: x, len });
        }
        cur = next[x];
    }
    None
}
