// learner: slow
// why: find_cycle is O(n log n) time, target O(n): knows the cycle length from Floyd, then binary-searches the entry step, walking from the head and round the cycle for every probe
//! Cycle detection in a linked list: see README.md.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle (at least 1).
    pub len: usize,
}

fn advance(next: &[Option<usize>], mut at: usize, steps: usize) -> usize {
    for _ in 0..steps {
        at = next[at].expect("on the rho, every node has a successor");
    }
    at
}

/// (node where they met, steps taken by the tortoise)
fn floyd(next: &[Option<usize>], head: usize) -> Option<(usize, usize)> {
    let mut slow = head;
    let mut fast = head;
    let mut steps = 0;
    loop {
        fast = next[fast]?;
        fast = next[fast]?;
        slow = next[slow]?;
        steps += 1;
        if slow == fast {
            return Some((slow, steps));
        }
    }
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    match head {
        Some(h) => floyd(next, h).is_some(),
        None => false,
    }
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let h = head?;
    let (meet, steps) = floyd(next, h)?;
    let mut len = 1;
    let mut cur = next[meet]?;
    while cur != meet {
        cur = next[cur]?;
        len += 1;
    }
    // smallest t with node_t on the cycle (walking len steps from it comes back)
    let (mut lo, mut hi) = (0usize, steps);
    while lo < hi {
        let mid = (lo + hi) / 2;
        let node = advance(next, h, mid);
        if advance(next, node, len) == node {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Some(Cycle { entry: advance(next, h, lo), len })
}
