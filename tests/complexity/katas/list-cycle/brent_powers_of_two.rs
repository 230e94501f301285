// learner: optimal
// idiom: Brent's algorithm (power-of-two teleporting), then a lead pointer len steps ahead to find the entry; match-heavy
//! Cycle detection in a linked list: see README.md.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

fn brent_len(next: &[Option<usize>], head: usize) -> Option<usize> {
    let mut power = 1usize;
    let mut lam = 1usize;
    let mut tortoise = head;
    let mut hare = match next[head] {
        Some(h) => h,
        None => return None,
    };
    while tortoise != hare {
        if power == lam {
            tortoise = hare;
            power *= 2;
            lam = 0;
        }
        hare = match next[hare] {
            Some(h) => h,
            None => return None,
        };
        lam += 1;
    }
    Some(lam)
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    match head {
        None => false,
        Some(h) => brent_len(next, h).is_some(),
    }
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let h = head?;
    let len = brent_len(next, h)?;
    let mut lead = h;
    for _ in 0..len {
        lead = next[lead].unwrap();
    }
    let mut trail = h;
    while trail != lead {
        trail = next[trail].unwrap();
        lead = next[lead].unwrap();
    }
    Some(Cycle { entry: trail, len })
}
