// learner: optimal
// idiom: heavy generics: an Fnv1a Hasher + BuildHasherDefault used for bucket and for every map, generic helpers

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
use std::hash::{BuildHasher, BuildHasherDefault, Hasher};

/// FNV-1a 64 as a std `Hasher`.
struct Fnv1a(u64);

impl Default for Fnv1a {
    fn default() -> Self {
        Fnv1a(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv1a {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

type Fnv = BuildHasherDefault<Fnv1a>;
type Map<K, V> = HashMap<K, V, Fnv>;
type Set<T> = HashSet<T, Fnv>;

/// Feeds byte slices through any hasher built by `B`.
fn hash_parts<B: BuildHasher + Default>(parts: &[&[u8]]) -> u64 {
    let mut h = B::default().build_hasher();
    parts.iter().for_each(|p| h.write(p));
    h.finish()
}

pub fn bucket(flag: &str, user: &str) -> u32 {
    let h = hash_parts::<Fnv>(&[flag.as_bytes(), &[0xFF], user.as_bytes()]);
    (h % u64::from(BUCKETS)) as u32
}

#[derive(Debug, Default)]
struct Flag {
    basis_points: u32,
    allow: Set<String>,
    deny: Set<String>,
}

/// Inserts into any set, returning nothing (generic over the hasher).
fn add<S: BuildHasher>(set: &mut HashSet<String, S>, user: &str) {
    if !set.contains(user) {
        set.insert(user.to_owned());
    }
}

#[derive(Debug, Default)]
pub struct Flags {
    flags: Map<String, Flag>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn flag_mut(&mut self, flag: &str) -> &mut Flag {
        self.flags.entry(flag.to_owned()).or_default()
    }

    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.flag_mut(flag).basis_points = basis_points;
        Ok(())
    }

    pub fn allow(&mut self, flag: &str, user: &str) {
        add(&mut self.flag_mut(flag).allow, user);
    }

    pub fn deny(&mut self, flag: &str, user: &str) {
        add(&mut self.flag_mut(flag).deny, user);
    }

    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        self.flags
            .get_mut(flag)
            .map(|f| f.allow.remove(user) | f.deny.remove(user))
            .unwrap_or(false)
    }

    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        match self.flags.get(flag) {
            None => false,
            Some(f) if f.deny.contains(user) => false,
            Some(f) if f.allow.contains(user) => true,
            Some(f) => bucket(flag, user) < f.basis_points,
        }
    }
}
