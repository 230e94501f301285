// learner: optimal
// idiom: Fortran-minded: private helper that scans one clock against another and reports (smaller, larger), called twice with arguments swapped; Box<str> keys
//! Vector clocks: one counter per node, compared pointwise.

/// How two clocks (two events) are related.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    Before,
    After,
    Equal,
    Concurrent,
}

use std::collections::HashMap;

/// A counter per node; nodes not mentioned have counter 0.
#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    tab: HashMap<Box<str>, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        *self.tab.get(node).unwrap_or(&0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let v = self.get(node) + 1;
        self.tab.insert(node.into(), v);
        v
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (k, &v) in &other.tab {
            if v > self.get(k) {
                self.tab.insert(k.clone(), v);
            }
        }
    }

    /// Walk every entry of `x` against `y`: (some x < y, some x > y).
    fn scan(x: &VectorClock, y: &VectorClock) -> (bool, bool) {
        let mut less = false;
        let mut more = false;
        for (k, &v) in &x.tab {
            let w = y.get(k);
            less |= v < w;
            more |= v > w;
        }
        (less, more)
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let (l1, m1) = Self::scan(self, other);
        let (l2, m2) = Self::scan(other, self); // mirror: other's larger = self's smaller
        let less = l1 || m2;
        let more = m1 || l2;
        if less {
            if more {
                Causality::Concurrent
            } else {
                Causality::Before
            }
        } else if more {
            Causality::After
        } else {
            Causality::Equal
        }
    }
}
