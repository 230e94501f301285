// learner: optimal
// idiom: PHP Laravel developer: a Feature model with `percentage`, `whitelist`, `blacklist` attributes, an imperative hash loop, entry().or_insert_with like firstOrCreate
//! Deterministic percentage rollouts for feature flags: see README.md.

use std::collections::{HashMap, HashSet};

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut hash: u64 = 0xcbf29ce484222325;
    let mut feed = |byte: u8| {
        hash ^= byte as u64;
        hash = hash.wrapping_mul(0x100000001b3);
    };
    for byte in flag.as_bytes() {
        feed(*byte);
    }
    feed(0xFF);
    for byte in user.as_bytes() {
        feed(*byte);
    }
    (hash % BUCKETS as u64) as u32
}

#[derive(Debug, Default)]
struct Feature {
    percentage: u32,
    whitelist: HashSet<String>,
    blacklist: HashSet<String>,
}

#[derive(Debug, Default)]
pub struct Flags {
    features: HashMap<String, Feature>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn first_or_create(&mut self, flag: &str) -> &mut Feature {
        self.features.entry(flag.to_string()).or_insert_with(Feature::default)
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.first_or_create(flag).percentage = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.first_or_create(flag).whitelist.insert(user.to_string());
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.first_or_create(flag).blacklist.insert(user.to_string());
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        if let Some(feature) = self.features.get_mut(flag) {
            let was_whitelisted = feature.whitelist.remove(user);
            let was_blacklisted = feature.blacklist.remove(user);
            return was_whitelisted || was_blacklisted;
        }
        false
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let feature = match self.features.get(flag) {
            Some(feature) => feature,
            None => return false,
        };
        if feature.blacklist.contains(user) {
            return false;
        }
        if feature.whitelist.contains(user) {
            return true;
        }
        bucket(flag, user) < feature.percentage
    }
}
