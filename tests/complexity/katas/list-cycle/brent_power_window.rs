// learner: optimal
// idiom: MATLAB signal-processing engineer: Brent's algorithm (power-of-two window, lam counter) with plain while loops and integer indices, then a lead pointer lam steps ahead to locate mu
/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle (at least 1).
    pub len: usize,
}

/// Brent: returns the cycle length lam, or 0 if the sequence terminates.
fn brent_lambda(next: &[Option<usize>], x0: usize) -> usize {
    let mut power = 1usize;
    let mut lam = 1usize;
    let mut tortoise = x0;
    let mut hare = match next[x0] {
        Some(h) => h,
        None => return 0,
    };
    while tortoise != hare {
        if power == lam {
            // start a new window of twice the size
            tortoise = hare;
            power *= 2;
            lam = 0;
        }
        hare = match next[hare] {
            Some(h) => h,
            None => return 0,
        };
        lam += 1;
    }
    lam
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    match head {
        None => false,
        Some(x0) => brent_lambda(next, x0) > 0,
    }
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let x0 = head?;
    let lam = brent_lambda(next, x0);
    if lam == 0 {
        return None;
    }
    // hare starts lam steps ahead; then step both until equal -> that is the entry (index mu)
    let mut tortoise = x0;
    let mut hare = x0;
    for _ in 0..lam {
        hare = next[hare].unwrap();
    }
    while tortoise != hare {
        tortoise = next[tortoise].unwrap();
        hare = next[hare].unwrap();
    }
    Some(Cycle { entry: tortoise, len: lam })
}
