// learner: optimal
// idiom: V-style Brent's algorithm, plain while loops and mutable counters, no helper types
//! Cycle detection in a linked list: see README.md.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

// returns the cycle length, or 0 when the list ends
fn brent_len(next: &[Option<usize>], head: usize) -> usize {
    let mut power = 1usize;
    let mut lam = 1usize;
    let mut tortoise = head;
    let mut hare = match next[head] {
        Some(x) => x,
        None => return 0,
    };
    while tortoise != hare {
        if power == lam {
            tortoise = hare;
            power *= 2;
            lam = 0;
        }
        hare = match next[hare] {
            Some(x) => x,
            None => return 0,
        };
        lam += 1;
    }
    lam
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    if head.is_none() {
        return false;
    }
    brent_len(next, head.unwrap()) > 0
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    if head.is_none() {
        return None;
    }
    let h = head.unwrap();
    let lam = brent_len(next, h);
    if lam == 0 {
        return None;
    }
    // put the hare lam steps ahead, then walk both until they meet
    let mut tortoise = h;
    let mut hare = h;
    let mut i = 0;
    while i < lam {
        hare = next[hare].unwrap();
        i += 1;
    }
    while tortoise != hare {
        tortoise = next[tortoise].unwrap();
        hare = next[hare].unwrap();
    }
    return Some(Cycle { entry: tortoise, len: lam });
}
