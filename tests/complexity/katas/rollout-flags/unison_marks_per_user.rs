// learner: optimal
// idiom: Unison: one map of per-user override marks (a tiny structural record {allowed, denied}) instead of two sets; bucket as a single fold over the chained byte streams
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
pub fn bucket(flag: &str, user: &str) -> u32 {
    let h = flag
        .bytes()
        .chain(std::iter::once(0xFFu8))
        .chain(user.bytes())
        .fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
    (h % u64::from(BUCKETS)) as u32
}

/// What a user's overrides say; a user with neither mark has no entry.
#[derive(Debug, Default, Clone, Copy)]
struct Marks {
    allowed: bool,
    denied: bool,
}

#[derive(Debug, Default)]
struct FlagState {
    basis_points: u32,
    marks: HashMap<String, Marks>,
}

/// A set of feature flags with percentage rollouts and per-user overrides.
#[derive(Debug, Default)]
pub struct Flags {
    by_name: HashMap<String, FlagState>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn state(&mut self, flag: &str) -> &mut FlagState {
        if !self.by_name.contains_key(flag) {
            self.by_name.insert(flag.to_owned(), FlagState::default());
        }
        self.by_name.get_mut(flag).expect("just inserted")
    }

    fn mark(&mut self, flag: &str, user: &str) -> &mut Marks {
        self.state(flag).marks.entry(user.to_owned()).or_default()
    }

    /// Sets the share of users that get `flag`, in basis points (0..=10_000), creating the flag
    /// if needed. A value over 10_000 is refused and changes nothing.
    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        match basis_points {
            0..=BUCKETS => {
                self.state(flag).basis_points = basis_points;
                Ok(())
            }
            too_high => Err(RolloutError::PercentageTooHigh(too_high)),
        }
    }

    /// Always enable `flag` for `user` (unless denied). Creates the flag at 0 % if needed.
    pub fn allow(&mut self, flag: &str, user: &str) {
        self.mark(flag, user).allowed = true;
    }

    /// Never enable `flag` for `user`; wins over the allow list. Creates the flag at 0 % if needed.
    pub fn deny(&mut self, flag: &str, user: &str) {
        self.mark(flag, user).denied = true;
    }

    /// Removes `user` from both override lists of `flag`. Returns whether it was on either.
    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        self.by_name
            .get_mut(flag)
            .and_then(|s| s.marks.remove(user))
            .map_or(false, |m| m.allowed || m.denied)
    }

    /// Deny list, then allow list, then `bucket(flag, user) < basis_points`.
    /// An unknown flag is off for everyone.
    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        let Some(state) = self.by_name.get(flag) else {
            return false;
        };
        match state.marks.get(user) {
            Some(Marks { denied: true, .. }) => false,
            Some(Marks { allowed: true, .. }) => true,
            _ => bucket(flag, user) < state.basis_points,
        }
    }
}
