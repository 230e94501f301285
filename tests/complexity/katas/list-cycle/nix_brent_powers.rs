// learner: optimal
// idiom: Nix: Brent's algorithm as a fold over rounds of doubling length (`power = power * 2`), state rebuilt per round as a tuple
// why: Brent finds the cycle length in O(t + c) successor calls, then two pointers c apart meet at the entry after t steps: O(n) time, O(1) space

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

/// The cycle length reachable from `head`, or None if the list ends.
fn brent_lambda(next: &[Option<usize>], head: usize) -> Option<usize> {
    let mut power = 1usize;
    let mut lam = 1usize;
    let mut tortoise = head;
    let mut hare = next[head]?;
    while tortoise != hare {
        if power == lam {
            // teleport: start a new round twice as long
            tortoise = hare;
            power *= 2;
            lam = 0;
        }
        hare = next[hare]?;
        lam += 1;
    }
    Some(lam)
}

fn advance(next: &[Option<usize>], from: usize, k: usize) -> usize {
    (0..k).fold(from, |at, _| next[at].expect("inside the cycle walk"))
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    match head {
        None => false,
        Some(h) => brent_lambda(next, h).is_some(),
    }
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let h = head?;
    let len = brent_lambda(next, h)?;
    // hare leads by exactly one lap; they line up at the entry
    let mut tortoise = h;
    let mut hare = advance(next, h, len);
    while tortoise != hare {
        tortoise = next[tortoise].unwrap();
        hare = next[hare].unwrap();
    }
    Some(Cycle { entry: tortoise, len })
}
