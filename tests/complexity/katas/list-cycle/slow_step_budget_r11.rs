// learner: slow
// why: has_cycle is O(table) time per call, target O(n): it walks next.len() steps ("more steps than nodes means a loop") even when the walk is short
//! Cycle detection in a linked list: see README.md.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

/// Walks `budget` steps from `start`; None if the list ends first.
fn walk(next: &[Option<usize>], start: usize, budget: usize) -> Option<usize> {
    let mut current = start;
    for _ in 0..budget {
        current = next[current]?;
    }
    Some(current)
}

/// If we can take as many steps as there are nodes, some node repeated.
pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    match head {
        None => false,
        Some(h) => walk(next, h, next.len()).is_some(),
    }
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let head = head?;
    // After next.len() steps we are surely on the cycle.
    let on_cycle = walk(next, head, next.len())?;
    // Count the lap.
    let mut len = 1;
    let mut cur = next[on_cycle].unwrap();
    while cur != on_cycle {
        cur = next[cur].unwrap();
        len += 1;
    }
    // One pointer len steps ahead; they meet at the entry.
    let mut ahead = walk(next, head, len).unwrap();
    let mut behind = head;
    while ahead != behind {
        ahead = next[ahead].unwrap();
        behind = next[behind].unwrap();
    }
    Some(Cycle { entry: behind, len })
}
