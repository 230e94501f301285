// learner: optimal
// idiom: vala: a Flag object per name in a HashMap, allow/deny HashSets, a private feed_bytes helper for FNV-1a
// why: is_enabled/allow do a constant number of hash lookups (O(1) in flags and users); bucket reads each byte once, O(len) time and O(1) space
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

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

fn feed_bytes(mut h: u64, bytes: &[u8]) -> u64 {
    for b in bytes {
        h ^= *b as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h = feed_bytes(FNV_OFFSET, flag.as_bytes());
    h = feed_bytes(h, &[0xFF]);
    h = feed_bytes(h, user.as_bytes());
    (h % BUCKETS as u64) as u32
}

#[derive(Debug, Default)]
struct Flag {
    basis_points: u32,
    allow: HashSet<String>,
    deny: HashSet<String>,
}

impl Flag {
    fn get_basis_points(&self) -> u32 {
        self.basis_points
    }

    fn set_basis_points(&mut self, bp: u32) {
        self.basis_points = bp;
    }
}

#[derive(Debug, Default)]
pub struct Flags {
    flags: HashMap<String, Flag>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn lookup_or_create(&mut self, flag: &str) -> &mut Flag {
        if !self.flags.contains_key(flag) {
            self.flags.insert(flag.to_string(), Flag::default());
        }
        self.flags.get_mut(flag).unwrap()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.lookup_or_create(flag).set_basis_points(basis_points);
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.lookup_or_create(flag).allow.insert(user.to_string());
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.lookup_or_create(flag).deny.insert(user.to_string());
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        match self.flags.get_mut(flag) {
            Some(f) => {
                let was_allowed = f.allow.remove(user);
                let was_denied = f.deny.remove(user);
                was_allowed || was_denied
            }
            None => false,
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let f = match self.flags.get(flag) {
            Some(f) => f,
            None => return false,
        };
        if f.deny.contains(user) {
            return false;
        }
        if f.allow.contains(user) {
            return true;
        }
        bucket(flag, user) < f.get_basis_points()
    }
}
