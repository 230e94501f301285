// learner: slow
// why: find_cycle is O(n log n) time, target O(n): binary-searches the tail length, re-walking from the head for every probe
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

fn walk(next: &[Option<usize>], from: usize, steps: usize) -> usize {
    let mut p = from;
    for _ in 0..steps {
        p = next[p].unwrap();
    }
    p
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    let (mut s, mut f) = (head, head);
    while let Some(x) = f.and_then(|x| next[x]).and_then(|y| next[y]) {
        f = Some(x);
        s = s.and_then(|y| next[y]);
        if s == f {
            return true;
        }
    }
    false
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    if !has_cycle(next, head) {
        return None;
    }
    let h = head?;
    let mut s = next[h]?;
    let mut f = next[next[h]?]?;
    let mut steps = 1usize;
    while s != f {
        s = next[s]?;
        f = next[next[f]?]?;
        steps += 1;
    }
    let mut len = 1;
    let mut p = next[s]?;
    while p != s {
        p = next[p]?;
        len += 1;
    }
    // node k is on the cycle iff walk(k) == walk(k + len); tail length is at most `steps`
    let (mut lo, mut hi) = (0usize, steps);
    while lo < hi {
        let mid = (lo + hi) / 2;
        let a = walk(next, h, mid);
        if walk(next, a, len) == a {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Some(Cycle { entry: walk(next, h, lo), len })
}
