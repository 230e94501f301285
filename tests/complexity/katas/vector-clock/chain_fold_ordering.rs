// learner: optimal
// idiom: compare folds over self.keys().chain(other.keys()) (a + b lookups, duplicates harmless) into an (less, greater) pair via u64::cmp; merge with entry().and_modify().or_insert(); O(a + b), O(1)
use std::cmp::Ordering;
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    Before,
    After,
    Equal,
    Concurrent,
}

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    ticks: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        Default::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        self.ticks.get(node).map_or(0, |&t| t)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let t = self.ticks.entry(String::from(node)).and_modify(|t| *t += 1).or_insert(1);
        *t
    }

    pub fn merge(&mut self, other: &VectorClock) {
        other.ticks.iter().for_each(|(node, &t)| {
            self.ticks.entry(node.clone()).and_modify(|mine| *mine = t.max(*mine)).or_insert(t);
        });
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let (less, greater) = self
            .ticks
            .keys()
            .chain(other.ticks.keys())
            .fold((false, false), |(lt, gt), node| match self.get(node).cmp(&other.get(node)) {
                Ordering::Less => (true, gt),
                Ordering::Greater => (lt, true),
                Ordering::Equal => (lt, gt),
            });
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
}
