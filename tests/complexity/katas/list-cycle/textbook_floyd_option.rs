// learner: optimal
// idiom: TA textbook style: Floyd's tortoise and hare with Option and `?`, one documented helper per phase, debug_assert of the meeting invariant
//! Cycle detection in a linked list: see README.md.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle (at least 1).
    pub len: usize,
}

/// Phase 1: runs the tortoise (1 step) and the hare (2 steps) from `head`.
/// Returns the node where they meet, or `None` if the hare falls off the end.
fn meeting_point(next: &[Option<usize>], head: Option<usize>) -> Option<usize> {
    let mut slow = head?;
    let mut fast = head?;
    loop {
        fast = next[next[fast]?]?;
        slow = next[slow].expect("the tortoise walks where the hare already went");
        if slow == fast {
            return Some(slow);
        }
    }
}

/// Phase 2: one pointer from the head, one from the meeting point, both one
/// step at a time, meet at the entry of the cycle.
fn cycle_entry(next: &[Option<usize>], head: usize, meeting: usize) -> usize {
    let (mut a, mut b) = (head, meeting);
    while a != b {
        a = next[a].expect("nodes before the entry lead on to it");
        b = next[b].expect("nodes on the cycle have successors");
    }
    a
}

/// Phase 3: walks once around the cycle from `entry`, counting nodes.
fn cycle_length(next: &[Option<usize>], entry: usize) -> usize {
    let mut len = 1;
    let mut node = next[entry].expect("on the cycle");
    while node != entry {
        node = next[node].expect("on the cycle");
        len += 1;
    }
    len
}

/// Returns `true` if following `next` from `head` never reaches `None`.
pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    meeting_point(next, head).is_some()
}

/// The cycle reached from `head`, or `None` if the list ends.
pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let meeting = meeting_point(next, head)?;
    let head = head.expect("a meeting implies a non-empty list");
    let entry = cycle_entry(next, head, meeting);
    let len = cycle_length(next, entry);
    debug_assert!(len >= 1, "a cycle has at least one node");
    Some(Cycle { entry, len })
}
