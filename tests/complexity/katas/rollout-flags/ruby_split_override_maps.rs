// learner: optimal
// idiom: Ruby-ish: separate top-level maps (rollouts, allow, deny) per concern, for_each FNV over a byte array chain, matches! and map_or
//! Deterministic percentage rollouts for feature flags: see README.md.

use std::collections::{HashMap, HashSet};

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

struct Fnv(u64);

impl Fnv {
    fn feed(&mut self, bytes: impl IntoIterator<Item = u8>) -> &mut Self {
        bytes.into_iter().for_each(|b| {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x100000001b3);
        });
        self
    }
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h = Fnv(0xcbf29ce484222325);
    h.feed(flag.bytes()).feed([0xFFu8]).feed(user.bytes());
    u32::try_from(h.0 % u64::from(BUCKETS)).unwrap_or_default()
}

#[derive(Debug, Default)]
pub struct Flags {
    rollouts: HashMap<String, u32>,
    allowed: HashMap<String, HashSet<String>>,
    denied: HashMap<String, HashSet<String>>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn ensure(&mut self, flag: &str) {
        if !self.rollouts.contains_key(flag) {
            self.rollouts.insert(flag.to_string(), 0);
        }
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        match basis_points {
            bp @ 0..=BUCKETS => {
                self.rollouts.insert(flag.to_string(), bp);
                Ok(())
            }
            too_high => Err(RolloutError::PercentageTooHigh(too_high)),
        }
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
        let listed = |lists: &HashMap<String, HashSet<String>>| lists.get(flag).map_or(false, |s| s.contains(user));
        match self.rollouts.get(flag) {
            None => false,
            Some(_) if listed(&self.denied) => false,
            Some(_) if listed(&self.allowed) => true,
            Some(&bp) => bucket(flag, user) < bp,
        }
    }
}
