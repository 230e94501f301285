// learner: optimal
// idiom: competitive-programmer style: one pass over self with a bitmask (1 = less, 2 = greater), other-only nodes detected by counting shared keys, early exit at 3
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

use std::collections::HashMap;

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    m: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        *self.m.get(node).unwrap_or(&0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let x = match self.m.get_mut(node) {
            Some(x) => x,
            None => self.m.entry(node.to_owned()).or_insert(0),
        };
        *x += 1;
        *x
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (k, &v) in other.m.iter() {
            if let Some(x) = self.m.get_mut(k) {
                if v > *x {
                    *x = v;
                }
            } else {
                self.m.insert(k.clone(), v);
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut f = 0u8;
        let mut sh = 0usize; // keys of other that self also has (with a nonzero counter there)
        for (k, &a) in self.m.iter() {
            let b = match other.m.get(k) {
                Some(&b) => {
                    sh += 1;
                    b
                }
                None => 0,
            };
            if a < b {
                f |= 1;
            } else if a > b {
                f |= 2;
            }
            if f == 3 {
                return Causality::Concurrent;
            }
        }
        // counters are never 0, so a key only other has is a place where self is smaller
        if other.m.len() > sh {
            f |= 1;
        }
        [Causality::Equal, Causality::Before, Causality::After, Causality::Concurrent][f as usize]
    }
}
