// learner: optimal
// idiom: the walk as an impl Iterator (iter::successors), Floyd written as a zip of the walk with its step_by(2), phase two as a zip of two walks, cycle length by position
//! Cycle detection in a linked list: see README.md.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle (at least 1).
    pub len: usize,
}

fn walk(next: &[Option<usize>], from: Option<usize>) -> impl Iterator<Item = usize> + '_ {
    std::iter::successors(from, move |&i| next[i])
}

/// The index (step count) and node where tortoise and hare meet, if they do.
fn meeting(next: &[Option<usize>], head: Option<usize>) -> Option<usize> {
    walk(next, head)
        .zip(walk(next, head).step_by(2))
        .skip(1)
        .find(|(t, h)| t == h)
        .map(|(t, _)| t)
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    meeting(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let meet = meeting(next, head)?;
    let (entry, _) = walk(next, head).zip(walk(next, Some(meet))).find(|(a, b)| a == b)?;
    let len = walk(next, Some(entry)).skip(1).position(|x| x == entry)? + 1;
    Some(Cycle { entry, len })
}
