// learner: optimal
// idiom: Gleam-style: custom enum Override in one HashMap<(flag,user)>, fold for FNV over a chained byte iterator, Option/map_or pipelines, entry().or_insert
//! Deterministic percentage rollouts for feature flags: see README.md.

use std::collections::HashMap;

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let digest = flag
        .bytes()
        .chain(std::iter::once(0xFFu8))
        .chain(user.bytes())
        .fold(0xcbf29ce484222325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100000001b3));
    (digest % u64::from(BUCKETS)) as u32
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Override {
    Allowed,
    Denied,
    AllowedAndDenied,
}

impl Override {
    fn with(self, other: Override) -> Override {
        match (self, other) {
            (a, b) if a == b => a,
            _ => Override::AllowedAndDenied,
        }
    }
    fn enabled(self) -> bool {
        matches!(self, Override::Allowed)
    }
}

#[derive(Debug, Default)]
pub struct Flags {
    rollouts: HashMap<String, u32>,
    overrides: HashMap<String, HashMap<String, Override>>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn touch(&mut self, flag: &str) {
        self.rollouts.entry(flag.to_owned()).or_insert(0);
    }

    fn mark(&mut self, flag: &str, user: &str, how: Override) {
        self.touch(flag);
        self.overrides
            .entry(flag.to_owned())
            .or_default()
            .entry(user.to_owned())
            .and_modify(|o| *o = o.with(how))
            .or_insert(how);
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        (basis_points <= BUCKETS)
            .then_some(basis_points)
            .ok_or(RolloutError::PercentageTooHigh(basis_points))
            .map(|bp| {
                self.rollouts.insert(flag.to_owned(), bp);
            })
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.mark(flag, user, Override::Allowed)
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.mark(flag, user, Override::Denied)
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        self.overrides
            .get_mut(flag)
            .and_then(|users| users.remove(user))
            .is_some()
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        self.rollouts.get(flag).map_or(false, |&bp| {
            self.overrides
                .get(flag)
                .and_then(|users| users.get(user))
                .map_or_else(|| bucket(flag, user) < bp, |o| o.enabled())
        })
    }
}
