// learner: slow
// why: Flags::is_enabled is O(overrides) time, target O(1): overrides kept as a Vec of a sealed-trait-like enum, searched with find/any on every check
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

pub fn bucket(flag: &str, user: &str) -> u32 {
    let h = flag
        .bytes()
        .chain(std::iter::once(0xFF))
        .chain(user.bytes())
        .fold(0xcbf29ce484222325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100000001b3));
    (h % u64::from(BUCKETS)) as u32
}

/// sealed trait Override; case class Allow(user); case class Deny(user)
#[derive(Debug, Clone, PartialEq, Eq)]
enum Override {
    Allow(String),
    Deny(String),
}

impl Override {
    fn user(&self) -> &str {
        match self {
            Override::Allow(u) | Override::Deny(u) => u,
        }
    }
}

#[derive(Debug, Default)]
struct Rollout {
    bp: u32,
    overrides: Vec<Override>,
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
        self.upsert(flag).overrides.push(Override::Allow(user.to_owned()));
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.upsert(flag).overrides.push(Override::Deny(user.to_owned()));
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        self.by_name.get_mut(flag).map_or(false, |r| {
            let before = r.overrides.len();
            r.overrides.retain(|o| o.user() != user);
            r.overrides.len() != before
        })
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        self.by_name.get(flag).map_or(false, |r| {
            let denied = r.overrides.iter().any(|o| matches!(o, Override::Deny(u) if u == user));
            let allowed = r.overrides.iter().find(|o| matches!(o, Override::Allow(u) if u == user));
            !denied && (allowed.is_some() || bucket(flag, user) < r.bp)
        })
    }
}
