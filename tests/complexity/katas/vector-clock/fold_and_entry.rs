// learner: optimal
// idiom: terse expert: entry API (and_modify/or_insert), compare as a fold over a chained iterator of orderings, Ordering bit-flags
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
use std::collections::HashMap;

/// A counter per node; nodes not mentioned have counter 0.
#[derive(Debug, Clone, Default)]
pub struct VectorClock(HashMap<String, u64>);

impl VectorClock {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        self.0.get(node).copied().unwrap_or(0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let c = self.0.entry(node.to_owned()).or_insert(0);
        *c += 1;
        *c
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (k, &v) in &other.0 {
            self.0.entry(k.clone()).and_modify(|c| *c = (*c).max(v)).or_insert(v);
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mine = self.0.iter().map(|(k, &v)| v.cmp(&other.get(k)));
        let only_theirs = other.0.iter().filter(|(k, _)| !self.0.contains_key(*k)).map(|(_, &v)| 0.cmp(&v));
        let flags = mine.chain(only_theirs).fold(0u8, |f, o| match o {
            Ordering::Less => f | 1,
            Ordering::Greater => f | 2,
            Ordering::Equal => f,
        });
        match flags {
            0 => Causality::Equal,
            1 => Causality::Before,
            2 => Causality::After,
            _ => Causality::Concurrent,
        }
    }
}
