// learner: slow
// idiom: Unison: the flags as an association list `[(Text, Flag)]`, found with `List.find`; the per-flag overrides are proper sets
// why: every call finds its flag by walking the list of all flags: O(number of flags) per is_enabled/allow where the target is independent of the number of flags
//! Deterministic percentage rollouts for feature flags: see README.md.

use std::collections::{HashMap, HashSet};

/// Number of buckets: a rollout of `b` basis points enables buckets `0..b` (1 bp = 0.01 %).
pub const BUCKETS: u32 = 10_000;

/// Why a flag update was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RolloutError {
    /// More than [`BUCKETS`] basis points (over 100 %).
    PercentageTooHigh(u32),
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

fn fnv1a(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// The stable bucket of `user` for `flag`: FNV-1a 64 over the bytes of `flag`, one `0xFF` byte,
/// then the bytes of `user`, reduced modulo [`BUCKETS`].
pub fn bucket(flag: &str, user: &str) -> u32 {
    let h = fnv1a(FNV_OFFSET, flag.as_bytes());
    let h = fnv1a(h, &[0xFF]);
    let h = fnv1a(h, user.as_bytes());
    (h % BUCKETS as u64) as u32
}

#[derive(Debug, Default)]
struct Flag {
    basis_points: u32,
    allow: HashSet<String>,
    deny: HashSet<String>,
}

/// A set of feature flags with percentage rollouts and per-user overrides.
#[derive(Debug, Default)]
pub struct Flags {
    flags: Vec<(String, Flag)>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn find(&self, flag: &str) -> Option<&Flag> {
        self.flags.iter().find(|(name, _)| name.as_str() == flag).map(|(_, f)| f)
    }

    fn find_or_add(&mut self, flag: &str) -> &mut Flag {
        let at = match self.flags.iter().enumerate().find(|(_, (name, _))| name.as_str() == flag) {
            Some((i, _)) => i,
            None => {
                self.flags.push((flag.to_string(), Flag::default()));
                self.flags.len() - 1
            }
        };
        &mut self.flags[at].1
    }

    /// Sets the share of users that get `flag`, in basis points (0..=10_000), creating the flag
    /// if needed. A value over 10_000 is refused and changes nothing.
    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.find_or_add(flag).basis_points = basis_points;
        Ok(())
    }

    /// Always enable `flag` for `user` (unless denied). Creates the flag at 0 % if needed.
    pub fn allow(&mut self, flag: &str, user: &str) {
        self.find_or_add(flag).allow.insert(user.to_string());
    }

    /// Never enable `flag` for `user`; wins over the allow list. Creates the flag at 0 % if needed.
    pub fn deny(&mut self, flag: &str, user: &str) {
        self.find_or_add(flag).deny.insert(user.to_string());
    }

    /// Removes `user` from both override lists of `flag`. Returns whether it was on either.
    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        match self.flags.iter_mut().find(|(name, _)| name.as_str() == flag) {
            None => false,
            Some((_, f)) => {
                let a = f.allow.remove(user);
                let d = f.deny.remove(user);
                a || d
            }
        }
    }

    /// Deny list, then allow list, then `bucket(flag, user) < basis_points`.
    /// An unknown flag is off for everyone.
    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        match self.find(flag) {
            None => false,
            Some(f) if f.deny.contains(user) => false,
            Some(f) if f.allow.contains(user) => true,
            Some(f) => bucket(flag, user) < f.basis_points,
        }
    }
}
