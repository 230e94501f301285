// learner: slow
// why: VectorClock::compare is O(a*b) time, target O(a + b): counters live in a Vec<(String, u64)> searched linearly for every node
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

fn lookup(entries: &[(String, u64)], node: &str) -> u64 {
    entries
        .iter()
        .find_map(|(n, c)| if n == node { Some(*c) } else { None })
        .unwrap_or(0)
}

impl VectorClock {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        lookup(&self.entries, node)
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
        other.entries.iter().for_each(|(node, theirs)| {
            match self.entries.iter_mut().find(|(n, _)| n == node) {
                Some((_, mine)) => *mine = (*mine).max(*theirs),
                None => self.entries.push((node.clone(), *theirs)),
            }
        });
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let (less, more) = self
            .entries
            .iter()
            .map(|(n, _)| n)
            .chain(other.entries.iter().map(|(n, _)| n))
            .map(|n| (lookup(&self.entries, n), lookup(&other.entries, n)))
            .fold((false, false), |(l, m), (a, b)| (l || a < b, m || a > b));
        match (less, more) {
            (true, true) => Causality::Concurrent,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (false, false) => Causality::Equal,
        }
    }
}
