// learner: optimal
// idiom: student: HashMap with entry API/and_modify, cmp::Ordering match, early return on Concurrent, iterator any() for the other-only pass
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    Before,
    After,
    Equal,
    Concurrent,
}

use std::cmp::Ordering;
use std::collections::HashMap;

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    c: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { c: HashMap::new() }
    }

    pub fn get(&self, node: &str) -> u64 {
        self.c.get(node).copied().unwrap_or(0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let v = self.c.entry(node.to_owned()).or_insert(0);
        *v += 1;
        *v
    }

    pub fn merge(&mut self, other: &VectorClock) {
        other.c.iter().for_each(|(k, &v)| {
            self.c.entry(k.clone()).and_modify(|x| *x = (*x).max(v)).or_insert(v);
        });
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut lt = false;
        let mut gt = false;
        for (k, a) in self.c.iter() {
            match a.cmp(&other.get(k)) {
                Ordering::Less => lt = true,
                Ordering::Greater => gt = true,
                Ordering::Equal => {}
            }
            if lt && gt {
                return Causality::Concurrent;
            }
        }
        if other.c.iter().any(|(k, &b)| b > 0 && !self.c.contains_key(k)) {
            lt = true;
        }
        if lt && gt {
            Causality::Concurrent
        } else if lt {
            Causality::Before
        } else if gt {
            Causality::After
        } else {
            Causality::Equal
        }
    }
}
