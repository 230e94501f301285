// learner: optimal
// idiom: one FNV-1a Hasher type reused for bucket() and as the maps' BuildHasher, Box<str> keys, Result combinators
//! Deterministic percentage rollouts for feature flags.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

pub const BUCKETS: u32 = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    PercentageTooHigh(u32),
}

struct Fnv1a(u64);

impl Default for Fnv1a {
    fn default() -> Self {
        Fnv1a(0xcbf29ce484222325)
    }
}

impl Hasher for Fnv1a {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        self.0 = bytes.iter().fold(self.0, |h, &b| (h ^ b as u64).wrapping_mul(0x100000001b3));
    }
}

type Stable = BuildHasherDefault<Fnv1a>;

pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h = Fnv1a::default();
    h.write(flag.as_bytes());
    h.write_u8(0xFF);
    h.write(user.as_bytes());
    (h.finish() % BUCKETS as u64) as u32
}

#[derive(Debug, Default)]
struct Rollout {
    share: u32,
    allowed: HashSet<Box<str>, Stable>,
    denied: HashSet<Box<str>, Stable>,
}

#[derive(Debug, Default)]
pub struct Flags {
    table: HashMap<Box<str>, Rollout, Stable>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn touch(&mut self, flag: &str) -> &mut Rollout {
        self.table.entry(flag.into()).or_default()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        let checked = if basis_points > BUCKETS { Err(RolloutError::PercentageTooHigh(basis_points)) } else { Ok(basis_points) };
        checked.map(|bp| self.touch(flag).share = bp)
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        self.touch(flag).allowed.insert(user.into());
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        self.touch(flag).denied.insert(user.into());
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let Some(r) = self.table.get_mut(flag) else { return false };
        let was_allowed = r.allowed.remove(user);
        let was_denied = r.denied.remove(user);
        was_allowed || was_denied
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let decide = |r: &Rollout| match (r.denied.contains(user), r.allowed.contains(user)) {
            (true, _) => false,
            (false, true) => true,
            (false, false) => bucket(flag, user) < r.share,
        };
        self.table.get(flag).is_some_and(decide)
    }
}
