// learner: optimal
// idiom: colleague style: Floyd with `?` on successors, small closures, impl-free free functions
//! Cycle detection in a linked list: see README.md.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle (at least 1).
    pub len: usize,
}

fn meeting_point(next: &[Option<usize>], head: Option<usize>) -> Option<usize> {
    let step = |i: usize| next[i];
    let (mut slow, mut fast) = (head?, head?);
    loop {
        slow = step(slow)?;
        fast = step(step(fast)?)?;
        if slow == fast {
            return Some(slow);
        }
    }
}

/// Returns `true` if following `next` from `head` never reaches `None`.
pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    meeting_point(next, head).is_some()
}

/// The cycle reached from `head`, or `None` if the list ends.
pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let meet = meeting_point(next, head)?;
    let (mut a, mut b) = (head?, meet);
    while a != b {
        a = next[a]?;
        b = next[b]?;
    }
    let len = 1 + std::iter::successors(next[a], |&i| next[i])
        .take_while(|&i| i != a)
        .count();
    Some(Cycle { entry: a, len })
}
