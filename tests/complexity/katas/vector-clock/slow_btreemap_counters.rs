// learner: slow
// why: VectorClock::get and increment are O(log n) time, target O(1): counters kept in an ordered BTreeMap (merge-join compare is fine, lookups are not)
//! Vector clocks: one counter per node, compared pointwise, to tell whether
//! one event happened before another or whether they were concurrent.

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

use std::cmp::Ordering;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    counters: BTreeMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { counters: BTreeMap::new() }
    }

    pub fn get(&self, node: &str) -> u64 {
        self.counters.get(node).copied().unwrap_or(0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let c = self.counters.entry(node.to_string()).or_insert(0);
        *c += 1;
        *c
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node, &v) in &other.counters {
            let c = self.counters.entry(node.clone()).or_insert(0);
            *c = (*c).max(v);
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        // both maps iterate in key order: walk them side by side
        let mut a = self.counters.iter().peekable();
        let mut b = other.counters.iter().peekable();
        let (mut lt, mut gt) = (false, false);
        loop {
            let step = match (a.peek(), b.peek()) {
                (None, None) => break,
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (Some((ka, _)), Some((kb, _))) => ka.cmp(kb),
            };
            match step {
                Ordering::Less => {
                    let (_, &v) = a.next().unwrap();
                    gt |= v > 0;
                }
                Ordering::Greater => {
                    let (_, &v) = b.next().unwrap();
                    lt |= v > 0;
                }
                Ordering::Equal => {
                    let (_, &va) = a.next().unwrap();
                    let (_, &vb) = b.next().unwrap();
                    lt |= va < vb;
                    gt |= va > vb;
                }
            }
        }
        match (lt, gt) {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}
