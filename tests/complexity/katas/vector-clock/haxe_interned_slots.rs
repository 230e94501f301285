// learner: optimal
// idiom: Haxe game-dev style: node name -> slot index map plus a dense counters array, inline helpers, fold of an enum state machine
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
    slot: HashMap<Box<str>, usize>,
    names: Vec<Box<str>>,
    ticks: Vec<u64>,
}

#[inline]
fn step(state: Causality, mine: u64, theirs: u64) -> Causality {
    use Causality::*;
    let here = if mine < theirs {
        Before
    } else if mine > theirs {
        After
    } else {
        Equal
    };
    match (state, here) {
        (s, Equal) => s,
        (Equal, h) => h,
        (s, h) if s == h => s,
        _ => Concurrent,
    }
}

impl VectorClock {
    pub fn new() -> Self {
        Self::default()
    }

    #[inline]
    fn slot_for(&mut self, node: &str) -> usize {
        if let Some(&i) = self.slot.get(node) {
            return i;
        }
        let i = self.ticks.len();
        self.slot.insert(node.into(), i);
        self.names.push(node.into());
        self.ticks.push(0);
        i
    }

    pub fn get(&self, node: &str) -> u64 {
        self.slot.get(node).map_or(0, |&i| self.ticks[i])
    }

    pub fn increment(&mut self, node: &str) -> u64 {
        let i = self.slot_for(node);
        self.ticks[i] += 1;
        self.ticks[i]
    }

    pub fn merge(&mut self, other: &VectorClock) {
        for j in 0..other.ticks.len() {
            let i = self.slot_for(&other.names[j]);
            if other.ticks[j] > self.ticks[i] {
                self.ticks[i] = other.ticks[j];
            }
        }
    }

    pub fn compare(&self, other: &VectorClock) -> Causality {
        let mut state = Causality::Equal;
        for i in 0..self.ticks.len() {
            state = step(state, self.ticks[i], other.get(&self.names[i]));
            if state == Causality::Concurrent {
                return state;
            }
        }
        for j in 0..other.ticks.len() {
            if !self.slot.contains_key(&other.names[j]) {
                state = step(state, 0, other.ticks[j]);
            }
        }
        state
    }
}
