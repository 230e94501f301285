// learner: slow
// why: Flags::is_enabled is O(list length) time, target O(1): allow/deny lists kept as PHP-style arrays (Vec<String>) checked with in_array-like contains
//! Deterministic percentage rollouts for feature flags: see README.md.

use std::collections::HashMap;

/// Number of buckets: a rollout of `b` basis points enables buckets `0..b` (1 bp = 0.01 %).
pub const BUCKETS: u32 = 10_000;

/// Why a flag update was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    /// More than [`BUCKETS`] basis points (over 100 %).
    PercentageTooHigh(u32),
}

fn fnv_feed(mut hash: u64, bytes: &[u8]) -> u64 {
    for b in bytes {
        hash ^= *b as u64;
        hash = hash.wrapping_mul(0x100000001b3);
    }
    hash
}

/// The stable bucket of `user` for `flag`: FNV-1a 64 over the bytes of `flag`, one `0xFF` byte,
/// then the bytes of `user`, reduced modulo [`BUCKETS`].
///
/// FNV-1a 64: start at `0xcbf29ce484222325`; per byte `h ^= byte; h = h.wrapping_mul(0x100000001b3)`.
pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut hash = fnv_feed(0xcbf29ce484222325, flag.as_bytes());
    hash = fnv_feed(hash, &[0xFF]);
    hash = fnv_feed(hash, user.as_bytes());
    (hash % 10_000) as u32
}

#[derive(Debug, Default)]
struct FlagData {
    percent: u32,
    allow_list: Vec<String>,
    deny_list: Vec<String>,
}

/// A set of feature flags with percentage rollouts and per-user overrides.
#[derive(Debug, Default)]
pub struct Flags {
    all: HashMap<String, FlagData>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the share of users that get `flag`, in basis points (0..=10_000), creating the flag
    /// if needed. A value over 10_000 is refused and changes nothing.
    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.all.entry(flag.to_string()).or_default().percent = basis_points;
        Ok(())
    }

    /// Always enable `flag` for `user` (unless denied). Creates the flag at 0 % if needed.
    pub fn allow(&mut self, flag: &str, user: &str) {
        let data = self.all.entry(flag.to_string()).or_default();
        data.allow_list.push(user.to_string());
    }

    /// Never enable `flag` for `user`; wins over the allow list. Creates the flag at 0 % if needed.
    pub fn deny(&mut self, flag: &str, user: &str) {
        let data = self.all.entry(flag.to_string()).or_default();
        data.deny_list.push(user.to_string());
    }

    /// Removes `user` from both override lists of `flag`. Returns whether it was on either.
    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        match self.all.get_mut(flag) {
            Some(data) => {
                let before = data.allow_list.len() + data.deny_list.len();
                data.allow_list.retain(|u| u != user);
                data.deny_list.retain(|u| u != user);
                before != data.allow_list.len() + data.deny_list.len()
            }
            None => false,
        }
    }

    /// Deny list, then allow list, then `bucket(flag, user) < basis_points`.
    /// An unknown flag is off for everyone.
    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        if let Some(data) = self.all.get(flag) {
            if data.deny_list.contains(&user.to_string()) {
                return false;
            }
            if data.allow_list.contains(&user.to_string()) {
                return true;
            }
            return bucket(flag, user) < data.percent;
        }
        false
    }
}
