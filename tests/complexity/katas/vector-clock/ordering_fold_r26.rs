// learner: optimal
// idiom: Unity C# game developer: compare folds std::cmp::Ordering per node into a single state machine with an early exit on Concurrent; entry API with get_mut fast path to avoid allocating a key for known nodes
//! Vector clocks: one counter per node, compared pointwise.

use std::cmp::Ordering;
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Causality {
    Before,
    After,
    Equal,
    Concurrent,
}

impl Causality {
    /// Combines the relation so far with one more node's ordering.
    fn combine(self, step: Ordering) -> Causality {
        match (self, step) {
            (state, Ordering::Equal) => state,
            (Causality::Equal, Ordering::Less) | (Causality::Before, Ordering::Less) => Causality::Before,
            (Causality::Equal, Ordering::Greater) | (Causality::After, Ordering::Greater) => Causality::After,
            _ => Causality::Concurrent,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct VectorClock {
    ticks: HashMap<String, u64>,
}

impl VectorClock {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, node: &str) -> u64 {
        self.ticks.get(node).copied().unwrap_or(0)
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        if let Some(t) = self.ticks.get_mut(node) {
            *t += 1;
            return *t;
        }
        self.ticks.insert(node.to_owned(), 1);
        1
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for (node, &theirs) in &other.ticks {
            match self.ticks.get_mut(node) {
                Some(mine) => *mine = (*mine).max(theirs),
                None => {
                    self.ticks.insert(node.clone(), theirs);
                }
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut state = Causality::Equal;
        // nodes I know (covers the shared ones)
        for (node, &mine) in &self.ticks {
            state = state.combine(mine.cmp(&other.get(node)));
            if state == Causality::Concurrent {
                return state;
            }
        }
        // nodes only they know: I have 0 there
        for (node, &theirs) in &other.ticks {
            if !self.ticks.contains_key(node) {
                state = state.combine(0.cmp(&theirs));
                if state == Causality::Concurrent {
                    return state;
                }
            }
        }
        state
    }
}
