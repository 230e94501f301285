// learner: slow
// why: Flags::is_enabled and Flags::allow are O(list length) time, target O(1): strongly typed UserId records in a Vec, searched with an explicit bounded loop (allow checks for duplicates first)
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

/// The stable bucket of `user` for `flag`: FNV-1a 64 over the bytes of `flag`, one `0xFF` byte,
/// then the bytes of `user`, reduced modulo [`BUCKETS`].
///
/// FNV-1a 64: start at `0xcbf29ce484222325`; per byte `h ^= byte; h = h.wrapping_mul(0x100000001b3)`.
pub fn bucket(flag: &str, user: &str) -> u32 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut step = |b: u8| {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    };
    flag.bytes().for_each(&mut step);
    step(0xFF);
    user.bytes().for_each(&mut step);
    u32::try_from(h % u64::from(BUCKETS)).unwrap_or(0)
}

/// A user identifier: distinct type so it cannot be mixed up with a flag name.
#[derive(Debug, Clone, PartialEq, Eq)]
struct UserId(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Allow,
    Deny,
}

#[derive(Debug)]
struct Override {
    user: UserId,
    kind: Kind,
}

#[derive(Debug, Default)]
struct FlagRecord {
    basis_points: u32,
    overrides: Vec<Override>,
}

impl FlagRecord {
    fn has(&self, user: &str, kind: Kind) -> bool {
        let mut i: usize = 0;
        while i < self.overrides.len() {
            let o = &self.overrides[i];
            if o.kind == kind && o.user.0 == user {
                return true;
            }
            i += 1;
        }
        false
    }

    fn add(&mut self, user: &str, kind: Kind) {
        if !self.has(user, kind) {
            self.overrides.push(Override { user: UserId(user.to_owned()), kind });
        }
    }
}

/// A set of feature flags with percentage rollouts and per-user overrides.
#[derive(Debug, Default)]
pub struct Flags {
    records: HashMap<String, FlagRecord>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn record(&mut self, flag: &str) -> &mut FlagRecord {
        self.records.entry(flag.to_owned()).or_default()
    }

    /// Sets the share of users that get `flag`, in basis points (0..=10_000), creating the flag
    /// if needed. A value over 10_000 is refused and changes nothing.
    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.record(flag).basis_points = basis_points;
        Ok(())
    }

    /// Always enable `flag` for `user` (unless denied). Creates the flag at 0 % if needed.
    pub fn allow(&mut self, flag: &str, user: &str) {
        self.record(flag).add(user, Kind::Allow);
    }

    /// Never enable `flag` for `user`; wins over the allow list. Creates the flag at 0 % if needed.
    pub fn deny(&mut self, flag: &str, user: &str) {
        self.record(flag).add(user, Kind::Deny);
    }

    /// Removes `user` from both override lists of `flag`. Returns whether it was on either.
    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        let Some(r) = self.records.get_mut(flag) else {
            return false;
        };
        let before = r.overrides.len();
        r.overrides.retain(|o| o.user.0 != user);
        r.overrides.len() != before
    }

    /// Deny list, then allow list, then `bucket(flag, user) < basis_points`.
    /// An unknown flag is off for everyone.
    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some(r) = self.records.get(flag) else {
            return false;
        };
        if r.has(user, Kind::Deny) {
            return false;
        }
        if r.has(user, Kind::Allow) {
            return true;
        }
        bucket(flag, user) < r.basis_points
    }
}
