// learner: optimal
// idiom: Fortran-style: Brent's algorithm (power-of-two teleporting tortoise), then two registers lam apart for the entry
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

/// cycle length via Brent, or 0 when the walk ends
fn brent_lambda(next: &[Option<usize>], h: usize) -> usize {
    let mut power = 1usize;
    let mut lam = 1usize;
    let mut tort = h;
    let mut hare = match next[h] {
        Some(x) => x,
        None => return 0,
    };
    while tort != hare {
        if power == lam {
            tort = hare;
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
    if let Some(h) = head {
        brent_lambda(next, h) > 0
    } else {
        false
    }
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let h = head?;
    let lam = brent_lambda(next, h);
    if lam == 0 {
        return None;
    }
    let mut a = h;
    let mut b = h;
    for _ in 0..lam {
        b = next[b].unwrap();
    }
    while a != b {
        a = next[a].unwrap();
        b = next[b].unwrap();
    }
    Some(Cycle { entry: a, len: lam })
}
