// learner: optimal
// idiom: Unison: causality as a little join-semilattice (a structural type with a `join`), every node folded in with `join`; a missing node is the monoid's 0
//! Vector clocks: one counter per node, compared pointwise.

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

impl Causality {
    /// What one node says on its own.
    fn of(ord: Ordering) -> Causality {
        match ord {
            Ordering::Less => Causality::Before,
            Ordering::Greater => Causality::After,
            Ordering::Equal => Causality::Equal,
        }
    }

    /// Join of two verdicts: Equal is the identity, Concurrent absorbs.
    fn join(self, other: Causality) -> Causality {
        use Causality::*;
        match (self, other) {
            (Equal, x) | (x, Equal) => x,
            (Before, Before) => Before,
            (After, After) => After,
            _ => Concurrent,
        }
    }
}

/// A counter per node; nodes not mentioned have counter 0.
#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    ticks: HashMap<Box<str>, u64>,
}

impl VectorClock {
    /// The clock with every counter at 0.
    pub fn new() -> Self {
        Self::default()
    }

    /// The counter of `node` (0 if it was never incremented).
    pub fn get(&self, node: &str) -> u64 {
        *self.ticks.get(node).unwrap_or(&0)
    }

    /// Records a local event on `node` and returns its new counter.
    pub fn increment(&mut self, node: &str) -> u64 {
        if let Some(t) = self.ticks.get_mut(node) {
            *t += 1;
            return *t;
        }
        self.ticks.insert(node.into(), 1);
        1
    }

    /// Takes the pointwise maximum with `other`.
    pub fn merge(&mut self, other: &VectorClock) {
        other.ticks.iter().for_each(|(node, &t)| {
            let slot = self.ticks.entry(node.clone()).or_insert(0);
            if t > *slot {
                *slot = t;
            }
        });
    }

    /// How `self` relates to `other`.
    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mine = self
            .ticks
            .iter()
            .map(|(n, &t)| Causality::of(t.cmp(&other.get(n))))
            .fold(Causality::Equal, Causality::join);
        other
            .ticks
            .iter()
            .filter(|(n, _)| !self.ticks.contains_key(&***n))
            .map(|(_, &t)| Causality::of(0u64.cmp(&t)))
            .fold(mine, Causality::join)
    }
}
