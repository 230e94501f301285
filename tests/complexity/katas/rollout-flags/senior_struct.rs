// learner: optimal
// idiom: documented senior style, Flag struct with named sets, FNV helpers with consts, debug_assert on bucket range
//! Deterministic percentage rollouts for feature flags: see README.md.

use std::collections::{HashMap, HashSet};

/// Number of buckets: a rollout of `b` basis points enables buckets `0..b` (1 bp = 0.01 %).
pub const BUCKETS: u32 = 10_000;

const FNV_OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
/// Separates the flag from the user id; it never occurs in UTF-8.
const SEPARATOR: u8 = 0xFF;

/// Why a flag update was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    /// More than [`BUCKETS`] basis points (over 100 %).
    PercentageTooHigh(u32),
}

/// Feeds `bytes` into an FNV-1a 64 state.
fn fnv1a(mut hash: u64, bytes: &[u8]) -> u64 {
    for &byte in bytes {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(FNV_PRIME);
    }
    hash
}

/// The stable bucket of `user` for `flag`: FNV-1a 64 over the bytes of `flag`, one `0xFF` byte,
/// then the bytes of `user`, reduced modulo [`BUCKETS`].
pub fn bucket(flag: &str, user: &str) -> u32 {
    let hash = fnv1a(FNV_OFFSET_BASIS, flag.as_bytes());
    let hash = fnv1a(hash, &[SEPARATOR]);
    let hash = fnv1a(hash, user.as_bytes());
    let b = (hash % u64::from(BUCKETS)) as u32;
    debug_assert!(b < BUCKETS);
    b
}

/// One flag: its rollout threshold and its two override lists.
#[derive(Debug, Default)]
struct Flag {
    basis_points: u32,
    allowed: HashSet<String>,
    denied: HashSet<String>,
}

/// A set of feature flags with percentage rollouts and per-user overrides.
#[derive(Debug, Default)]
pub struct Flags {
    flags: HashMap<String, Flag>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    /// The flag named `name`, created at 0 % if missing. Allocates the name
    /// only when the flag is new.
    fn flag_mut(&mut self, name: &str) -> &mut Flag {
        if !self.flags.contains_key(name) {
            self.flags.insert(name.to_owned(), Flag::default());
        }
        self.flags.get_mut(name).expect("inserted above")
    }

    /// Sets the share of users that get `flag`, in basis points (0..=10_000), creating the flag
    /// if needed. A value over 10_000 is refused and changes nothing.
    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.flag_mut(flag).basis_points = basis_points;
        Ok(())
    }

    /// Always enable `flag` for `user` (unless denied). Creates the flag at 0 % if needed.
    pub fn allow(&mut self, flag: &str, user: &str) {
        let f = self.flag_mut(flag);
        if !f.allowed.contains(user) {
            f.allowed.insert(user.to_owned());
        }
    }

    /// Never enable `flag` for `user`; wins over the allow list. Creates the flag at 0 % if needed.
    pub fn deny(&mut self, flag: &str, user: &str) {
        let f = self.flag_mut(flag);
        if !f.denied.contains(user) {
            f.denied.insert(user.to_owned());
        }
    }

    /// Removes `user` from both override lists of `flag`. Returns whether it was on either.
    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let Some(f) = self.flags.get_mut(flag) else {
            return false;
        };
        // Both removals must run: no short-circuit.
        let was_allowed = f.allowed.remove(user);
        let was_denied = f.denied.remove(user);
        was_allowed || was_denied
    }

    /// Deny list, then allow list, then `bucket(flag, user) < basis_points`.
    /// An unknown flag is off for everyone.
    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        match self.flags.get(flag) {
            None => false,
            Some(f) if f.denied.contains(user) => false,
            Some(f) if f.allowed.contains(user) => true,
            Some(f) => bucket(flag, user) < f.basis_points,
        }
    }
}
