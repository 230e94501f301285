// learner: optimal
// idiom: terse grinder, HashMap<String, u64>, lt/gt flags with early return on concurrent, match on (lt, gt)
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

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    m: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        self.m.get(node).copied().unwrap_or(0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        if let Some(c) = self.m.get_mut(node) {
            *c += 1;
            return *c;
        }
        self.m.insert(node.to_string(), 1);
        1
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (k, &v) in &other.m {
            match self.m.get_mut(k) {
                Some(c) => *c = (*c).max(v),
                None => {
                    self.m.insert(k.clone(), v);
                }
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let (mut lt, mut gt) = (false, false);
        for (k, &a) in &self.m {
            let b = other.get(k);
            lt |= a < b;
            gt |= a > b;
            if lt && gt {
                return Causality::Concurrent;
            }
        }
        for (k, &b) in &other.m {
            if b > 0 && !self.m.contains_key(k) {
                lt = true;
                if gt {
                    return Causality::Concurrent;
                }
            }
        }
        match (lt, gt) {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}
