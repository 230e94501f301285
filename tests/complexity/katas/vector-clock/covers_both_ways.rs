// learner: optimal
// idiom: Lua game modder: a helper `covers(a, b)` ("is every counter of b <= a?") called both ways, like two small for-pairs loops, with the entry API used as `t[k] = (t[k] or 0) + 1`
// why:
//! Vector clocks: one counter per node, compared pointwise.

use std::collections::HashMap;

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
    t: HashMap<String, u64>,
}

// true when every counter in b is <= the same counter in a
fn covers(a: &HashMap<String, u64>, b: &HashMap<String, u64>) -> bool {
    for (k, v) in b {
        let mine = match a.get(k) {
            Some(x) => *x,
            None => 0,
        };
        if *v > mine {
            return false;
        }
    }
    true
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { t: HashMap::new() }
    }

    pub fn get(&self, node: &str) -> u64 {
        match self.t.get(node) {
            Some(v) => *v,
            None => 0,
        }
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let v = self.get(node) + 1;
        if v == 1 {
            self.t.insert(node.to_string(), 1);
        } else {
            *self.t.get_mut(node).unwrap() = v;
        }
        v
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (k, v) in &other.t {
            let e = self.t.entry(k.clone()).or_insert(0);
            if *v > *e {
                *e = *v;
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let a_has_all = covers(&self.t, &other.t); // other <= self
        let b_has_all = covers(&other.t, &self.t); // self <= other
        if a_has_all && b_has_all {
            Causality::Equal
        } else if b_has_all {
            Causality::Before
        } else if a_has_all {
            Causality::After
        } else {
            Causality::Concurrent
        }
    }
}
