// learner: slow
// why: VectorClock::compare and merge are O(a * b) time, target O(a + b): counters live in a Vec<(String, u64)> searched linearly for every node
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

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    entries: Vec<(String, u64)>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { entries: Vec::new() }
    }

    pub fn get(&self, node: &str) -> u64 {
        for (name, count) in &self.entries {
            if name == node {
                return *count;
            }
        }
        0
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        for entry in self.entries.iter_mut() {
            if entry.0 == node {
                entry.1 += 1;
                return entry.1;
            }
        }
        self.entries.push((node.to_string(), 1));
        1
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (name, count) in &other.entries {
            let mut found = false;
            for mine in self.entries.iter_mut() {
                if &mine.0 == name {
                    mine.1 = mine.1.max(*count);
                    found = true;
                    break;
                }
            }
            if !found {
                self.entries.push((name.clone(), *count));
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut le = true;
        let mut ge = true;
        for (name, count) in &self.entries {
            let o = other.get(name);
            le &= *count <= o;
            ge &= *count >= o;
        }
        for (name, count) in &other.entries {
            let s = self.get(name);
            le &= s <= *count;
            ge &= s >= *count;
        }
        match (le, ge) {
            (true, true) => Causality::Equal,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (false, false) => Causality::Concurrent,
        }
    }
}
