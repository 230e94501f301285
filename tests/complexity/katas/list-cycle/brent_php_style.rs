// learner: optimal
// idiom: Brent's power-of-two teleporting, PHP-ish $-free names, early returns and if-heavy
//! Cycle detection in a linked list: see README.md.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

fn brent_lambda(next: &[Option<usize>], head: Option<usize>) -> Option<usize> {
    let start = match head {
        Some(h) => h,
        None => return None,
    };
    let mut power: usize = 1;
    let mut lam: usize = 1;
    let mut tortoise = start;
    let mut hare = match next[start] {
        Some(x) => x,
        None => return None,
    };
    while tortoise != hare {
        if power == lam {
            tortoise = hare;
            power *= 2;
            lam = 0;
        }
        hare = match next[hare] {
            Some(x) => x,
            None => return None,
        };
        lam += 1;
    }
    Some(lam)
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    if head.is_none() {
        return false;
    }
    brent_lambda(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let lam = brent_lambda(next, head)?;
    let start = head?;
    // hare goes lam steps ahead, then both walk until they meet at the entry
    let mut hare = start;
    for _ in 0..lam {
        hare = next[hare].unwrap();
    }
    let mut tortoise = start;
    while tortoise != hare {
        tortoise = next[tortoise].unwrap();
        hare = next[hare].unwrap();
    }
    return Some(Cycle { entry: tortoise, len: lam });
}
