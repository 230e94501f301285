// learner: slow
// why: VectorClock::compare is O(a*b) time, target O(a + b): counters kept in an association Vec, each lookup is a linear find
//! Vector clocks: one counter per node, compared pointwise, to tell whether
//! one event happened before another or whether they were concurrent.

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
        self.entries
            .iter()
            .find(|(n, _)| n == node)
            .map_or(0, |(_, c)| *c)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        match self.entries.iter_mut().find(|(n, _)| n == node) {
            Some((_, c)) => {
                *c += 1;
                *c
            }
            None => {
                self.entries.push((node.to_owned(), 1));
                1
            }
        }
    }

    pub fn merge(&mut self, other: &VectorClock) {
        other.entries.iter().for_each(|(node, theirs)| {
            match self.entries.iter_mut().find(|(n, _)| n == node) {
                Some((_, mine)) => *mine = (*mine).max(*theirs),
                None => self.entries.push((node.clone(), *theirs)),
            }
        });
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let (lt, gt) = self
            .entries
            .iter()
            .map(|(n, c)| (*c, other.get(n)))
            .chain(other.entries.iter().map(|(n, c)| (self.get(n), *c)))
            .fold((false, false), |(lt, gt), (a, b)| (lt || a < b, gt || a > b));
        match (lt, gt) {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}
