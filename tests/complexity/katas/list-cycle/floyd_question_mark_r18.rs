// learner: optimal
// idiom: compact Floyd using `?` on successors, for-loop counting with a closure
//! Cycle detection in a linked list: see README.md.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

fn meet(next: &[Option<usize>], head: Option<usize>) -> Option<usize> {
    let (mut slow, mut fast) = (head?, head?);
    loop {
        slow = next[slow]?;
        fast = next[next[fast]?]?;
        if slow == fast {
            return Some(slow);
        }
    }
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    meet(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let m = meet(next, head)?;
    let succ = |i: usize| next[i].unwrap();
    let (mut p, mut q) = (head?, m);
    while p != q {
        p = succ(p);
        q = succ(q);
    }
    let len = 1 + std::iter::successors(Some(succ(p)), |&x| Some(succ(x)))
        .take_while(|&x| x != p)
        .count();
    Some(Cycle { entry: p, len })
}
