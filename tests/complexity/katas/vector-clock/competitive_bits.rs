// learner: optimal
// idiom: competitive: a 2-bit mask (1 = self ahead somewhere, 2 = other ahead somewhere) built in two loops with labelled break once it is 3, lookup table on the mask
//! Vector clocks.
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
    m: HashMap<String, u64>,
}

const TABLE: [Causality; 4] = [Causality::Equal, Causality::After, Causality::Before, Causality::Concurrent];

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { m: HashMap::new() }
    }

    pub fn get(&self, node: &str) -> u64 {
        *self.m.get(node).unwrap_or(&0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        match self.m.get_mut(node) {
            Some(c) => {
                *c += 1;
                *c
            }
            None => {
                self.m.insert(node.into(), 1);
                1
            }
        }
    }

    pub fn merge(&mut self, o: &VectorClock) {
        for (k, &v) in &o.m {
            match self.m.get_mut(k.as_str()) {
                Some(c) if *c >= v => {}
                Some(c) => *c = v,
                None => {
                    self.m.insert(k.clone(), v);
                }
            }
        }
    }

    pub fn compare(&self, o: &VectorClock) -> Causality {
        let mut mask = 0u8;
        'a: {
            for (k, &v) in &self.m {
                let w = o.get(k);
                if v > w {
                    mask |= 1;
                } else if v < w {
                    mask |= 2;
                }
                if mask == 3 {
                    break 'a;
                }
            }
            for (k, &w) in &o.m {
                if w > self.get(k) {
                    mask |= 2;
                    if mask == 3 {
                        break 'a;
                    }
                }
            }
        }
        TABLE[mask as usize]
    }
}
