// learner: optimal
// idiom: verilog: Brent's algorithm, power-of-two window counter that re-latches the tortoise, then a lead pointer lam steps ahead for the entry
// why: the window doubles until it covers the cycle, total steps < 2(t + c) + c: O(n) time; only a few usize counters, O(1) space
//! Cycle detection in a linked list: see README.md.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle (at least 1).
    pub len: usize,
}

/// Brent's detection: returns the cycle length, or None if the list ends.
fn brent_len(next: &[Option<usize>], head: usize) -> Option<usize> {
    let mut power: usize = 1; // window size, always a power of two
    let mut lam: usize = 1; // steps taken in this window
    let mut tortoise = head;
    let mut hare = next[head]?;
    while tortoise != hare {
        if power == lam {
            // window full: re-latch the tortoise, double the window (shift left)
            tortoise = hare;
            power <<= 1;
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
        Some(h) => brent_len(next, h).is_some(),
    }
}

/// The cycle reached from `head`, or `None` if the list ends.
pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let h = head?;
    let lam = brent_len(next, h)?;
    // lead pointer lam steps ahead of the trail pointer; they meet at the entry
    let mut lead = h;
    let mut k = 0usize;
    while k < lam {
        lead = next[lead]?;
        k += 1;
    }
    let mut trail = h;
    while trail != lead {
        trail = next[trail]?;
        lead = next[lead]?;
    }
    Some(Cycle { entry: trail, len: lam })
}
