// learner: optimal
// idiom: Floyd with `loop`/explicit break and match on Option successors, no `?`
//! Cycle detection in a linked list: see README.md.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle (at least 1).
    pub len: usize,
}

/// Returns `true` if following `next` from `head` never reaches `None`.
pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    let start = match head {
        Some(h) => h,
        None => return false,
    };
    let mut slow: usize = start;
    let mut fast: usize = start;
    loop {
        // fast moves two
        match next[fast] {
            None => return false,
            Some(f1) => match next[f1] {
                None => return false,
                Some(f2) => fast = f2,
            },
        }
        slow = match next[slow] {
            Some(s) => s,
            None => return false,
        };
        if slow == fast {
            break;
        }
    }
    true
}

/// The cycle reached from `head`, or `None` if the list ends.
pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let start = match head {
        Some(h) => h,
        None => return None,
    };
    let mut slow: usize = start;
    let mut fast: usize = start;
    loop {
        match next[fast] {
            None => return None,
            Some(f1) => match next[f1] {
                None => return None,
                Some(f2) => fast = f2,
            },
        }
        slow = match next[slow] {
            Some(s) => s,
            None => return None,
        };
        if slow == fast {
            break;
        }
    }
    // phase 2: one pointer back to head, both step by one
    let mut a: usize = start;
    let mut b: usize = slow;
    loop {
        if a == b {
            break;
        }
        a = match next[a] { Some(x) => x, None => return None };
        b = match next[b] { Some(x) => x, None => return None };
    }
    let entry = a;
    // phase 3: walk the cycle once
    let mut len: usize = 1;
    let mut p: usize = match next[entry] { Some(x) => x, None => return None };
    loop {
        if p == entry {
            break;
        }
        len += 1;
        p = match next[p] { Some(x) => x, None => return None };
    }
    Some(Cycle { entry, len })
}
