// learner: slow
// why: has_cycle/find_cycle are O(table) time, target O(n) of the walk: "more hops than next.len() means a loop" walks next.len() steps even for a tiny looping walk
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

// after next.len() hops without hitting None we must be going round in circles
fn deep(nx: &[Option<usize>], h: usize) -> Option<usize> {
    let mut p = h;
    for _ in 0..nx.len() {
        p = nx[p]?;
    }
    Some(p)
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    head.and_then(|h| deep(next, h)).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let h = head?;
    let on = deep(next, h)?;
    let mut l = 1;
    let mut p = next[on]?;
    while p != on {
        p = next[p]?;
        l += 1;
    }
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
