// learner: optimal
// idiom: ROS-style C++: FlagState struct with two HashSets, byte for-loop FNV-1a with named constants, early-return checks in is_enabled
//! Deterministic percentage rollouts for feature flags: see README.md.

/// Number of buckets: a rollout of `b` basis points enables buckets `0..b` (1 bp = 0.01 %).
pub const BUCKETS: u32 = 10_000;

/// Why a flag update was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    /// More than [`BUCKETS`] basis points (over 100 %).
    PercentageTooHigh(u32),
}


use std::collections::{HashMap, HashSet};

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
const SEPARATOR: u8 = 0xFF;

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h: u64 = FNV_OFFSET;
    for &b in flag.as_bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    h ^= SEPARATOR as u64;
    h = h.wrapping_mul(FNV_PRIME);
    for &b in user.as_bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    (h % BUCKETS as u64) as u32
}

#[derive(Debug, Default)]
struct FlagState {
    basis_points: u32,
    allow: HashSet<String>,
    deny: HashSet<String>,
}

#[derive(Debug, Default)]
pub struct Flags {
    table: HashMap<String, FlagState>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn state_mut(&mut self, flag: &str) -> &mut FlagState {
        if !self.table.contains_key(flag) {
            self.table.insert(flag.to_string(), FlagState::default());
        }
        self.table.get_mut(flag).unwrap()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.state_mut(flag).basis_points = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        let st = self.state_mut(flag);
        if !st.allow.contains(user) {
            st.allow.insert(user.to_string());
        }
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        let st = self.state_mut(flag);
        if !st.deny.contains(user) {
            st.deny.insert(user.to_string());
        }
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let st = match self.table.get_mut(flag) {
            Some(s) => s,
            None => return false,
        };
        let was_allowed = st.allow.remove(user);
        let was_denied = st.deny.remove(user);
        was_allowed || was_denied
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let st = match self.table.get(flag) {
            Some(s) => s,
            None => return false,
        };
        if st.deny.contains(user) {
            return false;
        }
        if st.allow.contains(user) {
            return true;
        }
        bucket(flag, user) < st.basis_points
    }
}
