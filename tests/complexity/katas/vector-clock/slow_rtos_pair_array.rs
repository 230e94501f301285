// learner: slow
// why: VectorClock::compare is O(a*b) time, target O(a + b): counters kept in a Vec of (node, tick) pairs, each node found by a linear scan
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    Before,
    After,
    Equal,
    Concurrent,
}

/// Flat table of (node, tick) slots, like a fixed table on a microcontroller but growable.
#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    table: Vec<(String, u64)>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { table: Vec::new() }
    }

    fn slot(&self, node: &str) -> Option<usize> {
        let mut i = 0;
        while i < self.table.len() {
            if self.table[i].0 == node {
                return Some(i);
            }
            i += 1;
        }
        None
    }

    pub fn get(&self, node: &str) -> u64 {
        match self.slot(node) {
            Some(i) => self.table[i].1,
            None => 0,
        }
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        match self.slot(node) {
            Some(i) => {
                self.table[i].1 += 1;
                self.table[i].1
            }
            None => {
                self.table.push((node.to_owned(), 1));
                1
            }
        }
    }

    pub fn merge(&mut self, other: &VectorClock) {
        let mut j = 0;
        while j < other.table.len() {
            let (ref node, tick) = other.table[j];
            match self.slot(node) {
                Some(i) => {
                    if self.table[i].1 < tick {
                        self.table[i].1 = tick;
                    }
                }
                None => self.table.push((node.clone(), tick)),
            }
            j += 1;
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut less = false;
        let mut more = false;
        let mut i = 0;
        while i < self.table.len() {
            let theirs = other.get(&self.table[i].0);
            let mine = self.table[i].1;
            if mine < theirs {
                less = true;
            }
            if mine > theirs {
                more = true;
            }
            i += 1;
        }
        let mut j = 0;
        while j < other.table.len() {
            if self.slot(&other.table[j].0).is_none() && other.table[j].1 > 0 {
                less = true;
            }
            j += 1;
        }
        match (less, more) {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}
