// learner: slow
// why: find_cycle is O(table size) time per call, target O(n) of the walk: try_fold over 0..next.len() steps to be "surely on the cycle", then unfold the cycle and the entry
//! Cycle detection in a linked list: see README.md.

use std::iter::successors;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    find_cycle(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let h = head?;
    // after as many steps as there are nodes, a walk that has not ended is on the cycle
    let inside = (0..next.len()).try_fold(h, |at, _| next[at])?;
    let len = 1 + successors(next[inside], |&x| next[x]).position(|x| x == inside)?;
    let ahead = (0..len).try_fold(h, |at, _| next[at])?;
    let (entry, _) = successors(Some((h, ahead)), |&(a, b)| Some((next[a]?, next[b]?)))
        .find(|&(a, b)| a == b)?;
    Some(Cycle { entry, len })
}
