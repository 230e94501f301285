// learner: optimal
// idiom: competitive: terse Floyd with let-else on the double step, shadowed cursors, len counted with a do-while style loop
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

fn meet(nx: &[Option<usize>], h: Option<usize>) -> Option<usize> {
    let (mut s, mut f) = (h?, h?);
    loop {
        let Some(a) = nx[f] else { return None };
        let Some(b) = nx[a] else { return None };
        f = b;
        s = nx[s]?;
        if s == f {
            return Some(s);
        }
    }
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    meet(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let mut b = meet(next, head)?;
    let mut a = head?;
    while a != b {
        a = next[a]?;
        b = next[b]?;
    }
    let (mut c, mut l) = (next[a]?, 1);
    while c != a {
        c = next[c]?;
        l += 1;
    }
    Some(Cycle { entry: a, len: l })
}
