// learner: slow
// idiom: Visual FoxPro database developer: a "visited" lookup table (HashMap node -> step number, like INSERT INTO seen with an index on node) filled while walking; the first SEEK hit gives the entry, the step difference the length.
// why: has_cycle and find_cycle are O(n) time but O(n) extra space (the seen table holds every node of the walk) vs the O(1) space target.
//! Cycle detection in a linked list: see README.md.

use std::collections::HashMap;

/// Where the cycle of a list begins and how many nodes it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    pub entry: usize,
    pub len: usize,
}

pub fn has_cycle(next: &[Option<usize>], head: Option<usize>) -> bool {
    find_cycle(next, head).is_some()
}

pub fn find_cycle(next: &[Option<usize>], head: Option<usize>) -> Option<Cycle> {
    let mut idx_seen: HashMap<usize, usize> = HashMap::new();
    let mut ln_step: usize = 0;
    let mut lv_rec = head;
    while let Some(ln_rec) = lv_rec {
        if let Some(&ln_first) = idx_seen.get(&ln_rec) {
            return Some(Cycle { entry: ln_rec, len: ln_step - ln_first });
        }
        idx_seen.insert(ln_rec, ln_step);
        ln_step += 1;
        lv_rec = next[ln_rec];
    }
    None
}
