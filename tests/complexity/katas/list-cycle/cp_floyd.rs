// learner: optimal
// idiom: competitive-programmer style: short names, one loop per phase, everything inline
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

pub fn has_cycle(nx: &[Option<usize>], h: Option<usize>) -> bool {
    find_cycle(nx, h).is_some()
}

pub fn find_cycle(nx: &[Option<usize>], h: Option<usize>) -> Option<Cycle> {
    let h = h?;
    let (mut s, mut f) = (h, h);
    loop {
        s = nx[s]?;
        f = nx[nx[f]?]?;
        if s == f {
            break;
        }
    }
    let mut a = h;
    while a != s {
        a = nx[a].unwrap();
        s = nx[s].unwrap();
    }
    let mut l = 1;
    let mut x = nx[a].unwrap();
    while x != a {
        x = nx[x].unwrap();
        l += 1;
    }
    Some(Cycle { entry: a, len: l })
}
