// learner: optimal
// idiom: Unison: names hashed to ids once (like a content hash naming a definition) and the flags kept in an arena Vec indexed by id; FNV written as a recursive-looking `step` folded over bytes
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

fn step(h: u64, byte: u8) -> u64 {
    (h ^ byte as u64).wrapping_mul(0x0000_0100_0000_01B3)
}

/// The stable bucket of `user` for `flag`: FNV-1a 64 over the bytes of `flag`, one `0xFF` byte,
/// then the bytes of `user`, reduced modulo [`BUCKETS`].
pub fn bucket(flag: &str, user: &str) -> u32 {
    let h = flag.bytes().fold(0xCBF2_9CE4_8422_2325, step);
    let h = step(h, 0xFF);
    let h = user.bytes().fold(h, step);
    (h % 10_000) as u32
}

#[derive(Debug, Default)]
struct Flag {
    rollout: u32,
    allowed: HashSet<Box<str>>,
    denied: HashSet<Box<str>>,
}

/// A set of feature flags with percentage rollouts and per-user overrides.
#[derive(Debug, Default)]
pub struct Flags {
    ids: HashMap<Box<str>, usize>,
    arena: Vec<Flag>,
}

impl Flags {
    pub fn new() -> Self {
        Self::default()
    }

    fn id_of(&mut self, flag: &str) -> usize {
        if let Some(&id) = self.ids.get(flag) {
            return id;
        }
        let id = self.arena.len();
        self.arena.push(Flag::default());
        self.ids.insert(flag.into(), id);
        id
    }

    fn lookup(&self, flag: &str) -> Option<&Flag> {
        self.ids.get(flag).map(|&id| &self.arena[id])
    }

    /// Sets the share of users that get `flag`, in basis points (0..=10_000), creating the flag
    /// if needed. A value over 10_000 is refused and changes nothing.
    pub fn set_rollout(&mut self, flag: &str, basis_points: u32) -> Result<(), RolloutError> {
        if basis_points > BUCKETS {
            Err(RolloutError::PercentageTooHigh(basis_points))
        } else {
            let id = self.id_of(flag);
            self.arena[id].rollout = basis_points;
            Ok(())
        }
    }

    /// Always enable `flag` for `user` (unless denied). Creates the flag at 0 % if needed.
    pub fn allow(&mut self, flag: &str, user: &str) {
        let id = self.id_of(flag);
        self.arena[id].allowed.insert(user.into());
    }

    /// Never enable `flag` for `user`; wins over the allow list. Creates the flag at 0 % if needed.
    pub fn deny(&mut self, flag: &str, user: &str) {
        let id = self.id_of(flag);
        self.arena[id].denied.insert(user.into());
    }

    /// Removes `user` from both override lists of `flag`. Returns whether it was on either.
    pub fn clear_override(&mut self, flag: &str, user: &str) -> bool {
        match self.ids.get(flag) {
            Some(&id) => {
                let f = &mut self.arena[id];
                // both removals must happen: no short-circuit
                f.allowed.remove(user) | f.denied.remove(user)
            }
            None => false,
        }
    }

    /// Deny list, then allow list, then `bucket(flag, user) < basis_points`.
    /// An unknown flag is off for everyone.
    pub fn is_enabled(&self, flag: &str, user: &str) -> bool {
        self.lookup(flag).map_or(false, |f| {
            !f.denied.contains(user) && (f.allowed.contains(user) || bucket(flag, user) < f.rollout)
        })
    }
}
