// learner: optimal
// idiom: assembly-style: names interned into a slot table (HashMap<String,u32> -> Vec<u64> counters), flag bits OR-ed into a u8 status register, index loops
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
    slot: HashMap<String, u32>,
    names: Vec<String>,
    ticks: Vec<u64>,
}

const LESS: u8 = 0b01;
const MORE: u8 = 0b10;

impl VectorClock {
    pub fn new() -> Self {
        VectorClock::default()
    }

    fn find(&self, node: &str) -> Option<usize> {
        self.slot.get(node).map(|&s| s as usize)
    }

    pub fn get(&self, node: &str) -> u64 {
        match self.find(node) {
            Some(s) => self.ticks[s],
            None => 0,
        }
    }

    fn alloc(&mut self, node: &str) -> usize {
        let s = self.ticks.len();
        self.slot.insert(node.to_string(), s as u32);
        self.names.push(node.to_string());
        self.ticks.push(0);
        s
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let s = match self.find(node) {
            Some(s) => s,
            None => self.alloc(node),
        };
        self.ticks[s] += 1;
        self.ticks[s]
    }

    pub fn merge(&mut self, other: &VectorClock) {
        let mut i = other.ticks.len();
        while i > 0 {
            i -= 1;
            let t = other.ticks[i];
            let s = match self.find(&other.names[i]) {
                Some(s) => s,
                None => self.alloc(&other.names[i]),
            };
            if t > self.ticks[s] {
                self.ticks[s] = t;
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut flags: u8 = 0;
        let mut i = 0;
        while i < self.ticks.len() {
            let theirs = other.get(&self.names[i]);
            if self.ticks[i] < theirs {
                flags |= LESS;
            } else if self.ticks[i] > theirs {
                flags |= MORE;
            }
            i += 1;
        }
        let mut j = 0;
        while j < other.ticks.len() {
            if other.ticks[j] > 0 && self.find(&other.names[j]).is_none() {
                flags |= LESS;
            }
            j += 1;
        }
        match flags {
            0 => Causality::Equal,
            LESS => Causality::Before,
            MORE => Causality::After,
            _ => Causality::Concurrent,
        }
    }
}
