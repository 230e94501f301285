// learner: slow
// why: VectorClock::compare is O(a * b) time, target O(a + b): counters kept as a list of (node, count) records and each node is looked up by a linear find
//! Vector clocks: one counter per node, compared pointwise.

/// How two clocks (two events) are related.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    Before,
    After,
    Equal,
    Concurrent,
}

/// One entry of the clock, like a record in a Ballerina table.
#[derive(Debug, Clone)]
struct NodeCounter {
    node: String,
    count: u64,
}

/// A counter per node; nodes not mentioned have counter 0.
#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    entries: Vec<NodeCounter>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { entries: Vec::new() }
    }

    pub fn get(&self, node: &str) -> u64 {
        self.entries
            .iter()
            .find(|e| e.node == node)
            .map(|e| e.count)
            .unwrap_or(0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        match self.entries.iter_mut().find(|e| e.node == node) {
            Some(entry) => {
                entry.count += 1;
                entry.count
            }
            None => {
                self.entries.push(NodeCounter { node: node.to_string(), count: 1 });
                1
            }
        }
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for theirs in &other.entries {
            match self.entries.iter_mut().find(|e| e.node == theirs.node) {
                Some(mine) => mine.count = mine.count.max(theirs.count),
                None => self.entries.push(theirs.clone()),
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut smaller = false;
        let mut larger = false;
        for e in &self.entries {
            let theirs = other.get(&e.node);
            if e.count < theirs {
                smaller = true;
            }
            if e.count > theirs {
                larger = true;
            }
        }
        for e in &other.entries {
            if self.get(&e.node) < e.count {
                smaller = true;
            }
        }
        match (smaller, larger) {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}
