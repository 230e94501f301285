// learner: optimal
// idiom: vala: three separate GHashTable-like maps (rollouts, allow lists, deny lists), an Fnv1a hasher object implementing std::hash::Hasher
// why: is_enabled/allow each touch at most three maps with O(1) expected lookups; bucket streams the bytes through the hasher once, O(len) time and O(1) space
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
use std::hash::Hasher;

/// FNV-1a 64 as a Hasher object (fixed, unseeded).
struct Fnv1a {
    state: u64,
}

impl Fnv1a {
    fn new() -> Self {
        Fnv1a { state: 0xcbf29ce484222325 }
    }
}

impl Hasher for Fnv1a {
    fn write(&mut self, bytes: &[u8]) {
        let mut i = 0;
        while i < bytes.len() {
            self.state ^= bytes[i] as u64;
            self.state = self.state.wrapping_mul(0x100000001b3);
            i += 1;
        }
    }

    fn finish(&self) -> u64 {
        self.state
    }
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut hasher = Fnv1a::new();
    hasher.write(flag.as_bytes());
    hasher.write_u8(0xFF);
    hasher.write(user.as_bytes());
    (hasher.finish() % BUCKETS as u64) as u32
}

#[derive(Debug, Default)]
pub struct Flags {
    rollouts: HashMap<String, u32>,
    allow_lists: HashMap<String, HashSet<String>>,
    deny_lists: HashMap<String, HashSet<String>>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn ensure_known(&mut self, flag: &str) {
        if !self.rollouts.contains_key(flag) {
            self.rollouts.insert(flag.to_string(), 0);
        }
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            Err(RolloutError::PercentageTooHigh(basis_points))
        } else {
            self.rollouts.insert(flag.to_string(), basis_points);
            Ok(())
        }
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.ensure_known(flag);
        self.allow_lists.entry(flag.to_string()).or_default().insert(user.to_string());
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.ensure_known(flag);
        self.deny_lists.entry(flag.to_string()).or_default().insert(user.to_string());
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let mut was_listed = false;
        if let Some(set) = self.allow_lists.get_mut(flag) {
            was_listed |= set.remove(user);
        }
        if let Some(set) = self.deny_lists.get_mut(flag) {
            was_listed |= set.remove(user);
        }
        was_listed
    }

    fn is_listed(table: &HashMap<String, HashSet<String>>, flag: &str, user: &str) -> bool {
        table.get(flag).map_or(false, |set| set.contains(user))
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let basis_points = match self.rollouts.get(flag) {
            None => return false,
            Some(bp) => *bp,
        };
        if Self::is_listed(&self.deny_lists, flag, user) {
            false
        } else if Self::is_listed(&self.allow_lists, flag, user) {
            true
        } else {
            bucket(flag, user) < basis_points
        }
    }
}
