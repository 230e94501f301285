// learner: optimal
// idiom: `impl Iterator` of counter pairs over the union of both key sets (chain + filter), folded through a (Causality, Ordering) state-machine match; merge with entry().and_modify().or_insert()
//! Vector clocks: one counter per node, compared pointwise, to tell whether
//! one event happened before another or whether they were concurrent.

use std::cmp::Ordering;
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

    /// (mine, theirs) for every node either clock mentions, each node once.
    fn pairs<'a>(&'a self, other: &'a VectorClock) -> impl Iterator<Item = (u64, u64)> + 'a {
        let mine = self.counters.iter().map(move |(k, &v)| (v, other.get(k)));
        let only_theirs = other
            .counters
            .iter()
            .filter(move |(k, _)| !self.counters.contains_key(k.as_str()))
            .map(|(_, &v)| (0, v));
        mine.chain(only_theirs)
    }

    /// How `self` relates to `other`.
    pub fn compare(&self, other: &VectorClock) -> Causality {
        self.pairs(other)
            .map(|(a, b)| a.cmp(&b))
            .fold(Causality::Equal, absorb)
    }
}
