// learner: slow
// why: Flags::is_enabled is O(n) time, target O(1): allow/deny lists are Vec<String> scanned with contains on every check
//! Deterministic percentage rollouts for feature flags: see README.md.

use std::collections::HashMap;

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

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
    (h % BUCKETS as u64) as u32
}

#[derive(Debug, Default)]
struct Flag {
    percent: u32,
    allowed: Vec<String>,
    denied: Vec<String>,
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
        self.flags.entry(flag.to_string()).or_default().percent = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.flags.entry(flag.to_string()).or_default().allowed.push(user.to_string());
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.flags.entry(flag.to_string()).or_default().denied.push(user.to_string());
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let Some(f) = self.flags.get_mut(flag) else { return false };
        let before = f.allowed.len() + f.denied.len();
        f.allowed.retain(|u| u.as_str() != user);
        f.denied.retain(|u| u.as_str() != user);
        before != f.allowed.len() + f.denied.len()
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some(f) = self.flags.get(flag) else { return false };
        if f.denied.iter().any(|u| u == user) {
            return false;
        }
        if f.allowed.iter().any(|u| u == user) {
            return true;
        }
        bucket(flag, user) < f.percent
    }
}
