// learner: slow
// why: VectorClock::compare is O(a + b) space, target O(1): builds a HashSet with the union of both clocks' node names before comparing
//! Vector clocks: one counter per node, compared pointwise, to tell whether
//! one event happened before another or whether they were concurrent.

use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};

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
    counters: HashMap<String, u64>,
}

/// One step of the comparison state machine.
fn absorb(state: Causality, step: Ordering) -> Causality {
    use Causality::*;
    match (state, step) {
        (s, Ordering::Equal) => s,
        (Concurrent, _) => Concurrent,
        (Equal | Before, Ordering::Less) => Before,
        (Equal | After, Ordering::Greater) => After,
        (Before, Ordering::Greater) | (After, Ordering::Less) => Concurrent,
    }
}

impl VectorClock {
    /// The clock with every counter at 0.
    pub fn new() -> Self {
        VectorClock { counters: HashMap::new() }
    }

    /// The counter of `node` (0 if it was never incremented).
    pub fn get(&self, node: &str) -> u64 {
        self.counters.get(node).copied().unwrap_or(0)
    }

    /// Records a local event on `node` and returns its new counter.
    pub fn increment(&mut self, node: &str) -> u64 {
        let slot = match self.counters.get_mut(node) {
            Some(slot) => slot,
            None => self.counters.entry(node.to_owned()).or_insert(0),
        };
        *slot += 1;
        *slot
    }

    /// Takes the pointwise maximum with `other` (what a node does when it
    /// receives a message or a replica).
    pub fn merge(&mut self, other: &VectorClock) {
        for (node, &theirs) in &other.counters {
            self.counters
                .entry(node.clone())
                .and_modify(|mine| *mine = (*mine).max(theirs))
                .or_insert(theirs);
        }
    }

    /// How `self` relates to `other`.
    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut all_nodes: HashSet<&str> = HashSet::new();
        for k in self.counters.keys().chain(other.counters.keys()) {
            all_nodes.insert(k.as_str());
        }
        let mut state = Causality::Equal;
        for node in all_nodes {
            state = absorb(state, self.get(node).cmp(&other.get(node)));
        }
        state
    }
}
