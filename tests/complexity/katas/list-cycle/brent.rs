// learner: optimal
// idiom: Brent's algorithm (power-of-two teleporting), if-heavy with early returns
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

/// Returns the cycle length, or 0 if the list ends.
fn brent_len(next: &[Option<usize>], head: Option<usize>) -> usize {
    let start = match head {
        Some(h) => h,
        None => return 0,
    };
    let mut power = 1usize;
    let mut lam = 1usize;
    let mut tortoise = start;
    let mut hare = match next[start] {
        Some(h) => h,
        None => return 0,
    };
    while tortoise != hare {
        if power == lam {
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
    brent_len(next, head) > 0
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let len = brent_len(next, head);
    if len == 0 {
        return None;
    }
    let start = head.unwrap();
    let mut ahead = start;
    for _ in 0..len {
        ahead = next[ahead].unwrap();
    }
    let mut behind = start;
    while behind != ahead {
        behind = next[behind].unwrap();
        ahead = next[ahead].unwrap();
    }
    Some(Cycle { entry: behind, len })
}
