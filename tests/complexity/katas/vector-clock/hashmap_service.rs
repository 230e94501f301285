// learner: optimal
// idiom: Spring-style: HashMap<String, u64> with private lookup helpers, compare via two one-sided "dominates" checks and a match on the pair
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
    counters: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        Self { counters: HashMap::new() }
    }

    pub fn get(&self, node: &str) -> u64 {
        self.counters.get(node).copied().unwrap_or(0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let counter = self.counter_mut(node);
        *counter += 1;
        *counter
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node, &theirs) in &other.counters {
            let mine = self.counter_mut(node);
            *mine = (*mine).max(theirs);
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        match (self.has_any_greater_than(other), other.has_any_greater_than(self)) {
            (false, false) => Causality::Equal,
            (false, true) => Causality::Before,
            (true, false) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }

    fn counter_mut(&mut self, node: &str) -> &mut u64 {
        if !self.counters.contains_key(node) {
            self.counters.insert(node.to_owned(), 0);
        }
        self.counters.get_mut(node).expect("just inserted")
    }

    fn has_any_greater_than(&self, other: &VectorClock) -> bool {
        self.counters.iter().any(|(node, &mine)| mine > other.get(node))
    }
}
