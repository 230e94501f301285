// learner: optimal
// idiom: Brent teleporting tortoise with power-of-two lap counters, while loops, shared private helper
//! Cycle detection in a linked list: see README.md.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle (at least 1).
    pub len: usize,
}

/// Brent's algorithm: returns (cycle length, a node on the cycle) or None.
fn brent(next: &[Option<usize>], head: usize) -> Option<usize> {
    let mut power: usize = 1;
    let mut lam: usize = 1;
    let mut tortoise: usize = head;
    let mut hare: usize = next[head]?;
    while tortoise != hare {
        if power == lam {
            tortoise = hare;
            power *= 2;
            lam = 0;
        }
        hare = next[hare]?;
        lam += 1;
    }
    Some(lam)
}

/// Returns `true` if following `next` from `head` never reaches `None`.
pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    match head {
        None => false,
        Some(h) => brent(next, h).is_some(),
    }
}

/// The cycle reached from `head`, or `None` if the list ends.
pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let h = head?;
    let lam = brent(next, h)?;
    // put the hare lam steps ahead, then move both until they meet
    let mut tortoise: usize = h;
    let mut hare: usize = h;
    let mut i: usize = 0;
    while i < lam {
        hare = next[hare]?;
        i += 1;
    }
    while tortoise != hare {
        tortoise = next[tortoise]?;
        hare = next[hare]?;
    }
    Some(Cycle { entry: tortoise, len: lam })
}
