// learner: optimal
// idiom: HashMap of flag structs with HashSets, entry().or_default(), bucket as one fold over chained byte iterators, map_or decision
//! Deterministic percentage rollouts for feature flags.

use std::collections::{HashMap, HashSet};

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let h = flag
        .bytes()
        .chain(std::iter::once(0xFF))
        .chain(user.bytes())
        .fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    (h % u64::from(BUCKETS)) as u32
}

#[derive(Debug, Default)]
struct Flag {
    basis_points: u32,
    allow: HashSet<String>,
    deny: HashSet<String>,
}

#[derive(Debug, Default)]
pub struct Flags {
    by_name: HashMap<String, Flag>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn flag_mut(&mut self, flag: &str) -> &mut Flag {
        self.by_name.entry(flag.to_owned()).or_default()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        (basis_points <= BUCKETS)
            .then_some(basis_points)
            .ok_or(RolloutError::PercentageTooHigh(basis_points))
            .map(|bp| self.flag_mut(flag).basis_points = bp)
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.flag_mut(flag).allow.insert(user.to_owned());
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.flag_mut(flag).deny.insert(user.to_owned());
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        self.by_name
            .get_mut(flag)
            .map_or(false, |f| f.allow.remove(user) | f.deny.remove(user))
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        self.by_name.get(flag).map_or(false, |f| {
            !f.deny.contains(user) && (f.allow.contains(user) || bucket(flag, user) < f.basis_points)
        })
    }
}
