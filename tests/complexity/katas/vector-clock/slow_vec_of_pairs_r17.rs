// learner: slow
// why: VectorClock::compare is O(a*b) time, target O(a + b): counters kept in a Vec<(String, u64)> searched linearly for every node
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

    fn position(&self, node: &str) -> Option<usize> {
        self.entries.iter().position(|(n, _)| n == node)
    }

    pub fn get(&self, node: &str) -> u64 {
        match self.position(node) {
            Some(i) => self.entries[i].1,
            None => 0,
        }
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        match self.position(node) {
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
        for (node, v) in &other.entries {
            match self.position(node) {
                Some(i) => {
                    if self.entries[i].1 < *v {
                        self.entries[i].1 = *v;
                    }
                }
                None => self.entries.push((node.clone(), *v)),
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut less = false;
        let mut greater = false;
        for (node, v) in &self.entries {
            let o = other.get(node);
            if *v < o {
                less = true;
            } else if *v > o {
                greater = true;
            }
        }
        for (node, v) in &other.entries {
            let m = self.get(node);
            if m < *v {
                less = true;
            } else if m > *v {
                greater = true;
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
