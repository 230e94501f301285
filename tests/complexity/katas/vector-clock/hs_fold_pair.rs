// learner: optimal
// idiom: Haskell-flavoured: newtype Tick, compare as one fold over both clocks into a (lt, gt) pair, tuple pattern match for the verdict
//! Vector clocks: one counter per node, compared pointwise.

use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    Before,
    After,
    Equal,
    Concurrent,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
struct Tick(u64);

impl Tick {
    fn succ(self) -> Tick {
        Tick(self.0 + 1)
    }
}

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    ticks: HashMap<String, Tick>,
}

impl VectorClock {
    pub fn new() -> Self {
        Self::default()
    }

    fn at(&self, node: &str) -> Tick {
        self.ticks.get(node).copied().unwrap_or_default()
    }

    pub fn get(&self, node: &str) -> u64 {
        self.at(node).0
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let t = self.ticks.entry(node.to_owned()).or_default();
        *t = t.succ();
        t.0
    }

    pub fn merge(&mut self, other: &VectorClock) {
        other.ticks.iter().for_each(|(node, &theirs)| {
            self.ticks
                .entry(node.clone())
                .and_modify(|mine| *mine = (*mine).max(theirs))
                .or_insert(theirs);
        });
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let ours = self.ticks.iter().map(|(n, &t)| (t, other.at(n)));
        let theirs_only = other
            .ticks
            .iter()
            .filter(|(n, _)| !self.ticks.contains_key(n.as_str()))
            .map(|(_, &t)| (Tick::default(), t));
        let (lt, gt) = ours
            .chain(theirs_only)
            .fold((false, false), |(lt, gt), (a, b)| (lt || a < b, gt || a > b));
        match (lt, gt) {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}
