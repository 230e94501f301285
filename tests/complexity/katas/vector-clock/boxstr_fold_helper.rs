// learner: optimal
// idiom: HashMap<Box<str>, u64>, Entry Occupied/Vacant merge, fold in a free helper with a Seen struct, struct-pattern match
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

use std::collections::hash_map::Entry;
use std::collections::HashMap;

/// A counter per node; nodes not mentioned have counter 0.
#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    nodes: HashMap<Box<str>, u64>,
}

#[derive(Default, Clone, Copy)]
struct Seen {
    lower: bool,
    higher: bool,
}

fn one_side(a: &HashMap<Box<str>, u64>, b: &HashMap<Box<str>, u64>, seen: Seen, flip: bool) -> Seen {
    a.iter().fold(seen, |mut acc, (k, &x)| {
        let y = b.get(k).copied().unwrap_or(0);
        let (lo, hi) = if flip { (y, x) } else { (x, y) };
        acc.lower |= lo < hi;
        acc.higher |= lo > hi;
        acc
    })
}

impl VectorClock {
    pub fn new() -> Self {
        Self { nodes: HashMap::new() }
    }

    pub fn get(&self, node: &str) -> u64 {
        self.nodes.get(node).map_or(0, |&n| n)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let slot = self.nodes.entry(node.into()).or_default();
        *slot += 1;
        *slot
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (k, &v) in &other.nodes {
            match self.nodes.entry(k.clone()) {
                Entry::Occupied(mut e) => {
                    if *e.get() < v {
                        e.insert(v);
                    }
                }
                Entry::Vacant(e) => {
                    e.insert(v);
                }
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let seen = one_side(&self.nodes, &other.nodes, Seen::default(), false);
        let seen = one_side(&other.nodes, &self.nodes, seen, true);
        match seen {
            Seen { lower: false, higher: false } => Causality::Equal,
            Seen { lower: true, higher: false } => Causality::Before,
            Seen { lower: false, higher: true } => Causality::After,
            Seen { lower: true, higher: true } => Causality::Concurrent,
        }
    }
}
