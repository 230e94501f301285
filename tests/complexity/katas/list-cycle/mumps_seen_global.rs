// learner: slow
// idiom: MUMPS: the reflex answer: set ^TMP($J,"SEEN",N)=POS while walking (a BTreeMap as the scratch global); the first node already $D is the entry, POS difference is the length
// why: the scratch global holds every node of the walk: O(n) extra space (target O(1)), and each $D/SET is O(log n): O(n log n) time

//! Cycle detection in a linked list: see README.md.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle (at least 1).
    pub len: usize,
}

use std::collections::BTreeMap;

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    find_cycle(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let mut seen: BTreeMap<usize, usize> = BTreeMap::new();
    let mut n = head?;
    let mut pos = 0usize;
    loop {
        if let Some(&p) = seen.get(&n) {
            return Some(Cycle { entry: n, len: pos - p });
        }
        seen.insert(n, pos);
        pos += 1;
        n = next[n]?;
    }
}
