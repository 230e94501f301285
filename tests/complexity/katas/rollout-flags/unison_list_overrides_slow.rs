// learner: slow
// idiom: Unison: overrides as plain lists `[Text]`, membership by `List.contains`, a user added with `:+` unless already there
// why: allow and is_enabled scan the allow/deny Vec element by element: O(list length) per call where O(1) is the target
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
    allow: Vec<String>,
    deny: Vec<String>,
}

/// `List.contains user list`.
fn listed(list: &[String], user: &str) -> bool {
    list.iter().any(|u| u == user)
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

    fn flag_mut(&mut self, flag: &str) -> &mut Flag {
        self.flags.entry(flag.to_string()).or_default()
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
        if !listed(&f.allow, user) {
            f.allow.push(user.to_string());
        }
    }

    /// Never enable `flag` for `user`; wins over the allow list. Creates the flag at 0 % if needed.
    pub fn deny(&mut self, flag: &str, user: &str) {
        let f = self.flag_mut(flag);
        if !listed(&f.deny, user) {
            f.deny.push(user.to_string());
        }
    }

    /// Removes `user` from both override lists of `flag`. Returns whether it was on either.
    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        match self.flags.get_mut(flag) {
            None => false,
            Some(f) => {
                let before = f.allow.len() + f.deny.len();
                f.allow.retain(|u| u != user);
                f.deny.retain(|u| u != user);
                f.allow.len() + f.deny.len() != before
            }
        }
    }

    /// Deny list, then allow list, then `bucket(flag, user) < basis_points`.
    /// An unknown flag is off for everyone.
    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        match self.flags.get(flag) {
            None => false,
            Some(f) if listed(&f.deny, user) => false,
            Some(f) if listed(&f.allow, user) => true,
            Some(f) => bucket(flag, user) < f.basis_points,
        }
    }
}
