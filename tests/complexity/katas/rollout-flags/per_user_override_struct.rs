// learner: optimal
// idiom: one HashMap per flag from user to an Override {allowed, denied} pair, fold-based FNV over a chained byte iterator
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
use std::iter::once;

pub fn bucket(flag: &str, user: &str) -> u32 {
    let hash = flag
        .bytes()
        .chain(once(0xFFu8))
        .chain(user.bytes())
        .fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3));
    (hash % u64::from(BUCKETS)) as u32
}

#[derive(Debug, Default, Clone, Copy)]
struct Override {
    allowed: bool,
    denied: bool,
}

#[derive(Debug, Default)]
struct Rollout {
    threshold: u32,
    overrides: HashMap<String, Override>,
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
        if !self.by_name.contains_key(flag) {
            self.by_name.insert(flag.to_owned(), Rollout::default());
        }
        self.by_name.get_mut(flag).unwrap()
    }

    fn set_override(&mut self, flag: &str, user: &str, change: impl FnOnce(&mut Override)) {
        let entry = self.rollout(flag).overrides.entry(user.to_owned()).or_default();
        change(entry);
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        (basis_points <= BUCKETS)
            .then(|| self.rollout(flag).threshold = basis_points)
            .ok_or(RolloutError::PercentageTooHigh(basis_points))
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.set_override(flag, user, |o| o.allowed = true);
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.set_override(flag, user, |o| o.denied = true);
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        self.by_name
            .get_mut(flag)
            .and_then(|r| r.overrides.remove(user))
            .map_or(false, |o| o.allowed || o.denied)
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        self.by_name.get(flag).map_or(false, |r| match r.overrides.get(user) {
            Some(Override { denied: true, .. }) => false,
            Some(Override { allowed: true, .. }) => true,
            _ => bucket(flag, user) < r.threshold,
        })
    }
}
