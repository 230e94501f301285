// learner: optimal
// idiom: C-style Floyd with plain usize cursors, a shared meet() helper returning Option<usize>, while loops with early returns, counters as mutable locals
//! Cycle detection in a successor table with O(1) extra space.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

/// Runs tortoise and hare from `start`; returns the node where they meet, if the walk loops.
fn meet(next: &[Option<usize>], start: usize) -> Option<usize> {
    let mut slow = start;
    let mut fast = start;
    loop {
        let f1 = match next[fast] {
            Some(x) => x,
            None => return None,
        };
        let f2 = match next[f1] {
            Some(x) => x,
            None => return None,
        };
        fast = f2;
        slow = next[slow].unwrap();
        if slow == fast {
            return Some(slow);
        }
    }
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    let start = match head {
        Some(h) => h,
        None => return false,
    };
    meet(next, start).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let start = head?;
    let m = meet(next, start)?;
    let mut a = start;
    let mut b = m;
    while a != b {
        a = next[a].unwrap();
        b = next[b].unwrap();
    }
    let entry = a;
    let mut len = 1;
    let mut c = next[entry].unwrap();
    while c != entry {
        c = next[c].unwrap();
        len += 1;
    }
    Some(Cycle { entry, len })
}
