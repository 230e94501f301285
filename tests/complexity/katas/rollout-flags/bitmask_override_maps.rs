// learner: optimal
// idiom: embedded-ish: separate rollout table HashMap<String,u32> and per-flag HashMap<String,u8> override bitmask (ALLOW=1, DENY=2), for loop FNV with a step fn
pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

use std::collections::HashMap;

const ALLOW: u8 = 1;
const DENY: u8 = 2;

#[inline]
fn step(h: u64, b: u8) -> u64 {
    (h ^ b as u64).wrapping_mul(0x100000001b3)
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in flag.as_bytes() {
        h = step(h, b);
    }
    h = step(h, 0xFF);
    for &b in user.as_bytes() {
        h = step(h, b);
    }
    (h % 10_000) as u32
}

#[derive(Debug, Default)]
pub struct Flags {
    pct: HashMap<String, u32>,
    ovr: HashMap<String, HashMap<String, u8>>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn ensure(&mut self, flag: &str) {
        if !self.pct.contains_key(flag) {
            self.pct.insert(flag.to_string(), 0);
        }
    }

    fn mark(&mut self, flag: &str, user: &str, bit: u8) {
        self.ensure(flag);
        let m = self.ovr.entry(flag.to_string()).or_default();
        match m.get_mut(user) {
            Some(v) => *v |= bit,
            None => {
                m.insert(user.to_string(), bit);
            }
        }
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        match self.pct.get_mut(flag) {
            Some(p) => *p = basis_points,
            None => {
                self.pct.insert(flag.to_string(), basis_points);
            }
        }
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.mark(flag, user, ALLOW);
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.mark(flag, user, DENY);
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        match self.ovr.get_mut(flag) {
            Some(m) => m.remove(user).is_some(),
            None => false,
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let bp = match self.pct.get(flag) {
            Some(&p) => p,
            None => return false,
        };
        let bits = match self.ovr.get(flag) {
            Some(m) => m.get(user).copied().unwrap_or(0),
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
