// learner: slow
// idiom: Unity C# game developer: a List<(string, ulong)> of entries like a serialisable inspector array, with a FindIndex helper used by every method
// why: get and increment are O(a) (linear FindIndex) vs O(1); merge and compare look up each node of one clock in the other's list: O(a * b) vs O(a + b)
//! Vector clocks: one counter per node, compared pointwise.

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

    fn FindIndex(&self, node: &str) -> Option<usize> {
        self.entries.iter().position(|(name, _)| name == node)
    }

    pub fn get(&self, node: &str) -> u64 {
        match self.FindIndex(node) {
            Some(i) => self.entries[i].1,
            None => 0,
        }
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        match self.FindIndex(node) {
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
        for (node, value) in &other.entries {
            match self.FindIndex(node) {
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
        let mut less = false;
        let mut greater = false;
        for (node, mine) in &self.entries {
            let theirs = other.get(node);
            if *mine < theirs {
                less = true;
            } else if *mine > theirs {
                greater = true;
            }
        }
        for (node, theirs) in &other.entries {
            if self.FindIndex(node).is_none() && *theirs > 0 {
                less = true;
            }
        }
        match (less, greater) {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}
