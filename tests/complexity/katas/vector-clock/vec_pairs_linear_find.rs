// learner: slow
// why: VectorClock::compare is O(a*b) time, target O(a + b): Vec<(String, u64)> searched with a for loop for every node
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

fn find(entries: &Vec<(String, u64)>, node: &str) -> Option<usize> {
    for i in 0..entries.len() {
        if entries[i].0 == node {
            return Some(i);
        }
    }
    None
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { entries: Vec::new() }
    }

    pub fn get(&self, node: &str) -> u64 {
        match find(&self.entries, node) {
            Some(i) => self.entries[i].1,
            None => 0,
        }
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        match find(&self.entries, node) {
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
        for (node, value) in other.entries.iter() {
            match find(&self.entries, node) {
                Some(i) => {
                    if *value > self.entries[i].1 {
                        self.entries[i].1 = *value;
                    }
                }
                None => self.entries.push((node.clone(), *value)),
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut lt = false;
        let mut gt = false;
        for (node, mine) in self.entries.iter() {
            let theirs = other.get(node);
            if *mine < theirs {
                lt = true;
            } else if *mine > theirs {
                gt = true;
            }
        }
        for (node, theirs) in other.entries.iter() {
            if self.get(node) < *theirs {
                lt = true;
            }
        }
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
