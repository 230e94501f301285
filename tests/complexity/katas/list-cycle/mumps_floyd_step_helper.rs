// learner: optimal
// idiom: MUMPS: Floyd with two plain variables SLO/FST and a one-line $GET-style step helper (`?` on the successor); entry by restarting one pointer at HEAD, length by one more lap
// why: hare meets tortoise within n steps, the entry walk takes the tail length t, the lap c: O(n) time, a handful of usize variables: O(1) space

//! Cycle detection in a linked list: see README.md.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle (at least 1).
    pub len: usize,
}

/// NX(N): $G(NEXT(N))
#[inline]
fn nx(next: &[Option<usize>], n: usize) -> Option<usize> {
    next[n]
}

/// The node where SLO and FST first meet, or None when FST runs off the end.
fn meet(next: &[Option<usize>], head: Option<usize>) -> Option<usize> {
    let mut slo = head?;
    let mut fst = head?;
    loop {
        fst = nx(next, nx(next, fst)?)?;
        slo = nx(next, slo)?;
        if slo == fst {
            return Some(slo);
        }
    }
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    meet(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let m = meet(next, head)?;
    let mut a = head?;
    let mut b = m;
    while a != b {
        a = nx(next, a)?;
        b = nx(next, b)?;
    }
    let ent = a;
    let mut ln = 1;
    let mut x = nx(next, ent)?;
    while x != ent {
        x = nx(next, x)?;
        ln += 1;
    }
    Some(Cycle { entry: ent, len: ln })
}
