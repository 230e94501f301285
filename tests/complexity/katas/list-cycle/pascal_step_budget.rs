// learner: slow
// why: find_cycle is O(table) time per call, target O(n) in the walk: walks next.len() steps as a "must be looping by now" budget
//! Cycle detection in a linked list: see README.md.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle (at least 1).
    pub len: usize,
}

/* Procedure: walk from start for at most `budget` steps.
   After the table's length of steps without meeting None we must be on the cycle. */
fn walk_budget(next: &[Option<usize>], start: usize, budget: usize, ended: &mut bool, at: &mut usize) {
    let mut i: usize = 0;
    let mut cur: usize = start;
    *ended = false;
    while i < budget && !*ended {
        match next[cur] {
            None => *ended = true,
            Some(n) => cur = n,
        }
        i = i + 1;
    }
    *at = cur;
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    let mut ended: bool = false;
    let mut at: usize = 0;
    match head {
        None => false,
        Some(h) => {
            walk_budget(next, h, next.len(), &mut ended, &mut at);
            !ended
        }
    }
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let mut ended: bool = false;
    let mut inside: usize = 0;
    let h: usize = head?;
    walk_budget(next, h, next.len(), &mut ended, &mut inside);
    if ended {
        return None;
    }
    /* count the lap */
    let mut len: usize = 1;
    let mut r: usize = next[inside].unwrap();
    while r != inside {
        r = next[r].unwrap();
        len = len + 1;
    }
    /* a pointer len steps ahead of another meets it at the entry */
    let mut ahead: usize = h;
    let mut k: usize = 0;
    while k < len {
        ahead = next[ahead].unwrap();
        k = k + 1;
    }
    let mut behind: usize = h;
    while behind != ahead {
        behind = next[behind].unwrap();
        ahead = next[ahead].unwrap();
    }
    Some(Cycle { entry: behind, len: len })
}
