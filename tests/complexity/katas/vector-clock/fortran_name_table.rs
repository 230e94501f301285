// learner: optimal
// idiom: Fortran-style: per-clock name table + flat counter array (HashMap name -> index into Vec<u64>), explicit index do-loops, integer flags
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

use std::collections::HashMap;

/// A counter per node; nodes not mentioned have counter 0.
#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    idx: HashMap<String, usize>,
    name: Vec<String>,
    cnt: Vec<u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { idx: HashMap::new(), name: Vec::new(), cnt: Vec::new() }
    }

    fn slot(&self, node: &str) -> Option<usize> {
        self.idx.get(node).copied()
    }

    pub fn get(&self, node: &str) -> u64 {
        match self.slot(node) {
            Some(i) => self.cnt[i],
            None => 0,
        }
    }

    fn add_node(&mut self, node: &str, value: u64) -> usize {
        let i = self.cnt.len();
        self.idx.insert(node.to_string(), i);
        self.name.push(node.to_string());
        self.cnt.push(value);
        i
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let i = match self.slot(node) {
            Some(i) => i,
            None => self.add_node(node, 0),
        };
        self.cnt[i] += 1;
        self.cnt[i]
    }

    pub fn merge(&mut self, other: &VectorClock) {
        let nb = other.cnt.len();
        for j in 0..nb {
            let y = other.cnt[j];
            match self.slot(&other.name[j]) {
                Some(i) => {
                    if y > self.cnt[i] {
                        self.cnt[i] = y;
                    }
                }
                None => {
                    self.add_node(&other.name[j], y);
                }
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut lt = 0u8; // some counter of self is smaller
        let mut gt = 0u8; // some counter of self is larger
        let na = self.cnt.len();
        for i in 0..na {
            let x = self.cnt[i];
            let y = other.get(&self.name[i]);
            if x < y {
                lt = 1;
            } else if x > y {
                gt = 1;
            }
        }
        let nb = other.cnt.len();
        for j in 0..nb {
            if self.slot(&other.name[j]).is_none() && other.cnt[j] > 0 {
                lt = 1;
            }
        }
        match lt * 2 + gt {
            0 => Causality::Equal,
            2 => Causality::Before,
            1 => Causality::After,
            _ => Causality::Concurrent,
        }
    }
}
