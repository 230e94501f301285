// learner: slow
// why: VectorClock::compare is O(a·b) time, target O(a + b): counters live in an association list searched head-by-head for every node
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

/// An association list node-counter, like [a-1, b-4] in Prolog.
#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    pairs: Vec<(String, u64)>,
}

/// lookup(Key, List, Value): first pair whose key matches.
fn lookup(mut list: &[(String, u64)], key: &str) -> Option<u64> {
    while let [(k, v), rest @ ..] = list {
        if k == key {
            return Some(*v);
        }
        list = rest;
    }
    None
}


impl VectorClock {
    pub fn new() -> Self {
        VectorClock { pairs: Vec::new() }
    }

    pub fn get(&self, node: &str) -> u64 {
        lookup(&self.pairs, node).unwrap_or(0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let mut rest = self.pairs.as_mut_slice();
        while let [(k, v), tail @ ..] = rest {
            if k == node {
                *v += 1;
                return *v;
            }
            rest = tail;
        }
        self.pairs.push((node.to_string(), 1));
        1
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (k, theirs) in &other.pairs {
            let mut found = false;
            for (mk, mv) in self.pairs.iter_mut() {
                if mk == k {
                    *mv = (*mv).max(*theirs);
                    found = true;
                    break;
                }
            }
            if !found {
                self.pairs.push((k.clone(), *theirs));
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut less = false;
        let mut more = false;
        for (k, mine) in &self.pairs {
            let theirs = lookup(&other.pairs, k).unwrap_or(0);
            less |= *mine < theirs;
            more |= *mine > theirs;
        }
        for (k, theirs) in &other.pairs {
            if lookup(&self.pairs, k).is_none() && *theirs > 0 {
                less = true;
            }
        }
        match (less, more) {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}
