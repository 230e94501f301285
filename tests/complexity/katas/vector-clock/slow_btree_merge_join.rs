// learner: slow
// why: VectorClock::get and increment are O(log n) time, target O(1): data-engineer BTreeMap keyed by node, compared as a sort-merge join of the two ordered maps
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
    by_node: BTreeMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        self.by_node.get(node).copied().unwrap_or(0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let c = self.by_node.entry(node.to_string()).or_insert(0);
        *c += 1;
        *c
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node, &t) in &other.by_node {
            let c = self.by_node.entry(node.clone()).or_insert(0);
            *c = (*c).max(t);
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        // full outer join of two sorted tables on the node column
        let mut left = self.by_node.iter().peekable();
        let mut right = other.by_node.iter().peekable();
        let (mut less, mut greater) = (false, false);
        loop {
            let row = match (left.peek(), right.peek()) {
                (None, None) => break,
                (Some(_), None) => {
                    let (_, &a) = left.next().unwrap();
                    (a, 0)
                }
                (None, Some(_)) => {
                    let (_, &b) = right.next().unwrap();
                    (0, b)
                }
                (Some((ka, _)), Some((kb, _))) => match ka.cmp(kb) {
                    Ordering::Less => (*left.next().unwrap().1, 0),
                    Ordering::Greater => (0, *right.next().unwrap().1),
                    Ordering::Equal => (*left.next().unwrap().1, *right.next().unwrap().1),
                },
            };
            match row.0.cmp(&row.1) {
                Ordering::Less => less = true,
                Ordering::Greater => greater = true,
                Ordering::Equal => {}
            }
        }
        match (less, greater) {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}
