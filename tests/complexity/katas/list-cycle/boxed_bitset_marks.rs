// learner: slow
// why: find_cycle/has_cycle use O(N) extra space, target O(1): a boxed u64 bitset of visited nodes (one bit per table entry), cleared and rebuilt per call
//! Cycle detection in a linked list: see README.md.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle (at least 1).
    pub len: usize,
}

fn first_repeat(next: &[Option<usize>], head: usize) -> Option<usize> {
    let words = (next.len() + 63) / 64;
    let mut seen: Box<[u64]> = std::iter::repeat(0u64).take(words).collect();
    let mut p = head;
    loop {
        let w = p / 64;
        let b = 1u64 << (p % 64);
        if seen[w] & b != 0 {
            return Some(p);
        }
        seen[w] |= b;
        p = next[p]?;
    }
}

/// Returns `true` if following `next` from `head` never reaches `None`.
pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    match head {
        Some(h) => first_repeat(next, h).is_some(),
        None => false,
    }
}

/// The cycle reached from `head`, or `None` if the list ends.
pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let entry = first_repeat(next, head?)?;
    let mut len = 1usize;
    let mut p = next[entry]?;
    while p != entry {
        p = next[p]?;
        len += 1;
    }
    Some(Cycle { entry, len })
}
