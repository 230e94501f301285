// learner: optimal
// idiom: impl helpers: Box<str> keys, cmp() into std Ordering, an early exit once both directions are seen, entry().and_modify for merge
use std::cmp::Ordering;
use std::collections::HashMap;

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
    entries: HashMap<Box<str>, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        *self.entries.get(node).unwrap_or(&0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        if let Some(c) = self.entries.get_mut(node) {
            *c += 1;
            return *c;
        }
        self.entries.insert(node.into(), 1);
        1
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node, &v) in other.entries.iter() {
            self.entries
                .entry(node.clone())
                .and_modify(|mine| {
                    if v > *mine {
                        *mine = v;
                    }
                })
                .or_insert(v);
        }
    }

    /// Records one pointwise comparison; true once the answer is settled as concurrent.
    fn note(o: Ordering, before: &mut bool, after: &mut bool) -> bool {
        match o {
            Ordering::Less => *before = true,
            Ordering::Greater => *after = true,
            Ordering::Equal => {}
        }
        *before && *after
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let (mut before, mut after) = (false, false);
        for (node, v) in &self.entries {
            if Self::note(v.cmp(&other.get(node)), &mut before, &mut after) {
                return Causality::Concurrent;
            }
        }
        for (node, v) in &other.entries {
            if !self.entries.contains_key(node) && Self::note(0.cmp(v), &mut before, &mut after) {
                return Causality::Concurrent;
            }
        }
        match (before, after) {
            (true, _) => Causality::Before,
            (_, true) => Causality::After,
            _ => Causality::Equal,
        }
    }
}
