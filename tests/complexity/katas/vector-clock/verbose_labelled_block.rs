// learner: optimal
// idiom: beginner-verbose flags with a labelled `'scan` loop that stops once both directions are seen, get_mut-or-insert written out by hand, shadowed locals
//! Vector clocks: one counter per node, compared pointwise, to tell whether
//! one event happened before another or whether they were concurrent.

use std::collections::HashMap;

/// How two clocks (two events) are related.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    /// Every counter <= the other's, at least one strictly smaller.
    Before,
    /// Every counter >= the other's, at least one strictly larger.
    After,
    /// All counters equal.
    Equal,
    /// Some counter smaller and some larger: neither saw the other.
    Concurrent,
}

/// A counter per node; nodes not mentioned have counter 0.
#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    table: HashMap<String, u64>,
}

impl VectorClock {
    /// The clock with every counter at 0.
    pub fn new() -> Self {
        let table = HashMap::new();
        VectorClock { table }
    }

    /// The counter of `node` (0 if it was never incremented).
    pub fn get(&self, node: &str) -> u64 {
        match self.table.get(node) {
            Some(value) => *value,
            None => 0,
        }
    }

    /// Records a local event on `node` and returns its new counter.
    pub fn increment(&mut self, node: &str) -> u64 {
        let current = self.get(node);
        let current = current + 1;
        if let Some(slot) = self.table.get_mut(node) {
            *slot = current;
        } else {
            self.table.insert(node.to_string(), current);
        }
        current
    }

    /// Takes the pointwise maximum with `other` (what a node does when it
    /// receives a message or a replica).
    pub fn merge(&mut self, other: &VectorClock) {
        for (node, value) in other.table.iter() {
            let value = *value;
            let mine = self.get(node);
            if value > mine {
                if let Some(slot) = self.table.get_mut(node) {
                    *slot = value;
                } else {
                    self.table.insert(node.clone(), value);
                }
            }
        }
    }

    /// How `self` relates to `other`.
    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut some_smaller = false;
        let mut some_larger = false;
        'scan: {
            for (node, mine) in self.table.iter() {
                let theirs = other.get(node);
                if *mine < theirs {
                    some_smaller = true;
                }
                if *mine > theirs {
                    some_larger = true;
                }
                if some_smaller && some_larger {
                    break 'scan;
                }
            }
            for (node, theirs) in other.table.iter() {
                if self.table.contains_key(node) {
                    continue;
                }
                // we have 0 for this node
                if *theirs > 0 {
                    some_smaller = true;
                }
                if some_smaller && some_larger {
                    break 'scan;
                }
            }
        }
        if some_smaller && some_larger {
            Causality::Concurrent
        } else if some_smaller {
            Causality::Before
        } else if some_larger {
            Causality::After
        } else {
            Causality::Equal
        }
    }
}
