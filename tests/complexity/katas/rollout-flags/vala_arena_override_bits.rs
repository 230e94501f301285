// learner: optimal
// idiom: vala: flags in a Vec arena found through a name->index HashMap, one override table per flag with allowed/denied bits, FNV as a fold
// why: is_enabled/allow are two hash lookups and a Vec index (O(1) expected); bucket folds over the bytes once, O(len) time and O(1) space
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

pub fn bucket(flag: &str, user: &str) -> u32 {
    let step = |h: u64, b: &u8| (h ^ u64::from(*b)).wrapping_mul(0x100000001b3);
    let h = flag.as_bytes().iter().fold(0xcbf29ce484222325u64, step);
    let h = step(h, &0xFF);
    let h = user.as_bytes().iter().fold(h, step);
    (h % u64::from(BUCKETS)) as u32
}

#[derive(Debug, Default, Clone, Copy)]
struct OverrideBits {
    allowed: bool,
    denied: bool,
}

#[derive(Debug, Default)]
struct FlagData {
    rollout: u32,
    overrides: HashMap<String, OverrideBits>,
}

#[derive(Debug, Default)]
pub struct Flags {
    by_name: HashMap<String, usize>,
    flags: Vec<FlagData>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn ensure_flag(&mut self, flag: &str) -> usize {
        if let Some(&idx) = self.by_name.get(flag) {
            return idx;
        }
        self.flags.push(FlagData::default());
        let idx = self.flags.len() - 1;
        self.by_name.insert(flag.to_owned(), idx);
        idx
    }

    fn get_flag(&self, flag: &str) -> Option<&FlagData> {
        self.by_name.get(flag).map(|&i| &self.flags[i])
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        let idx = self.ensure_flag(flag);
        self.flags[idx].rollout = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        let idx = self.ensure_flag(flag);
        self.flags[idx].overrides.entry(user.to_owned()).or_default().allowed = true;
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        let idx = self.ensure_flag(flag);
        self.flags[idx].overrides.entry(user.to_owned()).or_default().denied = true;
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let Some(&idx) = self.by_name.get(flag) else {
            return false;
        };
        match self.flags[idx].overrides.remove(user) {
            Some(bits) => bits.allowed || bits.denied,
            None => false,
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some(data) = self.get_flag(flag) else {
            return false;
        };
        if let Some(bits) = data.overrides.get(user) {
            if bits.denied {
                return false;
            }
            if bits.allowed {
                return true;
            }
        }
        bucket(flag, user) < data.rollout
    }
}
