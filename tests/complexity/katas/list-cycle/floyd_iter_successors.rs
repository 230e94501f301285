// learner: optimal
// idiom: Raku-flavoured: lazy std::iter::successors walks, zip/position/take_while instead of manual loops
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

/// Node where tortoise and hare meet, if they ever do.
fn meeting(next: &[Option<usize>], head: Option<usize>) -> Option<usize> {
    let hare = walk(next, head).step_by(2);
    walk(next, head)
        .zip(hare)
        .skip(1)
        .find(|(t, h)| t == h)
        .map(|(t, _)| t)
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    meeting(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let meet = meeting(next, head)?;
    let entry = walk(next, head)
        .zip(walk(next, Some(meet)))
        .find(|(a, b)| a == b)
        .map(|(a, _)| a)?;
    let len = 1 + walk(next, next[entry]).take_while(|&v| v != entry).count();
    Some(Cycle { entry, len })
}
