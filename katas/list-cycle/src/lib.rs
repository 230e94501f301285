//! Cycle detection in a linked list: see README.md.
//!
//! The list lives in a successor table: node `i` is followed by `next[i]`, and `None` ends the
//! list. The list starts at `head` (`None` is the empty list). Every successor is a valid index.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle (at least 1).
    pub len: usize,
}

/// Returns `true` if following `next` from `head` never reaches `None`.
///
/// O(n) time, O(1) extra space.
pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    todo!("has_cycle(a table of {} nodes, {head:?})", next.len())
}

/// The cycle reached from `head`, or `None` if the list ends.
///
/// O(n) time, O(1) extra space.
pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    todo!("find_cycle(a table of {} nodes, {head:?})", next.len())
}
