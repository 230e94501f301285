// learner: optimal
// idiom: bootcamp style, Floyd tortoise and hare with explicit loop/match and a comment on every step
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
    // If there is a meeting point, there is a cycle.
    let meeting = find_meeting_point(next, head);
    if meeting.is_some() {
        return true;
    }
    // Otherwise the hare fell off the end of the list.
    false
}

/// Runs the tortoise and the hare and returns the node where they meet,
/// or None if the hare reaches the end of the list.
fn find_meeting_point(next: &[Option<usize>], head: Option<usize>) -> Option<usize> {
    // An empty list has no cycle.
    let start = match head {
        Some(node) => node,
        None => return None,
    };
    // Both runners start at the head.
    let mut slow: usize = start;
    let mut fast: usize = start;
    loop {
        // The hare takes its first step.
        let fast_one = match next[fast] {
            Some(node) => node,
            None => return None, // fell off the end: no cycle
        };
        // The hare takes its second step.
        let fast_two = match next[fast_one] {
            Some(node) => node,
            None => return None, // fell off the end: no cycle
        };
        fast = fast_two;
        // The tortoise takes one step. It is behind the hare so it cannot be None.
        slow = match next[slow] {
            Some(node) => node,
            None => return None, // cannot happen, but be safe
        };
        // Did they meet?
        if slow == fast {
            return Some(slow);
        }
    }
}

/// The cycle reached from `head`, or `None` if the list ends.
///
/// O(n) time, O(1) extra space.
pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    // Step 1: find where the runners meet. No meeting means no cycle.
    let meeting = match find_meeting_point(next, head) {
        Some(node) => node,
        None => return None,
    };
    // Step 2: one pointer from the head, one from the meeting point, one step each.
    // They meet exactly at the entry of the cycle.
    let mut from_head: usize = head.unwrap();
    let mut from_meeting: usize = meeting;
    while from_head != from_meeting {
        from_head = next[from_head].unwrap();
        from_meeting = next[from_meeting].unwrap();
    }
    let entry = from_head;
    // Step 3: walk once around the cycle to count its length.
    let mut length: usize = 1;
    let mut walker: usize = next[entry].unwrap();
    while walker != entry {
        walker = next[walker].unwrap();
        length += 1;
    }
    // Step 4: build the answer.
    let answer = Cycle {
        entry: entry,
        len: length,
    };
    Some(answer)
}
