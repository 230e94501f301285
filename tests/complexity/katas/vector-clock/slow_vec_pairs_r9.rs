// learner: slow
// why: VectorClock::compare is O(a*b) time, target O(a + b): counters kept in a Vec<(String, u64)> searched linearly for every node
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


#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    entries: Vec<(String, u64)>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { entries: Vec::new() }
    }

    fn find(&self, node: &str) -> Option<usize> {
        for i in 0..self.entries.len() {
            if self.entries[i].0 == node {
                return Some(i);
            }
        }
        None
    }

    pub fn get(&self, node: &str) -> u64 {
        match self.find(node) {
            Some(i) => self.entries[i].1,
            None => 0,
        }
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        match self.find(node) {
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
        for (node, c) in &other.entries {
            match self.find(node) {
                Some(i) => {
                    if *c > self.entries[i].1 {
                        self.entries[i].1 = *c;
                    }
                }
                None => self.entries.push((node.clone(), *c)),
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut less = false;
        let mut more = false;
        for (node, c) in &self.entries {
            let o = other.get(node);
            if *c < o {
                less = true;
            }
            if *c > o {
                more = true;
            }
        }
        for (node, c) in &other.entries {
            if self.find(node).is_none() && *c > 0 {
                less = true;
            }
        }
        if less && more {
            Causality::Concurrent
        } else if less {
            Causality::Before
        } else if more {
            Causality::After
        } else {
            Causality::Equal
        }
    }
}
