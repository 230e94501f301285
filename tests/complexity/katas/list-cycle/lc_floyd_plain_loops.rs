// learner: optimal
// idiom: Fortran-style: Floyd with raw usize registers, explicit match on each successor, counted loops
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

fn meet(next: &[Option<usize>], h: usize) -> Option<usize> {
    let mut slow = h;
    let mut fast = h;
    loop {
        fast = match next[fast] {
            Some(a) => match next[a] {
                Some(b) => b,
                None => return None,
            },
            None => return None,
        };
        slow = match next[slow] {
            Some(a) => a,
            None => return None,
        };
        if slow == fast {
            return Some(slow);
        }
    }
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    match head {
        None => false,
        Some(h) => meet(next, h).is_some(),
    }
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let h = head?;
    let m = meet(next, h)?;
    let mut p = h;
    let mut q = m;
    while p != q {
        p = next[p].unwrap();
        q = next[q].unwrap();
    }
    let entry = p;
    let mut len = 1usize;
    let mut r = next[entry].unwrap();
    while r != entry {
        r = next[r].unwrap();
        len += 1;
    }
    Some(Cycle { entry, len })
}
