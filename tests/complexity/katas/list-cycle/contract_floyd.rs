// learner: optimal
// idiom: Eiffel design-by-contract developer: Floyd's tortoise and hare with a `successor` query, a meeting_point feature shared by both public features, loop invariants written as comments and checked where cheap
//! Cycle detection in a linked list.

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

/// The node after `node`; require node < next.len().
fn successor(next: &[Option<usize>], node: usize) -> Option<usize> {
    debug_assert!(node < next.len(), "require valid_node");
    next[node]
}

/// A node where the hare (2 steps) lands on the tortoise (1 step), or None when the list ends.
fn meeting_point(next: &[Option<usize>], head: Option<usize>) -> Option<usize> {
    let mut tortoise = head?;
    let mut hare = head?;
    loop {
        // invariant: hare has walked exactly twice as many steps as tortoise
        let one = successor(next, hare)?;
        hare = successor(next, one)?;
        tortoise = successor(next, tortoise).expect("tortoise follows the hare's trail");
        if tortoise == hare {
            return Some(hare);
        }
    }
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    meeting_point(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let meet = meeting_point(next, head)?;
    let on_cycle = |n: usize| successor(next, n).expect("a node on the cycle has a successor");

    // from head and from meet, both one step at a time: they meet at the entry
    let mut from_head = head.expect("a meeting point implies a head");
    let mut from_meet = meet;
    while from_head != from_meet {
        from_head = on_cycle(from_head);
        from_meet = on_cycle(from_meet);
    }
    let entry = from_head;

    let mut len = 1;
    let mut walker = on_cycle(entry);
    while walker != entry {
        walker = on_cycle(walker);
        len += 1;
    }
    // ensure len_positive
    debug_assert!(len >= 1);
    Some(Cycle { entry, len })
}
