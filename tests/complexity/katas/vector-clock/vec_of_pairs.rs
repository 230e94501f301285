// learner: slow
// idiom: Eiffel design-by-contract developer: counters kept as a Vec<(String, u64)> "list of pairs" with a linear index_of query, postconditions checked with debug_asserts
// why: get/increment are O(a) instead of O(1) expected (linear index_of); merge and compare are O(a * b) instead of O(a + b) because each entry of one clock is looked up by a scan of the other
//! Vector clocks.

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

    fn index_of(&self, node: &str) -> Option<usize> {
        self.entries.iter().position(|(n, _)| n == node)
    }

    pub fn get(&self, node: &str) -> u64 {
        match self.index_of(node) {
            Some(i) => self.entries[i].1,
            None => 0,
        }
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let result = match self.index_of(node) {
            Some(i) => {
                self.entries[i].1 += 1;
                self.entries[i].1
            }
            None => {
                self.entries.push((node.to_string(), 1));
                1
            }
        };
        debug_assert!(result >= 1, "ensure positive");
        result
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node, count) in &other.entries {
            match self.index_of(node) {
                Some(i) => {
                    if *count > self.entries[i].1 {
                        self.entries[i].1 = *count;
                    }
                }
                None => self.entries.push((node.clone(), *count)),
            }
        }
        debug_assert!(other.entries.iter().all(|(n, c)| self.get(n) >= *c), "ensure dominates other");
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut less = false;
        let mut greater = false;
        for (node, count) in &self.entries {
            let theirs = other.get(node);
            if *count < theirs {
                less = true;
            } else if *count > theirs {
                greater = true;
            }
        }
        for (node, count) in &other.entries {
            if self.get(node) < *count {
                less = true;
            }
        }
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
