// learner: slow
// why: VectorClock::compare is O(a * b) time, target O(a + b): counters live in a Vec<(String, u64)> and every lookup scans it
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
        VectorClock { entries: Vec::new() }
    }

    fn index_of(&self, node: &str) -> Option<usize> {
        for (i, (name, _)) in self.entries.iter().enumerate() {
            if name == node {
                return Some(i);
            }
        }
        None
    }

    pub fn get(&self, node: &str) -> u64 {
        match self.index_of(node) {
            Some(i) => self.entries[i].1,
            None => 0,
        }
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        match self.index_of(node) {
            Some(i) => {
                self.entries[i].1 += 1;
                self.entries[i].1
            }
            None => {
                self.entries.push((node.to_string(), 1));
                1
            }
        }
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (name, count) in &other.entries {
            match self.index_of(name) {
                Some(i) => self.entries[i].1 = self.entries[i].1.max(*count),
                None => self.entries.push((name.clone(), *count)),
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut less = false;
        let mut more = false;
        for (name, a) in &self.entries {
            let b = other.get(name);
            less |= *a < b;
            more |= *a > b;
        }
        for (name, b) in &other.entries {
            if *b > self.get(name) {
                less = true;
            }
        }
        match (less, more) {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}
