// learner: optimal
// idiom: pipeline style, entry API in merge via for_each, compare as chain of map -> fold into (lt, gt) tuple
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    Before,
    After,
    Equal,
    Concurrent,
}

use std::cmp::Ordering;
use std::collections::HashMap;

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    c: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        self.c.get(node).copied().unwrap_or(0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        match self.c.get_mut(node) {
            Some(v) => {
                *v += 1;
                *v
            }
            None => *self.c.entry(node.to_owned()).or_insert(1),
        }
    }

    pub fn merge(&mut self, other: &VectorClock) {
        other.c.iter().for_each(|(k, &v)| {
            self.c
                .entry(k.clone())
                .and_modify(|mine| *mine = (*mine).max(v))
                .or_insert(v);
        });
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let (lt, gt) = self
            .c
            .iter()
            .map(|(k, &v)| v.cmp(&other.get(k)))
            .chain(
                other
                    .c
                    .iter()
                    .filter(|(k, _)| !self.c.contains_key(k.as_str()))
                    .map(|(_, &v)| 0u64.cmp(&v)),
            )
            .fold((false, false), |(lt, gt), o| {
                (lt || o == Ordering::Less, gt || o == Ordering::Greater)
            });
        match (lt, gt) {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}
