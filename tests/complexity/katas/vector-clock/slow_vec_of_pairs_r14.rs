// learner: slow
// why: VectorClock::compare is O(a*b) time, target O(a + b): counters kept in a Vec<(String, u64)> and every lookup is a linear search
//! Vector clocks: one counter per node, compared pointwise.

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
    entries: Vec<(String, u64)>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { entries: Vec::new() }
    }

    fn lookup(&self, node: &str) -> Option<usize> {
        self.entries.iter().position(|(n, _)| n == node)
    }

    pub fn get(&self, node: &str) -> u64 {
        self.lookup(node).map_or(0, |i| self.entries[i].1)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        match self.lookup(node) {
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
        for (node, count) in &other.entries {
            match self.lookup(node) {
                Some(i) => self.entries[i].1 = self.entries[i].1.max(*count),
                None => self.entries.push((node.clone(), *count)),
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut less = false;
        let mut more = false;
        for (node, mine) in &self.entries {
            let theirs = other.get(node);
            less |= *mine < theirs;
            more |= *mine > theirs;
        }
        for (node, theirs) in &other.entries {
            let mine = self.get(node);
            less |= mine < *theirs;
            more |= mine > *theirs;
        }
        match (less, more) {
            (true, true) => Causality::Concurrent,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (false, false) => Causality::Equal,
        }
    }
}
