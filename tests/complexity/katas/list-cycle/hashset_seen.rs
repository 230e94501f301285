// learner: slow
// idiom: Dart/Flutter-turned-Rust: the textbook Set<int> seen approach (HashSet::insert returns false on the first repeat, like Dart's Set.add), then one more lap to count the length
// why: has_cycle and find_cycle are O(n) time but O(n) extra space for the HashSet of visited nodes vs target O(1) space
use std::collections::HashSet;

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The first node of the list that lies on the cycle.
    pub entry: usize,
    /// The number of nodes on the cycle (at least 1).
    pub len: usize,
}

#[allow(non_snake_case)]
fn firstRepeated(next: &[Option<usize>], head: Option<usize>) -> Option<usize> {
    let mut seen = HashSet::new();
    let mut node = head;
    while let Some(current) = node {
        if !seen.insert(current) {
            return Some(current);
        }
        node = next[current];
    }
    None
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    firstRepeated(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let entry = firstRepeated(next, head)?;
    let mut len = 1;
    let mut node = next[entry]?;
    while node != entry {
        node = next[node]?;
        len += 1;
    }
    Some(Cycle { entry, len })
}
