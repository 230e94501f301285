// learner: slow
// why: has_cycle is O(table) time, target O(n) (walk length): walks next.len() steps as a budget before declaring a loop, so every short looping walk pays for the whole table
//! Cycle detection in a linked list: see README.md.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle (at least 1).
    pub len: usize,
}

/// Walks `steps` hops from `from`; None if the list ends on the way.
fn walk(next: &[Option<usize>], from: usize, steps: usize) -> Option<usize> {
    let mut at = from;
    for _ in 0..steps {
        at = next[at]?;
    }
    Some(at)
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    // a list without a loop has at most next.len() nodes, so if we can still
    // walk after that many steps we must be going round in circles
    match head {
        Some(h) => walk(next, h, next.len()).is_some(),
        None => false,
    }
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let h = head?;
    let inside = walk(next, h, next.len())?; // surely on the cycle now
    let mut len = 1;
    let mut cur = next[inside]?;
    while cur != inside {
        cur = next[cur]?;
        len += 1;
    }
    let mut a = h;
    let mut b = walk(next, h, len)?;
    while a != b {
        a = next[a]?;
        b = next[b]?;
    }
    Some(Cycle { entry: a, len })
}
