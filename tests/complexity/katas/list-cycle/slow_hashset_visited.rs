// learner: slow
// why: find_cycle is O(n) space, target O(1): remembers every visited node in a HashSet
use std::collections::HashSet;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    find_cycle(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let mut seen = HashSet::new();
    let mut cur = head;
    while let Some(i) = cur {
        if !seen.insert(i) {
            let mut len = 1;
            let mut j = next[i]?;
            while j != i {
                j = next[j]?;
                len += 1;
            }
            return Some(Cycle { entry: i, len });
        }
        cur = next[i];
    }
    None
}
