// learner: optimal
// idiom: REXX: a small subroutine ALL_LE(x, y) called twice, the way an exec reuses one internal procedure; Box<str> keys in the stem
// why: all_le walks x's entries with one O(1) lookup each, so compare is O(a) + O(b) expected; merge O(b); get/increment O(1)

/* REXX-style: CALL ALL_LE a b ; CALL ALL_LE b a ; then decide */

use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    Before,
    After,
    Equal,
    Concurrent,
}

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    clock_stem: HashMap<Box<str>, u64>,
}

/// 1 when every counter of x is <= the same counter of y (missing = 0)
fn all_le(x: &VectorClock, y: &VectorClock) -> bool {
    for (node_name, &x_count) in x.clock_stem.iter() {
        if x_count > y.get(node_name) {
            return false;
        }
    }
    true
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        *self.clock_stem.get(node).unwrap_or(&0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let new_value = self.get(node) + 1;
        self.clock_stem.insert(Box::from(node), new_value);
        new_value
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node_name, &their_count) in other.clock_stem.iter() {
            if their_count > self.get(node_name) {
                self.clock_stem.insert(node_name.clone(), their_count);
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let self_le = all_le(self, other);
        let other_le = all_le(other, self);
        if self_le && other_le {
            Causality::Equal
        } else if self_le {
            Causality::Before
        } else if other_le {
            Causality::After
        } else {
            Causality::Concurrent
        }
    }
}
