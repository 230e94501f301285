// learner: optimal
// idiom: MUMPS: Brent's teleporting tortoise (PWR doubles, TORT jumps to HARE) gives the length LAM straight away; then two pointers LAM apart from HEAD meet at the entry
// why: Brent takes O(t + c) steps to find the loop length, the entry walk O(t + c) more: O(n) time; five counters: O(1) space

//! Cycle detection in a linked list: see README.md.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle (at least 1).
    pub len: usize,
}

/// Brent: returns the cycle length, or 0 if the walk ends.
fn lam(next: &[Option<usize>], head: usize) -> usize {
    let mut pwr = 1usize;
    let mut ln = 1usize;
    let mut tort = head;
    let mut hare = match next[head] {
        Some(h) => h,
        None => return 0,
    };
    while tort != hare {
        if pwr == ln {
            tort = hare;
            pwr *= 2;
            ln = 0;
        }
        hare = match next[hare] {
            Some(h) => h,
            None => return 0,
        };
        ln += 1;
    }
    ln
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    match head {
        None => false,
        Some(h) => lam(next, h) > 0,
    }
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let h = head?;
    let ln = lam(next, h);
    if ln == 0 {
        return None;
    }
    // put B LN steps ahead of A, then walk both one at a time
    let mut a = h;
    let mut b = h;
    for _ in 0..ln {
        b = next[b].expect("on a cycle");
    }
    while a != b {
        a = next[a].expect("on a cycle");
        b = next[b].expect("on a cycle");
    }
    Some(Cycle { entry: a, len: ln })
}
