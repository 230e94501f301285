// learner: slow
// why: has_cycle/find_cycle are O(N) time in the table length, target O(n) in the walk length: walks next.len() steps to be sure it is inside the loop
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

/// Walks `steps` successors from `start`; None if the list ends first.
fn advance(next: &[Option<usize>], start: usize, steps: usize) -> Option<usize> {
    let mut node: usize = start;
    for _ in 0..steps {
        node = match next[node] {
            Some(x) => x,
            None => return None,
        };
    }
    Some(node)
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    match head {
        // more steps than there are nodes: we must be going round in circles
        Some(h) => advance(next, h, next.len()).is_some(),
        None => false,
    }
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let h: usize = head?;
    // after next.len() steps we are certainly on the cycle
    let inside: usize = advance(next, h, next.len())?;
    let mut len: usize = 1;
    let mut cur: usize = next[inside].unwrap();
    while cur != inside {
        cur = next[cur].unwrap();
        len += 1;
    }
    let mut ahead: usize = advance(next, h, len)?;
    let mut behind: usize = h;
    while ahead != behind {
        ahead = next[ahead].unwrap();
        behind = next[behind].unwrap();
    }
    Some(Cycle { entry: behind, len: len })
}
