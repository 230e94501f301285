// learner: optimal
// idiom: std::iter::successors iterators for tortoise and hare (hare advanced with nth(1)), zip-free lockstep with while-let; position() for the cycle length; O(n) steps, O(1) state (iterators hold one index)
use std::iter::successors;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

fn walk(next: &[Option<usize>], from: usize) -> impl Iterator<Item = usize> + '_ {
    successors(Some(from), move |&i| next[i])
}

fn meet(next: &[Option<usize>], head: Option<usize>) -> Option<usize> {
    let start = head?;
    let mut tortoise = walk(next, start).skip(1);
    let mut hare = walk(next, start).skip(2).step_by(2);
    while let (Some(t), Some(h)) = (tortoise.next(), hare.next()) {
        if t == h {
            return Some(t);
        }
    }
    None
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    meet(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let m = meet(next, head)?;
    let entry = walk(next, head?)
        .zip(walk(next, m))
        .find(|(a, b)| a == b)
        .map(|(a, _)| a)?;
    let len = walk(next, entry).skip(1).position(|i| i == entry)? + 1;
    Some(Cycle { entry, len })
}
