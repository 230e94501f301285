// learner: optimal
// idiom: logic-programmer style: entry API, compare as a fold over chained iterators into a (less, greater) pair matched to the verdict
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

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    ticks: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        self.ticks.get(node).copied().unwrap_or(0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let t = self.ticks.entry(node.to_owned()).or_insert(0);
        *t += 1;
        *t
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node, &theirs) in &other.ticks {
            match self.ticks.get_mut(node.as_str()) {
                Some(mine) => *mine = (*mine).max(theirs),
                None => {
                    self.ticks.insert(node.clone(), theirs);
                }
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mine = self.ticks.iter().map(|(n, &v)| (v, other.get(n)));
        let only_theirs = other
            .ticks
            .iter()
            .filter(|(n, _)| !self.ticks.contains_key(n.as_str()))
            .map(|(_, &v)| (0, v));
        let (less, greater) = mine
            .chain(only_theirs)
            .fold((false, false), |(l, g), (a, b)| (l || a < b, g || a > b));
        match (less, greater) {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}
