// learner: optimal
// idiom: Unison: a Map-backed record, compare as a fold into a pair of booleans (sawLess, sawMore) turned into the answer by one total pattern match
//! Vector clocks: one counter per node, compared pointwise.

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

/// (self smaller somewhere, self larger somewhere) -> the verdict. Total.
fn verdict(saw_less: bool, saw_more: bool) -> Causality {
    match (saw_less, saw_more) {
        (false, false) => Causality::Equal,
        (true, false) => Causality::Before,
        (false, true) => Causality::After,
        (true, true) => Causality::Concurrent,
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
        match self.counters.get_mut(node) {
            Some(c) => {
                *c += 1;
                *c
            }
            None => {
                self.counters.insert(node.to_string(), 1);
                1
            }
        }
    }

    /// Takes the pointwise maximum with `other`.
    pub fn merge(&mut self, other: &VectorClock) {
        for (node, &theirs) in &other.counters {
            match self.counters.get_mut(node.as_str()) {
                Some(mine) => *mine = (*mine).max(theirs),
                None => {
                    self.counters.insert(node.clone(), theirs);
                }
            }
        }
    }

    /// How `self` relates to `other`.
    pub fn compare(&self, other: &VectorClock) -> Causality {
        // pass 1: every node I know, against theirs (absent = 0)
        let (less, more) = self.counters.iter().fold((false, false), |(less, more), (node, &mine)| {
            let theirs = other.get(node);
            (less || mine < theirs, more || mine > theirs)
        });
        // pass 2: nodes only they know: there I am 0
        let less = less
            || other
                .counters
                .iter()
                .any(|(node, &theirs)| theirs > 0 && !self.counters.contains_key(node.as_str()));
        verdict(less, more)
    }
}
