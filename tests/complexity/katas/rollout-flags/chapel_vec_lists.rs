// learner: slow
// idiom: Chapel HPC programmer: each flag record keeps its allow and deny lists as dense arrays (Vec<String>) appended to, membership by a linear scan of the array
// why: Flags::is_enabled and Flags::allow are O(L), L = length of the override lists, vs target O(1): contains/position walk the whole Vec
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
        h = (h ^ fb[i] as u64).wrapping_mul(0x100000001b3);
    }
    h = (h ^ 0xFF).wrapping_mul(0x100000001b3);
    let ub = user.as_bytes();
    for i in 0..ub.len() {
        h = (h ^ ub[i] as u64).wrapping_mul(0x100000001b3);
    }
    (h % BUCKETS as u64) as u32
}

#[derive(Debug, Default)]
struct FlagRecord {
    basisPoints: u32,
    allowList: Vec<String>,
    denyList: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Flags {
    table: HashMap<String, FlagRecord>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn rec(&mut self, flag: &str) -> &mut FlagRecord {
        self.table.entry(flag.to_string()).or_default()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.rec(flag).basisPoints = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        let r = self.rec(flag);
        if !r.allowList.iter().any(|u| u == user) {
            r.allowList.push(user.to_string());
        }
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        let r = self.rec(flag);
        if !r.denyList.iter().any(|u| u == user) {
            r.denyList.push(user.to_string());
        }
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let Some(r) = self.table.get_mut(flag) else { return false };
        let mut found = false;
        if let Some(p) = r.allowList.iter().position(|u| u == user) {
            r.allowList.remove(p);
            found = true;
        }
        if let Some(p) = r.denyList.iter().position(|u| u == user) {
            r.denyList.remove(p);
            found = true;
        }
        found
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some(r) = self.table.get(flag) else { return false };
        if r.denyList.iter().any(|u| u == user) {
            return false;
        }
        if r.allowList.iter().any(|u| u == user) {
            return true;
        }
        bucket(flag, user) < r.basisPoints
    }
}
