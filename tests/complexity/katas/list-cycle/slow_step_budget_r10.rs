// learner: slow
// why: has_cycle/find_cycle are O(table size) per call, target O(n) of the walk: "more steps than nodes in the table means a loop", then walk the cycle n more steps to find the entry by re-walking from head
//! Cycle detection in a linked list: see README.md.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

/// Walks next.len() steps; if the list has not ended, we are on the cycle.
fn node_on_cycle(next: &[Option<usize>], head: usize) -> Option<usize> {
    let mut cur = head;
    for _ in 0..next.len() {
        cur = next[cur]?;
    }
    Some(cur)
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    head.map_or(false, |h| node_on_cycle(next, h).is_some())
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let on = node_on_cycle(next, head?)?;
    let mut len = 1;
    let mut x = next[on].unwrap();
    while x != on {
        x = next[x].unwrap();
        len += 1;
    }
    // pointer `len` ahead of the head meets the head pointer at the entry
    let mut a = head.unwrap();
    let mut b = a;
    for _ in 0..len {
        b = next[b].unwrap();
    }
    while a != b {
        a = next[a].unwrap();
        b = next[b].unwrap();
    }
    Some(Cycle { entry: a, len })
}
