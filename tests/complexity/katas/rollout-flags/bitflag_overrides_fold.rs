// learner: optimal
// idiom: bucket as one fold over flag bytes.chain(once(0xFF)).chain(user bytes) with a const fn step; overrides as a per-flag HashMap<String, u8> of bit flags (ALLOW | DENY), Option combinators in is_enabled
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

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

const fn fnv_step(h: u64, byte: u8) -> u64 {
    (h ^ byte as u64).wrapping_mul(FNV_PRIME)
}

/// The stable bucket of `user` for `flag`: FNV-1a 64 over the bytes of `flag`, one `0xFF` byte,
/// then the bytes of `user`, reduced modulo [`BUCKETS`].
pub fn bucket(flag: &str, user: &str) -> u32 {
    let h = flag
        .bytes()
        .chain(std::iter::once(0xFF))
        .chain(user.bytes())
        .fold(FNV_OFFSET, fnv_step);
    (h % BUCKETS as u64) as u32
}

const ALLOW: u8 = 0b01;
const DENY: u8 = 0b10;

#[derive(Debug, Default)]
struct Flag {
    basis_points: u32,
    overrides: HashMap<String, u8>,
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
        if !self.flags.contains_key(flag) {
            self.flags.insert(flag.to_owned(), Flag::default());
        }
        self.flags.get_mut(flag).expect("just inserted")
    }

    fn mark(&mut self, flag: &str, user: &str, bit: u8) {
        let overrides = &mut self.flag_mut(flag).overrides;
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
        if basis_points > BUCKETS {
            return Err(RolloutError::PercentageTooHigh(basis_points));
        }
        self.flag_mut(flag).basis_points = basis_points;
        Ok(())
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
        self.flags
            .get_mut(flag)
            .and_then(|f| f.overrides.remove(user))
            .is_some()
    }

    /// Deny list, then allow list, then `bucket(flag, user) < basis_points`.
    /// An unknown flag is off for everyone.
    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        self.flags.get(flag).map_or(false, |f| {
            match f.overrides.get(user).copied().unwrap_or(0) {
                bits if bits & DENY != 0 => false,
                bits if bits & ALLOW != 0 => true,
                _ => bucket(flag, user) < f.basis_points,
            }
        })
    }
}
