// learner: slow
// why: VectorClock::compare and merge are O(a*b) time, target O(a + b): counters kept in a Vec<(String, u64)> and every node looked up with a linear find
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

/// A counter per node; nodes not mentioned have counter 0.
#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    entries: Vec<(String, u64)>,
}

impl VectorClock {
    pub fn new() -> Self {
        Self::default()
    }

    fn entry_mut(&mut self, node: &str) -> Option<&mut u64> {
        self.entries.iter_mut().find(|(n, _)| n.as_str() == node).map(|(_, c)| c)
    }

    pub fn get(&self, node: &str) -> u64 {
        self.entries
            .iter()
            .find(|(n, _)| n.as_str() == node)
            .map(|(_, c)| *c)
            .unwrap_or(0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        match self.entry_mut(node) {
            Some(c) => {
                *c += 1;
                *c
            }
            None => {
                self.entries.push((node.to_string(), 1));
                1
            }
        }
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node, theirs) in &other.entries {
            match self.entry_mut(node) {
                Some(mine) => *mine = (*mine).max(*theirs),
                None => self.entries.push((node.clone(), *theirs)),
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let smaller = self.entries.iter().any(|(n, c)| *c < other.get(n))
            || other.entries.iter().any(|(n, c)| self.get(n) < *c);
        let larger = self.entries.iter().any(|(n, c)| *c > other.get(n))
            || other.entries.iter().any(|(n, c)| self.get(n) > *c);
        match (smaller, larger) {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}
