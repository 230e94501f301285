// learner: optimal
// idiom: hand-rolled FNV-1a std::hash::Hasher plugged into the maps (BuildHasherDefault), bit flags per user (1 = allow, 2 = deny), bucket reuses the same Hasher
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

struct Fnv1a(u64);

impl Default for Fnv1a {
    fn default() -> Self {
        Fnv1a(0xcbf29ce484222325)
    }
}

impl Hasher for Fnv1a {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x100000001b3);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

type FnvMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv1a>>;

const ALLOW: u8 = 1;
const DENY: u8 = 2;

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h = Fnv1a::default();
    h.write(flag.as_bytes());
    h.write(&[0xFF]);
    h.write(user.as_bytes());
    (h.finish() % u64::from(BUCKETS)) as u32
}

#[derive(Debug, Default)]
pub struct Flags {
    rollout: FnvMap<String, u32>,
    marks: FnvMap<String, FnvMap<String, u8>>,
}

impl std::fmt::Debug for Fnv1a {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Fnv1a({:#x})", self.0)
    }
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn touch(&mut self, flag: &str) {
        if !self.rollout.contains_key(flag) {
            self.rollout.insert(flag.to_owned(), 0);
        }
    }

    fn mark(&mut self, flag: &str, user: &str, bit: u8) {
        self.touch(flag);
        let users = match self.marks.get_mut(flag) {
            Some(users) => users,
            None => self.marks.entry(flag.to_owned()).or_default(),
        };
        match users.get_mut(user) {
            Some(bits) => *bits |= bit,
            None => {
                users.insert(user.to_owned(), bit);
            }
        }
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        (basis_points <= BUCKETS)
            .then(|| {
                self.touch(flag);
                self.rollout.insert(flag.to_owned(), basis_points);
            })
            .ok_or(RolloutError::PercentageTooHigh(basis_points))
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.mark(flag, user, ALLOW)
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.mark(flag, user, DENY)
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        self.marks
            .get_mut(flag)
            .and_then(|users| users.remove(user))
            .map_or(false, |bits| bits != 0)
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some(&bp) = self.rollout.get(flag) else { return false };
        let bits = self.marks.get(flag).and_then(|u| u.get(user)).copied().unwrap_or(0);
        if bits & DENY != 0 {
            false
        } else if bits & ALLOW != 0 {
            true
        } else {
            bucket(flag, user) < bp
        }
    }
}
