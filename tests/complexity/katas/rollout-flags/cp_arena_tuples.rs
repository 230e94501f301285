// learner: optimal
// idiom: competitive-programmer style: flags in a Vec arena of (bp, allow, deny) tuples indexed through a HashMap<String, usize>, byte loop for FNV
//! Deterministic percentage rollouts for feature flags: see README.md.

/// Number of buckets: a rollout of `b` basis points enables buckets `0..b` (1 bp = 0.01 %).
pub const BUCKETS: u32 = 10_000;

/// Why a flag update was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    /// More than [`BUCKETS`] basis points (over 100 %).
    PercentageTooHigh(u32),
}

use std::collections::{HashMap, HashSet};

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &c in flag.as_bytes() {
        h ^= c as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h ^= 0xff;
    h = h.wrapping_mul(0x100000001b3);
    for &c in user.as_bytes() {
        h ^= c as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    (h % 10_000) as u32
}

#[derive(Debug, Default)]
pub struct Flags {
    id: HashMap<String, usize>,
    v: Vec<(u32, HashSet<String>, HashSet<String>)>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn g(&mut self, f: &str) -> usize {
        if let Some(&i) = self.id.get(f) {
            return i;
        }
        let i = self.v.len();
        self.v.push((0, HashSet::new(), HashSet::new()));
        self.id.insert(f.to_string(), i);
        i
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        let i = self.g(flag);
        self.v[i].0 = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        let i = self.g(flag);
        self.v[i].1.insert(user.to_string());
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        let i = self.g(flag);
        self.v[i].2.insert(user.to_string());
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let i = match self.id.get(flag) {
            Some(&i) => i,
            None => return false,
        };
        let a = self.v[i].1.remove(user);
        let d = self.v[i].2.remove(user);
        a | d
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let i = match self.id.get(flag) {
            Some(&i) => i,
            None => return false,
        };
        let (b, a, d) = &self.v[i];
        !d.contains(user) && (a.contains(user) || bucket(flag, user) < *b)
    }
}
