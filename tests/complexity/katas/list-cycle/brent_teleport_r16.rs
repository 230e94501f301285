// learner: optimal
// idiom: Brent's algorithm with power-of-two teleporting, `?` on Option successors, small helper fns
//! Cycle detection in a linked list: see README.md.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle (at least 1).
    pub len: usize,
}

/// Length of the cycle reached from `head`, or None if the list ends (Brent).
fn lap_length(next: &[Option<usize>], head: usize) -> Option<usize> {
    let mut power = 1usize;
    let mut lam = 1usize;
    let mut tortoise = head;
    let mut hare = next[head]?;
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

/// Advances `k` steps; only called on nodes known to be on a looping walk.
fn advance(next: &[Option<usize>], mut at: usize, k: usize) -> usize {
    for _ in 0..k {
        at = next[at].expect("walk loops, so every successor exists");
    }
    at
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    head.and_then(|h| lap_length(next, h)).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let h = head?;
    let lam = lap_length(next, h)?;
    // Put the hare lam steps ahead, then walk both: they meet at the entry.
    let mut front = advance(next, h, lam);
    let mut back = h;
    while front != back {
        front = advance(next, front, 1);
        back = advance(next, back, 1);
    }
    Some(Cycle { entry: back, len: lam })
}
