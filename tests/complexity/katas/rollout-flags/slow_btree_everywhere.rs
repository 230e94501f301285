// learner: slow
// why: Flags::is_enabled is O(log n) time, target O(1): data-engineer habit of BTreeMap/BTreeSet everywhere makes every override lookup a tree search
//! Deterministic percentage rollouts for feature flags: see README.md.

/// Number of buckets: a rollout of `b` basis points enables buckets `0..b` (1 bp = 0.01 %).
pub const BUCKETS: u32 = 10_000;

/// Why a flag update was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    /// More than [`BUCKETS`] basis points (over 100 %).
    PercentageTooHigh(u32),
}

use std::collections::{BTreeMap, BTreeSet};

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h: u64 = 0xcbf29ce484222325;
    let sep = [0xFFu8];
    for part in [flag.as_bytes(), &sep[..], user.as_bytes()] {
        for &b in part {
            h ^= b as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
    }
    (h % BUCKETS as u64) as u32
}

#[derive(Debug, Default)]
pub struct Flags {
    rollout: BTreeMap<String, u32>,
    allowed: BTreeMap<String, BTreeSet<String>>,
    denied: BTreeMap<String, BTreeSet<String>>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn ensure(&mut self, flag: &str) {
        self.rollout.entry(flag.to_string()).or_insert(0);
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.rollout.insert(flag.to_string(), basis_points);
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.ensure(flag);
        self.allowed.entry(flag.to_string()).or_default().insert(user.to_string());
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.ensure(flag);
        self.denied.entry(flag.to_string()).or_default().insert(user.to_string());
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let a = self.allowed.get_mut(flag).map_or(false, |s| s.remove(user));
        let d = self.denied.get_mut(flag).map_or(false, |s| s.remove(user));
        a || d
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some(&bp) = self.rollout.get(flag) else { return false };
        if self.denied.get(flag).map_or(false, |s| s.contains(user)) {
            return false;
        }
        if self.allowed.get(flag).map_or(false, |s| s.contains(user)) {
            return true;
        }
        bucket(flag, user) < bp
    }
}
