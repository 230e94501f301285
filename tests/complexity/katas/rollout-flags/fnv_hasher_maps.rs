// learner: optimal
// idiom: a hand-written FNV-1a Hasher struct used both for bucket and (via BuildHasherDefault) for the maps; while loop over byte indices
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
use std::hash::{BuildHasherDefault, Hasher};

#[derive(Clone, Copy)]
struct Fnv1a(u64);

impl Default for Fnv1a {
    fn default() -> Self {
        Fnv1a(0xcbf29ce484222325)
    }
}

impl Hasher for Fnv1a {
    fn write(&mut self, bytes: &[u8]) {
        let mut i = 0;
        while i < bytes.len() {
            self.0 ^= bytes[i] as u64;
            self.0 = self.0.wrapping_mul(0x100000001b3);
            i += 1;
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type FnvBuild = BuildHasherDefault<Fnv1a>;

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h = Fnv1a::default();
    h.write(flag.as_bytes());
    h.write(&[0xFF]);
    h.write(user.as_bytes());
    (h.finish() % 10_000) as u32
}

#[derive(Debug, Default)]
struct Settings {
    bp: u32,
    allowed: HashSet<String, FnvBuild>,
    denied: HashSet<String, FnvBuild>,
}

#[derive(Debug, Default)]
pub struct Flags {
    table: HashMap<String, Settings, FnvBuild>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            Err(RolloutError::PercentageTooHigh(basis_points))
        } else {
            self.table.entry(flag.into()).or_default().bp = basis_points;
            Ok(())
        }
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        let s = self.table.entry(flag.into()).or_default();
        s.allowed.insert(user.into());
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        let s = self.table.entry(flag.into()).or_default();
        s.denied.insert(user.into());
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        if let Some(s) = self.table.get_mut(flag) {
            let was_allowed = s.allowed.remove(user);
            let was_denied = s.denied.remove(user);
            was_allowed | was_denied
        } else {
            false
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        match self.table.get(flag) {
            None => false,
            Some(s) if s.denied.contains(user) => false,
            Some(s) if s.allowed.contains(user) => true,
            Some(s) => bucket(flag, user) < s.bp,
        }
    }
}
