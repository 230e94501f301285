// learner: optimal
// idiom: iterator adapters: bucket as a fold over chained byte iterators, Option combinators for lookups

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
use std::iter;

const FNV_OFFSET: u64 = 0xcbf29ce484222325;
const FNV_PRIME: u64 = 0x100000001b3;

pub fn bucket(flag: &str, user: &str) -> u32 {
    let h = flag
        .bytes()
        .chain(iter::once(0xFF))
        .chain(user.bytes())
        .fold(FNV_OFFSET, |h, b| (h ^ u64::from(b)).wrapping_mul(FNV_PRIME));
    (h % u64::from(BUCKETS)) as u32
}

#[derive(Debug, Default)]
struct Rollout {
    bp: u32,
    allowed: HashSet<String>,
    denied: HashSet<String>,
}

#[derive(Debug, Default)]
pub struct Flags {
    by_name: HashMap<String, Rollout>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn rollout(&mut self, flag: &str) -> &mut Rollout {
        self.by_name.entry(flag.to_string()).or_default()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        Some(basis_points)
            .filter(|&bp| bp <= BUCKETS)
            .map(|bp| self.rollout(flag).bp = bp)
            .ok_or(RolloutError::PercentageTooHigh(basis_points))
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.rollout(flag).allowed.insert(user.to_string());
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.rollout(flag).denied.insert(user.to_string());
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        self.by_name.get_mut(flag).map_or(false, |r| {
            [r.allowed.remove(user), r.denied.remove(user)].iter().fold(false, |a, &b| a || b)
        })
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        self.by_name
            .get(flag)
            .filter(|r| !r.denied.contains(user))
            .map_or(false, |r| r.allowed.contains(user) || bucket(flag, user) < r.bp)
    }
}
