// learner: optimal
// idiom: hand-rolled FNV Hasher + BuildHasher plugged into HashMap/HashSet, flags in a Vec arena indexed by name map
//! Deterministic percentage rollouts for feature flags: see README.md.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

#[derive(Debug, Clone, Copy)]
struct Fnv64(u64);

impl Default for Fnv64 {
    fn default() -> Self {
        Fnv64(0xcbf29ce484222325)
    }
}

impl Hasher for Fnv64 {
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

type Fast = BuildHasherDefault<Fnv64>;

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h = Fnv64::default();
    h.write(flag.as_bytes());
    h.write(&[0xFF]);
    h.write(user.as_bytes());
    (h.finish() % BUCKETS as u64) as u32
}

#[derive(Debug)]
struct Flag {
    bp: u32,
    allowed: HashSet<Box<str>, Fast>,
    denied: HashSet<Box<str>, Fast>,
}

#[derive(Debug, Default)]
pub struct Flags {
    index: HashMap<Box<str>, usize, Fast>,
    arena: Vec<Flag>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn slot(&mut self, flag: &str) -> usize {
        if let Some(&i) = self.index.get(flag) {
            return i;
        }
        let i = self.arena.len();
        self.arena.push(Flag { bp: 0, allowed: HashSet::default(), denied: HashSet::default() });
        self.index.insert(flag.into(), i);
        i
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        let i = self.slot(flag);
        self.arena[i].bp = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        let i = self.slot(flag);
        self.arena[i].allowed.insert(user.into());
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        let i = self.slot(flag);
        self.arena[i].denied.insert(user.into());
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let Some(&i) = self.index.get(flag) else { return false };
        let f = &mut self.arena[i];
        let was_allowed = f.allowed.remove(user);
        let was_denied = f.denied.remove(user);
        was_allowed | was_denied
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let i = match self.index.get(flag) {
            Some(&i) => i,
            None => return false,
        };
        let f = &self.arena[i];
        if f.denied.contains(user) {
            false
        } else if f.allowed.contains(user) {
            true
        } else {
            bucket(flag, user) < f.bp
        }
    }
}
