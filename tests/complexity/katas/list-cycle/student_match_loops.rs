// learner: optimal
// idiom: student: explicit match on Option for every step, while-true loops with breaks, no helpers, duplicated detection code
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    let mut s = head;
    let mut f = head;
    loop {
        f = match f {
            None => return false,
            Some(x) => match next[x] {
                None => return false,
                Some(y) => next[y],
            },
        };
        s = match s {
            Some(x) => next[x],
            None => return false,
        };
        if f.is_none() {
            return false;
        }
        if s == f {
            return true;
        }
    }
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let h = match head {
        Some(h) => h,
        None => return None,
    };
    let mut s = h;
    let mut f = h;
    let meet;
    loop {
        s = match next[s] {
            Some(x) => x,
            None => return None,
        };
        f = match next[f] {
            Some(x) => match next[x] {
                Some(y) => y,
                None => return None,
            },
            None => return None,
        };
        if s == f {
            meet = s;
            break;
        }
    }
    let mut p = h;
    let mut q = meet;
    while p != q {
        p = next[p].unwrap();
        q = next[q].unwrap();
    }
    let mut len = 0;
    let mut r = p;
    loop {
        r = next[r].unwrap();
        len += 1;
        if r == p {
            break;
        }
    }
    Some(Cycle { entry: p, len })
}
