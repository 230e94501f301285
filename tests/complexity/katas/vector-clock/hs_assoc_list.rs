// learner: slow
// why: VectorClock::compare is O(a * b) time, target O(a + b): counters kept as an association list, every lookup walks it
//! Vector clocks: one counter per node, compared pointwise.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    Before,
    After,
    Equal,
    Concurrent,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Node(String);

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    assoc: Vec<(Node, u64)>,
}

/// Haskell's `lookup` on an association list.
fn lookup<'a>(assoc: &'a [(Node, u64)], node: &str) -> Option<&'a u64> {
    assoc.iter().find_map(|(Node(n), c)| (n.as_str() == node).then_some(c))
}

impl VectorClock {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        lookup(&self.assoc, node).copied().unwrap_or(0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        match self.assoc.iter_mut().find(|(Node(n), _)| n.as_str() == node) {
            Some((_, c)) => {
                *c += 1;
                *c
            }
            None => {
                self.assoc.push((Node(node.to_owned()), 1));
                1
            }
        }
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (Node(n), theirs) in &other.assoc {
            match self.assoc.iter_mut().find(|(Node(m), _)| m == n) {
                Some((_, mine)) => *mine = (*mine).max(*theirs),
                None => self.assoc.push((Node(n.clone()), *theirs)),
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let side = |xs: &[(Node, u64)], ys: &[(Node, u64)]| {
            xs.iter().fold(false, |seen, (Node(n), c)| seen || *c > lookup(ys, n).copied().unwrap_or(0))
        };
        match (side(&other.assoc, &self.assoc), side(&self.assoc, &other.assoc)) {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}
