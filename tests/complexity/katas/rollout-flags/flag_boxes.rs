// learner: optimal
// idiom: teenager who learnt programming in Scratch: a map of flag "sprites", each with its own allow and deny set, hash done byte by byte in a plain loop
//! Deterministic percentage rollouts for feature flags: see README.md.

use std::collections::{HashMap, HashSet};

/// Number of buckets: a rollout of `b` basis points enables buckets `0..b` (1 bp = 0.01 %).
pub const BUCKETS: u32 = 10_000;

/// Why a flag update was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    /// More than [`BUCKETS`] basis points (over 100 %).
    PercentageTooHigh(u32),
}

/// The stable bucket of `user` for `flag`.
pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h: u64 = 0xcbf29ce484222325;
    // first all the letters of the flag
    for b in flag.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    // then the 0xFF separator
    h ^= 0xFF;
    h = h.wrapping_mul(0x100000001b3);
    // then all the letters of the user
    for b in user.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    (h % BUCKETS as u64) as u32
}

#[derive(Debug, Default)]
struct Flag {
    basis_points: u32,
    allowed: HashSet<String>,
    denied: HashSet<String>,
}

/// A set of feature flags with percentage rollouts and per-user overrides.
#[derive(Debug, Default)]
pub struct Flags {
    flags: HashMap<String, Flag>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    // get the flag, or make a new one at 0 %
    fn flag_mut(&mut self, flag: &str) -> &mut Flag {
        if !self.flags.contains_key(flag) {
            self.flags.insert(flag.to_string(), Flag::default());
        }
        self.flags.get_mut(flag).unwrap()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.flag_mut(flag).basis_points = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.flag_mut(flag).allowed.insert(user.to_string());
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.flag_mut(flag).denied.insert(user.to_string());
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        match self.flags.get_mut(flag) {
            None => false,
            Some(f) => {
                let was_allowed = f.allowed.remove(user);
                let was_denied = f.denied.remove(user);
                was_allowed || was_denied
            }
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some(f) = self.flags.get(flag) else {
            return false; // never heard of this flag
        };
        if f.denied.contains(user) {
            return false;
        }
        if f.allowed.contains(user) {
            return true;
        }
        bucket(flag, user) < f.basis_points
    }
}
