// learner: optimal
// idiom: quant-style: Brent's algorithm (teleporting tortoise at powers of two) gives the length first, then a lead pointer c steps ahead finds the entry; for-range stepping
//! Cycle detection in a linked list (Brent).

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

fn brent_len(next: &[Option<usize>], head: usize) -> Option<usize> {
    let mut power = 1usize;
    let mut lam = 1usize;
    let mut tort = head;
    let mut hare = next[head]?;
    while tort != hare {
        if power == lam {
            tort = hare;
            power <<= 1;
            lam = 0;
        }
        hare = next[hare]?;
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
    let lam = brent_len(next, h)?;
    let mut lead = h;
    for _ in 0..lam {
        lead = next[lead].unwrap();
    }
    let mut lag = h;
    while lag != lead {
        lag = next[lag].unwrap();
        lead = next[lead].unwrap();
    }
    Some(Cycle { entry: lag, len: lam })
}
