// learner: slow
// why: VectorClock::compare and merge are O(a * b) time, target O(a + b): counters kept as (node, count) rows in a Vec, each node looked up with a linear find
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
    rows: Vec<(String, u64)>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { rows: Vec::new() }
    }

    fn slot(&self, node: &str) -> Option<usize> {
        for i in 0..self.rows.len() {
            if self.rows[i].0 == node {
                return Some(i);
            }
        }
        None
    }

    pub fn get(&self, node: &str) -> u64 {
        match self.slot(node) {
            Some(i) => self.rows[i].1,
            None => 0,
        }
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        match self.slot(node) {
            Some(i) => {
                self.rows[i].1 += 1;
                self.rows[i].1
            }
            None => {
                self.rows.push((node.to_string(), 1));
                1
            }
        }
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node, t) in &other.rows {
            match self.slot(node) {
                Some(i) => {
                    if *t > self.rows[i].1 {
                        self.rows[i].1 = *t;
                    }
                }
                None => self.rows.push((node.clone(), *t)),
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut less = false;
        let mut greater = false;
        for (node, a) in &self.rows {
            let b = other.get(node);
            if *a < b {
                less = true;
            }
            if *a > b {
                greater = true;
            }
        }
        for (node, b) in &other.rows {
            if self.get(node) < *b {
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
