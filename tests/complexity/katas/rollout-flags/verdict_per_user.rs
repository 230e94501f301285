// learner: optimal
// idiom: Idris dependent-types fan: one map user -> Overrides{allowed, denied} per flag instead of two sets, decision as a total match on the (denied, allowed) pair; FNV as a recursive step over slices
//! Deterministic percentage rollouts for feature flags: see README.md.

use std::collections::HashMap;

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

/// One FNV-1a step over a whole slice.
fn absorb(h: u64, bytes: &[u8]) -> u64 {
    let mut h = h;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let h = absorb(absorb(absorb(0xcbf29ce484222325, flag.as_bytes()), &[0xFF]), user.as_bytes());
    (h % BUCKETS as u64) as u32
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Overrides {
    allowed: bool,
    denied: bool,
}

#[derive(Debug, Default)]
struct Rollout {
    basis_points: u32,
    users: HashMap<String, Overrides>,
}

#[derive(Debug, Default)]
pub struct Flags {
    rollouts: HashMap<String, Rollout>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn rollout(&mut self, flag: &str) -> &mut Rollout {
        self.rollouts.entry(flag.to_owned()).or_default()
    }

    fn overrides(&mut self, flag: &str, user: &str) -> &mut Overrides {
        self.rollout(flag).users.entry(user.to_owned()).or_default()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        match basis_points {
            bp @ 0..=BUCKETS => {
                self.rollout(flag).basis_points = bp;
                Ok(())
            }
            bp => Err(RolloutError::PercentageTooHigh(bp)),
        }
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.overrides(flag, user).allowed = true;
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.overrides(flag, user).denied = true;
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        self.rollouts
            .get_mut(flag)
            .and_then(|r| r.users.remove(user))
            .is_some_and(|o| o.allowed || o.denied)
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some(r) = self.rollouts.get(flag) else { return false };
        let o = r.users.get(user).copied().unwrap_or_default();
        match (o.denied, o.allowed) {
            (true, _) => false,
            (false, true) => true,
            (false, false) => bucket(flag, user) < r.basis_points,
        }
    }
}
