// learner: slow
// idiom: vala: counters kept in a Vec<(String, u64)> like a GList of pairs, each node found with a for loop
// why: misses every target: get/increment are O(a) scans, and merge/compare search the other list for each node, O(a * b)
//! Vector clocks: one counter per node, compared pointwise, to tell whether
//! one event happened before another or whether they were concurrent.

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
    pairs: Vec<(String, u64)>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { pairs: Vec::new() }
    }

    fn find_index(&self, node: &str) -> Option<usize> {
        for i in 0..self.pairs.len() {
            if self.pairs[i].0 == node {
                return Some(i);
            }
        }
        None
    }

    pub fn get(&self, node: &str) -> u64 {
        match self.find_index(node) {
            Some(i) => self.pairs[i].1,
            None => 0,
        }
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        match self.find_index(node) {
            Some(i) => {
                self.pairs[i].1 += 1;
                self.pairs[i].1
            }
            None => {
                self.pairs.push((node.to_string(), 1));
                1
            }
        }
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node, theirs) in &other.pairs {
            match self.find_index(node) {
                Some(i) => {
                    if *theirs > self.pairs[i].1 {
                        self.pairs[i].1 = *theirs;
                    }
                }
                None => self.pairs.push((node.clone(), *theirs)),
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut smaller = false;
        let mut larger = false;
        for (node, mine) in &self.pairs {
            let theirs = other.get(node);
            if *mine < theirs {
                smaller = true;
            }
            if *mine > theirs {
                larger = true;
            }
        }
        for (node, theirs) in &other.pairs {
            if self.find_index(node).is_none() && *theirs > 0 {
                smaller = true;
            }
        }
        match (smaller, larger) {
            (true, true) => Causality::Concurrent,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (false, false) => Causality::Equal,
        }
    }
}
