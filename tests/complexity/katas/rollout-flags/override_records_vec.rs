// learner: slow
// why: Flags::is_enabled is O(n) time, target O(1): every override is one record in a flat Vec, scanned with a for loop on each check
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
    for b in flag.bytes().chain([0xFFu8]).chain(user.bytes()) {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    (h % BUCKETS as u64) as u32
}

#[derive(Debug)]
struct OverrideRecord {
    flag: String,
    user: String,
    allow: bool,
}

#[derive(Debug, Default)]
pub struct Flags {
    rollouts: HashMap<String, u32>,
    overrides: Vec<OverrideRecord>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.rollouts.insert(flag.to_string(), basis_points);
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.rollouts.entry(flag.to_string()).or_insert(0);
        self.overrides.push(OverrideRecord { flag: flag.to_string(), user: user.to_string(), allow: true });
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.rollouts.entry(flag.to_string()).or_insert(0);
        self.overrides.push(OverrideRecord { flag: flag.to_string(), user: user.to_string(), allow: false });
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let before = self.overrides.len();
        self.overrides.retain(|o| !(o.flag == flag && o.user == user));
        self.overrides.len() != before
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let bp = match self.rollouts.get(flag) {
            Some(&bp) => bp,
            None => return false,
        };
        let mut allowed = false;
        for o in &self.overrides {
            if o.flag == flag && o.user == user {
                if !o.allow {
                    return false;
                }
                allowed = true;
            }
        }
        allowed || bucket(flag, user) < bp
    }
}
