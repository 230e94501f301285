// learner: optimal
// idiom: competitive programmer: tuple-valued map, short names, byte loops inline

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

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in flag.as_bytes() { h ^= b as u64; h = h.wrapping_mul(0x100000001b3); }
    h ^= 0xFF; h = h.wrapping_mul(0x100000001b3);
    for &b in user.as_bytes() { h ^= b as u64; h = h.wrapping_mul(0x100000001b3); }
    (h % BUCKETS as u64) as u32
}

#[derive(Debug, Default)]
pub struct Flags {
    m: HashMap<String, (u32, HashSet<String>, HashSet<String>)>,
}

impl Flags {
    pub fn new() -> Self { Self::default() }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS { return Err(RolloutError::PercentageTooHigh(basis_points)); }
        self.m.entry(flag.to_string()).or_default().0 = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.m.entry(flag.to_string()).or_default().1.insert(user.to_string());
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.m.entry(flag.to_string()).or_default().2.insert(user.to_string());
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        match self.m.get_mut(flag) { Some(e) => { let a = e.1.remove(user); let d = e.2.remove(user); a | d } None => false }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some(e) = self.m.get(flag) else { return false };
        if e.2.contains(user) { return false; }
        e.1.contains(user) || bucket(flag, user) < e.0
    }
}
