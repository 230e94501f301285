// learner: optimal
// idiom: student: HashMap<String,u64>, two bool flags, two passes, one-letter names
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
    m: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        *self.m.get(node).unwrap_or(&0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        if let Some(v) = self.m.get_mut(node) {
            *v += 1;
            return *v;
        }
        self.m.insert(node.to_string(), 1);
        1
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (k, v) in &other.m {
            let e = self.m.entry(k.clone()).or_insert(0);
            if *v > *e {
                *e = *v;
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let (mut l, mut g) = (false, false);
        for (k, v) in &self.m {
            let o = other.get(k);
            if *v < o { l = true }
            if *v > o { g = true }
        }
        for (k, v) in &other.m {
            if !self.m.contains_key(k) && *v > 0 {
                l = true;
            }
        }
        match (l, g) {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            _ => Causality::Concurrent,
        }
    }
}
