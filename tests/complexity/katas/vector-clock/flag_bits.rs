// learner: optimal
// idiom: retro: compare accumulates LT/GT bits in a u8 and bails out at 0b11, explicit loops, get_mut-or-insert by hand
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    Before,
    After,
    Equal,
    Concurrent,
}

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    c: HashMap<String, u64>,
}

const LT: u8 = 0b01;
const GT: u8 = 0b10;

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { c: HashMap::new() }
    }

    pub fn get(&self, node: &str) -> u64 {
        match self.c.get(node) {
            Some(v) => *v,
            None => 0,
        }
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        if let Some(v) = self.c.get_mut(node) {
            *v += 1;
            return *v;
        }
        self.c.insert(node.to_string(), 1);
        1
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (k, v) in other.c.iter() {
            match self.c.get_mut(k.as_str()) {
                Some(m) => {
                    if *v > *m {
                        *m = *v;
                    }
                }
                None => {
                    if *v != 0 {
                        self.c.insert(k.clone(), *v);
                    }
                }
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut f: u8 = 0;
        for (k, a) in self.c.iter() {
            let b = other.get(k);
            if *a < b {
                f |= LT;
            } else if *a > b {
                f |= GT;
            }
            if f == LT | GT {
                return Causality::Concurrent;
            }
        }
        for (k, b) in other.c.iter() {
            // keys both have were already counted above
            if self.c.contains_key(k) {
                continue;
            }
            if *b > 0 {
                f |= LT;
            }
            if f == LT | GT {
                return Causality::Concurrent;
            }
        }
        match f {
            0 => Causality::Equal,
            LT => Causality::Before,
            GT => Causality::After,
            _ => Causality::Concurrent,
        }
    }
}
