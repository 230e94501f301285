// learner: optimal
// idiom: flags in a Vec arena indexed by a HashMap<String, usize>; overrides as a HashMap<String, bool> (false = deny wins); for-loop FNV
//! Deterministic percentage rollouts for feature flags: see README.md.

use std::collections::HashMap;

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut hash: u64 = 0xcbf29ce484222325;
    for b in flag.as_bytes().iter().copied().chain([0xFF]).chain(user.bytes()) {
        hash ^= b as u64;
        hash = hash.wrapping_mul(0x100000001b3);
    }
    (hash % 10_000) as u32
}

#[derive(Debug, Default)]
struct Rollout {
    basis_points: u32,
    /// user -> true if allowed only, false if denied (deny wins, so it is sticky)
    overrides: HashMap<String, bool>,
}

#[derive(Debug, Default)]
pub struct Flags {
    index: HashMap<String, usize>,
    rollouts: Vec<Rollout>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn id(&mut self, flag: &str) -> usize {
        if let Some(&i) = self.index.get(flag) {
            return i;
        }
        let i = self.rollouts.len();
        self.rollouts.push(Rollout::default());
        self.index.insert(flag.to_string(), i);
        i
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        let i = self.id(flag);
        self.rollouts[i].basis_points = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        let i = self.id(flag);
        self.rollouts[i].overrides.entry(user.to_string()).or_insert(true);
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        let i = self.id(flag);
        self.rollouts[i].overrides.insert(user.to_string(), false);
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        match self.index.get(flag) {
            Some(&i) => self.rollouts[i].overrides.remove(user).is_some(),
            None => false,
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some(&i) = self.index.get(flag) else { return false };
        let r = &self.rollouts[i];
        match r.overrides.get(user) {
            Some(&allowed) => allowed,
            None => bucket(flag, user) < r.basis_points,
        }
    }
}
