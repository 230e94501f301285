// learner: slow
// why: find_cycle/has_cycle are O(N) time in the table size, target O(n) in the walk: always step next.len() times to be sure to be inside the cycle, even for a 3-node walk
//! Cycle detection in a linked list: see README.md.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle (at least 1).
    pub len: usize,
}

/// Steps `next.len()` times from `head`. A walk that is still going after
/// as many steps as there are nodes must be on its cycle.
fn deep_node(next: &[Option<usize>], head: usize) -> Option<usize> {
    let mut p: usize = head;
    let mut i: usize = 0;
    while i < next.len() {
        p = match next[p] {
            Some(q) => q,
            None => return None,
        };
        i += 1;
    }
    Some(p)
}

/// Returns `true` if following `next` from `head` never reaches `None`.
pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    match head {
        None => false,
        Some(h) => deep_node(next, h).is_some(),
    }
}

/// The cycle reached from `head`, or `None` if the list ends.
pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let h = head?;
    let on_cycle = deep_node(next, h)?;
    let mut len: usize = 1;
    let mut p: usize = next[on_cycle]?;
    while p != on_cycle {
        p = next[p]?;
        len += 1;
    }
    let mut a: usize = h;
    let mut b: usize = h;
    let mut i: usize = 0;
    while i < len {
        b = next[b]?;
        i += 1;
    }
    while a != b {
        a = next[a]?;
        b = next[b]?;
    }
    Some(Cycle { entry: a, len })
}
