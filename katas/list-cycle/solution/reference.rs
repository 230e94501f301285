//! Cycle detection in a linked list with Floyd's tortoise and hare: O(n) time, O(1) space.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle (at least 1).
    pub len: usize,
}

/// Runs the tortoise (one step) and the hare (two steps) from `head`.
/// Returns the node where they meet, which lies on the cycle, or `None` if the hare
/// falls off the end of the list.
fn meeting_point(next: &[Option<usize>], head: Option<usize>) -> Option<usize> {
    let mut slow = head?;
    let mut fast = slow;
    loop {
        fast = next[fast]?;
        fast = next[fast]?;
        // The hare has already walked past the tortoise's next node, so it exists.
        slow = next[slow].expect("the tortoise only visits nodes the hare has passed");
        if slow == fast {
            return Some(slow);
        }
    }
}

/// Returns `true` if following `next` from `head` never reaches `None`.
///
/// O(n) time, O(1) extra space.
pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    meeting_point(next, head).is_some()
}

/// The cycle reached from `head`, or `None` if the list ends.
///
/// O(n) time, O(1) extra space.
pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let meet = meeting_point(next, head)?;
    let on_cycle = |node: usize| next[node].expect("every node on a cycle has a successor");
    // If the tail has t nodes and the cycle c, the meeting point lies t steps (mod c) before
    // the entry; so one pointer from the head and one from the meeting point, both at speed
    // one, arrive at the entry together.
    let mut a = head?;
    let mut b = meet;
    while a != b {
        a = on_cycle(a);
        b = on_cycle(b);
    }
    let entry = a;
    // Walk once around the cycle to measure it.
    let mut len = 1;
    let mut node = on_cycle(entry);
    while node != entry {
        node = on_cycle(node);
        len += 1;
    }
    Some(Cycle { entry, len })
}
