// learner: optimal
// idiom: flags in a Vec arena indexed through a HashMap, override sets use a hand-written FNV BuildHasher, Box<str> keys
//! Deterministic percentage rollouts for feature flags: see README.md.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

/// FNV-1a as a std Hasher, reused both for `bucket` and for the maps.
#[derive(Clone, Copy)]
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf29ce484222325)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= *b as u64;
            self.0 = self.0.wrapping_mul(0x100000001b3);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

type FnvBuild = BuildHasherDefault<Fnv>;

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h = Fnv::default();
    h.write(flag.as_bytes());
    h.write(&[0xFF]);
    h.write(user.as_bytes());
    (h.finish() % u64::from(BUCKETS)) as u32
}

#[derive(Debug, Default)]
struct Entry {
    bp: u32,
    allow: HashSet<Box<str>, FnvBuild>,
    deny: HashSet<Box<str>, FnvBuild>,
}

#[derive(Debug, Default)]
pub struct Flags {
    index: HashMap<Box<str>, usize, FnvBuild>,
    entries: Vec<Entry>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn slot(&mut self, flag: &str) -> usize {
        if let Some(&i) = self.index.get(flag) {
            return i;
        }
        let i = self.entries.len();
        self.entries.push(Entry::default());
        self.index.insert(flag.into(), i);
        i
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            Err(RolloutError::PercentageTooHigh(basis_points))
        } else {
            let i = self.slot(flag);
            self.entries[i].bp = basis_points;
            Ok(())
        }
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        let i = self.slot(flag);
        if !self.entries[i].allow.contains(user) {
            self.entries[i].allow.insert(user.into());
        }
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        let i = self.slot(flag);
        self.entries[i].deny.insert(user.into());
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        if let Some(&i) = self.index.get(flag) {
            let e = &mut self.entries[i];
            let was_allowed = e.allow.remove(user);
            let was_denied = e.deny.remove(user);
            was_allowed | was_denied
        } else {
            false
        }
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        if let Some(&i) = self.index.get(flag) {
            let e = &self.entries[i];
            if e.deny.contains(user) {
                false
            } else if e.allow.contains(user) {
                true
            } else {
                bucket(flag, user) < e.bp
            }
        } else {
            false
        }
    }
}
