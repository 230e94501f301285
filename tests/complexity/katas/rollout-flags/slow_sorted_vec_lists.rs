// learner: slow
// why: Flags::allow is O(n) time, target O(1) (and is_enabled O(log n)): override lists are sorted Vec<String>s; binary_search finds the slot but insert shifts the tail
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

fn feed<I: IntoIterator<Item = u8>>(mut h: u64, bytes: I) -> u64 {
    let mut it = bytes.into_iter();
    loop {
        match it.next() {
            Some(b) => {
                h ^= b as u64;
                h = h.wrapping_mul(0x100000001b3);
            }
            None => return h,
        }
    }
}

/// The stable bucket of `user` for `flag`: FNV-1a 64 over the bytes of `flag`, one `0xFF` byte,
/// then the bytes of `user`, reduced modulo [`BUCKETS`].
pub fn bucket(flag: &str, user: &str) -> u32 {
    let h = 0xcbf29ce484222325u64;
    let h = feed(h, flag.bytes());
    let h = feed(h, [0xFFu8]);
    let h = feed(h, user.bytes());
    (h % u64::from(BUCKETS)) as u32
}

fn has_sorted(list: &[String], user: &str) -> bool {
    list.binary_search_by(|u| u.as_str().cmp(user)).is_ok()
}

fn add_sorted(list: &mut Vec<String>, user: &str) {
    if let Err(at) = list.binary_search_by(|u| u.as_str().cmp(user)) {
        list.insert(at, user.to_string());
    }
}

fn take_sorted(list: &mut Vec<String>, user: &str) -> bool {
    match list.binary_search_by(|u| u.as_str().cmp(user)) {
        Ok(at) => {
            list.remove(at);
            true
        }
        Err(_) => false,
    }
}

/// (basis points, allow list, deny list)
type FlagState = (u32, Vec<String>, Vec<String>);

/// A set of feature flags with percentage rollouts and per-user overrides.
#[derive(Debug, Default)]
pub struct Flags {
    table: HashMap<String, FlagState>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn state(&mut self, flag: &str) -> &mut FlagState {
        self.table.entry(flag.to_string()).or_default()
    }

    /// Sets the share of users that get `flag`, in basis points (0..=10_000), creating the flag
    /// if needed. A value over 10_000 is refused and changes nothing.
    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        match basis_points {
            bp if bp > BUCKETS => Err(RolloutError::PercentageTooHigh(bp)),
            bp => {
                let (share, _, _) = self.state(flag);
                *share = bp;
                Ok(())
            }
        }
    }

    /// Always enable `flag` for `user` (unless denied). Creates the flag at 0 % if needed.
    pub fn allow(&mut self, flag: &str, user: &str) {
        let (_, allowed, _) = self.state(flag);
        add_sorted(allowed, user);
    }

    /// Never enable `flag` for `user`; wins over the allow list. Creates the flag at 0 % if needed.
    pub fn deny(&mut self, flag: &str, user: &str) {
        let (_, _, denied) = self.state(flag);
        add_sorted(denied, user);
    }

    /// Removes `user` from both override lists of `flag`. Returns whether it was on either.
    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        match self.table.get_mut(flag) {
            None => false,
            Some((_, allowed, denied)) => {
                let a = take_sorted(allowed, user);
                let d = take_sorted(denied, user);
                a | d
            }
        }
    }

    /// Deny list, then allow list, then `bucket(flag, user) < basis_points`.
    /// An unknown flag is off for everyone.
    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        match self.table.get(flag) {
            None => false,
            Some((_, _, denied)) if has_sorted(denied, user) => false,
            Some((_, allowed, _)) if has_sorted(allowed, user) => true,
            Some((share, _, _)) => bucket(flag, user) < *share,
        }
    }
}
