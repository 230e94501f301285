// learner: slow
// why: has_cycle/find_cycle are O(N) time in the table size per call, target O(n) for the walk: "more steps than nodes means a loop" always walks next.len() steps on a cyclic walk
//! Cycle detection in a linked list: see README.md.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

/// Walks next.len() steps. If the list has not ended by then, some node
/// repeated (pigeonhole), so we are sitting on the cycle: return that node.
fn node_after_budget(next: &[Option<usize>], head: Option<usize>) -> Option<usize> {
    let mut cur = head?;
    let mut budget = next.len();
    while budget > 0 {
        cur = next[cur]?;
        budget -= 1;
    }
    Some(cur)
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    node_after_budget(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let on_cycle = node_after_budget(next, head)?;
    // length: walk around once
    let mut len = 1;
    let mut cur = next[on_cycle].unwrap();
    while cur != on_cycle {
        cur = next[cur].unwrap();
        len += 1;
    }
    // entry: one pointer len steps ahead of the other, both from head
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
