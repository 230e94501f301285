// learner: optimal
// idiom: flat HashSets keyed by one String per (flag, user) pair (flag length prefix keeps pairs apart); percentages in their own map
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

fn fnv(bytes: impl IntoIterator<Item = u8>) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in bytes {
        h = (h ^ b as u64).wrapping_mul(0x100000001b3);
    }
    h
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let all = flag.bytes().chain([0xFFu8]).chain(user.bytes());
    (fnv(all) % BUCKETS as u64) as u32
}

/// flag and user joined by a character that cannot appear in either... '\u{0}' is legal UTF-8,
/// so keep the flag length in front instead.
fn key(flag: &str, user: &str) -> String {
    let mut k = String::with_capacity(flag.len() + user.len() + 8);
    k.push_str(&flag.len().to_string());
    k.push(':');
    k.push_str(flag);
    k.push_str(user);
    k
}

#[derive(Debug, Default)]
pub struct Flags {
    percent: HashMap<String, u32>,
    allowed: HashSet<String>,
    denied: HashSet<String>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn ensure(&mut self, flag: &str) {
        if !self.percent.contains_key(flag) {
            self.percent.insert(flag.to_string(), 0);
        }
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.percent.insert(flag.to_string(), basis_points);
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.ensure(flag);
        self.allowed.insert(key(flag, user));
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.ensure(flag);
        self.denied.insert(key(flag, user));
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let k = key(flag, user);
        let a = self.allowed.remove(&k);
        let d = self.denied.remove(&k);
        a || d
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let bp = match self.percent.get(flag) {
            Some(&bp) => bp,
            None => return false,
        };
        let k = key(flag, user);
        if self.denied.contains(&k) {
            false
        } else if self.allowed.contains(&k) {
            true
        } else {
            bucket(flag, user) < bp
        }
    }
}
