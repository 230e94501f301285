// learner: optimal
// idiom: Brent's algorithm (teleporting tortoise at powers of two) with loop/match, then two pointers lam apart for the entry
//! Cycle detection in a linked list: see README.md.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

/// Brent: the cycle length, or None if the list ends.
fn cycle_length(next: &[Option<usize>], head: usize) -> Option<usize> {
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

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    match head {
        Some(h) => cycle_length(next, h).is_some(),
        None => false,
    }
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let h = head?;
    let lam = cycle_length(next, h)?;
    // put the hare `lam` steps ahead, then move both until they meet
    let mut hare = h;
    for _ in 0..lam {
        hare = next[hare].expect("on a cycle");
    }
    let mut tortoise = h;
    loop {
        if tortoise == hare {
            break;
        }
        tortoise = next[tortoise].expect("on a cycle");
        hare = next[hare].expect("on a cycle");
    }
    Some(Cycle { entry: tortoise, len: lam })
}
