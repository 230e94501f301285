// learner: optimal
// idiom: quant-style: Floyd with raw usize indices and a NIL sentinel, inlined successor lookups, while loops, no helper functions
//! Cycle detection in a linked list.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

const NIL: usize = usize::MAX;

#[inline(always)]
fn nx(next: &[Option<usize>], i: usize) -> usize {
    match next[i] {
        Some(j) => j,
        None => NIL,
    }
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    let h = match head {
        Some(h) => h,
        None => return false,
    };
    let mut s = h;
    let mut f = h;
    loop {
        let f1 = nx(next, f);
        if f1 == NIL {
            return false;
        }
        f = nx(next, f1);
        if f == NIL {
            return false;
        }
        s = nx(next, s);
        if s == f {
            return true;
        }
    }
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let h = head?;
    let mut s = h;
    let mut f = h;
    loop {
        let f1 = nx(next, f);
        if f1 == NIL {
            return None;
        }
        f = nx(next, f1);
        if f == NIL {
            return None;
        }
        s = nx(next, s);
        if s == f {
            break;
        }
    }
    let mut a = h;
    let mut b = s;
    while a != b {
        a = nx(next, a);
        b = nx(next, b);
    }
    let mut len = 1usize;
    let mut c = nx(next, a);
    while c != a {
        c = nx(next, c);
        len += 1;
    }
    Some(Cycle { entry: a, len })
}
