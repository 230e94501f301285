// learner: optimal
// idiom: generics: a Counters trait (count / entries) implemented for HashMap<Box<str>, u64>, a generic `sides` helper folding Ordering values into a (bool, bool) pair, entry API with and_modify in merge
//! Vector clocks: one counter per node, compared pointwise, to tell whether
//! one event happened before another or whether they were concurrent.

use std::cmp::Ordering;
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    Before,
    After,
    Equal,
    Concurrent,
}

trait Counters {
    fn count(&self, node: &str) -> u64;
    fn entries(&self) -> Box<dyn Iterator<Item = (&str, u64)> + '_>;
}

impl Counters for HashMap<Box<str>, u64> {
    fn count(&self, node: &str) -> u64 {
        self.get(node).copied().unwrap_or(0)
    }
    fn entries(&self) -> Box<dyn Iterator<Item = (&str, u64)> + '_> {
        Box::new(self.iter().map(|(k, v)| (&**k, *v)))
    }
}

/// Folds the orderings of `mine` against `theirs` over `mine`'s entries into (some less, some greater).
fn sides<A: Counters, B: Counters>(mine: &A, theirs: &B, flipped: bool) -> (bool, bool) {
    mine.entries()
        .map(|(node, v)| v.cmp(&theirs.count(node)))
        .map(|o| if flipped { o.reverse() } else { o })
        .fold((false, false), |(lt, gt), o| (lt || o == Ordering::Less, gt || o == Ordering::Greater))
}

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    counters: HashMap<Box<str>, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        self.counters.count(node)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let slot = self.counters.entry(node.into()).or_insert(0);
        *slot += 1;
        *slot
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node, v) in other.counters.entries() {
            self.counters
                .entry(node.into())
                .and_modify(|mine| *mine = (*mine).max(v))
                .or_insert(v);
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let (l1, g1) = sides(&self.counters, &other.counters, false);
        let (l2, g2) = sides(&other.counters, &self.counters, true);
        match (l1 || l2, g1 || g2) {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}
