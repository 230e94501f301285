// learner: optimal
// idiom: SAS statistician: Brent's algorithm with retained counters (power, lam) like a DO UNTIL loop; then two pointers lam apart walked in step to the entry
//! Cycle detection in a linked list: see README.md.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    find_cycle(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let x0 = head?;
    // phase 1: find the cycle length lam (Brent)
    let mut power: usize = 1;
    let mut lam: usize = 1;
    let mut tortoise = x0;
    let mut hare = next[x0]?;
    while tortoise != hare {
        if power == lam {
            tortoise = hare;
            power *= 2;
            lam = 0;
        }
        hare = next[hare]?;
        lam += 1;
    }
    // phase 2: hare starts lam steps ahead of the tortoise; they meet at the entry
    let mut t = x0;
    let mut h = x0;
    for _ in 0..lam {
        h = next[h].unwrap();
    }
    while t != h {
        t = next[t].unwrap();
        h = next[h].unwrap();
    }
    Some(Cycle { entry: t, len: lam })
}
