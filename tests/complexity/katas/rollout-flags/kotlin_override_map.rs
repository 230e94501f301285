// learner: optimal
// idiom: Kotlin-ish: one override map per flag with an Override data class {allowed, denied}, when-style match in is_enabled, index for-loop FNV
//! Deterministic percentage rollouts for feature flags: see README.md.

use std::collections::HashMap;

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

fn fnv_step(h: u64, byte: u8) -> u64 {
    let mixed = h ^ (byte as u64);
    mixed.wrapping_mul(0x100000001b3)
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h: u64 = 0xcbf29ce484222325;
    let fb = flag.as_bytes();
    let mut i = 0;
    while i < fb.len() {
        h = fnv_step(h, fb[i]);
        i += 1;
    }
    h = fnv_step(h, 0xFF);
    for &b in user.as_bytes() {
        h = fnv_step(h, b);
    }
    (h % 10_000) as u32
}

#[derive(Debug, Default, Clone, Copy)]
struct Override {
    allowed: bool,
    denied: bool,
}

#[derive(Debug, Default)]
struct FlagState {
    rollout: u32,
    overrides: HashMap<String, Override>,
}

impl FlagState {
    fn touch(&mut self, user: &str) -> &mut Override {
        self.overrides.entry(user.to_owned()).or_default()
    }
}

#[derive(Debug, Default)]
pub struct Flags {
    by_name: HashMap<String, FlagState>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn state(&mut self, flag: &str) -> &mut FlagState {
        self.by_name.entry(flag.to_owned()).or_default()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        match basis_points {
            bp if bp > BUCKETS => Err(RolloutError::PercentageTooHigh(bp)),
            bp => {
                self.state(flag).rollout = bp;
                Ok(())
            }
        }
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.state(flag).touch(user).allowed = true;
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.state(flag).touch(user).denied = true;
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let Some(state) = self.by_name.get_mut(flag) else {
            return false;
        };
        match state.overrides.remove(user) {
            Some(o) => o.allowed || o.denied,
            None => false,
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let state = match self.by_name.get(flag) {
            None => return false,
            Some(s) => s,
        };
        match state.overrides.get(user) {
            Some(Override { denied: true, .. }) => false,
            Some(Override { allowed: true, .. }) => true,
            _ => bucket(flag, user) < state.rollout,
        }
    }
}
