// learner: optimal
// idiom: verilog: Floyd tortoise/hare as two pointer registers, a one-step helper with ? for the "fell off the end" case
// why: hare meets tortoise within one lap (< n steps), entry after t more steps, one more lap for the length: O(n) time, three usize registers
//! Cycle detection in a linked list: see README.md.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle (at least 1).
    pub len: usize,
}

#[inline]
fn step(next: &[Option<usize>], x: usize) -> Option<usize> {
    next[x]
}

/// Runs the race; returns the meeting node if the hare never falls off.
fn meet(next: &[Option<usize>], head: Option<usize>) -> Option<usize> {
    let mut slow = head?;
    let mut fast = head?;
    loop {
        fast = step(next, step(next, fast)?)?;
        slow = step(next, slow)?;
        if slow == fast {
            return Some(slow);
        }
    }
}

/// Returns `true` if following `next` from `head` never reaches `None`.
pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    meet(next, head).is_some()
}

/// The cycle reached from `head`, or `None` if the list ends.
pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let m = meet(next, head)?;
    // one pointer from the head, one from the meeting point, same speed
    let mut a = head?;
    let mut b = m;
    while a != b {
        a = step(next, a)?;
        b = step(next, b)?;
    }
    let entry = a;
    let mut len = 1usize;
    let mut c = step(next, entry)?;
    while c != entry {
        c = step(next, c)?;
        len += 1;
    }
    Some(Cycle { entry, len })
}
