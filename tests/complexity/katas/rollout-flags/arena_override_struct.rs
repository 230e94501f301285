// learner: optimal
// idiom: Crystal-style: for-each byte loops in a small fnv helper, flags in a Vec arena found through a HashMap index, per-user Override struct with two booleans
//! Deterministic percentage rollouts for feature flags: see README.md.

/// Number of buckets: a rollout of `b` basis points enables buckets `0..b` (1 bp = 0.01 %).
pub const BUCKETS: u32 = 10_000;

/// Why a flag update was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    /// More than [`BUCKETS`] basis points (over 100 %).
    PercentageTooHigh(u32),
}

use std::collections::HashMap;

fn fnv_feed(mut hash: u64, bytes: &[u8]) -> u64 {
    for byte in bytes {
        hash ^= *byte as u64;
        hash = hash.wrapping_mul(0x100000001b3);
    }
    hash
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut hash: u64 = 0xcbf29ce484222325;
    hash = fnv_feed(hash, flag.as_bytes());
    hash = fnv_feed(hash, &[0xFF]);
    hash = fnv_feed(hash, user.as_bytes());
    (hash % 10_000) as u32
}

#[derive(Debug, Default, Clone, Copy)]
struct Override {
    allowed: bool,
    denied: bool,
}

#[derive(Debug, Default)]
struct FlagState {
    basis_points: u32,
    overrides: HashMap<String, Override>,
}

#[derive(Debug, Default)]
pub struct Flags {
    by_name: HashMap<String, usize>,
    states: Vec<FlagState>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn slot_for(&mut self, flag: &str) -> usize {
        if let Some(&slot) = self.by_name.get(flag) {
            return slot;
        }
        let slot = self.states.len();
        self.states.push(FlagState::default());
        self.by_name.insert(flag.to_string(), slot);
        slot
    }

    fn state(&self, flag: &str) -> Option<&FlagState> {
        self.by_name.get(flag).map(|&slot| &self.states[slot])
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            Err(RolloutError::PercentageTooHigh(basis_points))
        } else {
            let slot = self.slot_for(flag);
            self.states[slot].basis_points = basis_points;
            Ok(())
        }
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        let slot = self.slot_for(flag);
        self.states[slot].overrides.entry(user.to_string()).or_default().allowed = true;
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        let slot = self.slot_for(flag);
        self.states[slot].overrides.entry(user.to_string()).or_default().denied = true;
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let slot = match self.by_name.get(flag) {
            Some(&slot) => slot,
            None => return false,
        };
        match self.states[slot].overrides.remove(user) {
            Some(o) => o.allowed || o.denied,
            None => false,
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let state = match self.state(flag) {
            Some(s) => s,
            None => return false,
        };
        if let Some(o) = state.overrides.get(user) {
            if o.denied {
                return false;
            }
            if o.allowed {
                return true;
            }
        }
        bucket(flag, user) < state.basis_points
    }
}
