// learner: optimal
// idiom: JavaScript bootcamp graduate: functional style, compare folds over the union of keys (self's keys chained with other's extra keys) into a pair of flags, merge via for_each + entry API
//! Vector clocks.

use std::collections::HashMap;

/// How two clocks (two events) are related.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    Before,
    After,
    Equal,
    Concurrent,
}

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    map: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        self.map.get(node).map_or(0, |n| *n)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let n = self.get(node) + 1;
        match self.map.get_mut(node) {
            Some(slot) => *slot = n,
            None => {
                self.map.insert(node.into(), n);
            }
        }
        n
    }

    pub fn merge(&mut self, other: &VectorClock) {
        other.map.iter().for_each(|(k, &v)| {
            self.map
                .entry(k.clone())
                .and_modify(|mine| *mine = (*mine).max(v))
                .or_insert(v);
        });
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let keys = self
            .map
            .keys()
            .chain(other.map.keys().filter(|k| !self.map.contains_key(*k)));
        let (lt, gt) = keys.fold((false, false), |(lt, gt), k| {
            let (a, b) = (self.get(k), other.get(k));
            (lt || a < b, gt || a > b)
        });
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
