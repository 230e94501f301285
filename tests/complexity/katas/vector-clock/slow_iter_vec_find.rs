// learner: slow
// why: VectorClock::compare and merge are O(a * b) time, target O(a + b) (get/increment O(a), target O(1)): counters in a Vec searched with iter().find for each node
//! Vector clocks: one counter per node, compared pointwise.

/// How two clocks (two events) are related.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    Before,
    After,
    Equal,
    Concurrent,
}

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    entries: Vec<(String, u64)>,
}

impl VectorClock {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        self.entries.iter().find(|(n, _)| n == node).map_or(0, |&(_, c)| c)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        match self.entries.iter_mut().find(|(n, _)| n == node) {
            Some((_, c)) => {
                *c += 1;
                *c
            }
            None => {
                self.entries.push((node.to_string(), 1));
                1
            }
        }
    }

    pub fn merge(&mut self, other: &VectorClock) {
        other.entries.iter().for_each(|(node, v)| {
            let mine = self.get(node);
            if *v > mine {
                match self.entries.iter_mut().find(|(n, _)| n == node) {
                    Some((_, c)) => *c = *v,
                    None => self.entries.push((node.clone(), *v)),
                }
            }
        });
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let (lt, gt) = self
            .entries
            .iter()
            .map(|(n, _)| n)
            .chain(other.entries.iter().map(|(n, _)| n))
            .map(|n| (self.get(n), other.get(n)))
            .fold((false, false), |(lt, gt), (a, b)| (lt || a < b, gt || a > b));
        match (lt, gt) {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}
