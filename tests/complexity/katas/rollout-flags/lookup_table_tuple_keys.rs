// learner: optimal
// idiom: spreadsheet lookup tables: one rollout column keyed by flag, one override table keyed by (flag, user) -> Allow/Deny
//! Deterministic percentage rollouts for feature flags: see README.md.

use std::collections::HashMap;

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

/// Named formula: one FNV-1a step.
fn fnv_step(h: u64, byte: u8) -> u64 {
    (h ^ u64::from(byte)).wrapping_mul(0x100000001b3)
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in flag.as_bytes() {
        h = fnv_step(h, b);
    }
    h = fnv_step(h, 0xFF);
    for &b in user.as_bytes() {
        h = fnv_step(h, b);
    }
    (h % u64::from(BUCKETS)) as u32
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Override {
    Allow,
    Deny,
    Both,
}

#[derive(Debug, Default)]
pub struct Flags {
    /// column "rollout": flag -> basis points
    rollout: HashMap<String, u32>,
    /// table "overrides": (flag, user) -> what is set
    overrides: HashMap<(String, String), Override>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn ensure_flag(&mut self, flag: &str) {
        if !self.rollout.contains_key(flag) {
            self.rollout.insert(flag.to_owned(), 0);
        }
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            Err(RolloutError::PercentageTooHigh(basis_points))
        } else {
            self.rollout.insert(flag.to_owned(), basis_points);
            Ok(())
        }
    }

    fn mark(&mut self, flag: &str, user: &str, what: Override) {
        self.ensure_flag(flag);
        let key = (flag.to_owned(), user.to_owned());
        let merged = match (self.overrides.get(&key).copied(), what) {
            (None, w) => w,
            (Some(old), w) if old == w => w,
            _ => Override::Both,
        };
        self.overrides.insert(key, merged);
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.mark(flag, user, Override::Allow);
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.mark(flag, user, Override::Deny);
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        self.overrides
            .remove(&(flag.to_owned(), user.to_owned()))
            .is_some()
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some(&bp) = self.rollout.get(flag) else {
            return false;
        };
        match self.overrides.get(&(flag.to_owned(), user.to_owned())) {
            Some(Override::Deny) | Some(Override::Both) => false,
            Some(Override::Allow) => true,
            None => bucket(flag, user) < bp,
        }
    }
}
