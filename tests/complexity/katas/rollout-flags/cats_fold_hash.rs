// learner: optimal
// idiom: Scala/cats flavour: FNV as a fold over chained byte iterators, Result via bool::then_some/ok_or, is_enabled as an Option map_or pipeline, entry().or_default()
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
use std::iter::once;

pub fn bucket(flag: &str, user: &str) -> u32 {
    let h = flag
        .bytes()
        .chain(once(0xFF))
        .chain(user.bytes())
        .fold(0xcbf29ce484222325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100000001b3));
    (h % u64::from(BUCKETS)) as u32
}

#[derive(Debug, Default)]
struct Rollout {
    bp: u32,
    allow: HashSet<String>,
    deny: HashSet<String>,
}

impl Rollout {
    fn decide(&self, flag: &str, user: &str) -> bool {
        (!self.deny.contains(user))
            && (self.allow.contains(user) || bucket(flag, user) < self.bp)
    }
}

#[derive(Debug, Default)]
pub struct Flags {
    by_name: HashMap<String, Rollout>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn upsert(&mut self, flag: &str) -> &mut Rollout {
        self.by_name.entry(flag.to_owned()).or_default()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        (basis_points <= BUCKETS)
            .then_some(basis_points)
            .ok_or(RolloutError::PercentageTooHigh(basis_points))
            .map(|bp| self.upsert(flag).bp = bp)
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.upsert(flag).allow.insert(user.to_owned());
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.upsert(flag).deny.insert(user.to_owned());
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        self.by_name
            .get_mut(flag)
            .map_or(false, |r| r.allow.remove(user) | r.deny.remove(user))
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        self.by_name.get(flag).map_or(false, |r| r.decide(flag, user))
    }
}
