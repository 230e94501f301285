// learner: optimal
// idiom: match-heavy, early return on Concurrent, HashMap<Box<str>, u64> with count of shared keys to skip second lookup pass
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    Before,
    After,
    Equal,
    Concurrent,
}

use std::collections::HashMap;

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    ticks: HashMap<Box<str>, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        VectorClock { ticks: HashMap::new() }
    }

    pub fn get(&self, node: &str) -> u64 {
        match self.ticks.get(node) {
            Some(&t) => t,
            None => 0,
        }
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let slot = match self.ticks.get_mut(node) {
            Some(slot) => slot,
            None => self.ticks.entry(Box::from(node)).or_insert(0),
        };
        *slot += 1;
        *slot
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node, &theirs) in other.ticks.iter() {
            match self.ticks.get_mut(node) {
                Some(mine) if *mine >= theirs => {}
                Some(mine) => *mine = theirs,
                None => {
                    self.ticks.insert(node.clone(), theirs);
                }
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut less = false;
        let mut more = false;
        let mut shared = 0usize;
        for (node, &mine) in self.ticks.iter() {
            let theirs = match other.ticks.get(node) {
                Some(&t) => {
                    shared += 1;
                    t
                }
                None => 0,
            };
            match mine.cmp(&theirs) {
                std::cmp::Ordering::Less => less = true,
                std::cmp::Ordering::Greater => more = true,
                std::cmp::Ordering::Equal => {}
            }
            if less && more {
                return Causality::Concurrent;
            }
        }
        // nodes only `other` knows: they are 0 here, so any positive one makes us smaller
        if shared < other.ticks.len() {
            for (node, &theirs) in other.ticks.iter() {
                if theirs > 0 && !self.ticks.contains_key(node) {
                    less = true;
                    break;
                }
            }
        }
        match (less, more) {
            (true, true) => Causality::Concurrent,
            (true, false) => Causality::Before,
            (false, true) => Causality::After,
            (false, false) => Causality::Equal,
        }
    }
}
