// learner: slow
// why: find_cycle is O(table size) time per walk, target O(n) in the walk length: "more steps than there are nodes means a loop" walks next.len() steps even for a 3-node walk
//! Cycle detection in a linked list: see README.md.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

/// After next.len() steps we must be on the cycle if there is one.
fn node_after_budget(next: &[Option<usize>], head: usize) -> Option<usize> {
    let mut at = head;
    for _ in 0..next.len() {
        at = next[at]?;
    }
    Some(at)
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    head.and_then(|h| node_after_budget(next, h)).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let h = head?;
    let on_cycle = node_after_budget(next, h)?;
    let mut len = 1;
    let mut at = next[on_cycle].unwrap();
    while at != on_cycle {
        at = next[at].unwrap();
        len += 1;
    }
    // lead starts len steps ahead; the two meet at the entry
    let mut lead = h;
    for _ in 0..len {
        lead = next[lead].unwrap();
    }
    let mut trail = h;
    while trail != lead {
        trail = next[trail].unwrap();
        lead = next[lead].unwrap();
    }
    Some(Cycle { entry: trail, len })
}
