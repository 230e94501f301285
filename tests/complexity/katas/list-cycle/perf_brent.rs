// learner: optimal
// idiom: performance engineer, Brent's algorithm (power-of-two teleporting tortoise), fewer successor reads, early exits
//! Cycle detection in a linked list (Brent's variant).

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

/// Cycle length via Brent, or None when the walk ends. One successor read per step.
#[inline]
fn brent_lambda(next: &[Option<usize>], head: usize) -> Option<usize> {
    let mut power = 1usize;
    let mut lam = 1usize;
    let mut tortoise = head;
    let mut hare = next[head]?;
    while tortoise != hare {
        if power == lam {
            tortoise = hare;
            power <<= 1;
            lam = 0;
        }
        hare = next[hare]?;
        lam += 1;
    }
    Some(lam)
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    match head {
        None => false,
        Some(h) => brent_lambda(next, h).is_some(),
    }
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let h = head?;
    let lam = brent_lambda(next, h)?;
    // Hare starts lam steps ahead; they then meet at the entry.
    let mut hare = h;
    for _ in 0..lam {
        // Safe: the walk is infinite.
        hare = unsafe_free_step(next, hare);
    }
    let mut tortoise = h;
    while tortoise != hare {
        tortoise = unsafe_free_step(next, tortoise);
        hare = unsafe_free_step(next, hare);
    }
    Some(Cycle { entry: tortoise, len: lam })
}

#[inline(always)]
fn unsafe_free_step(next: &[Option<usize>], i: usize) -> usize {
    match next[i] {
        Some(j) => j,
        None => unreachable!("walk on a cycle cannot end"),
    }
}
