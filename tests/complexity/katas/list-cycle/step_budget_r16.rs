// learner: slow
// why: has_cycle is O(n^2) time, target O(n): a "more steps than nodes" budget walks next.len() steps for every walk, however short
//! Cycle detection in a linked list: see README.md.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle (at least 1).
    pub len: usize,
}

// If we can take more steps than there are nodes, we must be going round in circles.
fn node_after_budget(next: &[Option<usize>], head: Option<usize>) -> Option<usize> {
    let mut cur = head?;
    let mut i = 0;
    while i < next.len() {
        cur = next[cur]?;
        i += 1;
    }
    Some(cur)
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    node_after_budget(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let on_cycle = node_after_budget(next, head)?;
    // lap length
    let mut len = 1;
    let mut p = next[on_cycle].unwrap();
    while p != on_cycle {
        p = next[p].unwrap();
        len += 1;
    }
    // put one runner `len` steps ahead; walking both, they meet at the entry
    let mut ahead = head.unwrap();
    for _ in 0..len {
        ahead = next[ahead].unwrap();
    }
    let mut behind = head.unwrap();
    while ahead != behind {
        ahead = next[ahead].unwrap();
        behind = next[behind].unwrap();
    }
    Some(Cycle { entry: behind, len })
}
