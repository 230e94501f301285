// learner: optimal
// idiom: iterator chain of Orderings over both clocks, try_fold with early exit once both directions are seen, entry API
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

use std::cmp::Ordering;
use std::collections::HashMap;
use std::ops::ControlFlow;

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    ticks: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        *self.ticks.get(node).unwrap_or(&0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let t = self.ticks.entry(node.to_owned()).or_insert(0);
        *t += 1;
        *t
    }

    pub fn merge(&mut self, other: &VectorClock) {
        other.ticks.iter().for_each(|(n, &v)| {
            self.ticks
                .entry(n.clone())
                .and_modify(|mine| *mine = (*mine).max(v))
                .or_insert(v);
        });
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mine = self.ticks.iter().map(|(n, &v)| v.cmp(&other.get(n)));
        let only_theirs = other
            .ticks
            .iter()
            .filter(|(n, _)| !self.ticks.contains_key(n.as_str()))
            .map(|(_, &v)| 0u64.cmp(&v));
        let seen = mine.chain(only_theirs).try_fold((false, false), |(lt, gt), ord| {
            let next = match ord {
                Ordering::Less => (true, gt),
                Ordering::Greater => (lt, true),
                Ordering::Equal => (lt, gt),
            };
            if next.0 && next.1 { ControlFlow::Break(next) } else { ControlFlow::Continue(next) }
        });
        let (lt, gt) = match seen {
            ControlFlow::Break(x) | ControlFlow::Continue(x) => x,
        };
        match (lt, gt) {
            (true, true) => Causality::Concurrent,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (false, false) => Causality::Equal,
        }
    }
}
