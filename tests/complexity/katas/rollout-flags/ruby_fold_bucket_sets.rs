// learner: optimal
// idiom: Ruby-style: fold over chained byte iterators for FNV, HashMap of flag structs with HashSets, entry().or_default(), Option combinators
//! Deterministic percentage rollouts for feature flags: see README.md.

use std::collections::{HashMap, HashSet};

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

pub fn bucket(flag: &str, user: &str) -> u32 {
    let hash = flag
        .bytes()
        .chain(std::iter::once(0xFF))
        .chain(user.bytes())
        .fold(FNV_OFFSET, |h, b| (h ^ b as u64).wrapping_mul(FNV_PRIME));
    (hash % BUCKETS as u64) as u32
}

#[derive(Debug, Default)]
struct Flag {
    basis_points: u32,
    allow: HashSet<String>,
    deny: HashSet<String>,
}

#[derive(Debug, Default)]
pub struct Flags {
    flags: HashMap<String, Flag>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn flag_mut(&mut self, name: &str) -> &mut Flag {
        self.flags.entry(name.to_owned()).or_default()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        (basis_points <= BUCKETS)
            .then(|| self.flag_mut(flag).basis_points = basis_points)
            .ok_or(RolloutError::PercentageTooHigh(basis_points))
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.flag_mut(flag).allow.insert(user.to_owned());
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.flag_mut(flag).deny.insert(user.to_owned());
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        self.flags
            .get_mut(flag)
            .map(|f| f.allow.remove(user) | f.deny.remove(user))
            .unwrap_or(false)
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        self.flags.get(flag).is_some_and(|f| {
            !f.deny.contains(user) && (f.allow.contains(user) || bucket(flag, user) < f.basis_points)
        })
    }
}
