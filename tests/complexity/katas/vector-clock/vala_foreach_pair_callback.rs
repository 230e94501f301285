// learner: optimal
// idiom: vala: a private "foreach pair" helper that feeds (mine, theirs) to a callback, early exit once concurrency is certain, entry API in increment
// why: the helper visits each of the a + b entries once with O(1) hash lookups, O(a + b) expected; compare keeps two flags (O(1)); get/increment are single entry operations
//! Vector clocks: one counter per node, compared pointwise, to tell whether
//! one event happened before another or whether they were concurrent.

/// How two clocks (two events) are related.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    Before,
    After,
    Equal,
    Concurrent,
}

use std::collections::HashMap;

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    entries: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        self.entries.get(node).copied().unwrap_or(0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let slot = self.entries.entry(node.to_owned()).or_insert(0);
        *slot += 1;
        *slot
    }

    /// Calls `func(mine, theirs)` once per node known to either clock; stops
    /// when `func` returns false (like a GHRFunc / GTraverseFunc).
    fn foreach_pair<F: FnMut(u64, u64) -> bool>(&self, other: &VectorClock, mut func: F) {
        for (node, &mine) in self.entries.iter() {
            if !func(mine, other.get(node)) {
                return;
            }
        }
        for (node, &theirs) in other.entries.iter() {
            if self.entries.contains_key(node) {
                continue; // already seen in the first loop
            }
            if !func(0, theirs) {
                return;
            }
        }
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node, &theirs) in other.entries.iter() {
            let mine = self.entries.entry(node.clone()).or_insert(0);
            *mine = (*mine).max(theirs);
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut less = false;
        let mut greater = false;
        self.foreach_pair(other, |mine, theirs| {
            less |= mine < theirs;
            greater |= mine > theirs;
            !(less && greater)
        });
        if less && greater {
            Causality::Concurrent
        } else if less {
            Causality::Before
        } else if greater {
            Causality::After
        } else {
            Causality::Equal
        }
    }
}
