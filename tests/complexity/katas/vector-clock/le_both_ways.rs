// learner: optimal
// idiom: teenager who learnt programming in Scratch: a tiny "is every counter of A <= B" block used twice, then the answer from the two yes/no results; iterators with all()
//! Vector clocks: one counter per node, compared pointwise.

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
    clock: HashMap<String, u64>,
}

// is every counter in a <= the same counter in b? (nodes missing in b count as 0)
fn all_less_or_equal(a: &VectorClock, b: &VectorClock) -> bool {
    a.clock.iter().all(|(node, &count)| count <= b.get(node))
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        *self.clock.get(node).unwrap_or(&0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let count = self.clock.entry(node.to_string()).or_insert(0);
        *count += 1;
        *count
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node, &count) in other.clock.iter() {
            let mine = self.clock.entry(node.clone()).or_insert(0);
            if count > *mine {
                *mine = count;
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let me_le_them = all_less_or_equal(self, other);
        let them_le_me = all_less_or_equal(other, self);
        match (me_le_them, them_le_me) {
            (true, true) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (false, false) => Causality::Concurrent,
        }
    }
}
