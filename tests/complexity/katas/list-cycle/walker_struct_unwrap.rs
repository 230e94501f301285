// learner: optimal
// idiom: single public fn does the work inside an impl-less module-level struct walker with u32-style counters, if-heavy
//! Cycle detection in a linked list: see README.md.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle (at least 1).
    pub len: usize,
}

struct Walker<'a> {
    next: &'a [Option<usize>],
}

impl<'a> Walker<'a> {
    fn step(&self, at: usize) -> Option<usize> {
        self.next[at]
    }

    /// Floyd phase 1: Some(meeting node) if there is a cycle.
    fn meet(&self, head: usize) -> Option<usize> {
        let mut s = head;
        let mut f = head;
        while let Some(f1) = self.step(f) {
            let f2 = self.step(f1);
            if f2.is_none() {
                return None;
            }
            f = f2.unwrap();
            s = self.step(s).unwrap();
            if s == f {
                return Some(s);
            }
        }
        None
    }
}

/// Returns `true` if following `next` from `head` never reaches `None`.
pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    if head.is_none() {
        return false;
    }
    let w = Walker { next };
    w.meet(head.unwrap()).is_some()
}

/// The cycle reached from `head`, or `None` if the list ends.
pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    if head.is_none() {
        return None;
    }
    let h = head.unwrap();
    let w = Walker { next };
    let m = w.meet(h);
    if m.is_none() {
        return None;
    }
    let mut x = h;
    let mut y = m.unwrap();
    while x != y {
        x = w.step(x).unwrap();
        y = w.step(y).unwrap();
    }
    let mut count = 1usize;
    let mut z = w.step(x).unwrap();
    while z != x {
        count += 1;
        z = w.step(z).unwrap();
    }
    Some(Cycle { entry: x, len: count })
}
