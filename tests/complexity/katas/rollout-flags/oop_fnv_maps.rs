// learner: optimal
// idiom: OOP: a Fnv1a struct implementing Hasher, its own FnvState implementing BuildHasher so the maps hash deterministically too; FlagState with methods; bucket reuses the hasher
//! Feature flags with percentage rollouts.
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, Hasher};

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

#[derive(Debug, Clone, Copy)]
pub struct Fnv1a(u64);

impl Default for Fnv1a {
    fn default() -> Self {
        Fnv1a(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv1a {
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= *b as u64;
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

#[derive(Debug, Clone, Copy, Default)]
pub struct FnvState;

impl BuildHasher for FnvState {
    type Hasher = Fnv1a;
    fn build_hasher(&self) -> Fnv1a {
        Fnv1a::default()
    }
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h = Fnv1a::default();
    h.write(flag.as_bytes());
    h.write(&[0xFF]);
    h.write(user.as_bytes());
    (h.finish() % BUCKETS as u64) as u32
}

type Set = HashSet<String, FnvState>;

#[derive(Debug, Default)]
struct FlagState {
    share: u32,
    allowed: Set,
    denied: Set,
}

impl FlagState {
    fn decide(&self, flag: &str, user: &str) -> bool {
        if self.denied.contains(user) {
            false
        } else if self.allowed.contains(user) {
            true
        } else {
            bucket(flag, user) < self.share
        }
    }

    fn forget(&mut self, user: &str) -> bool {
        let was_allowed = self.allowed.remove(user);
        self.denied.remove(user) | was_allowed
    }
}

#[derive(Debug, Default)]
pub struct Flags {
    by_name: HashMap<String, FlagState, FnvState>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn state(&mut self, flag: &str) -> &mut FlagState {
        self.by_name.entry(flag.to_string()).or_default()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            Err(RolloutError::PercentageTooHigh(basis_points))
        } else {
            self.state(flag).share = basis_points;
            Ok(())
        }
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.state(flag).allowed.insert(user.to_string());
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.state(flag).denied.insert(user.to_string());
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        self.by_name.get_mut(flag).map_or(false, |s| s.forget(user))
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        self.by_name.get(flag).map_or(false, |s| s.decide(flag, user))
    }
}
