// learner: slow
// why: find_cycle is O(n^2) time, target O(n): uses next.len() as the step budget, so every walk costs the whole table (many short walks in a big table)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

/// Walk next.len() steps: if we have not hit None by then, we must be on the cycle.
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
    // lead pointer len steps ahead, then walk both until they meet at the entry
    let mut lead = head.unwrap();
    for _ in 0..len {
        lead = next[lead].unwrap();
    }
    let mut trail = head.unwrap();
    while trail != lead {
        trail = next[trail].unwrap();
        lead = next[lead].unwrap();
    }
    Some(Cycle { entry: trail, len })
}
