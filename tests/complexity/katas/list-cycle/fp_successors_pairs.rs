// learner: optimal
// idiom: functional: tortoise/hare states as an unfold (iter::successors) with `?` for falling off the end, find/position instead of loops
//! Cycle detection in a linked list: see README.md.

use std::iter::successors;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

fn step(next: &[Option<usize>], at: usize) -> Option<usize> {
    next[at]
}

/// The first state after the start where tortoise and hare coincide.
fn meet(next: &[Option<usize>], head: usize) -> Option<usize> {
    successors(Some((head, head)), |&(t, h)| {
        Some((step(next, t)?, step(next, step(next, h)?)?))
    })
    .skip(1)
    .find(|&(t, h)| t == h)
    .map(|(t, _)| t)
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    head.and_then(|h| meet(next, h)).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let h = head?;
    let m = meet(next, h)?;
    let (entry, _) = successors(Some((h, m)), |&(a, b)| Some((step(next, a)?, step(next, b)?)))
        .find(|&(a, b)| a == b)?;
    let len = 1 + successors(step(next, entry), |&x| step(next, x))
        .position(|x| x == entry)?;
    Some(Cycle { entry, len })
}
