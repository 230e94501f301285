// learner: optimal
// idiom: iterator chains: any()/fold over both maps, entry API for increment, a small private helper classifying the (less, greater) pair
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
    ticks: HashMap<String, u64>,
}

fn classify(less: bool, greater: bool) -> Causality {
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

impl VectorClock {
    pub fn new() -> Self {
        Self { ticks: HashMap::new() }
    }

    pub fn get(&self, node: &str) -> u64 {
        self.ticks.get(node).map_or(0, |&t| t)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let t = self.ticks.entry(node.to_string()).or_default();
        *t += 1;
        *t
    }

    pub fn merge(&mut self, other: &VectorClock) {
        other.ticks.iter().for_each(|(node, &t)| {
            if self.get(node) < t {
                self.ticks.insert(node.clone(), t);
            }
        });
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let (less, greater) = self
            .ticks
            .iter()
            .map(|(node, &mine)| (mine, other.get(node)))
            .fold((false, false), |(l, g), (mine, theirs)| (l || mine < theirs, g || mine > theirs));
        let only_theirs = other.ticks.iter().any(|(node, &t)| t > 0 && !self.ticks.contains_key(node));
        classify(less || only_theirs, greater)
    }
}
