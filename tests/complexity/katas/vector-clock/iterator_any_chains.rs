// learner: optimal
// idiom: iterator chains with any() over both maps, entry API, and_modify/or_insert, tuple match on two booleans
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
    entries: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        Self { entries: HashMap::new() }
    }

    pub fn get(&self, node: &str) -> u64 {
        self.entries.get(node).copied().unwrap_or_default()
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let c = self.entries.entry(node.to_owned()).or_insert(0);
        *c += 1;
        *c
    }

    pub fn merge(&mut self, other: &VectorClock) {
        other.entries.iter().for_each(|(k, &v)| {
            self.entries
                .entry(k.clone())
                .and_modify(|mine| *mine = (*mine).max(v))
                .or_insert(v);
        });
    }

    /// true if some counter of `a` is below the same counter of `b`
    fn some_smaller(a: &VectorClock, b: &VectorClock) -> bool {
        b.entries.iter().any(|(k, &theirs)| a.get(k) < theirs)
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let lt = Self::some_smaller(self, other);
        let gt = Self::some_smaller(other, self);
        match (lt, gt) {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}
