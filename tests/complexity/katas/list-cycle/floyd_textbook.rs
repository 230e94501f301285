// learner: optimal
// idiom: textbook Floyd with a private step helper, explicit invariants in comments, while loops
//! Cycle detection in a linked list: see README.md.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

/// One successor step; `None` means the list ended.
fn step(next: &[Option<usize>], node: Option<usize>) -> Option<usize> {
    match node {
        Some(i) => next[i],
        None => None,
    }
}

/// Runs the tortoise and hare; returns the meeting node if there is a cycle.
/// Invariant: after k iterations, tortoise = f^k(head), hare = f^(2k)(head).
fn meeting_point(next: &[Option<usize>], head: Option<usize>) -> Option<usize> {
    let mut tortoise = head;
    let mut hare = head;
    loop {
        hare = step(next, step(next, hare));
        tortoise = step(next, tortoise);
        if hare.is_none() {
            return None;
        }
        if hare == tortoise {
            return hare;
        }
    }
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    meeting_point(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let meet = meeting_point(next, head)?;
    // Invariant: a and b are the same distance (mod c) from the entry.
    let mut a = head?;
    let mut b = meet;
    while a != b {
        a = next[a].expect("on the cycle");
        b = next[b].expect("on the cycle");
    }
    let entry = a;
    let mut len = 1;
    let mut cur = next[entry].expect("on the cycle");
    while cur != entry {
        len += 1;
        cur = next[cur].expect("on the cycle");
    }
    Some(Cycle { entry, len })
}
