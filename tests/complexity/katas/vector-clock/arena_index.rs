// learner: optimal
// idiom: arena of counters Vec<(Box<str>, u64)> plus HashMap<Box<str>, usize> index, iterator chains with any/all style checks
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


use std::collections::HashMap;

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    slots: Vec<u64>,
    names: Vec<Box<str>>,
    index: HashMap<Box<str>, usize>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock::default()
    }

    fn slot(&mut self, node: &str) -> usize {
        if let Some(&i) = self.index.get(node) {
            return i;
        }
        let i = self.slots.len();
        self.slots.push(0);
        self.names.push(node.into());
        self.index.insert(node.into(), i);
        i
    }

    pub fn get(&self, node: &str) -> u64 {
        self.index.get(node).map_or(0, |&i| self.slots[i])
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let i = self.slot(node);
        self.slots[i] += 1;
        self.slots[i]
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (name, &v) in other.names.iter().zip(&other.slots) {
            let i = self.slot(name);
            if v > self.slots[i] {
                self.slots[i] = v;
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mine = self.names.iter().zip(&self.slots).map(|(n, &a)| (a, other.get(n)));
        let theirs_only = other
            .names
            .iter()
            .zip(&other.slots)
            .filter(|(n, _)| !self.index.contains_key(&***n))
            .map(|(_, &b)| (0u64, b));
        let mut lt = false;
        let mut gt = false;
        for (a, b) in mine.chain(theirs_only) {
            if a < b {
                lt = true;
            } else if a > b {
                gt = true;
            }
        }
        if lt && gt {
            Causality::Concurrent
        } else if lt {
            Causality::Before
        } else if gt {
            Causality::After
        } else {
            Causality::Equal
        }
    }
}
