// learner: optimal
// idiom: Perl-veteran terse: Brent's power-of-two teleporting tortoise, `?` on every hop, plain usize vars and loop/break
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

fn lam(nx: &[Option<usize>], h: usize) -> Option<usize> {
    let (mut p, mut l) = (1usize, 1usize);
    let mut t = h;
    let mut r = nx[h]?;
    while t != r {
        if p == l {
            t = r;
            p <<= 1;
            l = 0;
        }
        r = nx[r]?;
        l += 1;
    }
    Some(l)
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    match head {
        None => false,
        Some(h) => lam(next, h).is_some(),
    }
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let h = head?;
    let l = lam(next, h)?;
    let (mut a, mut b) = (h, h);
    for _ in 0..l {
        b = next[b]?;
    }
    while a != b {
        a = next[a]?;
        b = next[b]?;
    }
    Some(Cycle { entry: a, len: l })
}
