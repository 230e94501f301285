// learner: optimal
// idiom: flags in a Vec arena indexed through a HashMap of names, HashSet override lists
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

/// The stable bucket of `user` for `flag`: FNV-1a 64 over the bytes of `flag`, one `0xFF` byte,
/// then the bytes of `user`, reduced modulo [`BUCKETS`].
pub fn bucket(flag: &str, user: &str) -> u32 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut h = OFFSET;
    // 0xFF never occurs in UTF-8, so ("ab", "c") and ("a", "bc") cannot collide by construction.
    for &b in flag.as_bytes().iter().chain(&[0xFF]).chain(user.as_bytes()) {
        h ^= u64::from(b);
        h = h.wrapping_mul(PRIME);
    }
    (h % u64::from(BUCKETS)) as u32
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
    /// Flag name -> slot in `flags`.
    index: HashMap<String, usize>,
    flags: Vec<Flag>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn flag_mut(&mut self, flag: &str) -> &mut Flag {
        let next = self.flags.len();
        let slot = *self.index.entry(flag.to_string()).or_insert(next);
        if slot == next {
            self.flags.push(Flag::default());
        }
        &mut self.flags[slot]
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
        self.flag_mut(flag).allow.insert(user.to_string());
    }

    /// Never enable `flag` for `user`; wins over the allow list. Creates the flag at 0 % if needed.
    pub fn deny(&mut self, flag: &str, user: &str) {
        self.flag_mut(flag).deny.insert(user.to_string());
    }

    /// Removes `user` from both override lists of `flag`. Returns whether it was on either.
    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        match self.index.get(flag).copied() {
            Some(slot) => {
                let f = &mut self.flags[slot];
                let a = f.allow.remove(user);
                let d = f.deny.remove(user);
                a || d
            }
            None => false,
        }
    }

    /// Deny list, then allow list, then `bucket(flag, user) < basis_points`.
    /// An unknown flag is off for everyone.
    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some(&slot) = self.index.get(flag) else {
            return false;
        };
        let f = &self.flags[slot];
        if f.deny.contains(user) {
            return false;
        }
        if f.allow.contains(user) {
            return true;
        }
        bucket(flag, user) < f.basis_points
    }
}
