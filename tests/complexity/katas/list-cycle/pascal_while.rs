// learner: optimal
// idiom: Pascal-teacher style: procedure-like helpers with &mut out-params, while loops, explicit flags
//! Cycle detection in a linked list: see README.md.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle (at least 1).
    pub len: usize,
}

/* Procedure: run tortoise and hare from start.
   On return, found is true when they met, and meet holds the meeting node. */
fn race(next: &[Option<usize>], start: usize, found: &mut bool, meet: &mut usize) {
    let mut slow: usize = start;
    let mut fast: usize = start;
    let mut finished: bool = false;
    *found = false;
    while !finished {
        match next[fast] {
            None => finished = true,
            Some(f1) => match next[f1] {
                None => finished = true,
                Some(f2) => {
                    fast = f2;
                    slow = next[slow].unwrap();
                    if slow == fast {
                        *found = true;
                        *meet = slow;
                        finished = true;
                    }
                }
            },
        }
    }
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    let mut found: bool = false;
    let mut meet: usize = 0;
    if let Some(start) = head {
        race(next, start, &mut found, &mut meet);
    }
    found
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let mut found: bool = false;
    let mut meet: usize = 0;
    let start: usize;
    match head {
        None => return None,
        Some(h) => start = h,
    }
    race(next, start, &mut found, &mut meet);
    if !found {
        return None;
    }
    let mut p: usize = start;
    let mut q: usize = meet;
    while p != q {
        p = next[p].unwrap();
        q = next[q].unwrap();
    }
    let entry: usize = p;
    let mut count: usize = 1;
    let mut r: usize = next[entry].unwrap();
    while r != entry {
        r = next[r].unwrap();
        count = count + 1;
    }
    Some(Cycle { entry: entry, len: count })
}
