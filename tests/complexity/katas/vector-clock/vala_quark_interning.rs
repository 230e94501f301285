// learner: optimal
// idiom: vala: GQuark-style interning per clock: a name->slot table plus a Vec of names and a Vec of counters, indexed loops
// why: get/increment are one table lookup plus a Vec index, O(1) expected; compare loops over both slot vectors once with O(1) lookups (O(a + b)), merge appends only the other clock's new nodes (O(b) space)
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

use std::collections::HashMap;

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    quarks: HashMap<String, usize>,
    names: Vec<String>,
    counts: Vec<u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { quarks: HashMap::new(), names: Vec::new(), counts: Vec::new() }
    }

    fn quark_try_string(&self, node: &str) -> Option<usize> {
        self.quarks.get(node).copied()
    }

    fn quark_from_string(&mut self, node: &str) -> usize {
        if let Some(q) = self.quark_try_string(node) {
            return q;
        }
        let q = self.names.len();
        self.names.push(node.to_string());
        self.counts.push(0);
        self.quarks.insert(node.to_string(), q);
        q
    }

    pub fn get(&self, node: &str) -> u64 {
        match self.quark_try_string(node) {
            Some(q) => self.counts[q],
            None => 0,
        }
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let q = self.quark_from_string(node);
        self.counts[q] += 1;
        self.counts[q]
    }

    pub fn merge(&mut self, other: &VectorClock) {
        let mut i = 0;
        while i < other.names.len() {
            let theirs = other.counts[i];
            let q = self.quark_from_string(&other.names[i]);
            if theirs > self.counts[q] {
                self.counts[q] = theirs;
            }
            i += 1;
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut has_less = false;
        let mut has_more = false;
        for i in 0..self.names.len() {
            let mine = self.counts[i];
            let theirs = other.get(&self.names[i]);
            if mine < theirs {
                has_less = true;
            }
            if mine > theirs {
                has_more = true;
            }
        }
        for j in 0..other.names.len() {
            if self.quark_try_string(&other.names[j]).is_none() && other.counts[j] > 0 {
                has_less = true;
            }
        }
        if has_less && has_more {
            Causality::Concurrent
        } else if has_less {
            Causality::Before
        } else if has_more {
            Causality::After
        } else {
            Causality::Equal
        }
    }
}
