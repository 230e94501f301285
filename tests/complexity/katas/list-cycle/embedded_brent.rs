// learner: optimal
// idiom: embedded C: Brent's cycle finding with u64 power/lam counters, while loops with manual bounds, then a lead pointer advanced lam steps to find the entry
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

fn brent(next: &[Option<usize>], head: usize) -> Option<usize> {
    let mut power: u64 = 1;
    let mut lam: u64 = 1;
    let mut tortoise = head;
    let mut hare = match next[head] {
        Some(h) => h,
        None => return None,
    };
    while tortoise != hare {
        if power == lam {
            tortoise = hare;
            power <<= 1;
            lam = 0;
        }
        hare = match next[hare] {
            Some(h) => h,
            None => return None,
        };
        lam += 1;
    }
    Some(lam as usize)
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    match head {
        None => false,
        Some(h) => brent(next, h).is_some(),
    }
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let h = head?;
    let lam = brent(next, h)?;
    let mut lead = h;
    let mut i: usize = 0;
    while i < lam {
        lead = next[lead].unwrap();
        i += 1;
    }
    let mut trail = h;
    while trail != lead {
        trail = next[trail].unwrap();
        lead = next[lead].unwrap();
    }
    Some(Cycle { entry: trail, len: lam })
}
