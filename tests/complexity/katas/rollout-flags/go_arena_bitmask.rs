// learner: optimal
// idiom: Go-style arena: Vec<FlagState> plus name->index map, one override map per flag with bitmask values, index loop hash
//! Deterministic percentage rollouts for feature flags: see README.md.

use std::collections::HashMap;

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

fn fnv_feed(mut h: u64, data: &[u8]) -> u64 {
    let mut i = 0;
    while i < data.len() {
        h ^= data[i] as u64;
        h = h.wrapping_mul(0x100000001b3);
        i += 1;
    }
    h
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h = fnv_feed(0xcbf29ce484222325, flag.as_bytes());
    h = fnv_feed(h, &[0xFF]);
    h = fnv_feed(h, user.as_bytes());
    (h % 10_000) as u32
}

const ALLOW: u8 = 1;
const DENY: u8 = 2;

#[derive(Debug, Default)]
struct FlagState {
    bp: u32,
    overrides: HashMap<String, u8>,
}

#[derive(Debug, Default)]
pub struct Flags {
    index: HashMap<String, usize>,
    states: Vec<FlagState>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn id_for(&mut self, flag: &str) -> usize {
        if let Some(&i) = self.index.get(flag) {
            return i;
        }
        let i = self.states.len();
        self.states.push(FlagState::default());
        self.index.insert(flag.to_string(), i);
        i
    }

    fn mark(&mut self, flag: &str, user: &str, bit: u8) {
        let i = self.id_for(flag);
        let st = &mut self.states[i];
        *st.overrides.entry(user.to_string()).or_insert(0) |= bit;
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        let i = self.id_for(flag);
        self.states[i].bp = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.mark(flag, user, ALLOW);
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.mark(flag, user, DENY);
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let i = match self.index.get(flag) {
            Some(&i) => i,
            None => return false,
        };
        match self.states[i].overrides.remove(user) {
            Some(bits) => bits != 0,
            None => false,
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let i = match self.index.get(flag) {
            Some(&i) => i,
            None => return false,
        };
        let st = &self.states[i];
        let bits = st.overrides.get(user).copied().unwrap_or(0);
        if bits & DENY != 0 {
            return false;
        }
        if bits & ALLOW != 0 {
            return true;
        }
        bucket(flag, user) < st.bp
    }
}
