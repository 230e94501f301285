// learner: optimal
// idiom: PHP-style: HashMap<String, FlagConfig> "config array", HashSet lists, get_or_create helper, if/return chain
//! Deterministic percentage rollouts for feature flags: see README.md.

use std::collections::HashMap;
use std::collections::HashSet;

/// Number of buckets: a rollout of `b` basis points enables buckets `0..b` (1 bp = 0.01 %).
pub const BUCKETS: u32 = 10_000;

/// Why a flag update was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    /// More than [`BUCKETS`] basis points (over 100 %).
    PercentageTooHigh(u32),
}

/// The stable bucket of `user` for `flag`: FNV-1a 64 over the bytes of `flag`, one `0xFF` byte,
/// then the bytes of `user`, reduced modulo [`BUCKETS`].
///
/// FNV-1a 64: start at `0xcbf29ce484222325`; per byte `h ^= byte; h = h.wrapping_mul(0x100000001b3)`.
pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut hash: u64 = 0xcbf29ce484222325;
    for b in flag.bytes() {
        hash ^= b as u64;
        hash = hash.wrapping_mul(0x100000001b3);
    }
    hash ^= 0xFF;
    hash = hash.wrapping_mul(0x100000001b3);
    for b in user.bytes() {
        hash ^= b as u64;
        hash = hash.wrapping_mul(0x100000001b3);
    }
    (hash % BUCKETS as u64) as u32
}

#[derive(Debug, Default)]
struct FlagConfig {
    basis_points: u32,
    allowed: HashSet<String>,
    denied: HashSet<String>,
}

/// A set of feature flags with percentage rollouts and per-user overrides.
#[derive(Debug, Default)]
pub struct Flags {
    flags: HashMap<String, FlagConfig>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn get_or_create(&mut self, flag: &str) -> &mut FlagConfig {
        if !self.flags.contains_key(flag) {
            self.flags.insert(flag.to_string(), FlagConfig::default());
        }
        self.flags.get_mut(flag).unwrap()
    }

    /// Sets the share of users that get `flag`, in basis points (0..=10_000), creating the flag
    /// if needed. A value over 10_000 is refused and changes nothing.
    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.get_or_create(flag).basis_points = basis_points;
        Ok(())
    }

    /// Always enable `flag` for `user` (unless denied). Creates the flag at 0 % if needed.
    pub fn allow(&mut self, flag: &str, user: &str) {
        let config = self.get_or_create(flag);
        if !config.allowed.contains(user) {
            config.allowed.insert(user.to_string());
        }
    }

    /// Never enable `flag` for `user`; wins over the allow list. Creates the flag at 0 % if needed.
    pub fn deny(&mut self, flag: &str, user: &str) {
        let config = self.get_or_create(flag);
        if !config.denied.contains(user) {
            config.denied.insert(user.to_string());
        }
    }

    /// Removes `user` from both override lists of `flag`. Returns whether it was on either.
    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let config = match self.flags.get_mut(flag) {
            Some(c) => c,
            None => return false,
        };
        let was_allowed = config.allowed.remove(user);
        let was_denied = config.denied.remove(user);
        was_allowed || was_denied
    }

    /// Deny list, then allow list, then `bucket(flag, user) < basis_points`.
    /// An unknown flag is off for everyone.
    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let config = match self.flags.get(flag) {
            Some(c) => c,
            None => return false,
        };
        if config.denied.contains(user) {
            return false;
        }
        if config.allowed.contains(user) {
            return true;
        }
        bucket(flag, user) < config.basis_points
    }
}
