// learner: optimal
// idiom: bioinformatics style: Brent's algorithm with power/lam counters, then two pointers offset by lam to find the entry
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

/// cycle length via Brent, or 0 if the walk ends
fn brent_len(next: &[Option<usize>], h: usize) -> usize {
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
    match head {
        None => false,
        Some(h) => brent_len(next, h) > 0,
    }
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let h = head?;
    let lam = brent_len(next, h);
    if lam == 0 {
        return None;
    }
    // lead pointer lam steps ahead, then move both until they coincide
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
