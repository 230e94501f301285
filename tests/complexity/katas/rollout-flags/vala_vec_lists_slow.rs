// learner: slow
// idiom: vala: allow and deny lists kept as Vec<String> (like a GList of user ids) checked with contains
// why: misses is_enabled/allow O(1): Vec::contains compares the user with every listed id, O(list length) per check
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

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in flag.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h ^= 0xFF;
    h = h.wrapping_mul(0x100000001b3);
    for b in user.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    (h % 10_000) as u32
}

#[derive(Debug, Default)]
struct Flag {
    basis_points: u32,
    allow: Vec<String>,
    deny: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Flags {
    flags: HashMap<String, Flag>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.flags.entry(flag.to_string()).or_default().basis_points = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        let f = self.flags.entry(flag.to_string()).or_default();
        if !f.allow.contains(&user.to_string()) {
            f.allow.push(user.to_string());
        }
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        let f = self.flags.entry(flag.to_string()).or_default();
        if !f.deny.contains(&user.to_string()) {
            f.deny.push(user.to_string());
        }
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let Some(f) = self.flags.get_mut(flag) else {
            return false;
        };
        let before = f.allow.len() + f.deny.len();
        f.allow.retain(|u| u != user);
        f.deny.retain(|u| u != user);
        f.allow.len() + f.deny.len() != before
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some(f) = self.flags.get(flag) else {
            return false;
        };
        let user = user.to_string();
        if f.deny.contains(&user) {
            return false;
        }
        if f.allow.contains(&user) {
            return true;
        }
        bucket(flag, &user) < f.basis_points
    }
}
