// learner: optimal
// idiom: Floyd tortoise and hare with a step helper and `?` on every hop, early returns
//! Cycle detection in a linked list: see README.md.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle (at least 1).
    pub len: usize,
}

fn step(next: &[Option<usize>], node: usize) -> Option<usize> {
    next[node]
}

/// Some(meeting node) if the hare catches the tortoise, None if it falls off the end.
fn meeting_point(next: &[Option<usize>], head: Option<usize>) -> Option<usize> {
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

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    meeting_point(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let meet = meeting_point(next, head)?;
    let mut a = head?;
    let mut b = meet;
    while a != b {
        a = next[a]?;
        b = next[b]?;
    }
    let entry = a;
    let mut len = 1;
    let mut cur = next[entry]?;
    while cur != entry {
        cur = next[cur]?;
        len += 1;
    }
    Some(Cycle { entry, len })
}
