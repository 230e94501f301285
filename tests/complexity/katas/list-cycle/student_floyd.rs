// learner: optimal
// idiom: student: Floyd with ? on next[], one-letter variables, has_cycle via find_cycle
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    find_cycle(next, head).is_some()
}

fn m(n: &[Option<usize>], h: usize) -> Option<usize> {
    let (mut s, mut f) = (h, h);
    loop {
        s = n[s]?;
        f = n[n[f]?]?;
        if s == f {
            return Some(s);
        }
    }
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let h = head?;
    let mut a = m(next, h)?;
    let mut b = h;
    while a != b {
        a = next[a].unwrap();
        b = next[b].unwrap();
    }
    let mut l = 1;
    let mut c = next[b].unwrap();
    while c != b {
        c = next[c].unwrap();
        l += 1;
    }
    Some(Cycle { entry: b, len: l })
}
