// learner: optimal
// idiom: awk/sed one-liner sysadmin: clock as an associative array a[node]; compare like `for (k in a) ...; for (k in b) if (!(k in a)) ...`, bailing out early as soon as both lt and gt are seen
//! Vector clocks: one counter per node, compared pointwise.
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
    a: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        self.a.get(node).copied().unwrap_or(0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let v = self.a.entry(node.to_owned()).or_default();
        *v += 1;
        *v
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (k, &v) in &other.a {
            let e = self.a.entry(k.to_owned()).or_default();
            *e = (*e).max(v);
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let (mut lt, mut gt) = (0, 0);
        for (k, &v) in &self.a {
            let w = other.get(k);
            if v < w { lt += 1 }
            if v > w { gt += 1 }
            if lt > 0 && gt > 0 { return Causality::Concurrent }
        }
        for (k, &w) in &other.a {
            if !self.a.contains_key(k) && w > 0 { lt += 1 }
        }
        if lt > 0 && gt > 0 {
            Causality::Concurrent
        } else if lt > 0 {
            Causality::Before
        } else if gt > 0 {
            Causality::After
        } else {
            Causality::Equal
        }
    }
}
