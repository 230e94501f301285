// learner: optimal
// idiom: iterator chain of (mine, theirs) pairs folded into a (less, more) tuple, match on the tuple
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
    entries: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        self.entries.get(node).copied().unwrap_or(0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let slot = self.entries.entry(node.to_owned()).or_insert(0);
        *slot += 1;
        *slot
    }

    pub fn merge(&mut self, other: &VectorClock) {
        other.entries.iter().for_each(|(node, &theirs)| {
            self.entries
                .entry(node.to_owned())
                .and_modify(|mine| *mine = (*mine).max(theirs))
                .or_insert(theirs);
        });
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let ours = self
            .entries
            .iter()
            .map(|(node, &mine)| (mine, other.get(node)));
        let only_theirs = other
            .entries
            .iter()
            .filter(|(node, _)| !self.entries.contains_key(*node))
            .map(|(_, &theirs)| (0, theirs));
        let flags = ours
            .chain(only_theirs)
            .fold((false, false), |(less, more), (mine, theirs)| match mine.cmp(&theirs) {
                Ordering::Less => (true, more),
                Ordering::Greater => (less, true),
                Ordering::Equal => (less, more),
            });
        match flags {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}
