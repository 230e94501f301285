// learner: optimal
// idiom: REXX: one pass over my stem, counting how many of my node names the other clock also has (like a MATCHED counter), the rest of theirs must be other-only
// why: a single O(a) pass with O(1) lookups plus a length compare replaces the second pass: O(a + b) expected (merge O(b)), no zero entries ever stored

/* REXX-style: IF OTHER.0 > MATCHED THEN the other knows someone I never heard of */

use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    Before,
    After,
    Equal,
    Concurrent,
}

/// (self had a smaller counter somewhere, self had a bigger counter somewhere) -> verdict
fn verdict(self_smaller: bool, self_bigger: bool) -> Causality {
    match (self_smaller, self_bigger) {
        (false, false) => Causality::Equal,
        (true, false) => Causality::Before,
        (false, true) => Causality::After,
        (true, true) => Causality::Concurrent,
    }
}

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    // only counters >= 1 are stored: a node at 0 is simply absent
    tick_stem: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        self.tick_stem.get(node).copied().unwrap_or(0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let slot = self.tick_stem.entry(node.to_string()).or_insert(0);
        *slot += 1;
        *slot
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node_name, their_count) in &other.tick_stem {
            if *their_count == 0 {
                continue;
            }
            let my_slot = self.tick_stem.entry(node_name.clone()).or_insert(0);
            *my_slot = (*my_slot).max(*their_count);
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut smaller_seen = false;
        let mut bigger_seen = false;
        let mut matched_count = 0usize;
        for (node_name, my_count) in &self.tick_stem {
            match other.tick_stem.get(node_name) {
                Some(their_count) => {
                    matched_count += 1;
                    if my_count < their_count {
                        smaller_seen = true;
                    }
                    if my_count > their_count {
                        bigger_seen = true;
                    }
                }
                None => {
                    if *my_count > 0 {
                        bigger_seen = true;
                    }
                }
            }
        }
        if other.tick_stem.len() > matched_count {
            // they have a node with counter >= 1 where mine is 0
            smaller_seen = true;
        }
        verdict(smaller_seen, bigger_seen)
    }
}
