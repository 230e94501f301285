// learner: optimal
// idiom: NestList-style: std::iter::successors streams zipped for the race, then position/count over lazy streams
//! Cycle detection in a linked list: see README.md.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle (at least 1).
    pub len: usize,
}

use std::iter::successors;

fn nest<'a>(next: &'a [Option<usize>], from: Option<usize>) -> impl Iterator<Item = usize> + 'a {
    successors(from, move |&i| next[i])
}

fn meet(next: &[Option<usize>], head: Option<usize>) -> Option<usize> {
    let tortoise = nest(next, head).skip(1);
    let hare = nest(next, head).step_by(2).skip(1);
    tortoise.zip(hare).find(|(t, h)| t == h).map(|(t, _)| t)
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    meet(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let m = meet(next, head)?;
    let entry = nest(next, head)
        .zip(nest(next, Some(m)))
        .find(|(a, b)| a == b)
        .map(|(a, _)| a)?;
    let len = 1 + nest(next, next[entry]).take_while(|&i| i != entry).count();
    Some(Cycle { entry, len })
}
