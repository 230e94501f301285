// learner: slow
// idiom: MUMPS: Floyd to find the loop and its length, then bisect the position of the entry (like a binary $ORDER lookup): "is the node at position K on the loop?" = walk K from HEAD, go LEN more, back where we were?
// why: each of the O(log n) bisection probes re-walks up to n nodes from HEAD plus a lap: O(n log n) time (O(1) space) instead of the O(n) two-pointer entry walk

//! Cycle detection in a linked list: see README.md.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle (at least 1).
    pub len: usize,
}

/// node at position K of the walk (0 = HEAD); the walk is known not to end
fn at(next: &[Option<usize>], hd: usize, k: usize) -> usize {
    let mut x = hd;
    for _ in 0..k {
        x = next[x].unwrap();
    }
    x
}

/// SLO/FST meet; returns (meeting node, steps the tortoise took)
fn meet(next: &[Option<usize>], hd: usize) -> Option<(usize, usize)> {
    let (mut s, mut f) = (hd, hd);
    let mut st = 0usize;
    loop {
        f = next[next[f]?]?;
        s = next[s]?;
        st += 1;
        if s == f {
            return Some((s, st));
        }
    }
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    head.and_then(|h| meet(next, h)).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let hd = head?;
    let (mt, st) = meet(next, hd)?;
    let mut len = 1;
    let mut x = next[mt].unwrap();
    while x != mt {
        x = next[x].unwrap();
        len += 1;
    }
    // smallest K in 0..=ST whose node is on the loop (position ST surely is)
    let (mut lo, mut hi) = (0usize, st);
    while lo < hi {
        let md = lo + (hi - lo) / 2;
        let p = at(next, hd, md);
        if at(next, p, len) == p {
            hi = md;
        } else {
            lo = md + 1;
        }
    }
    Some(Cycle { entry: at(next, hd, lo), len })
}
