// learner: optimal
// idiom: HashMap<Box<str>, u64>, a private per-side helper returning whether any counter exceeds the other, while-let over iterators
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    Before,
    After,
    Equal,
    Concurrent,
}

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    tbl: HashMap<Box<str>, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { tbl: HashMap::new() }
    }

    pub fn get(&self, node: &str) -> u64 {
        *self.tbl.get(node).unwrap_or(&0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let c = self.tbl.entry(Box::from(node)).or_insert(0);
        *c = c.saturating_add(1);
        *c
    }

    pub fn merge(&mut self, other: &VectorClock) {
        let mut it = other.tbl.iter();
        while let Some((k, &v)) = it.next() {
            match self.tbl.get_mut(k) {
                Some(cur) => {
                    if v > *cur {
                        *cur = v;
                    }
                }
                None => {
                    self.tbl.insert(k.clone(), v);
                }
            }
        }
    }

    /// true if some counter of `a` is strictly greater than the same counter of `b`.
    fn exceeds(a: &VectorClock, b: &VectorClock) -> bool {
        let mut it = a.tbl.iter();
        while let Some((k, &v)) = it.next() {
            if v > b.get(k) {
                return true;
            }
        }
        false
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let gt = Self::exceeds(self, other);
        let lt = Self::exceeds(other, self);
        if gt && lt {
            return Causality::Concurrent;
        }
        if gt {
            return Causality::After;
        }
        if lt {
            return Causality::Before;
        }
        Causality::Equal
    }
}
