// learner: optimal
// idiom: one override map per flag with a bitmask (ALLOW | DENY) per user, entry API, iterator fold for the hash, Option combinators
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
    let h = flag
        .bytes()
        .chain(std::iter::once(0xFF))
        .chain(user.bytes())
        .fold(0xcbf29ce484222325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100000001b3));
    (h % u64::from(BUCKETS)) as u32
}

const ALLOW: u8 = 0b01;
const DENY: u8 = 0b10;

#[derive(Debug, Default)]
struct Rule {
    bp: u32,
    overrides: HashMap<String, u8>,
}

/// A set of feature flags with percentage rollouts and per-user overrides.
#[derive(Debug, Default)]
pub struct Flags {
    rules: HashMap<String, Rule>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn rule(&mut self, flag: &str) -> &mut Rule {
        self.rules.entry(flag.to_owned()).or_default()
    }

    fn mark(&mut self, flag: &str, user: &str, bit: u8) {
        let overrides = &mut self.rule(flag).overrides;
        match overrides.get_mut(user) {
            Some(bits) => *bits |= bit,
            None => {
                overrides.insert(user.to_owned(), bit);
            }
        }
    }

    /// Sets the share of users that get `flag`, in basis points (0..=10_000), creating the flag
    /// if needed. A value over 10_000 is refused and changes nothing.
    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        (basis_points <= BUCKETS)
            .then(|| self.rule(flag).bp = basis_points)
            .ok_or(RolloutError::PercentageTooHigh(basis_points))
    }

    /// Always enable `flag` for `user` (unless denied). Creates the flag at 0 % if needed.
    pub fn allow(&mut self, flag: &str, user: &str) {
        self.mark(flag, user, ALLOW);
    }

    /// Never enable `flag` for `user`; wins over the allow list. Creates the flag at 0 % if needed.
    pub fn deny(&mut self, flag: &str, user: &str) {
        self.mark(flag, user, DENY);
    }

    /// Removes `user` from both override lists of `flag`. Returns whether it was on either.
    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        self.rules
            .get_mut(flag)
            .and_then(|r| r.overrides.remove(user))
            .is_some_and(|bits| bits != 0)
    }

    /// Deny list, then allow list, then `bucket(flag, user) < basis_points`.
    /// An unknown flag is off for everyone.
    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        self.rules.get(flag).is_some_and(|r| match r.overrides.get(user).copied().unwrap_or(0) {
            bits if bits & DENY != 0 => false,
            bits if bits & ALLOW != 0 => true,
            _ => bucket(flag, user) < r.bp,
        })
    }
}
