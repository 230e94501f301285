// learner: optimal
// idiom: embedded-style: u8 bitmask of observed orderings, const lookup table to Causality, entry API, no early returns
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    Before,
    After,
    Equal,
    Concurrent,
}

const SEEN_LESS: u8 = 0b01;
const SEEN_MORE: u8 = 0b10;

/// Indexed by the bitmask of what was seen.
const VERDICT: [Causality; 4] = [
    Causality::Equal,      // 0b00
    Causality::Before,     // 0b01
    Causality::After,      // 0b10
    Causality::Concurrent, // 0b11
];

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    slots: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        self.slots.get(node).copied().unwrap_or(0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let slot = match self.slots.get_mut(node) {
            Some(s) => s,
            None => self.slots.entry(node.to_owned()).or_insert(0),
        };
        *slot += 1;
        *slot
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node, &tick) in other.slots.iter() {
            match self.slots.get_mut(node.as_str()) {
                Some(mine) => *mine = (*mine).max(tick),
                None => {
                    self.slots.insert(node.clone(), tick);
                }
            }
        }
    }

    fn observe(mask: u8, mine: u64, theirs: u64) -> u8 {
        match mine.cmp(&theirs) {
            std::cmp::Ordering::Less => mask | SEEN_LESS,
            std::cmp::Ordering::Greater => mask | SEEN_MORE,
            std::cmp::Ordering::Equal => mask,
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut mask: u8 = 0;
        for (node, &mine) in self.slots.iter() {
            mask = Self::observe(mask, mine, other.get(node));
        }
        for (node, &theirs) in other.slots.iter() {
            if !self.slots.contains_key(node.as_str()) {
                mask = Self::observe(mask, 0, theirs);
            }
        }
        VERDICT[mask as usize]
    }
}
