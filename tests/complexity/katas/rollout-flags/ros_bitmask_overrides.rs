// learner: optimal
// idiom: ROS-style C++: flags in a Vec arena found via a name->index HashMap, per-user override bitmask (ALLOW|DENY) in one HashMap<String, u8>, while-loop hash
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

const ALLOW_BIT: u8 = 0b01;
const DENY_BIT: u8 = 0b10;

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut hash: u64 = 0xcbf29ce484222325;
    let fb = flag.as_bytes();
    let ub = user.as_bytes();
    let total = fb.len() + 1 + ub.len();
    let mut i = 0usize;
    while i < total {
        let byte: u8 = if i < fb.len() {
            fb[i]
        } else if i == fb.len() {
            0xFF
        } else {
            ub[i - fb.len() - 1]
        };
        hash ^= byte as u64;
        hash = hash.wrapping_mul(0x100000001b3);
        i += 1;
    }
    (hash % 10_000) as u32
}

#[derive(Debug, Default)]
struct FlagRecord {
    basis_points: u32,
    overrides: HashMap<String, u8>,
}

#[derive(Debug, Default)]
pub struct Flags {
    index: HashMap<String, usize>,
    records: Vec<FlagRecord>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn slot(&mut self, flag: &str) -> usize {
        if let Some(&i) = self.index.get(flag) {
            return i;
        }
        self.records.push(FlagRecord::default());
        let i = self.records.len() - 1;
        self.index.insert(flag.to_string(), i);
        i
    }

    fn set_bit(&mut self, flag: &str, user: &str, bit: u8) {
        let i = self.slot(flag);
        let rec = &mut self.records[i];
        match rec.overrides.get_mut(user) {
            Some(mask) => *mask |= bit,
            None => {
                rec.overrides.insert(user.to_string(), bit);
            }
        }
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        let i = self.slot(flag);
        self.records[i].basis_points = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.set_bit(flag, user, ALLOW_BIT);
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.set_bit(flag, user, DENY_BIT);
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        match self.index.get(flag) {
            Some(&i) => self.records[i].overrides.remove(user).map_or(false, |m| m != 0),
            None => false,
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let i = match self.index.get(flag) {
            Some(&i) => i,
            None => return false,
        };
        let rec = &self.records[i];
        let mask = match rec.overrides.get(user) {
            Some(&m) => m,
            None => 0,
        };
        if mask & DENY_BIT != 0 {
            false
        } else if mask & ALLOW_BIT != 0 {
            true
        } else {
            bucket(flag, user) < rec.basis_points
        }
    }
}
