// learner: optimal
// idiom: Ada-style: deterministic FNV BuildHasher for every map (no per-process seed anywhere), enum Decision state machine, range-checked Percent type
//! Deterministic percentage rollouts for feature flags: see README.md.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, Hasher};

/// Number of buckets: a rollout of `b` basis points enables buckets `0..b` (1 bp = 0.01 %).
pub const BUCKETS: u32 = 10_000;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
const SEPARATOR: u8 = 0xFF;

/// Why a flag update was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    /// More than [`BUCKETS`] basis points (over 100 %).
    PercentageTooHigh(u32),
}

/// FNV-1a state, usable both directly and as the maps' hasher.
#[derive(Clone, Copy)]
struct Fnv64(u64);

impl Default for Fnv64 {
    fn default() -> Self {
        Fnv64(FNV_OFFSET)
    }
}

impl Hasher for Fnv64 {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(FNV_PRIME);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[derive(Clone, Copy, Default, Debug)]
struct FnvBuild;

impl BuildHasher for FnvBuild {
    type Hasher = Fnv64;
    fn build_hasher(&self) -> Fnv64 {
        Fnv64::default()
    }
}

type Map<K, V> = HashMap<K, V, FnvBuild>;
type Set<K> = HashSet<K, FnvBuild>;

/// The stable bucket of `user` for `flag`: FNV-1a 64 over the bytes of `flag`, one `0xFF` byte,
/// then the bytes of `user`, reduced modulo [`BUCKETS`].
///
/// FNV-1a 64: start at `0xcbf29ce484222325`; per byte `h ^= byte; h = h.wrapping_mul(0x100000001b3)`.
pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h = Fnv64::default();
    h.write(flag.as_bytes());
    h.write(&[SEPARATOR]);
    h.write(user.as_bytes());
    let reduced = h.finish() % u64::from(BUCKETS);
    // reduced < 10_000, which always fits in u32
    u32::try_from(reduced).unwrap_or(BUCKETS - 1)
}

/// Basis points, guaranteed to lie in 0..=BUCKETS.
#[derive(Clone, Copy, Debug, Default)]
struct Percent(u32);

impl Percent {
    fn new(bp: u32) -> Result<Percent, RolloutError> {
        if bp <= BUCKETS {
            Ok(Percent(bp))
        } else {
            Err(RolloutError::PercentageTooHigh(bp))
        }
    }
}

#[derive(Debug, Default)]
struct Flag {
    rollout: Percent,
    allow: Set<String>,
    deny: Set<String>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Decision {
    Denied,
    Allowed,
    ByBucket,
}

/// A set of feature flags with percentage rollouts and per-user overrides.
#[derive(Debug, Default)]
pub struct Flags {
    table: Map<String, Flag>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn flag_mut(&mut self, flag: &str) -> &mut Flag {
        if !self.table.contains_key(flag) {
            self.table.insert(flag.to_owned(), Flag::default());
        }
        match self.table.get_mut(flag) {
            Some(f) => f,
            None => unreachable!("inserted just above"),
        }
    }

    /// Sets the share of users that get `flag`, in basis points (0..=10_000), creating the flag
    /// if needed. A value over 10_000 is refused and changes nothing.
    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        let checked = Percent::new(basis_points)?;
        self.flag_mut(flag).rollout = checked;
        Ok(())
    }

    /// Always enable `flag` for `user` (unless denied). Creates the flag at 0 % if needed.
    pub fn allow(&mut self, flag: &str, user: &str) {
        let f = self.flag_mut(flag);
        if !f.allow.contains(user) {
            f.allow.insert(user.to_owned());
        }
    }

    /// Never enable `flag` for `user`; wins over the allow list. Creates the flag at 0 % if needed.
    pub fn deny(&mut self, flag: &str, user: &str) {
        let f = self.flag_mut(flag);
        if !f.deny.contains(user) {
            f.deny.insert(user.to_owned());
        }
    }

    /// Removes `user` from both override lists of `flag`. Returns whether it was on either.
    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        match self.table.get_mut(flag) {
            None => false,
            Some(f) => {
                let a = f.allow.remove(user);
                let d = f.deny.remove(user);
                a | d
            }
        }
    }

    /// Deny list, then allow list, then `bucket(flag, user) < basis_points`.
    /// An unknown flag is off for everyone.
    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some(f) = self.table.get(flag) else {
            return false;
        };
        let decision = if f.deny.contains(user) {
            Decision::Denied
        } else if f.allow.contains(user) {
            Decision::Allowed
        } else {
            Decision::ByBucket
        };
        match decision {
            Decision::Denied => false,
            Decision::Allowed => true,
            Decision::ByBucket => bucket(flag, user) < f.rollout.0,
        }
    }
}
