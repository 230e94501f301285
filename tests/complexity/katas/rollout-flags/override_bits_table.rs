// learner: optimal
// idiom: Lua game modder: two flat tables, rollout[flag] and overrides[{flag, user}] = bitmask (1 allow, 2 deny), byte loop for FNV written out by hand
// why:
//! Deterministic percentage rollouts for feature flags: see README.md.

use std::collections::HashMap;

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h: u64 = 0xcbf29ce484222325;
    let fb = flag.as_bytes();
    for i in 0..fb.len() {
        h = h ^ fb[i] as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h = h ^ 0xFF;
    h = h.wrapping_mul(0x100000001b3);
    let ub = user.as_bytes();
    for i in 0..ub.len() {
        h = h ^ ub[i] as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    (h % 10_000) as u32
}

const ALLOW: u8 = 1;
const DENY: u8 = 2;

#[derive(Debug, Default)]
pub struct Flags {
    rollout: HashMap<String, u32>,
    overrides: HashMap<(String, String), u8>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn touch(&mut self, flag: &str) {
        if self.rollout.get(flag).is_none() {
            self.rollout.insert(flag.to_string(), 0);
        }
    }

    fn set_bit(&mut self, flag: &str, user: &str, bit: u8) {
        self.touch(flag);
        let bits = self.overrides.entry((flag.to_string(), user.to_string())).or_insert(0);
        *bits = *bits | bit;
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.rollout.insert(flag.to_string(), basis_points);
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.set_bit(flag, user, ALLOW);
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.set_bit(flag, user, DENY);
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        self.overrides.remove(&(flag.to_string(), user.to_string())).is_some()
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let bp = match self.rollout.get(flag) {
            Some(bp) => *bp,
            None => return false,
        };
        let bits = match self.overrides.get(&(flag.to_string(), user.to_string())) {
            Some(b) => *b,
            None => 0,
        };
        if bits & DENY != 0 {
            return false;
        }
        if bits & ALLOW != 0 {
            return true;
        }
        bucket(flag, user) < bp
    }
}
