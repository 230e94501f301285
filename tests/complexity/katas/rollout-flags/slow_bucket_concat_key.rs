// learner: slow
// why: bucket is O(len) space, target O(1): concatenates flag, 0xFF and user into a fresh Vec<u8> before hashing it
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
    let mut key: Vec<u8> = Vec::with_capacity(flag.len() + 1 + user.len());
    key.extend_from_slice(flag.as_bytes());
    key.push(0xFF);
    key.extend_from_slice(user.as_bytes());
    let mut h: u64 = 0xcbf29ce484222325;
    for b in key {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    (h % BUCKETS as u64) as u32
}

#[derive(Debug, Default)]
struct Flag {
    bp: u32,
    allow: HashSet<String>,
    deny: HashSet<String>,
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
        self.flags.entry(flag.to_string()).or_default().bp = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.flags.entry(flag.to_string()).or_default().allow.insert(user.to_string());
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.flags.entry(flag.to_string()).or_default().deny.insert(user.to_string());
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let Some(f) = self.flags.get_mut(flag) else { return false };
        let a = f.allow.remove(user);
        let d = f.deny.remove(user);
        a || d
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        match self.flags.get(flag) {
            None => false,
            Some(f) if f.deny.contains(user) => false,
            Some(f) if f.allow.contains(user) => true,
            Some(f) => bucket(flag, user) < f.bp,
        }
    }
}
