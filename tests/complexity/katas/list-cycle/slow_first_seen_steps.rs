// learner: slow
// why: find_cycle is O(n) space, target O(1): a boxed table of first-visit step numbers, one slot per node
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    let (mut s, mut f) = (head, head);
    loop {
        f = match f.and_then(|x| next[x]).and_then(|x| next[x]) {
            Some(x) => Some(x),
            None => return false,
        };
        s = s.and_then(|x| next[x]);
        if s == f {
            return true;
        }
    }
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    if !has_cycle(next, head) {
        return None;
    }
    // Step count at which each node was first seen, indexed by node.
    let mut first_seen: Box<[usize]> = std::iter::repeat(usize::MAX).take(next.len()).collect();
    let mut cur = head?;
    let mut step = 0usize;
    loop {
        if first_seen[cur] != usize::MAX {
            return Some(Cycle { entry: cur, len: step - first_seen[cur] });
        }
        first_seen[cur] = step;
        step += 1;
        cur = next[cur]?;
    }
}
