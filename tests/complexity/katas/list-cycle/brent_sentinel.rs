// learner: optimal
// idiom: Zig-style Brent's algorithm: usize::MAX sentinel for "end", manual while loops, power-of-two teleports
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

const END: usize = usize::MAX;

#[inline]
fn succ(next: &[Option<usize>], i: usize) -> usize {
    if i == END {
        return END;
    }
    match next[i] {
        Some(j) => j,
        None => END,
    }
}

/// Brent: returns the cycle length, or 0 if the list terminates.
fn brent_len(next: &[Option<usize>], start: usize) -> usize {
    if start == END {
        return 0;
    }
    let mut power: usize = 1;
    let mut lam: usize = 1;
    let mut tortoise = start;
    let mut hare = succ(next, start);
    while hare != END && tortoise != hare {
        if power == lam {
            tortoise = hare;
            power *= 2;
            lam = 0;
        }
        hare = succ(next, hare);
        lam += 1;
    }
    if hare == END {
        0
    } else {
        lam
    }
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    brent_len(next, head.unwrap_or(END)) != 0
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let start = head.unwrap_or(END);
    let lam = brent_len(next, start);
    if lam == 0 {
        return None;
    }
    // hare starts lam steps ahead; then both walk together until they meet at the entry.
    let mut hare = start;
    let mut k = 0;
    while k < lam {
        hare = succ(next, hare);
        k += 1;
    }
    let mut tortoise = start;
    while tortoise != hare {
        tortoise = succ(next, tortoise);
        hare = succ(next, hare);
    }
    Some(Cycle { entry: tortoise, len: lam })
}
