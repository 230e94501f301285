// learner: optimal
// idiom: TypeScript/Node backend developer: an Fnv1a class implementing std::hash::Hasher (like a tiny hashing util module), per-flag Map<user, OverrideState> with a small state struct instead of two sets
// why:
//! Deterministic percentage rollouts for feature flags: see README.md.

use std::collections::HashMap;
use std::hash::Hasher;

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

struct Fnv1a(u64);

impl Default for Fnv1a {
    fn default() -> Self {
        Fnv1a(0xcbf29ce484222325)
    }
}

impl Hasher for Fnv1a {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x100000001b3);
        }
    }
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut hasher = Fnv1a::default();
    hasher.write(flag.as_bytes());
    hasher.write(&[0xFF]);
    hasher.write(user.as_bytes());
    (hasher.finish() % u64::from(BUCKETS)) as u32
}

#[derive(Debug, Default, Clone, Copy)]
struct OverrideState {
    allowed: bool,
    denied: bool,
}

#[derive(Debug, Default)]
struct Flag {
    rolloutBp: u32,
    overrides: HashMap<String, OverrideState>,
}

impl Flag {
    fn decide(&self, flagName: &str, user: &str) -> bool {
        match self.overrides.get(user) {
            Some(OverrideState { denied: true, .. }) => false,
            Some(OverrideState { allowed: true, .. }) => true,
            _ => bucket(flagName, user) < self.rolloutBp,
        }
    }
}

#[derive(Debug, Default)]
pub struct Flags {
    byName: HashMap<String, Flag>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn flagMut(&mut self, flag: &str) -> &mut Flag {
        self.byName.entry(flag.to_owned()).or_default()
    }

    fn overrideMut(&mut self, flag: &str, user: &str) -> &mut OverrideState {
        self.flagMut(flag).overrides.entry(user.to_owned()).or_default()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.flagMut(flag).rolloutBp = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.overrideMut(flag, user).allowed = true;
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.overrideMut(flag, user).denied = true;
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        self.byName
            .get_mut(flag)
            .and_then(|f| f.overrides.remove(user))
            .map_or(false, |state| state.allowed || state.denied)
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        self.byName.get(flag).map_or(false, |f| f.decide(flag, user))
    }
}
