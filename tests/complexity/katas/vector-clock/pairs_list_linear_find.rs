// learner: slow
// idiom: Lua game modder: the clock is an array of {name, count} pairs and every lookup loops over it (like ipairs + name check), merge/compare call that lookup per entry
// why: VectorClock::compare and merge are O(a * b) (linear search of the Vec for every entry of the other clock) and get/increment O(a) vs the O(a + b) / O(1) targets
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
    list: Vec<(String, u64)>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { list: Vec::new() }
    }

    fn find(&self, node: &str) -> Option<usize> {
        for i in 0..self.list.len() {
            if self.list[i].0 == node {
                return Some(i);
            }
        }
        None
    }

    pub fn get(&self, node: &str) -> u64 {
        match self.find(node) {
            Some(i) => self.list[i].1,
            None => 0,
        }
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        match self.find(node) {
            Some(i) => {
                self.list[i].1 = self.list[i].1 + 1;
                self.list[i].1
            }
            None => {
                self.list.push((node.to_string(), 1));
                1
            }
        }
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for j in 0..other.list.len() {
            let name = &other.list[j].0;
            let v = other.list[j].1;
            match self.find(name) {
                Some(i) => {
                    if v > self.list[i].1 {
                        self.list[i].1 = v;
                    }
                }
                None => self.list.push((name.clone(), v)),
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut less = false;
        let mut more = false;
        for i in 0..self.list.len() {
            let a = self.list[i].1;
            let b = other.get(&self.list[i].0);
            if a < b {
                less = true;
            }
            if a > b {
                more = true;
            }
        }
        for j in 0..other.list.len() {
            let a = self.get(&other.list[j].0);
            let b = other.list[j].1;
            if a < b {
                less = true;
            }
            if a > b {
                more = true;
            }
        }
        if less && more {
            Causality::Concurrent
        } else if less {
            Causality::Before
        } else if more {
            Causality::After
        } else {
            Causality::Equal
        }
    }
}
