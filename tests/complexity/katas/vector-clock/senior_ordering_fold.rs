// learner: optimal
// idiom: documented senior style, std::cmp::Ordering folded into a small Seen helper, entry-free merge that clones keys only when new, debug_assert
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

/// A counter per node; nodes not mentioned have counter 0.
#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    counters: HashMap<String, u64>,
}

/// Which directions of difference a comparison has seen so far.
#[derive(Debug, Default, Clone, Copy)]
struct Seen {
    smaller: bool,
    larger: bool,
}

impl Seen {
    fn observe(&mut self, mine: u64, theirs: u64) {
        match mine.cmp(&theirs) {
            Ordering::Less => self.smaller = true,
            Ordering::Greater => self.larger = true,
            Ordering::Equal => {}
        }
    }

    fn verdict(self) -> Causality {
        match (self.smaller, self.larger) {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}

impl VectorClock {
    /// The clock with every counter at 0.
    pub fn new() -> Self {
        Self { counters: HashMap::new() }
    }

    /// The counter of `node` (0 if it was never incremented).
    pub fn get(&self, node: &str) -> u64 {
        self.counters.get(node).copied().unwrap_or_default()
    }

    /// Records a local event on `node` and returns its new counter.
    pub fn increment(&mut self, node: &str) -> u64 {
        let counter = match self.counters.get_mut(node) {
            Some(c) => c,
            None => self.counters.entry(node.to_owned()).or_insert(0),
        };
        *counter = counter.checked_add(1).expect("vector clock counter overflow");
        *counter
    }

    /// Takes the pointwise maximum with `other` (what a node does when it
    /// receives a message or a replica). Only `other`'s new nodes allocate.
    pub fn merge(&mut self, other: &VectorClock) {
        for (node, &theirs) in &other.counters {
            if let Some(mine) = self.counters.get_mut(node.as_str()) {
                *mine = (*mine).max(theirs);
            } else {
                self.counters.insert(node.clone(), theirs);
            }
        }
        debug_assert!(other.counters.iter().all(|(n, &c)| self.get(n) >= c));
    }

    /// How `self` relates to `other`: one pass over each clock, every node
    /// looked up once in the other clock (absent counts as 0).
    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut seen = Seen::default();
        for (node, &mine) in &self.counters {
            seen.observe(mine, other.get(node));
        }
        for (node, &theirs) in &other.counters {
            if !self.counters.contains_key(node) {
                seen.observe(0, theirs);
            }
        }
        seen.verdict()
    }
}
