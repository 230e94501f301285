// learner: optimal
// idiom: one override map per flag with a bitmask value (ALLOW | DENY), and the maps themselves hashed with a hand-written FNV Hasher via BuildHasherDefault
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
use std::hash::{BuildHasherDefault, Hasher};

const OFFSET: u64 = 0xcbf29ce484222325;
const PRIME: u64 = 0x100000001b3;

/// FNV-1a as a `Hasher`, so the maps need no seeded hasher either.
#[derive(Debug)]
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(OFFSET)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ *b as u64).wrapping_mul(PRIME);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

type FnvMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h = Fnv::default();
    h.write(flag.as_bytes());
    h.write(&[0xFF]);
    h.write(user.as_bytes());
    (h.finish() % BUCKETS as u64) as u32
}

const ALLOW: u8 = 1;
const DENY: u8 = 2;

#[derive(Debug, Default)]
struct Rollout {
    basis_points: u32,
    overrides: FnvMap<String, u8>,
}

#[derive(Debug, Default)]
pub struct Flags {
    rollouts: FnvMap<String, Rollout>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn rollout(&mut self, flag: &str) -> &mut Rollout {
        self.rollouts.entry(flag.to_owned()).or_default()
    }

    fn mark(&mut self, flag: &str, user: &str, bit: u8) {
        let rollout = self.rollout(flag);
        match rollout.overrides.get_mut(user) {
            Some(bits) => *bits |= bit,
            None => {
                rollout.overrides.insert(user.to_owned(), bit);
            }
        }
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        match basis_points {
            0..=BUCKETS => {
                self.rollout(flag).basis_points = basis_points;
                Ok(())
            }
            too_high => Err(RolloutError::PercentageTooHigh(too_high)),
        }
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.mark(flag, user, ALLOW);
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.mark(flag, user, DENY);
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        self.rollouts
            .get_mut(flag)
            .and_then(|r| r.overrides.remove(user))
            .is_some()
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        match self.rollouts.get(flag) {
            None => false,
            Some(r) => match r.overrides.get(user).copied().unwrap_or(0) {
                bits if bits & DENY != 0 => false,
                bits if bits & ALLOW != 0 => true,
                _ => bucket(flag, user) < r.basis_points,
            },
        }
    }
}
