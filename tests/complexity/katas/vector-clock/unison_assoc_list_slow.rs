// learner: slow
// idiom: Unison: the clock as an association list [(Text, Nat)], looked up with a recursive `lookup` over the list pattern `(k, v) +: rest`
// why: every get/increment is a linear search of the list, so merge and compare do one O(a) or O(b) search per entry of the other clock: O(a * b)
//! Vector clocks: one counter per node, compared pointwise.

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

/// A counter per node; nodes not mentioned have counter 0.
#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    entries: Vec<(String, u64)>,
}

/// `lookup : Text -> [(Text, Nat)] -> Optional Nat`
fn lookup(node: &str, entries: &[(String, u64)]) -> Option<usize> {
    let mut rest = entries;
    let mut at = 0;
    loop {
        match rest {
            [] => return None,
            [(k, _), tail @ ..] => {
                if k == node {
                    return Some(at);
                }
                rest = tail;
                at += 1;
            }
        }
    }
}

impl VectorClock {
    /// The clock with every counter at 0.
    pub fn new() -> Self {
        VectorClock { entries: Vec::new() }
    }

    /// The counter of `node` (0 if it was never incremented).
    pub fn get(&self, node: &str) -> u64 {
        lookup(node, &self.entries).map_or(0, |i| self.entries[i].1)
    }

    /// Records a local event on `node` and returns its new counter.
    pub fn increment(&mut self, node: &str) -> u64 {
        match lookup(node, &self.entries) {
            Some(i) => {
                self.entries[i].1 += 1;
                self.entries[i].1
            }
            None => {
                self.entries.push((node.to_string(), 1));
                1
            }
        }
    }

    /// Takes the pointwise maximum with `other`.
    pub fn merge(&mut self, other: &VectorClock) {
        for (node, theirs) in &other.entries {
            match lookup(node, &self.entries) {
                Some(i) => self.entries[i].1 = self.entries[i].1.max(*theirs),
                None => self.entries.push((node.clone(), *theirs)),
            }
        }
    }

    /// How `self` relates to `other`.
    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut less = false;
        let mut more = false;
        for (node, mine) in &self.entries {
            let theirs = other.get(node);
            less |= *mine < theirs;
            more |= *mine > theirs;
        }
        for (node, theirs) in &other.entries {
            let mine = self.get(node);
            less |= mine < *theirs;
            more |= mine > *theirs;
        }
        match (less, more) {
            (false, false) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (true, true) => Causality::Concurrent,
        }
    }
}
