// learner: slow
// why: has_cycle and find_cycle are O(N) time in the table size N, target O(n) in the walk: "more steps than there are nodes means a loop", so every looping walk is run for next.len() steps however short it is
//! Cycle detection in a successor table with O(1) extra space.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

/// Walks next.len() steps; a walk that is still going is then surely on its cycle.
fn node_on_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<usize> {
    let mut cur = head?;
    for _ in 0..next.len() {
        cur = next[cur]?;
    }
    Some(cur)
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    node_on_cycle(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let on = node_on_cycle(next, head)?;
    let mut len = 1;
    let mut p = next[on].unwrap();
    while p != on {
        p = next[p].unwrap();
        len += 1;
    }
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
